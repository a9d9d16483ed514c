using Intake.Core.Localization;

namespace Intake.Bot.Audit;

/// <summary>One AUDIT question; its answers are the buttons, in order.</summary>
internal sealed record AuditQuestion(int Number, LocalizedText Text, IReadOnlyList<AuditAnswer> Answers);

/// <summary>A button and the points it gives.</summary>
internal sealed record AuditAnswer(LocalizedText Label, int Score);
