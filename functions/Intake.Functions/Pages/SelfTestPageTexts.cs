using Intake.Bot.Dudit;
using Intake.Bot.Pgsi;
using Intake.Bot.SelfTests;
using Intake.Core.Localization;

namespace Intake.Functions.Pages;

/// <summary>
/// What the self-test pages say around the questions (the questions themselves are the bot's, from the instruments).
/// What the municipality offers is from the seeds: 002_71cd57a4c5ed4476.txt (Nexus's talking treatment CRA for misuse
/// of or dependence on alcohol and narcotics, from 18) and 001_fdfb2df0d03130dc.txt (contact social services if you
/// think you gamble too much).
/// </summary>
internal static class SelfTestPageTexts
{
    private static LocalizedText T(string swedish, string english) => new(swedish, english);

    public static LocalizedText Title(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol => T("Självtest om alkohol (AUDIT)", "Alcohol self-test (AUDIT)"),
        SelfTestKind.Drugs => T("Självtest om droger (DUDIT)", "Drugs self-test (DUDIT)"),
        _ => T("Självtest om spel om pengar (PGSI)", "Gambling self-test (PGSI)"),
    };

    /// <summary>The short text under each test on the start page.</summary>
    public static LocalizedText Summary(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol => T("Tio frågor om dina alkoholvanor.", "Ten questions about your drinking."),
        SelfTestKind.Drugs => T("Elva frågor om droger och läkemedel.", "Eleven questions about drugs and medicines."),
        _ => T("Nio frågor om ditt spelande det senaste året.", "Nine questions about your gambling in the last year."),
    };

    public static IReadOnlyList<LocalizedText> Intro(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol =>
        [
            T("Självtestet AUDIT har tio frågor om dina alkoholvanor. Det tar några minuter. Välj det svar som passar bäst på varje fråga.",
              "The AUDIT self-test has ten questions about your drinking. It takes a few minutes. Choose the answer that fits best for each question."),
        ],
        SelfTestKind.Drugs =>
        [
            T("Självtestet DUDIT har elva frågor om droger. Det tar några minuter. Välj det svar som passar bäst på varje fråga.",
              "The DUDIT self-test has eleven questions about drugs. It takes a few minutes. Choose the answer that fits best for each question."),
            DuditQuestionnaire.WhatCounts,
        ],
        _ =>
        [
            T("Självtestet PGSI har nio frågor om spel om pengar. Det tar några minuter. Välj det svar som passar bäst på varje fråga.",
              "The PGSI self-test has nine questions about gambling. It takes a few minutes. Choose the answer that fits best for each question."),
            PgsiQuestionnaire.Period,
        ],
    };

    public static readonly LocalizedText NothingKept = T(
        "Dina svar sparas inte och skickas inte till någon. Du ser resultatet direkt, och bara du ser det. Det är ett självtest, ingen diagnos.",
        "Your answers are not kept and are not sent to anyone. You see the result straight away, and only you see it. It is a self-test, not a diagnosis.");

    public static readonly LocalizedText AnswerAll = T("Svara på alla frågor.", "Answer every question.");

    public static readonly LocalizedText AnswerAllButSkipped = T(
        "Svara på alla frågor utom dem som du får hoppa över.",
        "Answer every question except those you may skip.");

    /// <summary>AUDIT's skip rules, said where they apply (before questions 2 and 4).</summary>
    public static LocalizedText? SkipNote(SelfTestKind kind, int questionNumber) => (kind, questionNumber) switch
    {
        (SelfTestKind.Alcohol, 2) => T(
            "Svarade du Aldrig på fråga 1 kan du hoppa över frågorna 2–8 och gå till fråga 9.",
            "If you answered Never to question 1, you can skip questions 2–8 and go to question 9."),
        (SelfTestKind.Alcohol, 4) => T(
            "Svarade du 1–2 på fråga 2 och Aldrig på fråga 3 kan du hoppa över frågorna 4–8 och gå till fråga 9.",
            "If you answered 1 or 2 to question 2 and Never to question 3, you can skip questions 4–8 and go to question 9."),
        _ => null,
    };

    /// <summary>{0}: the question's number, {1}: how many there are.</summary>
    public static readonly LocalizedText QuestionOf = T("Fråga {0} av {1}", "Question {0} of {1}");

    /// <summary>{0}: the question's number.</summary>
    public static readonly LocalizedText ChooseAnAnswer = T("Välj ett svar på fråga {0}.", "Choose an answer to question {0}.");

    public static LocalizedText WhichLimits(SelfTestKind kind) => kind == SelfTestKind.Drugs
        ? T("Vilken gräns vill du jämföra ditt resultat med?", "Which limit do you want to compare your result with?")
        : T("Vilka gränser vill du jämföra ditt resultat med?", "Which limits do you want to compare your result with?");

