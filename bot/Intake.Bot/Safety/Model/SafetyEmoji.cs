using System.Text;

namespace Intake.Bot.Safety.Model;

/// <summary>
/// Pictographs that say what words would ("🪢 ikväll", "💊💊💊 with 🍷", "🔪🩸 again"), spelled out for the gate: each is
/// followed by a word the phrase lists and the concepts know, so that a message of emoji and a few words is read as
/// the same message in words. Only pictographs with one plain meaning; 💀 (laughing, in young people's chat) and 🔥
/// are left alone. The pictograph itself stays, for the model's own features.
/// </summary>
internal static class SafetyEmoji
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["🪢"] = "rep", ["🔫"] = "pistol", ["🔪"] = "kniv", ["🗡"] = "kniv", ["🩸"] = "blod", ["🪦"] = "grav", ["⚰"] = "grav",
        ["💊"] = "piller", ["💉"] = "spruta", ["🌉"] = "bro", ["🩹"] = "sår", ["☠"] = "död", ["🚑"] = "ambulans", ["🆘"] = "hjälp",
        ["🍷"] = "alkohol", ["🍺"] = "alkohol", ["🍻"] = "alkohol", ["🥃"] = "alkohol", ["🍾"] = "alkohol", ["🍸"] = "alkohol",
    };

    /// <summary><paramref name="text"/> with a word after each pictograph that has one; the text itself when none does.</summary>
    public static string? Spell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        StringBuilder? spelled = null;
        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.Utf16SequenceLength;
            if (rune.Value > 0x2000 && Words.TryGetValue(rune.ToString(), out var word))
            {
                spelled ??= new StringBuilder(text.Length + 16).Append(text, 0, at);
                spelled.Append(text, at, length).Append(' ').Append(word).Append(' ');
            }
            else
            {
                spelled?.Append(text, at, length);
            }

            at += length;
        }

        return spelled?.ToString() ?? text;
    }
}
