namespace Intake.Functions.RateLimits;

/// <summary>Which limit a request counts against. Each policy has its own count per client.</summary>
internal enum RateLimitPolicy
{
    /// <summary>Not limited per client: the bot's endpoint, health probes, the versioned static files.</summary>
    None,
    Submissions,
    ChatToken,
    Pages,
}

/// <summary>The policy of every HTTP function, by its name (the same in both hosts), and for a POST where it differs.</summary>
internal static class RateLimitPolicies
{
    /// <summary>Every HTTP function, said once (a test checks the list against the catalog): (any method, POST).</summary>
    public static IReadOnlyDictionary<string, (RateLimitPolicy Any, RateLimitPolicy Post)> ByFunction { get; } =
        new Dictionary<string, (RateLimitPolicy, RateLimitPolicy)>(StringComparer.Ordinal)
        {
            ["SubmitConcern"] = (RateLimitPolicy.Submissions, RateLimitPolicy.Submissions),
            ["SubmitSupportRequest"] = (RateLimitPolicy.Submissions, RateLimitPolicy.Submissions),
            ["SubmitRelativeSupportRequest"] = (RateLimitPolicy.Submissions, RateLimitPolicy.Submissions),
            ["Pages"] = (RateLimitPolicy.Pages, RateLimitPolicy.Submissions),
            ["PagesEnglish"] = (RateLimitPolicy.Pages, RateLimitPolicy.Submissions),

            // A self-test's post stores and sends nothing: it is a page, not a submission.
            ["PagesSelfTest"] = (RateLimitPolicy.Pages, RateLimitPolicy.Pages),
            ["PagesSelfTestEnglish"] = (RateLimitPolicy.Pages, RateLimitPolicy.Pages),
            ["ChatToken"] = (RateLimitPolicy.ChatToken, RateLimitPolicy.ChatToken),
            ["OpenApiDocument"] = (RateLimitPolicy.Pages, RateLimitPolicy.Pages),

            // The staff side: people at work behind one municipal address each office; a page's limit is far above
            // what one person does, and its posts are a person's clicks, not citizens' submissions.
            ["StaffInbox"] = (RateLimitPolicy.Pages, RateLimitPolicy.Pages),
            ["StaffTeamInbox"] = (RateLimitPolicy.Pages, RateLimitPolicy.Pages),
            ["StaffTicket"] = (RateLimitPolicy.Pages, RateLimitPolicy.Pages),
            ["StaffTicketChange"] = (RateLimitPolicy.Pages, RateLimitPolicy.Pages),
            ["StaffAccount"] = (RateLimitPolicy.Pages, RateLimitPolicy.Pages),

            // Azure Bot Service and Direct Line call from a few addresses on behalf of every conversation: a limit per
            // address would stop the chat for everyone at once. The bot's own token check refuses everyone else.
            ["Messages"] = (RateLimitPolicy.None, RateLimitPolicy.None),

            // The platform's probes come from a few addresses, often; static files are immutable, from memory, cacheable.
            ["Health"] = (RateLimitPolicy.None, RateLimitPolicy.None),
            ["HealthApi"] = (RateLimitPolicy.None, RateLimitPolicy.None),
            ["HealthLive"] = (RateLimitPolicy.None, RateLimitPolicy.None),
            ["HealthReady"] = (RateLimitPolicy.None, RateLimitPolicy.None),
            ["StaticAssets"] = (RateLimitPolicy.None, RateLimitPolicy.None),
        };

    /// <summary>The policy for a request to <paramref name="functionName"/>; a request no function serves (only the
    /// standalone host sees those: 404, 405) counts as a page.</summary>
    public static RateLimitPolicy For(string? functionName, string method) =>
        functionName is not null && ByFunction.TryGetValue(functionName, out var policy)
            ? HttpMethods.IsPost(method) ? policy.Post : policy.Any
            : RateLimitPolicy.Pages;
}
