using Intake.Bot.SelfTests;
using Intake.Core.Localization;

namespace Intake.Bot.Dudit;

/// <summary>
/// DUDIT, the Drug Use Disorders Identification Test (Berman, Bergman, Palmstierna and Schlyter, Karolinska Institutet):
/// eleven questions about drugs other than alcohol, in our own plain wording of what each asks. As the manual says,
/// questions 1–9 have five answers scoring 0–4, and questions 10 and 11 three answers scoring 0, 2 and 4; every
/// question is asked.
/// </summary>
internal static class DuditQuestionnaire
{
    /// <summary>What counts as a drug here (the manual's list, in short), said before the questions.</summary>
    public static readonly LocalizedText WhatCounts = new(
        "Med droger menas här narkotika, till exempel cannabis, amfetamin, kokain, ecstasy, GHB, spice, heroin och andra opioider, "
            + "och läkemedel som sömnmedel, lugnande eller smärtstillande tabletter när du tar mer av dem eller oftare än läkaren har skrivit ut. Alkohol räknas inte.",
        "Drugs here means narcotics, for example cannabis, amphetamine, cocaine, ecstasy, GHB, spice, heroin and other opioids, "
            + "and medicines such as sleeping pills, sedatives or painkillers when you take more of them, or more often, than your doctor prescribed. Alcohol does not count.");

    private static readonly SelfTestAnswer[] HowOftenUse = Scale(
        ("Aldrig", "Never"),
        ("En gång i månaden eller mer sällan", "Once a month or less"),
        ("2–4 gånger i månaden", "2 to 4 times a month"),
        ("2–3 gånger i veckan", "2 to 3 times a week"),
        ("4 gånger i veckan eller oftare", "4 times a week or more"));

    private static readonly SelfTestAnswer[] HowOften = Scale(
        ("Aldrig", "Never"),
        ("Mer sällan än en gång i månaden", "Less than once a month"),
        ("Varje månad", "Every month"),
        ("Varje vecka", "Every week"),
        ("Dagligen eller nästan varje dag", "Daily or almost daily"));

    private static readonly SelfTestAnswer[] NoOrYes =
    [
        new(new("Nej", "No"), 0),
        new(new("Ja, men inte under det senaste året", "Yes, but not during the past year"), 2),
        new(new("Ja, under det senaste året", "Yes, during the past year"), 4),
    ];

    public static IReadOnlyList<SelfTestQuestion> Questions { get; } =
    [
        new(1, new("Hur ofta tar du droger (inte alkohol)?", "How often do you take drugs (not alcohol)?"), HowOftenUse),
        new(2, new(
            "Hur ofta tar du mer än en sorts drog vid samma tillfälle?",
            "How often do you take more than one kind of drug on the same occasion?"), HowOftenUse),
        new(3, new(
            "En vanlig dag när du tar droger, hur många gånger tar du dem?",
            "On a typical day when you take drugs, how many times do you take them?"), Scale(
            ("0", "0"),
            ("1–2", "1 or 2"),
            ("3–4", "3 or 4"),
            ("5–6", "5 or 6"),
            ("7 eller fler", "7 or more")), CountUpTo: [0, 2, 4, 6]),
        new(4, new("Hur ofta är du kraftigt påverkad av droger?", "How often are you heavily under the influence of drugs?"), HowOften),
        PastYear(5,
            "Hur ofta under det senaste året har suget efter droger varit så starkt att du inte har kunnat stå emot?",
            "How often during the past year has your craving for drugs been so strong that you could not resist it?"),
        PastYear(6,
            "Hur ofta under det senaste året har du inte kunnat sluta ta droger när du väl har börjat?",
            "How often during the past year have you been unable to stop taking drugs once you had started?"),
        PastYear(7,
            "Hur ofta under det senaste året har du tagit droger och sedan låtit bli att göra något som du borde ha gjort?",
            "How often during the past year have you taken drugs and then left undone something you should have done?"),
        PastYear(8,
            "Hur ofta under det senaste året har du behövt ta en drog morgonen efter en dag då du tagit mycket droger?",
            "How often during the past year have you needed to take a drug the morning after a day of heavy drug use?"),
        PastYear(9,
            "Hur ofta under det senaste året har du haft skuldkänslor eller dåligt samvete för att du har tagit droger?",
            "How often during the past year have you felt guilty or had a bad conscience because you took drugs?"),
        new(10, new(
            "Har du själv eller någon annan blivit skadad, psykiskt eller fysiskt, för att du har tagit droger?",
            "Have you or someone else been hurt, mentally or physically, because you took drugs?"), NoOrYes),
        new(11, new(
            "Har någon i din släkt, en vän, en läkare, en sjuksköterska eller någon annan varit orolig för ditt drogbruk eller sagt att du borde sluta?",
            "Has a relative, a friend, a doctor, a nurse or anyone else been worried about your drug use or told you that you should stop?"), NoOrYes),
    ];

    private static SelfTestQuestion PastYear(int number, string swedish, string english) => new(number, new(swedish, english), HowOften);

    private static SelfTestAnswer[] Scale(params (string Swedish, string English)[] labels) =>
        labels.Select((label, score) => new SelfTestAnswer(new LocalizedText(label.Swedish, label.English), score)).ToArray();
}
