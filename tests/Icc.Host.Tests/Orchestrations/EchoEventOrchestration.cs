using Icc.Application.Workflow;
using Microsoft.DurableTask;

namespace Icc.Host.Tests.Orchestrations;

/// <summary>The event payload and the orchestration's output; its enum proves which JSON options serialized it.</summary>
/// <param name="Message">Free text.</param>
/// <param name="Decision">Written as "request-changes" by the project's options, as 1 by the SDK default.</param>
/// <param name="Round">A number.</param>
public sealed record EchoPayload(string Message, ReviewDecisionKind Decision, int Round);

/// <summary>Test-only: waits for one <see cref="EventName"/> event and returns its payload.</summary>
public static class EchoEventOrchestration
{
    /// <summary>The orchestration's name.</summary>
    public const string Name = "EchoEvent";

    /// <summary>The event it waits for.</summary>
    public const string EventName = "Echo";

    /// <summary>Registers the orchestration; its input is a label telling the test which start created it.</summary>
    public static DurableTaskRegistry AddEchoEventOrchestration(this DurableTaskRegistry registry) =>
        registry.AddOrchestratorFunc<string, EchoPayload>(Name, (context, _) => context.WaitForExternalEvent<EchoPayload>(EventName));
}
