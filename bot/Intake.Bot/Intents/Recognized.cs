using Intake.Bot.SelfTests;
using Intake.Core.Localization;

namespace Intake.Bot.Intents;

/// <summary>
/// The intent, with the FAQ topic when the intent is <see cref="Intent.Faq"/> and the language asked for when it is
/// <see cref="Intent.ChangeLanguage"/> (null when no language was named: "byt språk"), and with
/// <see cref="Intent.SelfTest"/> the test asked for (null when none or several were named: "självtest").
/// </summary>
internal sealed record Recognized(Intent Intent, string? FaqTopic, Language? Language, SelfTestKind? Test = null)
{
    public static Recognized Of(Intent intent) => new(intent, null, null);
}
