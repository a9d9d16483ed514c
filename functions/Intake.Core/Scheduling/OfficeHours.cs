namespace Intake.Core.Scheduling;

/// <summary>A team's office hours: Monday–Friday, not on holidays, <see cref="Opens"/> ≤ t &lt; <see cref="Closes"/>,
/// in the calendar's local time (Europe/Stockholm). Opening and closing fall on the same day.</summary>
public sealed record OfficeHours(TimeOnly Opens, TimeOnly Closes);
