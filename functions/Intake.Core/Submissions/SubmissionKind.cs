namespace Intake.Core.Submissions;

/// <summary>The three ways a person can reach social services through Intake.</summary>
public enum SubmissionKind
{
    /// <summary>Orosanmälan: concern about someone else, adult or child.</summary>
    Concern,

    /// <summary>Ansökan om stöd: a person asks for support for themselves.</summary>
    SupportRequest,

    /// <summary>Anhörigstöd: a relative asks for support.</summary>
    RelativeSupportRequest,
}

public static class SubmissionKinds
{
    public static IReadOnlyList<SubmissionKind> All { get; } =
        [SubmissionKind.Concern, SubmissionKind.SupportRequest, SubmissionKind.RelativeSupportRequest];

    /// <summary>The stable name used in storage, queue messages and routing rules.</summary>
    public static string ToSlug(this SubmissionKind kind) => kind switch
    {
        SubmissionKind.Concern => "concern",
        SubmissionKind.SupportRequest => "support-request",
        SubmissionKind.RelativeSupportRequest => "relative-support-request",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParseSlug(string? slug, out SubmissionKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToSlug(), slug, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
