using Intake.Core.Routing;
using Intake.Core.Submissions;

namespace Intake.Core.Tests.Routing;

public sealed class RouterTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    private static RoutingOptions Options() => new()
    {
        Teams =
        {
            ["a"] = new() { Queue = "team-a" },
            ["b"] = new() { Queue = "team-b", DueWithin = TimeSpan.FromDays(5) },
        },
        Rules =
        [
            new() { Name = "gambling-urgent", When = { ["areas"] = "gambling" }, Urgent = true, DueWithin = TimeSpan.FromHours(8) },
            new() { Name = "child", When = { ["kind"] = "concern", ["about"] = "child" }, Team = "b", Urgent = true, DueWithin = TimeSpan.FromHours(24) },
            new() { Name = "concern", When = { ["kind"] = "concern" }, Team = "a" },
            new() { Name = "support", When = { ["kind"] = "support-request" }, Team = "b" },
            new() { Name = "relative", When = { ["kind"] = "relative-support-request" }, Team = "a" },
        ],
        DefaultDueWithin = TimeSpan.FromDays(3),
    };

    private static Answers Answers(params (string Field, string[] Values)[] values) =>
        new(values.Select(v => new KeyValuePair<string, IReadOnlyList<string>>(v.Field, v.Values)));

    [Fact]
    public void Route_FirstRuleWithATeamDecides()
    {
        var decision = new Router(Options()).Route(SubmissionKind.Concern, Answers(("about", ["child"])), Received);

        Assert.Equal(("b", "team-b", true), (decision.Team, decision.Queue, decision.Urgent));
        Assert.Equal(Received.AddHours(24), decision.DueAt);
        Assert.Equal(["child", "concern"], decision.MatchedRules);
    }

    [Fact]
    public void Route_AnyMatchingRuleMakesUrgentAndTheEarliestDueTimeWins()
    {
        var decision = new Router(Options()).Route(SubmissionKind.Concern, Answers(("about", ["child"]), ("areas", ["alcohol", "gambling"])), Received);

        Assert.True(decision.Urgent);
        Assert.Equal(Received.AddHours(8), decision.DueAt);
    }

    [Fact]
    public void Route_WithoutRuleDueTime_UsesTheTeamsThenTheDefault()
    {
        var router = new Router(Options());

        Assert.Equal(Received.AddDays(5), router.Route(SubmissionKind.SupportRequest, Answers(), Received).DueAt);
        Assert.Equal(Received.AddDays(3), router.Route(SubmissionKind.RelativeSupportRequest, Answers(), Received).DueAt);
        Assert.False(router.Route(SubmissionKind.RelativeSupportRequest, Answers(), Received).Urgent);
    }

    [Fact]
    public void Route_NoRuleGivesATeam_FailsLoudly()
    {
        var options = Options();
        options.Rules.RemoveAll(r => r.Name == "support");

        Assert.Throws<InvalidOperationException>(() => new Router(options).Route(SubmissionKind.SupportRequest, Answers(), Received));
    }

    [Fact]
    public void Validate_GoodOptions_HasNoProblems() => Assert.Empty(RoutingOptionsValidator.Validate(Options()));

    [Fact]
    public void Validate_Mistakes_AreEachNamed()
    {
        var options = Options();
        options.Teams["c"] = new() { Queue = "Team_C" };
        options.Rules.Add(new() { Name = "typo", When = { ["pregnat"] = "true" }, Team = "nobody" });
        options.Rules.Add(new() { Name = "bad-value", When = { ["about"] = "cat" } });
        options.Rules.RemoveAll(r => r.Name == "relative");

        var problems = RoutingOptionsValidator.Validate(options);

        Assert.Contains(problems, p => p.Contains("Team_C", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'nobody'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'pregnat'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'cat'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("relative-support-request", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }
}
