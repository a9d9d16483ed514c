using Intake.Core.Routing;
using Intake.Core.Submissions;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Intake.Functions.Tests.Routing;

/// <summary>The routing rules shipped in appsettings.json (Östersund's defaults), as a table: kind × answers → team,
/// urgency, due time.</summary>
public sealed class DefaultRoutingRulesTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private static RoutingOptions Shipped() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json"))
        .Build().GetSection(RoutingOptions.SectionName).Get<RoutingOptions>()!;

    public static TheoryData<string, string, string, bool, double> Table() => new()
    {
        // kind, answers (field=value;...), team, urgent, due in hours
        { "concern", "about=adult;childrenInHousehold=no", "team-vuxen", false, 72 },
        { "concern", "about=adult;childrenInHousehold=unknown", "team-vuxen", false, 72 },
        { "concern", "about=child;childrenInHousehold=no", "barn-och-unga", true, 24 },
        { "concern", "about=adult;childrenInHousehold=yes", "barn-och-unga", true, 24 },
        { "concern", "about=child;childrenInHousehold=yes", "barn-och-unga", true, 24 },
        { "concern", "about=adult;childrenInHousehold=no;acuteDanger=true", "team-vuxen", true, 24 },
        { "support-request", "adult=true", "team-vuxen", false, 72 },
        { "support-request", "adult=true;pregnant=false", "team-vuxen", false, 72 },
        { "support-request", "adult=true;pregnant=true", "team-vuxen", true, 24 },
        { "support-request", "adult=false", "barn-och-unga", false, 24 },
        { "support-request", "adult=false;pregnant=true", "barn-och-unga", true, 24 },
        { "relative-support-request", "childrenAffected=false", "anhorigstod-nexus", false, 72 },
        { "relative-support-request", "childrenAffected=true", "anhorigstod-fjarilen", false, 72 },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Route_ShippedRules_GiveTeamUrgencyAndDueTime(string kind, string answers, string team, bool urgent, double dueHours)
    {
        Assert.True(SubmissionKinds.TryParseSlug(kind, out var submissionKind));
        var values = answers.Split(';').Select(a => a.Split('='))
            .Select(kv => new KeyValuePair<string, IReadOnlyList<string>>(kv[0], [kv[1]]));

        var decision = new Router(Shipped()).Route(submissionKind, new Answers(values), Received);

        Assert.Equal((team, urgent), (decision.Team, decision.Urgent));
        Assert.Equal(team, decision.Queue);
        Assert.Equal(Received.AddHours(dueHours), decision.DueAt);
    }

    [Fact]
    public void Validate_ShippedRules_HaveNoProblems() => Assert.Empty(RoutingOptionsValidator.Validate(Shipped()));
}
