namespace Intake.Bot.Dudit;

/// <summary>What a DUDIT score suggests under <see cref="DuditLimits"/>.</summary>
internal enum DuditLevel
{
    NoProblems,
    Problems,
    Dependence,
}
