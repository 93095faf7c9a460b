namespace Icc.Domain.Answers.Reading;

/// <summary>JSON pointers (RFC 6901) as validation issues give them.</summary>
internal static class JsonPointer
{
    /// <summary>Escapes a field name for a pointer: "~" becomes "~0" and "/" becomes "~1".</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
