using Intake.Core.Submissions;

namespace Intake.Core.Routing;

/// <summary>Applies the configured <see cref="RoutingOptions"/> to a validated submission. Pure and deterministic.</summary>
public sealed class Router(RoutingOptions options)
{
    public const string KindFact = "kind";

    public RouteDecision Route(SubmissionKind kind, Answers answers, DateTimeOffset receivedAt)
    {
        string? team = null;
        var urgent = false;
        TimeSpan? due = null;
        TimeSpan? decision = null;
        var matched = new List<string>();

        foreach (var rule in options.Rules.Where(r => Matches(r, kind, answers)))
        {
            matched.Add(rule.Name);
            team ??= rule.Team;
            urgent |= rule.Urgent;
            if (rule.DueWithin is { } within && (due is null || within < due))
            {
                due = within;
            }

            if (rule.DecisionWithin is { } decideWithin && (decision is null || decideWithin < decision))
            {
                decision = decideWithin;
            }
        }

        if (team is null || !options.Teams.TryGetValue(team, out var teamOptions))
        {
            throw new InvalidOperationException(
                $"No routing rule gives a known team for a {kind.ToSlug()} (matched: {string.Join(", ", matched)}). Check the Routing configuration.");
        }

        var dueWithin = due ?? teamOptions.DueWithin ?? options.DefaultDueWithin;
        return new(team, teamOptions.Queue, urgent, receivedAt + dueWithin, matched)
        {
            DecisionDueAt = decision is { } d ? receivedAt + d : null,
        };
    }

    private static bool Matches(RoutingRule rule, SubmissionKind kind, Answers answers) =>
        rule.When.All(fact => fact.Key == KindFact
            ? string.Equals(fact.Value, kind.ToSlug(), StringComparison.OrdinalIgnoreCase)
            : answers.GetAll(fact.Key).Contains(fact.Value, StringComparer.OrdinalIgnoreCase));
}
