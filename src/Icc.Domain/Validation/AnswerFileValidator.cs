namespace Icc.Domain.Validation;

/// <summary>TEMPORARY placeholder for the validator facade written on another branch; drop on merge.</summary>
public static class AnswerFileValidator
{
    /// <summary>Placeholder: always throws.</summary>
    public static ValidationOutcome Validate(ReadOnlyMemory<byte> content, Icc.Domain.Answers.AnswerFileFormat format, Icc.Domain.Questionnaires.QuestionnaireCatalog catalog) =>
        throw new NotImplementedException();
}
