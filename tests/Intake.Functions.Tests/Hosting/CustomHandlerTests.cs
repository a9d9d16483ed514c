using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hosting;

/// <summary>The app as the Functions host runs it: a separate process on FUNCTIONS_CUSTOMHANDLER_PORT, HTTP functions
/// forwarded to their routes, queue and timer functions posted as invocation payloads.</summary>
public sealed class CustomHandlerTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The payload the host posts for a queue trigger: the message text JSON-encoded a second time, metadata as
    /// strings (specs/azure-functions-custom-handler.md §5.2-5.3).</summary>
    private static StringContent QueuePayload(string messageText, int dequeueCount) => new(
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Data"] = new Dictionary<string, string> { ["message"] = JsonSerializer.Serialize(messageText) },
            ["Metadata"] = new Dictionary<string, object>
            {
                ["DequeueCount"] = dequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Id"] = JsonSerializer.Serialize(Guid.NewGuid().ToString()),
                ["InsertionTime"] = "2026-11-22T03:00:00+00:00",
                ["sys"] = new Dictionary<string, string> { ["MethodName"] = "RouteSubmission", ["UtcNow"] = "2026-11-22T03:00:01Z" },
            },
        }),
        Encoding.UTF8,
        "application/json");

    [Fact]
    public async Task RouteSubmission_InvokedByTheHost_CreatesOneTicketEvenWhenDeliveredTwice()
    {
        var storage = new TestStorage(azurite);
        await using var app = await AppProcess.StartCustomHandlerAsync(storage.Settings());

        // The host forwards the HTTP function's request unchanged to the app's own route.
        var posted = await app.Http.PostAsync("/api/support-requests", Samples.Json(Samples.Read("support-request")), Ct);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        using var receipt = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        var id = receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);

        // Under the host, the app does not poll: the message waits for the host's trigger.
        await Task.Delay(1000, Ct);
        var waiting = Assert.Single(await storage.MessagesAsync(storage.IntakeQueue));
        Assert.Empty(await storage.EntitiesAsync(storage.TicketsTable));

        for (var delivery = 1; delivery <= 2; delivery++)
        {
            var invoked = await app.Http.PostAsync("/RouteSubmission", QueuePayload(waiting.MessageText, delivery), Ct);
            Assert.Equal(HttpStatusCode.OK, invoked.StatusCode);
            using var answer = JsonDocument.Parse(await invoked.Content.ReadAsStringAsync(Ct));
            Assert.Equal(JsonValueKind.Object, answer.RootElement.GetProperty("Outputs").ValueKind);
            Assert.Contains("completed", answer.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        }

        var ticket = Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Equal((id, "team-vuxen"), (ticket.PartitionKey, ticket.GetString("Team")));
        Assert.Single(await storage.MessagesAsync(storage.TeamQueue("team-vuxen")));
        Assert.Single(await storage.MessagesAsync(storage.EmailOutboxQueue));
        Assert.True(await RoutingReliabilityTests.RoutedAsync(storage, id));
        Assert.Contains("Hosting mode: CustomHandler", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteSubmission_WhenTheHandlerFails_AnswersNon2xxSoTheHostRetries()
    {
        var storage = new TestStorage(azurite);
        await using var app = await AppProcess.StartCustomHandlerAsync(storage.Settings());

        var invoked = await app.Http.PostAsync("/RouteSubmission", QueuePayload("{\"submissionId\":\"NOSUCHSUBMISSN\"}", 1), Ct);
        var garbage = await app.Http.PostAsync("/RouteSubmission", new StringContent("{\"Data\":{}}", Encoding.UTF8, "application/json"), Ct);
        var unknown = await app.Http.PostAsync("/NoSuchFunction", QueuePayload("{}", 1), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, invoked.StatusCode);
        Assert.Contains("RouteSubmission failed", await invoked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(await storage.EntitiesAsync(storage.TicketsTable));
    }

    [Theory]
    [InlineData("RedriveSubmissions")]
    [InlineData("PurgeConversations")]
    public async Task TimerFunction_InvokedByTheHostTimer_Succeeds(string function)
    {
        var storage = new TestStorage(azurite);
        await using var app = await AppProcess.StartCustomHandlerAsync(storage.Settings());
        var timer = new StringContent(
            "{\"Data\":{\"timer\":{\"Schedule\":{\"AdjustForDST\":true},\"ScheduleStatus\":null,\"IsPastDue\":false}},\"Metadata\":{}}",
            Encoding.UTF8,
            "application/json");

        var invoked = await app.Http.PostAsync("/" + function, timer, Ct);

        Assert.Equal(HttpStatusCode.OK, invoked.StatusCode);
    }

    [Fact]
    public async Task Standalone_RouteSubmissionPath_IsNotExposed()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);

        var invoked = await app.Http.PostAsync("/RouteSubmission", QueuePayload("{\"submissionId\":\"X\"}", 1), Ct);

        Assert.True(invoked.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"got {invoked.StatusCode}");
    }
}