    public static LocalizedText WhichLimitsHint(SelfTestKind kind) => kind == SelfTestKind.Drugs
        ? T("DUDIT har olika gränser för kvinnor och män. Väljer du inget jämförs resultatet med den lägre gränsen.",
            "DUDIT has different limits for women and men. If you choose none, your result is compared with the lower limit.")
        : T("Väljer du inget jämförs resultatet med kommunens gränser.", "If you choose none, your result is compared with the municipality's limits.");

    public static readonly LocalizedText MissingTitle = T("Några frågor saknar svar", "Some questions have no answer");

    public static readonly LocalizedText MissingText = T(
        "Välj ett svar på varje fråga i listan. Det du redan har valt finns kvar.",
        "Choose an answer to each question in the list. What you have already chosen is still here.");

    public static readonly LocalizedText UnreadableTitle = T("Svaren kunde inte läsas", "The answers could not be read");

    public static readonly LocalizedText UnreadableText = T(
        "Välj dina svar här nedan och tryck på Visa resultatet igen.",
        "Choose your answers below and press Show the result again.");

    public static readonly LocalizedText ShowResult = T("Visa resultatet", "Show the result");

    public static readonly LocalizedText OtherTests = T("Andra självtest", "Other self-tests");

    public static readonly LocalizedText ResultTitle = T("Ditt resultat", "Your result");

    /// <summary>{0}: the score, {1}: the most points.</summary>
    public static readonly LocalizedText Score = T("Du fick {0} av {1} poäng.", "You scored {0} out of {1}.");

    public static readonly LocalizedText NotKept = T(
        "Resultatet sparas inte. Stänger du sidan finns det inte kvar någonstans.",
        "The result is not kept. When you close the page, it is nowhere.");

    public static readonly LocalizedText WhatWeOffer = T("Det här kan vi erbjuda", "What we can offer");

    public static LocalizedText Offer(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol => T(
            "Socialtjänsten ger stöd och behandling när alkoholen har blivit ett problem. Kommunens öppenvård {Outpatient} erbjuder samtalsbehandlingen CRA till dig som är 18 år eller äldre och vill förändra ditt drickande.",
            "Social services give support and treatment when alcohol has become a problem. The municipality's outpatient unit {Outpatient} offers the talking treatment CRA to you if you are 18 or older and want to change your drinking."),
        SelfTestKind.Drugs => T(
            "Socialtjänsten ger stöd och behandling vid missbruk eller beroende av narkotika. Kommunens öppenvård {Outpatient} erbjuder samtalsbehandlingen CRA till dig som är 18 år eller äldre och vill förändra ditt drogbruk.",
            "Social services give support and treatment for misuse of or dependence on narcotics. The municipality's outpatient unit {Outpatient} offers the talking treatment CRA to you if you are 18 or older and want to change your drug use."),
        _ => T(
            "Tycker du att du spelar för mycket kan du vända dig till socialtjänsten och få stöd. En socialsekreterare pratar med dig om din situation och vad du behöver.",
            "If you think you gamble too much, you can turn to social services for support. A social worker talks with you about your situation and what you need."),
    };

    public static readonly LocalizedText ApplyLink = T("Be om stöd för dig själv", "Ask for support for yourself");

    public static readonly LocalizedText ApplyText = T(
        "– en socialsekreterare kontaktar dig. Vill du att hen ska veta ditt resultat kan du skriva det i ansökan.",
        "– a social worker will contact you. If you want them to know your result, you can write it in your application.");

    public static readonly LocalizedText CallKundcenter = T("Ring {Kundcenter} på", "Call {Kundcenter} on");

    public static readonly LocalizedText Anonymous = T("ger anonymt stöd på", "gives anonymous support on");

    public static readonly LocalizedText ChatLink = T("Chatta med oss", "Chat with us");

    public static readonly LocalizedText TakeAgain = T("Gör testet igen", "Take the test again");

    public static readonly LocalizedText StartHeading = T("Testa dina vanor", "Check your habits");

    public static readonly LocalizedText StartText = T(
        "Tre korta självtest om alkohol, droger och spel om pengar. Svaren sparas inte, och bara du ser resultatet.",
        "Three short self-tests about alcohol, drugs and gambling. Your answers are not kept, and only you see the result.");

    /// <summary>The area of the support request and of the helplines (<c>Contact:Helplines:WhenAreas</c>) a test is about.</summary>
    public static string Area(SelfTestKind kind) => kind switch
    {
        SelfTestKind.Alcohol => "alcohol",
        SelfTestKind.Drugs => "drugs",
        _ => "gambling",
    };
}
