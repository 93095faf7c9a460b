using System.Collections;
using System.Globalization;

namespace Icc.Application.Telemetry;

/// <summary>
/// The state of a logging scope about one submission, under the names every log of the service uses
/// (SubmissionId, CityId, Round), so one query finds a submission's lines from handlers, activities and
/// orchestrators alike. Exporters read its pairs; the console prints <see cref="ToString"/>.
/// </summary>
public sealed class LogScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> pairs = new(3);

    private LogScope()
    {
    }

    /// <inheritdoc />
    public int Count => this.pairs.Count;

    /// <inheritdoc />
    public KeyValuePair<string, object?> this[int index] => this.pairs[index];

    /// <summary>The scope's key/value pairs, each only when known.</summary>
    public static LogScope Of(string? submissionId, string? cityId, int? round = null)
    {
        var scope = new LogScope();
        scope.Add("SubmissionId", submissionId);
        scope.Add("CityId", cityId);
        scope.Add("Round", round);
        return scope;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => this.pairs.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => this.GetEnumerator();

    /// <summary>"SubmissionId:s-… CityId:asan Round:1", as the console shows the scope.</summary>
    public override string ToString() =>
        string.Join(' ', this.pairs.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}:{pair.Value}")));

    private void Add(string key, object? value)
    {
        if (value is not null)
        {
            this.pairs.Add(new(key, value));
        }
    }
}
