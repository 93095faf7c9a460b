using System.Text.Json.Serialization;

namespace Icc.Domain.Questionnaires;

/// <summary>
/// One question of the questionnaire with everything needed to score an answer to it by hand.
/// </summary>
/// <param name="Id">Stable id such as <c>COM-01</c>; never reused for a different question.</param>
/// <param name="AreaId">The area the question scores in.</param>
/// <param name="Text">The question as the city reads it.</param>
/// <param name="Type">How it is answered.</param>
/// <param name="DataType">Fact, input or impact, as the index defines them.</param>
/// <param name="Scope">Which index it counts in.</param>
/// <param name="Mandatory">Whether an answer file must answer it.</param>
/// <param name="Options">The options of a choice question, each with its points.</param>
/// <param name="Cap">For multiple choice: the most points the question can give.</param>
/// <param name="Range">For numbers and percentages: the accepted range.</param>
/// <param name="Bands">For scored numbers and percentages: points per band of values.</param>
/// <param name="Achieved">What the report says when the city achieves the item (our words).</param>
/// <param name="NotAchieved">What the report says when it does not.</param>
public sealed record Question(
    string Id,
    string AreaId,
    string Text,
    AnswerType Type,
    DataType DataType,
    IndexScope Scope,
    bool Mandatory,
    IReadOnlyList<AnswerOption> Options,
    decimal? Cap,
    NumberRange? Range,
    IReadOnlyList<ScoreBand> Bands,
    string Achieved,
    string NotAchieved)
{
    /// <summary>The most points an answer can earn: 0 for unscored questions.</summary>
    public decimal MaxPoints => this.Type switch
    {
        AnswerType.YesNo or AnswerType.SingleChoice => this.Options.Count == 0 ? 0 : this.Options.Max(o => o.Points),
        AnswerType.MultipleChoice => Math.Min(this.Cap ?? decimal.MaxValue, this.Options.Sum(o => o.Points)),
        AnswerType.Number or AnswerType.Percentage => this.Bands.Count == 0 ? 0 : this.Bands.Max(b => b.Points),
        _ => 0,
    };

    /// <summary>True when the question contributes to rates.</summary>
    [JsonIgnore]
    public bool IsScored => this.MaxPoints > 0;

    /// <summary>True when the question counts in the original index.</summary>
    [JsonIgnore]
    public bool InOriginal => this.IsScored && this.Scope != IndexScope.Extended;

    /// <summary>True when the question counts in the extended index.</summary>
    [JsonIgnore]
    public bool InExtended => this.IsScored && this.Scope != IndexScope.Original;

    /// <summary>True for the choice types, whose answers are option ids.</summary>
    [JsonIgnore]
    public bool IsChoice => this.Type is AnswerType.YesNo or AnswerType.SingleChoice or AnswerType.MultipleChoice;

    /// <summary>Finds an option by id, or null.</summary>
    public AnswerOption? FindOption(string optionId) => this.Options.FirstOrDefault(o => o.Id == optionId);
}

/// <summary>An option of a choice question.</summary>
/// <param name="Id">Stable id written in answer files, e.g. <c>yes</c>, <c>partly</c>.</param>
/// <param name="Label">What the city reads.</param>
/// <param name="Points">Points the option earns (0 allowed: a "no").</param>
public sealed record AnswerOption(string Id, string Label, decimal Points);

/// <summary>The accepted values of a number or percentage, both ends inclusive.</summary>
public sealed record NumberRange(decimal Min, decimal Max);

/// <summary>Points for a number that falls in [Min, Max) (Max null: no upper end).</summary>
public sealed record ScoreBand(decimal Min, decimal? Max, decimal Points)
{
    /// <summary>True when the value falls in this band.</summary>
    public bool Contains(decimal value) => value >= this.Min && (this.Max is null || value < this.Max);
}
