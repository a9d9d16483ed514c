namespace Intake.Core.Scheduling;

/// <summary>A day off in Sweden, with its name in Swedish and English.</summary>
public sealed record Holiday(DateOnly Date, string SwedishName, string EnglishName);
