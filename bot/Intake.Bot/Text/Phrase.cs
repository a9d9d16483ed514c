namespace Intake.Bot.Text;

/// <summary>
/// Words in order, such as "vill inte leva" or "ta|tar|tagit livet av mig|mej|sig". Between two of its words a
/// message may have up to two fillers ("jag vill verkligen inte leva längre"), but never another word: "vill inte dö"
/// is not "vill dö".
/// </summary>
internal sealed class Phrase
{
    private const int MaxFillers = 2;

    private static readonly string[] FillerWords =
        ["bara", "verkligen", "helst", "hellre", "typ", "liksom", "nog", "ju", "just", "nu", "så", "också", "längre",
         "alltså", "att", "om", "jag", "ja", "han", "hon", "hen", "en", "ett", "lite", "sina", "hans", "hennes", "min", "mina", "mitt", "vår", "våra", "jävla",
         "really", "so", "honestly", "literally", "actually", "seriously", "fucking", "kinda", "totally", "a", "an",
         "the", "of", "my", "our", "his", "her", "their", "your", "some", "any", "for", "like", "around", "about", "ca", "cirka",
         "kanske", "maybe", "din", "dina", "ens", "own", "gamla", "old"];

    private static readonly HashSet<string> Fillers = new(FillerWords.Select(w => TextNormalizer.Words(w)[0]), StringComparer.Ordinal);

    private readonly WordPattern[] words;

    public Phrase(string pattern)
    {
        words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new WordPattern(w)).ToArray();
        if (words.Length == 0)
        {
            throw new ArgumentException("A phrase needs at least one word.", nameof(pattern));
        }
    }

    /// <summary>The first place the phrase stands in <paramref name="text"/>: where it starts and how many words it spans.</summary>
    public (int Start, int Length)? Find(IReadOnlyList<string> text)
    {
        for (var start = 0; start < text.Count; start++)
        {
            if (words[0].Matches(text[start]) && End(text, 1, start + 1) is { } end)
            {
                return (start, end - start);
            }
        }

        return null;
    }

    private int? End(IReadOnlyList<string> text, int word, int position)
    {
        if (word == words.Length)
        {
            return position;
        }

        for (var at = position; at < text.Count && at <= position + MaxFillers; at++)
        {
            if (words[word].Matches(text[at]) && End(text, word + 1, at + 1) is { } end)
            {
                return end;
            }

            if (!Fillers.Contains(text[at]))
            {
                return null;
            }
        }

        return null;
    }
}
