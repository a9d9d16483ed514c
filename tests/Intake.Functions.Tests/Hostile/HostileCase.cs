namespace Intake.Functions.Tests.Hostile;

/// <summary>What a case must get, beyond the rules every case has (no answer of 500 or more, nothing stored unless accepted).</summary>
internal enum Expect
{
    /// <summary>Refused or accepted: hostile, but perhaps still a valid submission.</summary>
    Any,

    /// <summary>Never a success: accepting it (or storing it) would be the defect.</summary>
    Refused,

    /// <summary>A valid submission whatever else is odd about the request: must be accepted and stored once.</summary>
    Accepted,
}

/// <summary>How a case travels.</summary>
internal enum Transport
{
    /// <summary>Well framed: on a connection kept alive from case to case; one answer.</summary>
    KeepAlive,

    /// <summary>On its own connection (the bytes may leave it in any state); the answer, and when the request has a
    /// tail, whatever else the server answers on it.</summary>
    Own,

    /// <summary>On its own connection, half-closed once written, so that the server sees where the bytes end (a body
    /// cut short, garbage). Kestrel then gives up the connection: no answer is allowed, an error of ours is not.</summary>
    OwnAndEnded,

    /// <summary>On its own connection left open: the server has to give up on the missing bytes by itself.</summary>
    OwnAndWait,
}

/// <summary>
/// One generated hostile request: a short name that says what it is (shown on failure, never the body), the category
/// it counts under, the function its path belongs to ("-" for none) and what it must get.
/// </summary>
internal sealed record HostileCase(string Category, string Name, string Function, RawRequest Request)
{
    public Expect Expect { get; init; } = Expect.Any;

    /// <summary>The one status the contract names for this request, if it names one. Only thus may an answer be 500 or
    /// more: Kestrel's own 505 for an HTTP version it does not speak (see <see cref="FramingCases"/>).</summary>
    public int? Status { get; init; }

    public Transport Transport { get; init; } = Transport.KeepAlive;

    /// <summary>The request's <see cref="RawRequest.Tail"/> is a second request hidden behind conflicting framing: it
    /// must never be answered (RFC 9112 §6.1: close the connection after such a request).</summary>
    public bool HidesARequest { get; init; }

    /// <summary>The name of an earlier case this one repeats with the same idempotency key and answers: it must get
    /// that case's reference, not a second submission.</summary>
    public string? RepeatOf { get; init; }

    /// <summary>A POST to a submission route or a form page: a success must carry a reference and be one stored row.</summary>
    public bool Submits => Request.Method == "POST" && HostileEndpoints.SubmittingFunctions.Contains(Function);

    /// <summary>A well-framed POST to a form page, as a browser without JavaScript sends it: the answer is a page (or
    /// Kestrel's own bodiless 400 for a header it refuses before the app sees the request).</summary>
    public bool IsPagePost => Request.Method == "POST" && Transport == Transport.KeepAlive && HostileEndpoints.FormPages.Any(p => p.Path == Request.Target);

    /// <summary>A well-framed POST to a submission route: an error the app writes is a problem (RFC 9457); Kestrel's
    /// own refusals have no body.</summary>
    public bool IsApiPost => Request.Method == "POST" && Transport == Transport.KeepAlive && HostileEndpoints.Api.Any(p => p.Path == Request.Target);

    /// <summary>
    /// A request to the staff side without a session, which starts a sign-in: the suite's identity provider is
    /// unreachable on purpose (as the bot's metadata is), so the honest answer is the page "the sign-in is not working
    /// right now", 503 with Retry-After. Any other 5xx still fails.
    /// </summary>
    public bool StartsASignIn => Function.StartsWith("Staff", StringComparison.Ordinal);

    public override string ToString() => $"{Category}/{Name}";
}

/// <summary>What one case got: the first answer's status, type and reference, and the statuses and references of any
/// later answers on its connection.</summary>
internal sealed record HostileResult(
    HostileCase Case, int Status, string? ContentType, string? Reference, IReadOnlyList<int> LaterAnswers, IReadOnlyList<string> LaterReferences, string? Error)
{
    /// <summary>No answer: the connection closed before a status line.</summary>
    public const int NoAnswer = 0;

    /// <summary>No answer within the time allowed.</summary>
    public const int TimedOut = -1;

    public bool IsSuccess => Status is >= 200 and < 300;

    public string StatusText => Status switch
    {
        NoAnswer => "no answer",
        TimedOut => "timeout",
        _ => Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Why this result breaks the rules, or null.</summary>
    public string? Failure()
    {
        var c = Case;
        return Error is not null ? $"client error: {Error}"
            : Status >= 500 && Status != c.Status && !(Status == 503 && c.StartsASignIn) ? $"answered {Status}"
            : Status == TimedOut ? "no answer within the time allowed"
            : Status == NoAnswer && c.Transport != Transport.OwnAndEnded ? "connection closed without an answer"
            : Status == NoAnswer ? null
            : c.Status is { } expected && Status != expected ? $"answered {StatusText}, expected {expected}"
            : c.Expect == Expect.Refused && IsSuccess ? $"answered {Status}: accepted what must be refused"
            : c.Expect == Expect.Accepted && !IsSuccess ? $"answered {StatusText}: refused a valid submission"
            : c.Submits && IsSuccess && Reference is null ? $"answered {Status} without a reference"
            : c.IsPagePost && (Status == 200 || (Status is 400 or 403 or 413 or 415 && ContentType is not null))
                && ContentType?.StartsWith("text/html", StringComparison.Ordinal) != true
                ? $"answered {Status} with {ContentType ?? "no body"}, not the page"
            : c.IsApiPost && Status is >= 400 and < 500 && ContentType is not null && !ContentType.StartsWith("application/problem+json", StringComparison.Ordinal)
                ? $"answered {Status} with {ContentType}, not a problem"
            : c.HidesARequest && LaterAnswers.Count > 0 ? $"answered the request hidden behind it ({string.Join(",", LaterAnswers)})"
            : LaterAnswers.FirstOrDefault(s => s >= 500) is > 0 and var later ? $"a later answer on its connection was {later}"
            : null;
    }
}
