namespace Intake.Bot.Tests.Infrastructure;

/// <summary>A clock that stands where the test puts it.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
