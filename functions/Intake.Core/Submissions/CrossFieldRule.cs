namespace Intake.Core.Submissions;

/// <summary>A rule over several answers, checked after each answer is valid on its own.</summary>
public abstract record CrossFieldRule(string ErrorField, string Code);

/// <summary>At least one of the fields that are asked must be answered (e.g. phone or e-mail).</summary>
public sealed record AtLeastOneOf(IReadOnlyList<string> FieldIds, string ErrorField, string Code)
    : CrossFieldRule(ErrorField, Code);

/// <summary>Two answers that cannot both hold (e.g. a professional reporter cannot be anonymous).</summary>
public sealed record NotBoth(Condition First, Condition Second, string ErrorField, string Code)
    : CrossFieldRule(ErrorField, Code);
