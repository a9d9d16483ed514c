using Intake.Bot.Dudit;
using Intake.Bot.Pgsi;
using Intake.Bot.SelfTests;
using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Dialogs;

/// <summary>What the bot says around each self-test's questions: which test, how it works, which limits.</summary>
internal static class SelfTestPrompts
{
    public static readonly LocalizedText WhichTest = new(
        "Vilket självtest vill du göra? Dina svar sparas inte, och bara du ser resultatet.",
        "Which self-test would you like to take? Your answers are not kept, and only you see the result.");

    private static readonly LocalizedText KeptNowhere = new(
        "Dina svar sparas inte: när testet är klart ser bara du resultatet, och du väljer själv om du vill skicka med det i en ansökan om stöd. Skriv \"avbryt\" när du vill sluta.",
        "Your answers are not kept: when the test is done only you see the result, and you decide whether to send it with an application for support. Write \"cancel\" whenever you want to stop.");

    /// <summary>The button that picks the test.</summary>
    public static LocalizedText Choice(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol => new("Alkohol (AUDIT)", "Alcohol (AUDIT)"),
        SelfTestKind.Drugs => new("Droger (DUDIT)", "Drugs (DUDIT)"),
        _ => new("Spel om pengar (PGSI)", "Gambling (PGSI)"),
    };

    /// <summary>Before the first question: what the test is, what counts, and that nothing is kept.</summary>
    public static LocalizedText Intro(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol => BotTexts.SelfTestIntro,
        SelfTestKind.Drugs => LocalizedTexts.Join(
            new("Självtestet heter DUDIT och har elva frågor om droger. Välj det svar som passar bäst.",
                "The self-test is called DUDIT and has eleven questions about drugs. Choose the answer that fits best."),
            DuditQuestionnaire.WhatCounts,
            KeptNowhere),
        _ => LocalizedTexts.Join(
            new("Självtestet heter PGSI och har nio frågor om spel om pengar. Välj det svar som passar bäst.",
                "The self-test is called PGSI and has nine questions about gambling. Choose the answer that fits best."),
            PgsiQuestionnaire.Period,
            KeptNowhere),
    };

    /// <summary>After the last question, when there are limits to choose between.</summary>
    public static LocalizedText WhichLimits(SelfTestKind kind) => kind == SelfTestKind.Drugs
        ? new(
            "DUDIT har olika gränser för kvinnor och män. Vilken vill du jämföra ditt resultat med? Vill du inte ange kön jämförs det med den lägre gränsen.",
            "DUDIT has different limits for women and men. Which one do you want to compare your result with? If you would rather not say, it is compared with the lower limit.")
        : BotTexts.SelfTestWhichLimits;

    /// <summary>In "Do you want to leave what you are doing and … instead?".</summary>
    public static LocalizedText SwitchName(SelfTestKind? kind) => kind switch
    {
        null => new("göra ett självtest", "take a self-test"),
        SelfTestKind.Alcohol => BotTexts.ToSelfTest,
        SelfTestKind.Drugs => new("göra självtestet om droger", "do the drugs self-test"),
        _ => new("göra självtestet om spel", "do the gambling self-test"),
    };
}
