using System.Globalization;
using System.Text;
using Intake.Bot.Text;

namespace Intake.Bot.Safety.Model;

/// <summary>
/// What the safety model sees of a message: the words as <see cref="TextNormalizer"/> makes them (lower case,
/// diacritics folded, stretched letters collapsed), every run of 3 to 5 characters across them (so "sjalvmord",
/// "självmord" and "sjelvmordstankar" share most of their features and a word never seen still has known parts),
/// each word, each pair of neighbouring words and each pair one word apart ("finns … kvar"), and every pictograph
/// (💊, 🔪). Each feature is hashed to 32 bits (FNV-1a); no text is kept. Compiled into the bot and into the trainer, so both see a message alike.
/// </summary>
internal static class SafetyFeatures
{
    public const int MinGram = 3;
    public const int MaxGram = 5;

    /// <summary>How far apart two concepts may stand to count as an ordered pair.</summary>
    private const int ConceptWindow = 3;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The distinct features of <paramref name="text"/>, added to <paramref name="features"/> (cleared first).</summary>
    public static void Extract(string? text, HashSet<uint> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        features.Clear();
        text = SafetyEmoji.Spell(text);
        var words = TextNormalizer.Words(text);
        if (words.Count > 0)
        {
            var joined = " " + string.Join(' ', words) + " ";
            for (var n = MinGram; n <= MaxGram; n++)
            {
                for (var start = 0; start + n <= joined.Length; start++)
                {
                    features.Add(Hash('c', joined.AsSpan(start, n)));
                }
            }

            for (var i = 0; i < words.Count; i++)
            {
                features.Add(Hash('w', words[i]));
                if (i > 0)
                {
                    features.Add(Hash('b', words[i - 1], words[i]));
                }

                if (i > 1)
                {
                    features.Add(Hash('g', words[i - 2], words[i]));
                }
            }

            AddConcepts(words, features);
        }

        if (!string.IsNullOrEmpty(text))
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol)
                {
                    features.Add(Hash('s', rune.ToString()));
                }
            }
        }
    }

    /// <summary>
    /// Each concept present (<see cref="SafetyConcepts"/>), each pair of concepts present anywhere in the message, and
    /// each ordered pair within <see cref="ConceptWindow"/> words of each other ("want … die", "pills … all").
    /// </summary>
    private static void AddConcepts(IReadOnlyList<string> words, HashSet<uint> features)
    {
        Span<UInt128> tags = words.Count <= 128 ? stackalloc UInt128[words.Count] : new UInt128[words.Count];
        SafetyConcepts.Tag(words, tags);
        UInt128 present = 0;
        for (var i = 0; i < tags.Length; i++)
        {
            present |= tags[i];
            for (var j = i + 1; j < tags.Length && j <= i + ConceptWindow; j++)
            {
                foreach (var a in Bits(tags[i]))
                {
                    foreach (var b in Bits(tags[j]))
                    {
                        features.Add(Hash('o', (uint)((a * SafetyConcepts.Capacity) + b)));
                    }
                }
            }
        }

        var concepts = Bits(present).ToArray();
        foreach (var a in concepts)
        {
            features.Add(Hash('k', (uint)a));
            foreach (var b in concepts)
            {
                if (a < b)
                {
                    features.Add(Hash('p', (uint)((a * SafetyConcepts.Capacity) + b)));
                }
            }
        }
    }

    private static IEnumerable<int> Bits(UInt128 bits)
    {
        while (bits != 0)
        {
            var bit = (int)UInt128.TrailingZeroCount(bits);
            yield return bit;
            bits &= bits - 1;
        }
    }

    private static uint Hash(char kind, uint value)
    {
        Span<char> chars = [(char)(value & 0xFFFF), (char)(value >> 16)];
        return Hash(kind, chars);
    }

    private static uint Hash(char kind, ReadOnlySpan<char> value) => Add(Start(kind), value);

    /// <summary>A pair of words as "first second" hashes, without building that string (a hot path: every word).</summary>
    private static uint Hash(char kind, string first, string second) => Add(Add(Add(Start(kind), first), " "), second);

    private static uint Start(char kind) => (FnvOffset ^ kind) * FnvPrime;

    private static uint Add(uint hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ (c & 0xFFu)) * FnvPrime;
            hash = (hash ^ ((uint)c >> 8)) * FnvPrime;
        }

        return hash;
    }
}
