using Intake.Core.Localization;

namespace Intake.Bot.Intents;

/// <summary>
/// The intent, with the FAQ topic when the intent is <see cref="Intent.Faq"/> and the language asked for when it is
/// <see cref="Intent.ChangeLanguage"/> (null when no language was named: "byt språk").
/// </summary>
internal sealed record Recognized(Intent Intent, string? FaqTopic, Language? Language)
{
    public static Recognized Of(Intent intent) => new(intent, null, null);
}
