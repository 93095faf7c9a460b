using System.Text;
using Icc.Domain.Answers;
using Icc.Domain.Questionnaires;
using Icc.Domain.Validation;

namespace Icc.Domain.Tests.Validation;

public sealed class JsonSyntaxLocationTests
{
    private static ValidationIssue SyntaxError(string json)
    {
        var outcome = AnswerFileValidator.Validate(Encoding.UTF8.GetBytes(json), AnswerFileFormat.Json, QuestionnaireCatalog.Default);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(IssueCodes.JsonSyntax, error.Code);
        return error;
    }

    [Fact]
    public void SyntaxError_AfterKoreanText_GivesTheCharacterColumn()
    {
        // Each Hangul syllable is three bytes: the column counts characters as an editor does, not bytes.
        var error = SyntaxError("{\"city\": {\"name\": \"아산시\" \"country\": \"x\"}}");
        Assert.Equal(1, error.Location.Line);
        Assert.Equal(25, error.Location.Column);
        Assert.Contains("line 1, column 25", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxError_OnALaterLine_IsOneBasedWithoutTheParsersRawTail()
    {
        // The parser's "LineNumber: 2 | BytePositionInLine: 3" is not repeated; the issue gives line 3 itself.
        var error = SyntaxError("{\n \"questionnaire\": \"icc-2019\",\n x\n}");
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(2, error.Location.Column);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePosition", error.Message, StringComparison.Ordinal);
    }
}
