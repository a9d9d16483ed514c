namespace Intake.Functions.Tests.Email;

/// <summary>A clock that stands still, or moves by <see cref="Step"/> each time it is read.</summary>
internal sealed class SteppingClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public TimeSpan Step { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        DateTimeOffset now = Now;
        Now += Step;
        return now;
    }
}
