namespace Icc.Domain.Questionnaires;

/// <summary>Thrown when a questionnaire definition breaks one of the rules in <see cref="DefinitionRules"/>.</summary>
public sealed class QuestionnaireDefinitionException(string questionnaireId, IReadOnlyList<string> problems)
    : Exception($"Questionnaire definition '{questionnaireId}' is invalid:{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems))
{
    /// <summary>Every rule the definition breaks.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
