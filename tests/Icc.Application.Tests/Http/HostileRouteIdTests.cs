using Icc.Application.Reporting;
using Icc.Application.Review;
using Icc.Application.Status;
using Icc.Application.Tests.Infrastructure;
using Icc.Application.Tests.Storage;
using Icc.Application.Upload;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Http;

public sealed class HostileRouteIdTests
{
    [Fact]
    public async Task RouteIds_Hostile_AnswerAClearProblemOnRealStorage()
    {
        // Every route taking a submission or city id, on Azurite-backed stores, answers a hostile id with a
        // 400 or 404 problem+json: never a 500, never a request that reaches storage with it.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var host = await WorkflowHost.StartAsync();
        var ids = ((IEnumerable<object[]>)HostileKeyTests.HostileSubmissionIds()).Select(row => (string)row[0]).ToList();
        var failures = new List<string>();

        foreach (var id in ids)
        {
            await Check("GET submissions/{id}", id, TestKeys.Reviewer, null, (sp, r) => sp.GetRequiredService<StatusHandler>().HandleAsync(r, id, cts.Token));
            await Check("POST submissions/{id}/review", id, TestKeys.Reviewer, """{"decision":"approve"}"""u8.ToArray(), (sp, r) => sp.GetRequiredService<ReviewHandler>().HandleAsync(r, id, host.Client, cts.Token));
            await Check("PUT submissions/{id}/answers", id, TestKeys.CityAsan, Samples.Valid(), (sp, r) => sp.GetRequiredService<CorrectionHandler>().HandleAsync(r, id, host.Client, cts.Token));
            await Check("GET submissions/{id}/report", id, TestKeys.Reviewer, null, (sp, r) => sp.GetRequiredService<ReportDownloadHandler>().HandleAsync(r, id, cts.Token));
            await Check("GET cities/{id}/submissions", id, TestKeys.Reviewer, null, (sp, r) => sp.GetRequiredService<CitySubmissionsHandler>().HandleAsync(r, id, cts.Token));
            await Check("POST cities/{id}/submissions", id, TestKeys.Admin, Samples.Valid(), (sp, r) => sp.GetRequiredService<UploadHandler>().HandleAsync(r, id, host.Client, cts.Token));
        }

        Assert.Empty(failures);

        async Task Check(string route, string id, string key, byte[]? body, Func<IServiceProvider, HttpRequest, Task<IResult>> handle)
        {
            using var scope = host.Services.CreateScope();
            var request = new TestRequest(scope.ServiceProvider, body is null ? "GET" : "POST", key);
            if (body is not null)
            {
                request.WithBody(body, "application/json");
            }

            var response = await request.ExecuteAsync(await handle(scope.ServiceProvider, request.Http));
            if (response.Status is not (400 or 404) || !response.IsProblem)
            {
                failures.Add($"{route} with '{id}': {response.Status} {response.ContentType}");
            }
        }
    }
}
