using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Hosting;

/// <summary>What the bot keeps in table <c>conversations</c>, and its greeting when someone joins.</summary>
public sealed class BotConversationStateTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Activity(object activity) => new(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");

    private static StringContent Message(Uri serviceUrl, string conversation, string id, string text) => Activity(new
    {
        type = "message", id, channelId = "emulator", serviceUrl = serviceUrl.ToString().TrimEnd('/'), locale = "sv-SE", text,
        from = new { id = "user-1" }, recipient = new { id = "bot" }, conversation = new { id = conversation },
    });

    [Fact]
    public async Task ConversationUpdate_UserJoins_GreetedOnceWithTheChoices()
    {
        await using var channel = await ChannelStub.StartAsync();
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: TestStorage.RoutingOnly());
        var conversation = "join-" + Guid.NewGuid().ToString("N");
        object Joined(string id, string member) => new
        {
            type = "conversationUpdate", id, channelId = "emulator", serviceUrl = channel.ServiceUrl.ToString().TrimEnd('/'), locale = "en-US",
            membersAdded = new[] { new { id = member } }, from = new { id = member }, recipient = new { id = "bot" }, conversation = new { id = conversation },
        };

        var botJoins = await app.Http.PostAsync("/api/messages", Activity(Joined("u0", "bot")), Ct);
        Assert.Empty(channel.Texts);   // the bot joining is no reason to speak
        var userJoins = await app.Http.PostAsync("/api/messages", Activity(Joined("u1", "user-1")), Ct);
        var again = await app.Http.PostAsync("/api/messages", Activity(Joined("u2", "user-1")), Ct);
        await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, conversation, "m1", "hello"), Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [botJoins.StatusCode, userJoins.StatusCode, again.StatusCode]);
        Assert.Single(channel.Texts, t => t.Contains("automated chat", StringComparison.Ordinal));   // locale en-US, greeted once
        var menu = channel.Received.First(a => a.TryGetProperty("suggestedActions", out var s) && s.ValueKind == JsonValueKind.Object);
        Assert.Equal(5, menu.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task SelfTest_DeclinedAfterTheResult_NoAnswerOrScoreInStorageAndNoSubmission()
    {
        await using var channel = await ChannelStub.StartAsync();
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var conversation = "audit-" + Guid.NewGuid().ToString("N");
        string[] said = ["självtest om alkohol", "3", "3", "3", "2", "2", "1", "3", "2", "1", "3", "1"];   // 2+1+2+1+1+0+2+1+0+4
        for (var i = 0; i < said.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, conversation, $"t{i}", said[i]), Ct)).StatusCode);
        }

        Assert.Contains(channel.Texts, t => t.Contains("Du fick 14 av 40 poäng", StringComparison.Ordinal));
        var midway = await StateOf(storage, conversation);
        Assert.Contains("\"score\":14", midway, StringComparison.Ordinal);   // waiting for the person's choice

        await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, conversation, "t-last", "Nej tack"), Ct);

        var after = await StateOf(storage, conversation);
        Assert.DoesNotContain("score", after, StringComparison.Ordinal);
        Assert.DoesNotContain("\"selfTest\":{", after, StringComparison.Ordinal);
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Contains(channel.Texts, t => t.Contains("Resultatet är borttaget", StringComparison.Ordinal));
    }

    /// <summary>DUDIT (a count typed as its button's label on question 3, then no sex given) and PGSI, by buttons' numbers.</summary>
    [Theory]
    [InlineData(new[] { "självtest om droger", "3", "2", "1–2", "2", "1", "1", "2", "1", "3", "1", "2", "3" }, "Du fick 10 av 44 poäng", "\"score\":10")]
    [InlineData(new[] { "spelar jag för mycket?", "2", "3", "1", "1", "2", "1", "1", "1", "4" }, "Du fick 7 av 27 poäng", "\"score\":7")]
    public async Task SelfTest_DuditOrPgsiDeclinedAfterTheResult_NoAnswerOrScoreInStorageAndNoSubmission(string[] said, string result, string score)
    {
        await using var channel = await ChannelStub.StartAsync();
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var conversation = "selftest-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < said.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, conversation, $"t{i}", said[i]), Ct)).StatusCode);
        }

        Assert.Contains(channel.Texts, t => t.Contains(result, StringComparison.Ordinal));
        Assert.DoesNotContain(channel.Texts, t => t.Contains("AUDIT", StringComparison.Ordinal));
        Assert.Contains(score, await StateOf(storage, conversation), StringComparison.Ordinal);   // waiting for the person's choice

        await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, conversation, "t-last", "Nej tack"), Ct);

        var after = await StateOf(storage, conversation);
        Assert.DoesNotContain("score", after, StringComparison.Ordinal);
        Assert.DoesNotContain("\"selfTest\":{", after, StringComparison.Ordinal);
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Contains(channel.Texts, t => t.Contains("Resultatet är borttaget", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Turn_UnexpectedErrorWhileSending_ApologisesKeepsTheAnswersAndSendsOnTheNextTry()
    {
        await using var channel = await ChannelStub.StartAsync();
        var storage = new TestStorage(azurite);
        var failOnce = new FailOnce();
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly(), configureServices: services =>
        {
            services.AddSingleton(failOnce);
            services.AddSingleton<Intake.Bot.Dialogs.ISubmissionPort>(sp => new ThrowingOncePort(
                ActivatorUtilities.CreateInstance<Intake.Functions.Bot.BotSubmissionPort>(sp), sp.GetRequiredService<FailOnce>()));
        });
        var conversation = "fail-" + Guid.NewGuid().ToString("N");
        string[] said = ["stöd som anhörig", "Cia", "070-123 45 67", "hoppa över", "partner", "nej", "hoppa över", "ja"];
        for (var i = 0; i < said.Length; i++)
        {
            await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, conversation, $"f{i}", said[i]), Ct);
        }

        var failed = await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, conversation, "send-1", "skicka"), Ct);
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains("Det du redan har skrivit finns kvar", channel.Texts[^1], StringComparison.Ordinal);
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));

        await app.Http.PostAsync("/api/messages", Message(channel.ServiceUrl, conversation, "send-2", "skicka"), Ct);

        var stored = Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Contains(channel.Texts, t => t.Contains("ärendenummer", StringComparison.Ordinal));
        Assert.Contains("\"Cia\"", stored.GetString("Answers") ?? string.Empty, StringComparison.Ordinal);
    }

    private sealed class FailOnce
    {
        public int Calls;
    }

    private sealed class ThrowingOncePort(Intake.Bot.Dialogs.ISubmissionPort inner, FailOnce state) : Intake.Bot.Dialogs.ISubmissionPort
    {
        public Task<Intake.Bot.Dialogs.SubmitResult> SubmitAsync(
            Core.Submissions.SubmissionKind kind, Core.Submissions.SubmissionInput input, Core.Localization.Language language, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref state.Calls) == 1
                ? throw new InvalidOperationException("A fault nobody planned for.")
                : inner.SubmitAsync(kind, input, language, cancellationToken);
    }

    private static async Task<string> StateOf(TestStorage storage, string conversation)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("emulator\n" + conversation)));
        var row = await storage.Tables.GetEntityAsync(storage.ConversationsTable, key, "state", Ct);
        return Assert.IsType<string>(row!.GetString("State"));
    }
}
