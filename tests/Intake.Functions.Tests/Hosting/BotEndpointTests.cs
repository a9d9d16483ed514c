using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hosting;

/// <summary>POST /api/messages end to end: the app, Azurite, and a channel on loopback (local development, no token).</summary>
public sealed class BotEndpointTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Message(Uri serviceUrl, string conversation, string id, string text) => new(JsonSerializer.Serialize(new
    {
        type = "message", id, channelId = "emulator", serviceUrl = serviceUrl.ToString().TrimEnd('/'), locale = "sv-SE", text,
        from = new { id = "user-1" }, conversation = new { id = conversation },
    }), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Messages_SupportRequestConversation_EndsWithAStoredSubmissionAndItsReference()
    {
        await using var channel = await ChannelStub.StartAsync();
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var said = new[]
        {
            "jag vill ansöka om stöd", "Bo Berg", "hoppa över", "070-123 45 67", "hoppa över", "hoppa över",
            "alkohol", "ja", "hoppa över", "hoppa över", "ja", "skicka",
        };

        for (var i = 0; i < said.Length; i++)
        {
            var response = await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, "conv-1", $"a{i}", said[i]), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var stored = Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Equal("bot", stored.GetString("Channel"));
        var reference = Core.References.ReferenceNumber.TryParse(stored.PartitionKey, out var r) ? r.ToString() : "?";
        Assert.Contains(channel.Texts, t => t.Contains(reference, StringComparison.Ordinal));
        Assert.Contains(channel.Texts, t => t.Contains("112", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_SameActivityTenTimes_OneSetOfRepliesAndOneSubmission()
    {
        await using var channel = await ChannelStub.StartAsync();
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        string[] said = ["stöd som anhörig", "Cia", "070-123 45 67", "hoppa över", "partner", "nej", "hoppa över", "ja"];
        for (var i = 0; i < said.Length; i++)
        {
            await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, "conv-2", $"b{i}", said[i]), Ct);
        }

        var before = channel.Received.Count;
        var sends = Enumerable.Range(0, 10).Select(_ => app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, "conv-2", "send-1", "skicka"), Ct));
        var responses = await Task.WhenAll(sends);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        var answers = channel.Received.Skip(before).Where(a => a.GetProperty("type").GetString() == "message").ToList();
        Assert.Single(answers, a => a.GetProperty("text").GetString()!.Contains("ärendenummer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_WithoutTokenOutsideLocalDevelopment_Refused401AndNothingIsSent()
    {
        await using var channel = await ChannelStub.StartAsync();
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: new()
        {
            ["BotAuth:AllowUnauthenticatedLocalDevelopment"] = "false",
            ["BotAuth:AppId"] = "00000000-0000-0000-0000-000000000001",
        });

        var response = await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, "conv-3", "c1", "hej"), Ct);

        // Refused before any turn ran: a turn replies before its answer is given, so nothing can follow the 401.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(channel.Received);
    }
}
