using System.Net;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Flow;

/// <summary>A submission posted over HTTP ends as exactly one ticket on the right team's queue (standalone mode).</summary>
public sealed class SubmissionFlowTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string, string, bool, bool> Cases() => new()
    {
        // sample, route, team, urgent, acknowledgement queued
        { "concern-adult", "/api/concerns", "team-vuxen", false, false },
        { "concern-child", "/api/concerns", "barn-och-unga", true, false },
        { "support-request", "/api/support-requests", "team-vuxen", false, true },
        { "relative-support", "/api/relative-support-requests", "anhorigstod-nexus", false, true },
        { "relative-support-children", "/api/relative-support-requests", "anhorigstod-fjarilen", false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Submit_Sample_EndsAsOneTicketAndOneMessageOnTheRightTeamQueue(string sample, string route, string team, bool urgent, bool acknowledged)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var body = Samples.Read(sample);

        var response = await app.Http.SendAsync(Samples.Post(route, Samples.Json(body)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var reference = receipt.RootElement.GetProperty("reference").GetString()!;
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", reference);
        Assert.Contains("112", receipt.RootElement.GetProperty("whatHappensNext").GetString(), StringComparison.Ordinal);
        var id = reference.Replace("-", string.Empty, StringComparison.Ordinal);

        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamQueue(team))).Count > 0), $"no message on {team}");
        Assert.True(await TestStorage.EventuallyAsync(async () =>
            (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission"))?.GetString("Status") == "routed"));

        var ticket = Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Equal((id, team, urgent), (ticket.PartitionKey, ticket.GetString("Team"), ticket.GetBoolean("Urgent")));
        var message = Assert.Single(await storage.MessagesAsync(storage.TeamQueue(team)));
        using var ticketMessage = JsonDocument.Parse(message.MessageText);
        Assert.Equal(id, ticketMessage.RootElement.GetProperty("ticketId").GetString());
        Assert.Equal(urgent, ticketMessage.RootElement.GetProperty("urgent").GetBoolean());
        AssertCarriesNoPersonalData(message.MessageText, body);
        foreach (var other in TestStorage.Teams.Where(t => t != team))
        {
            Assert.Empty(await storage.MessagesAsync(storage.TeamQueue(other)));
        }

        var outbox = await storage.MessagesAsync(storage.EmailOutboxQueue);
        Assert.Equal(acknowledged ? 1 : 0, outbox.Count);
        foreach (var m in outbox)
        {
            AssertCarriesNoPersonalData(m.MessageText, body);
        }

        Assert.Empty(await storage.MessagesAsync(storage.IntakeQueue));
    }

    [Fact]
    public async Task Submit_ChildConcern_IsDueWithin24Hours()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());

        var response = await app.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(Samples.Read("concern-child"))), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.EntitiesAsync(storage.TicketsTable)).Count == 1));
        var ticket = (await storage.EntitiesAsync(storage.TicketsTable))[0];
        var submission = await storage.Tables.GetEntityAsync(storage.SubmissionsTable, ticket.PartitionKey, "submission", TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromHours(24), ticket.GetDateTimeOffset("DueAt") - submission!.GetDateTimeOffset("ReceivedAt"));
    }

    [Fact]
    public async Task Submit_AnonymousConcern_StoresNothingAboutTheReporterOrTheirConnection()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var request = Samples.Post("/api/concerns", Samples.Json(Samples.Read("concern-adult")));
        request.Headers.UserAgent.ParseAdd("CanaryBrowser/9.9");
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");

        var response = await app.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        var allowed = new[] { "PartitionKey", "RowKey", "odata.etag", "Kind", "Status", "ReceivedAt", "Language", "Channel", "Answers", "RoutedAt", "SchemaVersion", "RedriveCount", "Timestamp", "IdempotencyFingerprint" };
        Assert.Empty(stored.Keys.Except(allowed));

        // The fingerprint that recognises the same answers sent again is made of what is stored anyway, nothing else.
        Assert.Equal(
            Intake.Functions.Submissions.IdempotencyKey.FromAnswers("api", stored.GetString("Answers")).Fingerprint(Intake.Core.Submissions.SubmissionKind.Concern),
            stored.GetString("IdempotencyFingerprint"));
        var everything = string.Join("|", stored.Select(p => p.Value).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("CanaryBrowser", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.77", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("reporter", stored.GetString("Answers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_PlainFormPost_IsAcceptedLikeJson()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var form = new FormUrlEncodedContent(
        [
            new("name", "Cia Carlsson"), new("phone", "070-123 45 67"), new("relation", "sibling"),
            new("childrenAffected", "false"), new("consent", "true"),
        ]);

        var response = await app.Http.SendAsync(Samples.Post("/api/relative-support-requests", form), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamQueue("anhorigstod-nexus"))).Count == 1));
    }

    private static void AssertCarriesNoPersonalData(string messageText, string submittedBody)
    {
        // The trace context (traceparent, tracestate) is random hex: "parent" in its name is no relation's answer.
        var message = System.Text.Json.Nodes.JsonNode.Parse(messageText)!.AsObject();
        message.Remove("traceparent");
        message.Remove("tracestate");
        messageText = message.ToJsonString();
        using var submitted = JsonDocument.Parse(submittedBody);
        foreach (var property in submitted.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
        {
            var value = property.Value.GetString()!;
            if (value.Length > 5)
            {
                Assert.DoesNotContain(value, messageText, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
