namespace Intake.Bot.Pgsi;

/// <summary>PGSI's categories of gambling.</summary>
internal enum PgsiLevel
{
    NoProblem,
    LowRisk,
    ModerateRisk,
    Problem,
}
