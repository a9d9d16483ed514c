using System.Globalization;
using Intake.Core.Localization;

namespace Intake.Bot.Text;

/// <summary>
/// Which language a message is written in, from common small words (and å, ä, ö), or null when it cannot tell:
/// numbers, names, "ok". Only a clear case counts: words of one language and none of the other.
/// </summary>
internal static class LanguageGuess
{
    private static readonly HashSet<string> EnglishWords = new(
        ["im", "my", "me", "the", "an", "is", "am", "are", "to", "of", "and", "want", "need", "help", "hello", "hi", "hey",
         "please", "what", "how", "who", "can", "about", "worried", "he", "she", "his", "her", "drinking", "drinks", "support",
         "for", "with", "you", "it", "this", "do", "does", "not", "dont", "thanks", "thank", "yes", "report", "apply", "myself",
         "friend", "mom", "mum", "dad", "someone", "talk", "would", "like", "where", "when", "why", "test", "english"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> SwedishWords = new(
        ["jag", "du", "min", "mitt", "mina", "och", "att", "det", "en", "ett", "vill", "inte", "har", "om", "med", "hej",
         "hur", "vad", "vem", "kan", "ja", "nej", "tack", "oro", "orolig", "mig", "mej", "han", "hon", "hans", "sig", "som",
         "till", "av", "ocksa", "nagon", "hjalp", "stod", "svenska", "dricker", "pappa", "mamma", "hejsan", "tjena"],
        StringComparer.Ordinal);

    public static Language? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lower = text.ToLower(CultureInfo.InvariantCulture);
        var words = lower.Split([' ', ',', '.', '!', '?', ';', ':', '\n', '\r', '\t', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal))
            .ToList();
        var english = words.Count(EnglishWords.Contains) + (text.Split(' ').Contains("I") ? 1 : 0);
        var swedish = words.Select(Fold).Count(SwedishWords.Contains) + (lower.AsSpan().IndexOfAny("åäö") >= 0 ? 2 : 0);
        return english > 0 && swedish == 0 ? Language.English
            : swedish > 0 && english == 0 ? Language.Swedish
            : null;
    }

    private static string Fold(string word) => word.Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o');
}
