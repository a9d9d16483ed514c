namespace Intake.Bot.Text;

/// <summary>
/// One word of a phrase: alternatives separated by '|', each exact or a prefix when it ends in '*'
/// ("självmord*|suicid*"). Longer words tolerate typos: one edit from six letters, two from ten, the first letter
/// always right, so "sjelvmord" and "overdoes" match while short words such as "dö" or "slår" must be exact.
/// "#" stands for any number, "##" for a number of 10 or more ("tog 20", "took 40"), "####" for a year (1950–2039).
/// </summary>
internal sealed class WordPattern
{
    private readonly (string Stem, bool IsPrefix)[] alternatives;

    public WordPattern(string pattern)
    {
        alternatives = pattern.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(alternative => (Stem: Normalize(alternative.TrimEnd('*')), IsPrefix: alternative.EndsWith('*')))
            .ToArray();
    }

    public bool Matches(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        foreach (var (stem, isPrefix) in alternatives)
        {
            // Every way to match keeps the first character, so most alternatives are ruled out by it alone.
            if (stem[0] == '#' ? Number(word, stem) : word[0] == stem[0] && (isPrefix ? MatchesPrefix(word, stem) : MatchesWord(word, stem)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Number(string word, string stem) => stem switch
    {
        "#" => IsNumber(word, 0),
        "##" => IsNumber(word, 10),
        _ => word.Length == 4 && IsNumber(word, 1950) && string.CompareOrdinal(word, "2040") < 0,
    };

    private static bool IsNumber(string word, int atLeast) =>
        word.Length is > 0 and <= 4 && word.All(char.IsAsciiDigit) && int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) >= atLeast;

    private static string Normalize(string alternative)
    {
        if (alternative is "#" or "##" or "####")
        {
            return alternative;
        }

        var words = TextNormalizer.Words(alternative);
        return words.Count == 1
            ? words[0]
            : throw new ArgumentException($"'{alternative}' must be one word.", nameof(alternative));
    }

    private static bool MatchesWord(string word, string stem) =>
        word == stem || (SameStart(word, stem) && EditDistance.AtMost(word, stem, Tolerance(stem)));

    private static bool MatchesPrefix(string word, string stem)
    {
        if (word.StartsWith(stem, StringComparison.Ordinal))
        {
            return true;
        }

        var tolerance = Tolerance(stem);
        if (!SameStart(word, stem))
        {
            return false;
        }

        for (var length = stem.Length - tolerance; length <= Math.Min(word.Length, stem.Length + tolerance); length++)
        {
            if (EditDistance.AtMost(word.AsSpan(0, length), stem, tolerance))
            {
                return true;
            }
        }

        return false;
    }

    private static int Tolerance(string stem) => stem.Length >= 10 ? 2 : stem.Length >= 6 ? 1 : 0;

    private static bool SameStart(string word, string stem) =>
        Tolerance(stem) > 0 && word.Length > 0 && word[0] == stem[0] && char.IsLetter(stem[0]);
}
