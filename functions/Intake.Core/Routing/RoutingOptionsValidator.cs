using System.Text.RegularExpressions;
using Intake.Core.Submissions;

namespace Intake.Core.Routing;

/// <summary>
/// Finds mistakes in a routing configuration before the first citizen meets them: unknown teams, misspelt facts or
/// values, invalid queue names, and a kind that no rule sends to a team.
/// </summary>
public static partial class RoutingOptionsValidator
{
    public static IReadOnlyList<string> Validate(RoutingOptions options)
    {
        var problems = new List<string>();
        if (options.Teams.Count == 0)
        {
            problems.Add("Routing:Teams is empty.");
        }

        if (options.ClaimDuration < TimeSpan.FromSeconds(1))
        {
            problems.Add("Routing:ClaimDuration must be at least one second.");
        }

        foreach (var (id, team) in options.Teams)
        {
            if (!QueueName().IsMatch(team.Queue))
            {
                problems.Add($"Routing:Teams:{id}:Queue '{team.Queue}' is not a valid queue name (3-63 lower-case letters, digits, single hyphens).");
            }
        }

        foreach (var rule in options.Rules)
        {
            var label = string.IsNullOrEmpty(rule.Name) ? "(unnamed)" : rule.Name;
            if (rule.Team is not null && !options.Teams.ContainsKey(rule.Team))
            {
                problems.Add($"Routing rule '{label}' names team '{rule.Team}', which is not in Routing:Teams.");
            }

            problems.AddRange(rule.When.Select(fact => CheckFact(label, fact.Key, fact.Value)).OfType<string>());
        }

        foreach (var kind in SubmissionKinds.All)
        {
            var catchAll = options.Rules.Any(r => r.Team is not null && r.When.All(f =>
                f.Key == Router.KindFact && string.Equals(f.Value, kind.ToSlug(), StringComparison.OrdinalIgnoreCase)));
            if (!catchAll)
            {
                problems.Add($"No routing rule sends every {kind.ToSlug()} to a team: add one whose only condition is kind = {kind.ToSlug()}.");
            }
        }

        return problems;
    }

    private static string? CheckFact(string rule, string fact, string value)
    {
        if (fact == Router.KindFact)
        {
            return SubmissionKinds.TryParseSlug(value, out _) ? null : $"Routing rule '{rule}': unknown kind '{value}'.";
        }

        var questions = SubmissionKinds.All
            .Select(k => QuestionModel.For(k).TryGetQuestion(fact, out var q) ? q : null)
            .OfType<Question>()
            .ToList();
        if (questions.Count == 0)
        {
            return $"Routing rule '{rule}': '{fact}' is neither 'kind' nor a question id.";
        }

        var allowed = questions.SelectMany(AllowedValues).ToList();
        return allowed.Count == 0 || allowed.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"Routing rule '{rule}': '{value}' is not a possible answer to '{fact}' (possible: {string.Join(", ", allowed.Distinct())}).";
    }

    private static IEnumerable<string> AllowedValues(Question question) => question.Type switch
    {
        FieldType.YesNo => ["true", "false"],
        FieldType.Choice or FieldType.MultiChoice => question.Options.Select(o => o.Value),
        _ => [],
    };

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex QueueName();
}
