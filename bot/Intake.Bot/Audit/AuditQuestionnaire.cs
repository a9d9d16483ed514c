using Intake.Bot.SelfTests;
using Intake.Core.Localization;

namespace Intake.Bot.Audit;

/// <summary>
/// AUDIT, the WHO's Alcohol Use Disorders Identification Test, in the wording of its Swedish translation and the
/// WHO's English. Questions 1–8 score 0–4; questions 9 and 10 have three answers scoring 0, 2 and 4.
/// </summary>
internal static class AuditQuestionnaire
{
    private static readonly SelfTestAnswer[] HowOften = Scale(
        ("Aldrig", "Never"),
        ("Mer sällan än en gång i månaden", "Less than monthly"),
        ("Varje månad", "Monthly"),
        ("Varje vecka", "Weekly"),
        ("Dagligen eller nästan varje dag", "Daily or almost daily"));

    private static readonly SelfTestAnswer[] InjuryOrConcern =
    [
        new(new("Nej", "No"), 0),
        new(new("Ja, men inte under det senaste året", "Yes, but not in the last year"), 2),
        new(new("Ja, under det senaste året", "Yes, during the last year"), 4),
    ];

    public static IReadOnlyList<SelfTestQuestion> Questions { get; } =
    [
        new(1, new("Hur ofta dricker du alkohol?", "How often do you have a drink containing alcohol?"), Scale(
            ("Aldrig", "Never"),
            ("1 gång i månaden eller mer sällan", "Monthly or less"),
            ("2–4 gånger i månaden", "2 to 4 times a month"),
            ("2–3 gånger i veckan", "2 to 3 times a week"),
            ("4 gånger i veckan eller mer", "4 or more times a week"))),
        new(2, new(
            "Hur många standardglas dricker du en typisk dag då du dricker alkohol? Ett standardglas är till exempel 33 cl starköl, 12–15 cl vin, 8 cl starkvin eller 4 cl sprit.",
            "How many standard drinks do you have on a typical day when you are drinking? A standard drink is, for example, 33 cl of strong beer, 12–15 cl of wine, 8 cl of fortified wine or 4 cl of spirits."), Scale(
            ("1–2", "1 or 2"),
            ("3–4", "3 or 4"),
            ("5–6", "5 or 6"),
            ("7–9", "7 to 9"),
            ("10 eller fler", "10 or more")), CountUpTo: [2, 4, 6, 9]),
        new(3, new("Hur ofta dricker du sex standardglas eller mer vid samma tillfälle?", "How often do you have six or more drinks on one occasion?"), HowOften),
        LastYear(4,
            "Hur ofta under det senaste året har du inte kunnat sluta dricka sedan du har börjat?",
            "How often during the last year have you found that you were not able to stop drinking once you had started?"),
        LastYear(5,
            "Hur ofta under det senaste året har du druckit så att du inte kunnat göra det som normalt förväntas av dig?",
            "How often during the last year have you failed to do what was normally expected of you because of drinking?"),
        LastYear(6,
            "Hur ofta under det senaste året har du behövt en återställare på morgonen efter mycket drickande dagen före?",
            "How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?"),
        LastYear(7,
            "Hur ofta under det senaste året har du haft skuld- eller samvetsförebråelser på grund av ditt drickande?",
            "How often during the last year have you had a feeling of guilt or remorse after drinking?"),
        LastYear(8,
            "Hur ofta under det senaste året har du inte kunnat minnas vad som hände kvällen före på grund av ditt drickande?",
            "How often during the last year have you been unable to remember what happened the night before because of your drinking?"),
        new(9, new(
            "Har du eller någon annan blivit skadad på grund av ditt drickande?",
            "Have you or someone else been injured because of your drinking?"), InjuryOrConcern),
        new(10, new(
            "Har en släkting, en vän, en läkare eller någon annan inom vården oroat sig över ditt drickande eller föreslagit att du ska minska på det?",
            "Has a relative, a friend, a doctor or another health worker been concerned about your drinking or suggested you cut down?"), InjuryOrConcern),
    ];

    /// <summary>
    /// The WHO's skip rules: never drinking (question 1) skips questions 2–8, and no drinking on a typical day and on
    /// heavy days (questions 2 and 3 both scoring 0) skips questions 4–8; the skipped ones score 0.
    /// </summary>
    public static bool IsSkipped(int index, IReadOnlyList<int> answers) =>
        (index is >= 1 and <= 7 && answers.Count > 0 && Questions[0].Answers[answers[0]].Score == 0)
        || (index is >= 3 and <= 7 && answers.Count > 2 && Questions[1].Answers[answers[1]].Score + Questions[2].Answers[answers[2]].Score == 0);

    private static SelfTestQuestion LastYear(int number, string swedish, string english) => new(number, new(swedish, english), HowOften);

    private static SelfTestAnswer[] Scale(params (string Swedish, string English)[] labels) =>
        labels.Select((label, score) => new SelfTestAnswer(new LocalizedText(label.Swedish, label.English), score)).ToArray();
}
