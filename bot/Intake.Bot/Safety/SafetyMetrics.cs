using System.Diagnostics.Metrics;

namespace Intake.Bot.Safety;

/// <summary>How often the safety gate answered with the emergency numbers, by category: counts only, never a message.</summary>
internal static class SafetyMetrics
{
    public const string MeterName = "Intake.Bot";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Hits = Meter.CreateCounter<long>(
        "intake.safety_gate.hits", "{message}", "Messages the safety gate answered with the emergency numbers first, by category.");

    public static void Hit(RiskAssessment risk) =>
        Hits.Add(1, new("intake.safety.category", Category(risk.Signal)), new("intake.safety.child_concerned", risk.ChildConcerned));

    private static string Category(RiskSignal signal) => signal switch
    {
        RiskSignal.Suicide => "suicide",
        RiskSignal.Overdose => "overdose",
        RiskSignal.Violence => "violence",
        RiskSignal.ChildInDanger => "child-in-danger",
        _ => "none",
    };
}
