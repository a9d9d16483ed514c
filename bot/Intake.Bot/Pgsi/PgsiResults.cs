using Intake.Bot.SelfTests;
using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Pgsi;

/// <summary>
/// What the person reads after PGSI: what the score suggests, that it is no diagnosis, and where to turn. That social
/// services are there for someone who gambles too much is from the seed 001_fdfb2df0d03130dc.txt; Stödlinjen is the
/// national anonymous line for gambling, and Spelpaus.se the national self-exclusion from licensed gambling.
/// </summary>
internal static class PgsiResults
{
    private static readonly LocalizedText WhereToTurn = new(
        "Vill du prata med någon kan du ringa {Kundcenter} på {KundcenterPhone} eller ansöka om stöd här i chatten: socialtjänsten ger stöd också när spel om pengar har blivit ett problem. "
            + "Stödlinjen (stodlinjen.se, 020-81 91 00) ger anonymt stöd om spel.",
        "If you want to talk to someone, you can call {Kundcenter} on {KundcenterPhone} or apply for support here in the chat: social services also give support when gambling has become a problem. "
            + "Stödlinjen (stodlinjen.se, 020-81 91 00) gives anonymous support about gambling.");

    /// <summary>The whole result as the chat says it.</summary>
    public static LocalizedText For(PgsiLevel level) => SelfTestTexts.Result(Meaning(level), WhereToTurn, Advice(level));

    public static LocalizedText Meaning(PgsiLevel level) => level switch
    {
        PgsiLevel.NoProblem => new(
            "Dina svar tyder inte på att ditt spelande orsakar problem.",
            "Your answers do not suggest that your gambling causes problems."),
        PgsiLevel.LowRisk => new(
            "Dina svar tyder på låg risk: ditt spelande har gett få eller inga negativa följder, men det kan vara bra att hålla koll på det.",
            "Your answers suggest a low risk: your gambling has had few or no negative consequences, but it may be worth keeping an eye on it."),
        PgsiLevel.ModerateRisk => new(
            "Dina svar tyder på måttlig risk: ditt spelande har redan gett vissa negativa följder. Många ändrar sina spelvanor med lite stöd.",
            "Your answers suggest a moderate risk: your gambling has already had some negative consequences. Many people change their gambling habits with a little support."),
        PgsiLevel.Problem => new(
            "Dina svar tyder på spelproblem: spelandet ger negativa följder och kan vara svårt att styra. Spelproblem går att behandla, och du är välkommen till oss.",
            "Your answers suggest problem gambling: your gambling has negative consequences and may be hard to control. Gambling problems can be treated, and you are welcome to contact us."),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown PGSI level."),
    };

    /// <summary>From moderate risk: the national self-exclusion, a step one can take at once.</summary>
    public static LocalizedText? Advice(PgsiLevel level) => level is PgsiLevel.ModerateRisk or PgsiLevel.Problem
        ? new(
            "Du kan stänga av dig från spel hos alla spelbolag med svensk licens på Spelpaus.se.",
            "You can exclude yourself from gambling with every company licensed in Sweden at Spelpaus.se.")
        : null;

    public static LocalizedText LevelName(PgsiLevel level) => level switch
    {
        PgsiLevel.NoProblem => new("inga spelproblem", "no gambling problems"),
        PgsiLevel.LowRisk => new("låg risk", "low risk"),
        PgsiLevel.ModerateRisk => new("måttlig risk", "moderate risk"),
        _ => new("spelproblem", "problem gambling"),
    };

    public static string Id(PgsiLevel level) => level switch
    {
        PgsiLevel.NoProblem => "no-problem",
        PgsiLevel.LowRisk => "low-risk",
        PgsiLevel.ModerateRisk => "moderate-risk",
        _ => "problem",
    };
}
