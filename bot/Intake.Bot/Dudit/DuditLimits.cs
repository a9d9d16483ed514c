using Intake.Bot.SelfTests;
using Intake.Core.Localization;

namespace Intake.Bot.Dudit;

/// <summary>
/// Where DUDIT's levels start, in points (a score at or above a limit reaches it). Bound from configuration
/// (<c>Bot:SelfTest:Dudit</c>); the defaults are the manual's: drug-related problems from 6 points for men and from 2
/// for women, probable dependence from 25 for everyone. A person who does not give their sex is compared with the
/// lower of the two problem limits, and told so.
/// </summary>
internal sealed record DuditLimits(int ProblemsFromWomen, int ProblemsFromMen, int DependenceFrom)
{
    public const string Women = "women";
    public const string Men = "men";
    public const string NotGiven = "not-given";

    public static DuditLimits Default { get; } = new(ProblemsFromWomen: 2, ProblemsFromMen: 6, DependenceFrom: 25);

    /// <summary>What the person may compare with, in the order the buttons come; without a choice, <see cref="NotGiven"/>.</summary>
    public static IReadOnlyList<SelfTestLimitChoice> Choices { get; } =
    [
        new(Women, new("Gränsen för kvinnor", "The limit for women")),
        new(Men, new("Gränsen för män", "The limit for men")),
        new(NotGiven, new("Jag vill inte ange kön", "I would rather not say")),
    ];

    /// <summary>The problem limit for a choice; an unknown or missing one is read as not given (the lower limit).</summary>
    public int ProblemsFrom(string? choice) => choice switch
    {
        Women => ProblemsFromWomen,
        Men => ProblemsFromMen,
        _ => Math.Min(ProblemsFromWomen, ProblemsFromMen),
    };

    /// <summary>The limits compared with, in words, saying so when the lower one was used because no sex was given.</summary>
    public LocalizedText Description(string? choice)
    {
        var problems = ProblemsFrom(choice);
        var rest = new LocalizedText(
            $"drogrelaterade problem {SelfTestTexts.From(problems).Swedish}, troligt beroende {SelfTestTexts.From(DependenceFrom).Swedish}.",
            $"drug-related problems {SelfTestTexts.From(problems).English}, probable dependence {SelfTestTexts.From(DependenceFrom).English}.");
        return choice switch
        {
            Women => new("Gränsen för kvinnor: " + rest.Swedish, "The limit for women: " + rest.English),
            Men => new("Gränsen för män: " + rest.Swedish, "The limit for men: " + rest.English),
            _ => new("Utan angivet kön jämförs resultatet med den lägre gränsen: " + rest.Swedish,
                "With no sex given, the result is compared with the lower limit: " + rest.English),
        };
    }

    /// <summary>Each problem limit 1 ≤ limit &lt; dependence ≤ 44.</summary>
    public void EnsureValid()
    {
        var max = SelfTestInstrument.Dudit.MaxScore;
        if (ProblemsFromWomen < 1 || ProblemsFromMen < 1 || ProblemsFromWomen >= DependenceFrom || ProblemsFromMen >= DependenceFrom || DependenceFrom > max)
        {
            throw new ArgumentException(
                $"DUDIT limits need 1 ≤ problems for women ({ProblemsFromWomen}) and for men ({ProblemsFromMen}) < dependence ({DependenceFrom}) ≤ {max}.");
        }
    }
}
