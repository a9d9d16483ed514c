using Intake.Bot.SelfTests;
using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Dudit;

/// <summary>
/// What the person reads after DUDIT: what the score suggests, that it is no diagnosis, and where to turn. The
/// municipality's offer is from the seed 002_71cd57a4c5ed4476.txt (Nexus's outpatient talking treatment for misuse of
/// or dependence on alcohol and narcotics); Droghjälpen is the national anonymous line for drugs.
/// </summary>
internal static class DuditResults
{
    private static readonly LocalizedText WhereToTurn = new(
        "Vill du prata med någon kan du ringa {Kundcenter} på {KundcenterPhone} eller ansöka om stöd här i chatten. "
            + "Kommunens öppenvård {Outpatient} erbjuder samtalsbehandling vid missbruk eller beroende av narkotika. "
            + "Droghjälpen (droghjalpen.se) ger anonymt stöd på nätet och per telefon.",
        "If you want to talk to someone, you can call {Kundcenter} on {KundcenterPhone} or apply for support here in the chat. "
            + "The municipality's outpatient unit {Outpatient} offers talking treatment for misuse of or dependence on narcotics. "
            + "Droghjälpen (droghjalpen.se) gives anonymous support online and by phone.");

    /// <summary>The whole result as the chat says it.</summary>
    public static LocalizedText For(DuditLevel level) => SelfTestTexts.Result(Meaning(level), WhereToTurn, Advice(level));

    public static LocalizedText Meaning(DuditLevel level) => level switch
    {
        DuditLevel.NoProblems => new(
            "Dina svar tyder inte på att du har problem som hänger ihop med droger.",
            "Your answers do not suggest that you have problems related to drugs."),
        DuditLevel.Problems => new(
            "Dina svar tyder på att du kan ha problem som hänger ihop med droger. Många behöver stöd för att ändra sina vanor, och det finns hjälp att få.",
            "Your answers suggest that you may have problems related to drugs. Many people need support to change their habits, and help is available."),
        DuditLevel.Dependence => new(
            "Dina svar tyder på att du troligen har ett beroende av en eller flera droger. Beroende går att behandla, och du är välkommen till oss.",
            "Your answers suggest that you are probably dependent on one or more drugs. Dependence can be treated, and you are welcome to contact us."),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown DUDIT level."),
    };

    /// <summary>For dependence: not to stop suddenly alone (withdrawal from some drugs can be dangerous).</summary>
    public static LocalizedText? Advice(DuditLevel level) => level == DuditLevel.Dependence
        ? new(
            "Tar du opioider, lugnande tabletter eller sömnmedel varje dag, sluta inte tvärt på egen hand: prata med vården först, till exempel {Hospital}.",
            "If you take opioids, sedatives or sleeping pills every day, do not stop suddenly on your own: talk to health care first, for example {Hospital}.")
        : null;

    public static LocalizedText LevelName(DuditLevel level) => level switch
    {
        DuditLevel.NoProblems => new("inga tecken på drogrelaterade problem", "no signs of drug-related problems"),
        DuditLevel.Problems => new("tecken på drogrelaterade problem", "signs of drug-related problems"),
        _ => new("troligt beroende", "probable dependence"),
    };

    public static string Id(DuditLevel level) => level switch
    {
        DuditLevel.NoProblems => "no-problems",
        DuditLevel.Problems => "problems",
        _ => "dependence",
    };
}
