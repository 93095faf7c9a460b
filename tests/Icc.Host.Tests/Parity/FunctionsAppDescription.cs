using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Icc.Host.Tests.Parity;

/// <summary>
/// What the Functions app declares, read from its <c>[Function]</c> methods and their triggers, as lines
/// comparable with <see cref="StandaloneHostDescription"/>: "METHOD /api/route name", "orchestrator name",
/// "activity name", "timer name setting".
/// </summary>
internal static class FunctionsAppDescription
{
    private static readonly Assembly FunctionsApp = typeof(Icc.Functions.Workflow.SubmissionOrchestratorFunction).Assembly;

    public static SortedSet<string> Routes() => new(
        Functions().Where(f => f.Trigger is HttpTriggerAttribute).SelectMany(f =>
        {
            var http = (HttpTriggerAttribute)f.Trigger;
            return http.Methods!.Select(method => $"{method.ToUpperInvariant()} /api/{http.Route} {f.Name}");
        }));

    public static SortedSet<string> Tasks() => new(
        Functions().Select(f => f.Trigger switch
        {
            OrchestrationTriggerAttribute => "orchestrator " + f.Name,
            ActivityTriggerAttribute => "activity " + f.Name,
            _ => null,
        }).OfType<string>());

    // A timer's schedule "%Icc:Benchmarks:Schedule%" names the setting holding the CRON expression.
    public static SortedSet<string> Timers() => new(
        Functions().Where(f => f.Trigger is TimerTriggerAttribute)
            .Select(f => $"timer {f.Name} {((TimerTriggerAttribute)f.Trigger).Schedule.Trim('%')}"));

    private static IEnumerable<(string Name, Attribute Trigger)> Functions() =>
        FunctionsApp.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Method: m))
            .Where(x => x.Function is not null)
            .Select(x => (x.Function!.Name, x.Method.GetParameters()
                .SelectMany(p => p.GetCustomAttributes())
                .Single(a => a.GetType().Name.EndsWith("TriggerAttribute", StringComparison.Ordinal))));
}
