namespace Intake.Core.Routing;

/// <summary>
/// Which team gets which submission: data, not code, bound from configuration section <c>Routing</c>, so another
/// municipality changes teams, queues and rules in appsettings.json.
/// </summary>
public sealed class RoutingOptions
{
    public const string SectionName = "Routing";

    /// <summary>Teams by id (e.g. <c>team-vuxen</c>).</summary>
    public Dictionary<string, TeamOptions> Teams { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Rules in order. The first matching rule that names a team decides the team; any matching rule may
    /// make the ticket urgent; the earliest due time of all matching rules wins.</summary>
    public List<RoutingRule> Rules { get; set; } = [];

    /// <summary>Due time when no matching rule and no team sets one.</summary>
    public TimeSpan DefaultDueWithin { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long one routing of a submission holds its ticket while sending the ticket's messages; a router
    /// killed meanwhile is taken over after this. Longer than routing takes with storage's retries.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(1);
}

public sealed class TeamOptions
{
    /// <summary>The team's name as staff know it ("Team Vuxen").</summary>
    public string? Name { get; set; }

    /// <summary>The queue the team's ticket messages go to.</summary>
    public string Queue { get; set; } = string.Empty;

    /// <summary>The team's normal due time, when no rule sets one.</summary>
    public TimeSpan? DueWithin { get; set; }

    /// <summary>The team's functional mailbox, told (without personal data) that a ticket waits.</summary>
    public string? Mailbox { get; set; }

    /// <summary>Office hours on working days (Europe/Stockholm), for telling people when they will be contacted.</summary>
    public TimeSpan Opens { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan Closes { get; set; } = TimeSpan.FromHours(17);
}

public sealed class RoutingRule
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Facts that must all hold: <c>kind</c> (concern, support-request, relative-support-request) or a
    /// question id with one of its values (yes/no questions: "true"/"false"; multi-choice: any chosen value).</summary>
    public Dictionary<string, string> When { get; set; } = new(StringComparer.Ordinal);

    public string? Team { get; set; }

    public bool Urgent { get; set; }

    public TimeSpan? DueWithin { get; set; }

    /// <summary>
    /// A second statutory clock: for a concern about a child, the decision whether to open an investigation is due
    /// within 14 days of receipt (socialtjänstlagen), whatever the first assessment found.
    /// </summary>
    public TimeSpan? DecisionWithin { get; set; }
}

/// <summary>Where one submission goes.</summary>
public sealed record RouteDecision(string Team, string Queue, bool Urgent, DateTimeOffset DueAt, IReadOnlyList<string> MatchedRules)
{
    /// <summary>When a rule sets <see cref="RoutingRule.DecisionWithin"/>: the decision's due time.</summary>
    public DateTimeOffset? DecisionDueAt { get; init; }
}
