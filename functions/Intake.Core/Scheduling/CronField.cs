using System.Globalization;
using System.Numerics;

namespace Intake.Core.Scheduling;

/// <summary>One field of a cron expression: the set of allowed values as a bit mask.</summary>
internal sealed class CronField
{
    private readonly ulong mask;

    private CronField(ulong mask, bool isStar)
    {
        this.mask = mask;
        IsStar = isStar;
    }

    /// <summary>Whether the field starts with "*" (crontab(5): such a field does not restrict the day).</summary>
    public bool IsStar { get; }

    /// <summary>Parses "*", "n", "a-b", "*/n", "a-b/n" and comma lists of those. <paramref name="wrapAt"/> folds a value
    /// onto another (day-of-week 7 is Sunday, 0).</summary>
    public static CronField Parse(string text, string name, int min, int max, int? wrapAt = null)
    {
        ulong mask = 0;
        foreach (var item in text.Split(','))
        {
            var (range, stepText) = Split(item, '/');
            var step = stepText is null ? 1 : ParseNumber(stepText, name, text);
            if (step < 1 || step > max)
            {
                throw Error(name, text, $"the step must be between 1 and {max}");
            }

            var (first, last) = range == "*" ? (min, max) : ParseRange(range, name, text, stepText is not null);
            if (first < min || last > max || first > last)
            {
                throw Error(name, text, $"'{range}' is not within {min}-{max}");
            }

            for (var value = first; value <= last; value += step)
            {
                mask |= 1UL << (value == wrapAt ? min : value);
            }
        }

        return new CronField(mask, text.StartsWith('*'));
    }

    public bool Contains(int value) => (mask & (1UL << value)) != 0;

    /// <summary>The smallest allowed value at or above <paramref name="from"/>, or -1.</summary>
    public int Next(int from)
    {
        var rest = from > 63 ? 0 : mask & (ulong.MaxValue << from);
        return rest == 0 ? -1 : BitOperations.TrailingZeroCount(rest);
    }

    private static (int First, int Last) ParseRange(string range, string name, string text, bool hasStep)
    {
        var (firstText, lastText) = Split(range, '-');
        var first = ParseNumber(firstText, name, text);
        if (lastText is null && hasStep)
        {
            throw Error(name, text, "a step needs '*' or a range before it, as in */5 or 0-30/5");
        }

        return (first, lastText is null ? first : ParseNumber(lastText, name, text));
    }

    private static (string Head, string? Tail) Split(string text, char separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? (text, null) : (text[..at], text[(at + 1)..]);
    }

    private static int ParseNumber(string digits, string name, string text) =>
        digits.Length is > 0 and <= 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(name, text, $"'{digits}' is not a number");

    private static FormatException Error(string name, string text, string problem) =>
        new($"The {name} field '{text}' is invalid: {problem}.");
}
