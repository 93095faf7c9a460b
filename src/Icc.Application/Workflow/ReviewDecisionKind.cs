using System.Text.Json.Serialization;

namespace Icc.Application.Workflow;

/// <summary>The three decisions a reviewer can take.</summary>
public enum ReviewDecisionKind
{
    /// <summary>Publish: generate the report.</summary>
    [JsonStringEnumMemberName("approve")]
    Approve,

    /// <summary>Send back to the city for a corrected file.</summary>
    [JsonStringEnumMemberName("request-changes")]
    RequestChanges,

    /// <summary>Close without a report.</summary>
    [JsonStringEnumMemberName("reject")]
    Reject,
}
