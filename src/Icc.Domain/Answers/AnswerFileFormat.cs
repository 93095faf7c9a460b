namespace Icc.Domain.Answers;

/// <summary>The two answer file formats cities may upload.</summary>
public enum AnswerFileFormat
{
    /// <summary>JSON as described by schemas/answer-file.schema.json.</summary>
    Json,

    /// <summary>CSV with the columns question, answer, evidence.</summary>
    Csv,
}

/// <summary>Works out the format of an upload from its name or content type.</summary>
public static class AnswerFileFormats
{
    /// <summary>The format for a file name (by extension), or null when it is neither .json nor .csv.</summary>
    public static AnswerFileFormat? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".json" => AnswerFileFormat.Json,
            ".csv" => AnswerFileFormat.Csv,
            _ => null,
        };

    /// <summary>The format for an HTTP content type, or null when it is neither JSON nor CSV.</summary>
    public static AnswerFileFormat? FromContentType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json" or "text/json" => AnswerFileFormat.Json,
            "text/csv" or "application/csv" => AnswerFileFormat.Csv,
            _ => null,
        };
    }

    /// <summary>The file extension for a format, without the dot.</summary>
    public static string Extension(this AnswerFileFormat format) => format == AnswerFileFormat.Json ? "json" : "csv";
}
