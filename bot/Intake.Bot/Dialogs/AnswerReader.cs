using System.Globalization;
using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>
/// Reads what a person typed (or the button they pressed) as an answer to one question: option values or labels in
/// either language, their number in the list, yes/no words, several choices separated by commas or "och"/"and".
/// Returns null when it cannot tell; the validator then has the last word on the value.
/// </summary>
internal static class AnswerReader
{
    private static readonly string[] YesWords = ["ja", "japp", "jo", "javisst", "yes", "yep", "yeah", "y", "j", "true", "absolut", "stämmer"];
    private static readonly string[] NoWords = ["nej", "nä", "nope", "no", "n", "false", "inte"];
    internal static readonly string[] SkipWords = ["hoppa över", "hoppa", "skip", "vet inte", "dont know", "-", "nej tack", "no thanks"];

    public static bool IsSkip(string text) => SkipWords.Contains(Normalize(text));

    public static RawValue? Read(Question question, string text)
    {
        var normalized = Normalize(text);
        return question.Type switch
        {
            FieldType.YesNo => YesWords.Contains(normalized) ? new RawValue.Text("true")
                : NoWords.Contains(normalized) ? new RawValue.Text("false") : null,
            FieldType.Choice => MatchOption(question, normalized) is { } value ? new RawValue.Text(value) : null,
            FieldType.MultiChoice => ReadMany(question, normalized),
            _ => new RawValue.Text(text.Trim()),
        };
    }

    private static RawValue.Texts? ReadMany(Question question, string normalized)
    {
        var parts = normalized.Replace(" och ", ",", StringComparison.Ordinal).Replace(" and ", ",", StringComparison.Ordinal)
            .Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = parts.Select(p => MatchOption(question, p)).ToList();
        return values.Count > 0 && values.All(v => v is not null) ? new RawValue.Texts(values.Distinct().ToList()!) : null;
    }

    private static string? MatchOption(Question question, string normalized)
    {
        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= question.Options.Count)
        {
            return question.Options[number - 1].Value;
        }

        return question.Options.FirstOrDefault(o =>
            Normalize(o.Value) == normalized || Normalize(o.Label.Swedish) == normalized || Normalize(o.Label.English) == normalized)?.Value;
    }

    internal static string Normalize(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.', '!', '?').ToLower(CultureInfo.GetCultureInfo("sv-SE"))
            .Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
