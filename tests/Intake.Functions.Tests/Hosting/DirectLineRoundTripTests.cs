using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hosting;

/// <summary>The real local chat peer: a message through offline-directline reaches the bot and its answer comes back.</summary>
public sealed class DirectLineRoundTripTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DirectLine_FirstMessage_GreetsWithTheEmergencyNumbersAndOffersTheChoices()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: TestStorage.RoutingOnly());
        await using var directLine = await DirectLineEmulator.StartAsync(new Uri(app.Http.BaseAddress!, "/api/messages"));

        var created = await directLine.Http.PostAsync("conversations", null, Ct);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var conversationId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("conversationId").GetString();
        var sent = await directLine.Http.PostAsJsonAsync($"conversations/{conversationId}/activities",
            new { type = "message", from = new { id = "dl_test_user" }, text = "hej", locale = "sv-SE" }, Ct);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var history = await directLine.Http.GetFromJsonAsync<JsonElement>($"conversations/{conversationId}/activities?watermark=0", Ct);
        var botMessages = history.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("from").GetProperty("id").GetString() != "dl_test_user" && a.GetProperty("type").GetString() == "message")
            .ToList();
        Assert.Contains(botMessages, m => m.GetProperty("text").GetString()!.Contains("112", StringComparison.Ordinal));
        var menu = Assert.Single(botMessages, m => m.TryGetProperty("suggestedActions", out var s) && s.ValueKind == JsonValueKind.Object);
        Assert.Equal(5, menu.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
    }
}
