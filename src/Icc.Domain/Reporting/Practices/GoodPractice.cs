namespace Icc.Domain.Reporting.Practices;

/// <summary>
/// A programme of another intercultural city that a report can point to when a city has room to improve.
/// Its tags say which areas it illustrates and which questions a city could move from not achieved to achieved
/// by following its example.
/// </summary>
/// <param name="Id">Stable kebab-case id, e.g. <c>bilbao-charter-of-values</c>; never reused for another practice.</param>
/// <param name="City">The city (or borough, or island) that runs the programme.</param>
/// <param name="Country">Its country.</param>
/// <param name="Title">Short name of the programme, as the report prints it.</param>
/// <param name="Summary">Two to four sentences, in our own words, on what the city does and why it is worth copying.</param>
/// <param name="AreaIds">The areas the practice illustrates: exactly the areas of its questions.</param>
/// <param name="QuestionIds">The scored questions whose not-achieved state the practice would help a city to fix.</param>
/// <param name="CitedIn">Published reports that cite the practice (e.g. <c>asan-2024</c>); empty for practices we added.</param>
public sealed record GoodPractice(
    string Id,
    string City,
    string Country,
    string Title,
    string Summary,
    IReadOnlyList<string> AreaIds,
    IReadOnlyList<string> QuestionIds,
    IReadOnlyList<string> CitedIn);
