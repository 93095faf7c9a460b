using Icc.Application.Http;
using Microsoft.AspNetCore.Http;

namespace Icc.Application.Security;

/// <summary>The role checks of the authorization matrix, answered as 403 problems.</summary>
public static class Access
{
    /// <summary>Null when the caller has one of the roles; otherwise the 403 problem saying who may.</summary>
    public static IResult? Require(ApiCaller caller, string action, params ReadOnlySpan<ApiRole> roles) =>
        caller.IsIn(roles)
            ? null
            : Problems.Forbidden($"A {caller.Role.ToString().ToLowerInvariant()} key may not {action}; this needs a {Describe(roles)} key.");

    private static string Describe(ReadOnlySpan<ApiRole> roles)
    {
        var names = new List<string>();
        foreach (var role in roles)
        {
            names.Add(role.ToString().ToLowerInvariant());
        }

        return string.Join(" or ", names);
    }
}
