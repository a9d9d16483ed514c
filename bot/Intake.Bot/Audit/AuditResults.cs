using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Audit;

/// <summary>What the person reads after the self-test: what the score suggests, that it is no diagnosis, and where to turn.</summary>
internal static class AuditResults
{
    private static readonly LocalizedText NotADiagnosis = new(
        "Det här är ett självtest, ingen diagnos.",
        "This is a self-test, not a diagnosis.");

    private static readonly LocalizedText WhereToTurn = new(
        "Vill du prata med någon kan du ringa Kundcenter på 063-14 30 00 eller ansöka om stöd här i chatten. "
            + "Alkoholhjälpen (alkoholhjalpen.se) har stöd som du kan använda på egen hand.",
        "If you want to talk to someone, you can call Kundcenter (customer service) on 063-14 30 00 or apply for support here in the chat. "
            + "Alkoholhjälpen (alkoholhjalpen.se) has support you can use on your own.");

    public static LocalizedText For(AuditLevel level) => level switch
    {
        AuditLevel.Low => LocalizedTexts.Join(
            new("Dina svar tyder på att dina alkoholvanor innebär en låg risk.", "Your answers suggest that your drinking carries a low risk."),
            NotADiagnosis,
            WhereToTurn),
        AuditLevel.Risk => LocalizedTexts.Join(
            new(
                "Dina svar tyder på riskbruk: dina alkoholvanor kan med tiden påverka din hälsa. Många ändrar sina vanor med lite stöd.",
                "Your answers suggest risky use: over time, your drinking may affect your health. Many people change their habits with a little support."),
            NotADiagnosis,
            WhereToTurn),
        AuditLevel.Harmful => LocalizedTexts.Join(
            new(
                "Dina svar tyder på skadligt bruk: alkoholen kan redan påverka din hälsa eller ditt liv. Du behöver inte klara det ensam.",
                "Your answers suggest harmful use: alcohol may already be affecting your health or your life. You do not have to manage this alone."),
            NotADiagnosis,
            WhereToTurn),
        AuditLevel.Dependence => LocalizedTexts.Join(
            new(
                "Dina svar tyder på att du kan ha ett alkoholberoende. Beroende går att behandla, och du är välkommen till oss.",
                "Your answers suggest that you may be dependent on alcohol. Dependence can be treated, and you are welcome to contact us."),
            NotADiagnosis,
            WhereToTurn,
            new(
                "Dricker du mycket varje dag, sluta inte tvärt på egen hand: prata med vården först, till exempel Öppenvård beroende på Östersunds sjukhus.",
                "If you drink a lot every day, do not stop suddenly on your own: talk to health care first, for example the outpatient addiction clinic at Östersund Hospital.")),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown AUDIT level."),
    };
}
