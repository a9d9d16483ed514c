using Intake.Bot.SelfTests;
using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Audit;

/// <summary>What the person reads after the self-test: what the score suggests, that it is no diagnosis, and where to turn.</summary>
internal static class AuditResults
{
    private static readonly LocalizedText WhereToTurn = new(
        "Vill du prata med någon kan du ringa {Kundcenter} på {KundcenterPhone} eller ansöka om stöd här i chatten. "
            + "Alkoholhjälpen (alkoholhjalpen.se) har stöd som du kan använda på egen hand.",
        "If you want to talk to someone, you can call {Kundcenter} on {KundcenterPhone} or apply for support here in the chat. "
            + "Alkoholhjälpen (alkoholhjalpen.se) has support you can use on your own.");

    /// <summary>The whole result as the chat says it.</summary>
    public static LocalizedText For(AuditLevel level) => SelfTestTexts.Result(Meaning(level), WhereToTurn, Advice(level));

    /// <summary>What the level suggests, in plain words.</summary>
    public static LocalizedText Meaning(AuditLevel level) => level switch
    {
        AuditLevel.Low => new("Dina svar tyder på att dina alkoholvanor innebär en låg risk.", "Your answers suggest that your drinking carries a low risk."),
        AuditLevel.Risk => new(
            "Dina svar tyder på riskbruk: dina alkoholvanor kan med tiden påverka din hälsa. Många ändrar sina vanor med lite stöd.",
            "Your answers suggest risky use: over time, your drinking may affect your health. Many people change their habits with a little support."),
        AuditLevel.Harmful => new(
            "Dina svar tyder på skadligt bruk: alkoholen kan redan påverka din hälsa eller ditt liv. Du behöver inte klara det ensam.",
            "Your answers suggest harmful use: alcohol may already be affecting your health or your life. You do not have to manage this alone."),
        AuditLevel.Dependence => new(
            "Dina svar tyder på att du kan ha ett alkoholberoende. Beroende går att behandla, och du är välkommen till oss.",
            "Your answers suggest that you may be dependent on alcohol. Dependence can be treated, and you are welcome to contact us."),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown AUDIT level."),
    };

    /// <summary>For dependence: not to stop suddenly alone (withdrawal can be dangerous).</summary>
    public static LocalizedText? Advice(AuditLevel level) => level == AuditLevel.Dependence
        ? new(
            "Dricker du mycket varje dag, sluta inte tvärt på egen hand: prata med vården först, till exempel {Hospital}.",
            "If you drink a lot every day, do not stop suddenly on your own: talk to health care first, for example {Hospital}.")
        : null;

    public static LocalizedText LevelName(AuditLevel level) => level switch
    {
        AuditLevel.Low => new("låg risk", "low risk"),
        AuditLevel.Risk => new("riskbruk", "risky use"),
        AuditLevel.Harmful => new("skadligt bruk", "harmful use"),
        _ => new("möjligt beroende", "possible dependence"),
    };

    /// <summary>A stable id of the level, for pages and tests.</summary>
    public static string Id(AuditLevel level) => level switch
    {
        AuditLevel.Low => "low",
        AuditLevel.Risk => "risk",
        AuditLevel.Harmful => "harmful",
        _ => "dependence",
    };
}
