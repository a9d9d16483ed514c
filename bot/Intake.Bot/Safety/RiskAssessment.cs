namespace Intake.Bot.Safety;

/// <summary>
/// What the safety gate found in one message: the crisis to answer first (or none), whether a child is concerned
/// (then BRIS is named too), and why, in words fit for a log line: which layer and rule or which scores, never the
/// message's text.
/// </summary>
internal sealed record RiskAssessment(RiskSignal Signal, bool ChildConcerned, string Reason)
{
    public static RiskAssessment None { get; } = new(RiskSignal.None, false, "nothing found");

    public bool IsCrisis => Signal != RiskSignal.None;
}
