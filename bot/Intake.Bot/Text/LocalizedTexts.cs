using Intake.Core.Localization;

namespace Intake.Bot.Text;

internal static class LocalizedTexts
{
    /// <summary>Sentences in both languages joined into one reply.</summary>
    public static LocalizedText Join(params IEnumerable<LocalizedText> parts) =>
        new(string.Join(" ", parts.Select(p => p.Swedish)), string.Join(" ", parts.Select(p => p.English)));
}
