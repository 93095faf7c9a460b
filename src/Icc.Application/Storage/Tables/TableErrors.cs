using Azure;

namespace Icc.Application.Storage.Tables;

/// <summary>Maps Azure's status codes to what our stores promise.</summary>
internal static class TableErrors
{
    public static bool IsConflict(RequestFailedException ex) => ex.Status == 409;

    public static bool IsPreconditionFailed(RequestFailedException ex) => ex.Status == 412;

    public static bool IsNotFound(RequestFailedException ex) => ex.Status == 404;
}
