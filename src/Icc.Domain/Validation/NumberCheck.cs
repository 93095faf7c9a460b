using System.Globalization;
using Icc.Domain.Answers.Reading;

namespace Icc.Domain.Validation;

/// <summary>The numbers a field accepts, both ends inclusive.</summary>
/// <param name="Min">The smallest accepted value.</param>
/// <param name="Max">The largest accepted value.</param>
/// <param name="WholeNumber">True when only whole numbers are accepted (a population, a year).</param>
/// <param name="AllowPercentSign">True when text such as "12.5 %" is read as 12.5.</param>
internal sealed record NumberRule(decimal Min, decimal Max, bool WholeNumber, bool AllowPercentSign)
{
    /// <summary>"a whole number from 0 to 100000000", as messages say it.</summary>
    public string Describe() =>
        $"{(this.WholeNumber ? "a whole number" : "a number")} from {Format(this.Min)} to {Format(this.Max)}";

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What checking a number against its rule gave.</summary>
internal enum NumberVerdict
{
    Fine,
    NotANumber,
    OutOfRange,
}

/// <summary>A checked number: its value when fine, or why not with a sentence saying how to fix it.</summary>
internal readonly record struct NumberResult(NumberVerdict Verdict, decimal? Value, string? Problem);

/// <summary>
/// Reads a number from a file value and checks it against its rule: too large for any range (1e400),
/// outside the range, or a fraction where a whole number belongs. Never throws.
/// </summary>
internal static class NumberCheck
{
    /// <param name="value">The value as written.</param>
    /// <param name="rule">What the field accepts.</param>
    /// <param name="what">The field as messages name it, e.g. <c>"population"</c>.</param>
    public static NumberResult Check(RawValue value, NumberRule rule, string what)
    {
        var reading = value.Kind switch
        {
            RawKind.Number => NumberText.FromJson(value.Number, value.Text ?? string.Empty),
            RawKind.String when rule.WholeNumber => NumberText.ParseWhole(value.Text!),
            RawKind.String => NumberText.Parse(value.Text!, rule.AllowPercentSign),
            _ => NumberReading.NotANumber,
        };

        if (reading.IsHuge)
        {
            var written = EchoText.Safe((value.Text ?? string.Empty).Trim());
            return new NumberResult(NumberVerdict.OutOfRange, null, reading.IsNegative
                ? $"{written} is too small; {what} must be at least {NumberRule.Format(rule.Min)}."
                : $"{written} is too large; {what} must be at most {NumberRule.Format(rule.Max)}.");
        }

        if (reading.Value is not decimal number)
        {
            return new NumberResult(NumberVerdict.NotANumber, null, $"{Capital(what)} must be {rule.Describe()}, not {value.Describe()}.");
        }

        if (number < rule.Min || number > rule.Max || (rule.WholeNumber && number != decimal.Truncate(number)))
        {
            return new NumberResult(NumberVerdict.OutOfRange, null, $"{Capital(what)} is {Shown(value, number)}; it must be {rule.Describe()}.");
        }

        return new NumberResult(NumberVerdict.Fine, number, null);
    }

    // A JSON number is shown as written (1e28 rather than its 29 digits); text as the number read from it.
    private static string Shown(RawValue value, decimal number) =>
        value.Kind == RawKind.Number && value.Text is not null ? EchoText.Safe(value.Text.Trim()) : NumberRule.Format(number);

    private static string Capital(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what[1..];
}
