using System.Globalization;
using System.Text;

namespace Intake.Bot.Text;

/// <summary>
/// Turns what a person typed into comparable words: lower case, diacritics folded (å, ä → a; ö → o), punctuation
/// removed, and runs of a repeated letter collapsed ("dööö" → "do", "vill" → "vil"). Patterns go through the same
/// steps, so "självmord", "sjalvmord" and "SJÄLVMORD!!" are one word. Digits are kept as written ("112").
/// </summary>
internal static class TextNormalizer
{
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            folded.Append(Fold(c));
        }

        return folded.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(CollapseRepeatedLetters)
            .ToArray();
    }

    private static string Fold(char c) => c switch
    {
        // Inside a word these join ("od:at" → "odat", "don't" → "dont").
        '\'' or '’' or '´' or '`' or ':' => string.Empty,
        'ø' => "o",
        'æ' => "a",
        'ß' => "ss",
        _ when CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => string.Empty,
        _ when char.IsLetterOrDigit(c) => c.ToString(),
        _ => " ",
    };

    private static string CollapseRepeatedLetters(string word)
    {
        var collapsed = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (collapsed.Length == 0 || c != collapsed[^1] || !char.IsLetter(c))
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }
}
