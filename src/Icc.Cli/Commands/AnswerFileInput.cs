using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Validation;

namespace Icc.Cli.Commands;

/// <summary>Reads an answer file named on the command line and validates it.</summary>
internal static class AnswerFileInput
{
    public static ValidationOutcome Validate(string path)
    {
        var format = AnswerFileFormats.FromFileName(path)
            ?? throw new UsageException($"'{path}': the file name must end in .json or .csv so the format is known.");
        byte[] content;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                throw new UsageException($"'{path}' is a folder, not a file. Name the answer file inside it, such as {Path.Combine(path, "answers.json")}.");
            }

            if (!info.Exists)
            {
                throw new UsageException($"'{path}': no such file.");
            }

            // Reading a huge file only to reject it wastes memory: one byte over the limit is enough.
            content = info.Length > AnswerFileLimits.MaxFileBytes
                ? ReadPrefix(path, AnswerFileLimits.MaxFileBytes + 1)
                : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"'{path}' cannot be read: {ex.Message}");
        }

        return AnswerFileValidator.Validate(content, format, QuestionnaireCatalog.Default);
    }

    private static byte[] ReadPrefix(string path, int length)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
