using Icc.Domain.Json;
using Microsoft.DurableTask.Converters;

namespace Icc.Application.Workflow;

/// <summary>
/// The one serializer of everything crossing the durable boundary (inputs, outputs, events, custom status),
/// built on the project's JSON options: the standalone host's worker and client and the in-process test host
/// use it, and the Functions worker's serializer uses the same options (durable pitfall 7).
/// </summary>
public static class WorkflowDataConverter
{
    /// <summary>The shared converter.</summary>
    public static JsonDataConverter Shared { get; } = new(IccJson.Options);
}
