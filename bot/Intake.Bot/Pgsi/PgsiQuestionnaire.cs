using Intake.Bot.SelfTests;
using Intake.Core.Localization;

namespace Intake.Bot.Pgsi;

/// <summary>
/// PGSI, the Problem Gambling Severity Index (Ferris and Wynne, Canadian Centre on Substance Abuse, 2001): nine
/// questions about the last twelve months, in our own plain wording of what each asks, each answered never (0),
/// sometimes (1), most of the time (2) or almost always (3).
/// </summary>
internal static class PgsiQuestionnaire
{
    /// <summary>Said before the questions: every question is about the last twelve months.</summary>
    public static readonly LocalizedText Period = new(
        "Tänk på de senaste tolv månaderna när du svarar. Med spel menas spel om pengar, till exempel på nätet, på kasino, på trav, lotter, bingo eller poker.",
        "Think of the last twelve months when you answer. Gambling means playing for money, for example online, at a casino, on horses, lotteries, bingo or poker.");

    private static readonly SelfTestAnswer[] HowOften =
    [
        new(new("Aldrig", "Never"), 0),
        new(new("Ibland", "Sometimes"), 1),
        new(new("För det mesta", "Most of the time"), 2),
        new(new("Nästan alltid", "Almost always"), 3),
    ];

    public static IReadOnlyList<SelfTestQuestion> Questions { get; } =
    [
        Question(1,
            "Hur ofta har du spelat för mer pengar än du egentligen hade råd att förlora?",
            "How often have you gambled more money than you could really afford to lose?"),
        Question(2,
            "Hur ofta har du behövt spela för större summor för att få samma spänning som förut?",
            "How often have you needed to gamble with larger amounts of money to get the same excitement as before?"),
        Question(3,
            "Hur ofta har du gått tillbaka en annan dag för att försöka vinna tillbaka pengar som du har förlorat?",
            "How often have you gone back another day to try to win back money you had lost?"),
        Question(4,
            "Hur ofta har du lånat pengar eller sålt något för att få pengar att spela för?",
            "How often have you borrowed money or sold something to get money to gamble with?"),
        Question(5,
            "Hur ofta har du känt att du kanske har problem med ditt spelande?",
            "How often have you felt that you might have a problem with your gambling?"),
        Question(6,
            "Hur ofta har spelandet gett dig hälsoproblem, till exempel stress eller oro?",
            "How often has gambling caused you health problems, for example stress or anxiety?"),
        Question(7,
            "Hur ofta har andra kritiserat ditt spelande eller sagt att du har spelproblem, oavsett om du själv tyckte att de hade rätt?",
            "How often have other people criticised your gambling or told you that you have a gambling problem, whether or not you thought they were right?"),
        Question(8,
            "Hur ofta har ditt spelande orsakat ekonomiska problem för dig eller ditt hushåll?",
            "How often has your gambling caused money problems for you or your household?"),
        Question(9,
            "Hur ofta har du haft skuldkänslor över hur du spelar eller över det som händer när du spelar?",
            "How often have you felt guilty about the way you gamble or about what happens when you gamble?"),
    ];

    private static SelfTestQuestion Question(int number, string swedish, string english) => new(number, new(swedish, english), HowOften);
}
