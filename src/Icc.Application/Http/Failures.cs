using System.Diagnostics;
using Azure;
using Grpc.Core;
using Icc.Application.Storage;
using Icc.Application.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Http;

/// <summary>
/// Runs a handler so that no exception escapes as a bare 500: storage and workflow outages become a 503
/// with retry advice, a lost optimistic-concurrency race a 409, and anything else a logged 500 problem.
/// </summary>
public static class Failures
{
    /// <summary>
    /// Runs <paramref name="handler"/>, turning exceptions into problem results (each one logged), inside a
    /// logging scope with the route's submission and city ids when the route has them.
    /// </summary>
    public static async Task<IResult> GuardAsync(
        HttpRequest request,
        ILogger logger,
        string operation,
        Func<Task<IResult>> handler,
        CancellationToken cancellationToken,
        string? submissionId = null,
        string? cityId = null)
    {
        using var scope = logger.BeginScope(LogScope.Of(submissionId, cityId));
        try
        {
            return await handler();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller hung up: nothing will read this answer, but the host still wants one.
            logger.LogInformation("{Operation}: the client cancelled the request", operation);
            return Problems.Unavailable("The request was cancelled before it completed.");
        }
        catch (ConcurrencyConflictException exception)
        {
            logger.LogWarning(exception, "{Operation}: lost a concurrent update", operation);
            return Problems.Conflict("Changed by someone else", "The submission changed while this request was processed. Reload it and try again.");
        }
        catch (Exception exception) when (IsTransient(exception))
        {
            logger.LogWarning(exception, "{Operation}: storage or the workflow engine is unavailable", operation);
            return Problems.Unavailable("Storage or the workflow engine did not answer.");
        }
        catch (Exception exception)
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? request.HttpContext.TraceIdentifier;
            logger.LogError(exception, "{Operation} failed unexpectedly (trace {TraceId})", operation, traceId);
            return Problems.Unexpected(traceId);
        }
    }

    /// <summary>
    /// True for failures that say "try again later": network errors, timeouts, throttling and 5xx answers
    /// from Azure Storage, unavailable gRPC channels to the Durable Task sidecar or the Functions host.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var transient = current switch
            {
                RequestFailedException azure => azure.Status is 0 or 408 or 429 or >= 500,
                RpcException rpc => rpc.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Aborted,
                HttpRequestException or TimeoutException or IOException => true,

                // Not the caller's cancellation (filtered above): an SDK's own timeout.
                OperationCanceledException => true,
                _ => false,
            };
            if (transient)
            {
                return true;
            }
        }

        return false;
    }
}
