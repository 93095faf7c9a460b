using Icc.Application.Workflow;

namespace Icc.Host.Tests.Parity;

/// <summary>
/// The Functions app and the standalone host declare the same HTTP routes, orchestrators, activities and timers:
/// the Functions app read from its attributes, the host from what <see cref="IccHost.Build"/> actually registers.
/// </summary>
public sealed class HostParityTests
{
    private static readonly Lazy<StandaloneHostDescription> Host = new(StandaloneHostDescription.Build);

    public static TheoryData<string, bool> ExtraEntries() => new()
    {
        { "GET /api/extra ExtraRoute", true },
        { "GET /api/extra ExtraRoute", false },
        { "orchestrator ExtraOrchestration", true },
        { "orchestrator ExtraOrchestration", false },
        { "activity ExtraActivity", true },
        { "activity ExtraActivity", false },
        { "timer ExtraTimer Icc:Extra:Schedule", true },
        { "timer ExtraTimer Icc:Extra:Schedule", false },
    };

    [Fact]
    public void HttpRoutes_OfBothHosts_AreTheSame()
    {
        // Every route, method and name the Functions app declares is served by the standalone host, and no other
        // endpoint is mapped there but the sidecar's gRPC methods.
        var functions = FunctionsAppDescription.Routes();
        Assert.NotEmpty(functions);
        Assert.Empty(Mismatches(functions, Host.Value.Routes));
        Assert.True(Host.Value.SidecarGrpcMethods > 0, "no sidecar gRPC method found on the internal port, so the filter is wrong");
        Assert.InRange(Host.Value.SidecarEndpoints - Host.Value.SidecarGrpcMethods, 0, 2); // gRPC's two "unimplemented" fallbacks
    }

    [Fact]
    public void DurableTasks_OfBothHosts_AreTheSame()
    {
        // Every orchestrator and activity of the Functions app is registered on the standalone worker, and no other.
        var functions = FunctionsAppDescription.Tasks();
        Assert.Contains("orchestrator " + WorkflowNames.SubmissionOrchestration, functions);
        Assert.Empty(Mismatches(functions, Host.Value.Tasks));
    }

    [Fact]
    public void Timers_OfBothHosts_AreTheSameJobsOnTheSameSettings()
    {
        // Each timer function has a scheduled job in the host under its name, reading the same schedule setting, and no other.
        var functions = FunctionsAppDescription.Timers();
        Assert.NotEmpty(functions);
        Assert.Empty(Mismatches(functions, Host.Value.Timers));
    }

    [Theory]
    [MemberData(nameof(ExtraEntries))]
    public void Comparison_OneSideGainsAnEntry_ReportsExactlyThatEntry(string extra, bool onFunctionsSide)
    {
        // A route, orchestrator, activity or timer added to one side only is reported as missing from the other.
        var functions = Everything(FunctionsAppDescription.Routes(), FunctionsAppDescription.Tasks(), FunctionsAppDescription.Timers());
        var host = Everything(Host.Value.Routes, Host.Value.Tasks, Host.Value.Timers);
        (onFunctionsSide ? functions : host).Add(extra);

        Assert.Equal([(onFunctionsSide ? "only in the Functions app: " : "only in the standalone host: ") + extra], Mismatches(functions, host));
    }

    private static SortedSet<string> Everything(params SortedSet<string>[] parts) => new(parts.SelectMany(p => p));

    private static List<string> Mismatches(SortedSet<string> functions, SortedSet<string> host) =>
    [
        .. functions.Except(host).Select(e => "only in the Functions app: " + e),
        .. host.Except(functions).Select(e => "only in the standalone host: " + e),
    ];
}
