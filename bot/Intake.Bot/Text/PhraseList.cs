namespace Intake.Bot.Text;

/// <summary>A table of phrases; a message matches when any one of them stands in it.</summary>
internal sealed class PhraseList
{
    public const string Marker = "·";

    private readonly Phrase[] phrases;

    public PhraseList(params IEnumerable<string> patterns)
    {
        phrases = patterns.Select(p => new Phrase(p)).ToArray();
    }

    public bool IsFoundIn(IReadOnlyList<string> text) => IndexIn(text) >= 0;

    /// <summary>The position in the table of the first phrase that stands in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(IReadOnlyList<string> text) => IndexIn(text, 0);

    /// <summary>The position of the first phrase from <paramref name="from"/> on that stands in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(IReadOnlyList<string> text, int from) => Array.FindIndex(phrases, from, p => p.Find(text) is not null);

    /// <summary>The text with every match replaced by a marker no phrase can match or bridge.</summary>
    public IReadOnlyList<string> Blank(IReadOnlyList<string> text)
    {
        var result = text.ToArray();
        foreach (var phrase in phrases)
        {
            while (phrase.Find(result) is { } match)
            {
                Array.Fill(result, Marker, match.Start, match.Length);
            }
        }

        return result;
    }
}
