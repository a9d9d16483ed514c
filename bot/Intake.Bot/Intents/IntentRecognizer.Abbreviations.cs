using System.Text.RegularExpressions;

namespace Intake.Bot.Intents;

internal static partial class IntentRecognizer
{
    /// <summary>
    /// "AA" and "NA" as words of their own become one word each before the text is normalized, which would make "AA"
    /// the article "a" (runs of a letter collapse) and "NA" the Swedish "nå".
    /// </summary>
    private static string? Abbreviations(string? text) =>
        text is null ? null : NarcoticsAnonymous().Replace(AlcoholicsAnonymous().Replace(text, " alcoholicsanonymous "), " narcoticsanonymous ");

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:AA|Aa|aa|A\.A\.)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex AlcoholicsAnonymous();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:NA|N\.A\.)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NarcoticsAnonymous();
}
