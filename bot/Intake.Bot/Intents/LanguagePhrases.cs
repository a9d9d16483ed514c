using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Intents;

/// <summary>Asking for another language, and which one.</summary>
internal static class LanguagePhrases
{
    private const string AnyLanguage = "svenska|swedish|svensk|engelska|english|eng";

    public static PhraseList Explicit { get; } = new(
        $"på|in {AnyLanguage}",
        "byt|ändra|annat|välj språk",
        "change|switch|other language",
        $"speak|prata|pratar|skriv|skriva|write|talar {AnyLanguage}",
        $"pratar|talar|kan|skriver du {AnyLanguage}",
        $"kan|förstår inte {AnyLanguage}",
        $"dont|not speak|understand {AnyLanguage}");

    public static PhraseList Alone { get; } = new($"språk|language|lang|{AnyLanguage}");

    private static readonly PhraseList NotSwedish = new(
        "dont|not|cant speak|understand|read swedish|svenska",
        "kan|förstår|pratar|läser inte svenska");
    private static readonly PhraseList NotEnglish = new("kan|förstår|pratar|läser inte engelska|english");
    private static readonly PhraseList English = new("engelska|english|eng");
    private static readonly PhraseList Swedish = new("svenska|swedish|svensk");

    /// <summary>The language named, or null when only a change was asked for.</summary>
    public static Language? Named(IReadOnlyList<string> words) =>
        NotSwedish.IsFoundIn(words) ? Language.English
        : NotEnglish.IsFoundIn(words) ? Language.Swedish
        : English.IsFoundIn(words) ? Language.English
        : Swedish.IsFoundIn(words) ? Language.Swedish
        : null;
}
