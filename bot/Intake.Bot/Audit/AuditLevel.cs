namespace Intake.Bot.Audit;

/// <summary>What an AUDIT score suggests under an <see cref="AuditProfile"/>.</summary>
internal enum AuditLevel
{
    Low,
    Risk,
    Harmful,
    Dependence,
}
