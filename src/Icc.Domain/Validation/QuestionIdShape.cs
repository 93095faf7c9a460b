namespace Icc.Domain.Validation;

/// <summary>
/// Refuses question ids no questionnaire could use before they are looked up or repeated: an id of
/// thousands of characters, or one with an invisible character that would make "COM-01" and a
/// look-alike print the same.
/// </summary>
internal static class QuestionIdShape
{
    /// <summary>The longest question id accepted; real ids have six characters.</summary>
    public const int MaxChars = 20;

    /// <summary>A sentence saying what is wrong with the id and how to fix it, or null when it may be looked up.</summary>
    public static string? Problem(string id)
    {
        if (id.Length > MaxChars)
        {
            return $"The question id \"{EchoText.Safe(id)}\" has {id.Length:N0} characters; ids are at most {MaxChars} (such as COM-01). Put the id alone in the question field.";
        }

        for (var i = 0; i < id.Length; i++)
        {
            if (EchoText.IsHidden(id[i]))
            {
                return $"The question id \"{EchoText.Safe(id)}\" contains the invisible character U+{(int)id[i]:X4} at position {i + 1}. Retype the id (such as COM-01) without it.";
            }
        }

        return null;
    }
}
