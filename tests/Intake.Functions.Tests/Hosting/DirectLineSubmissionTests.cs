using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hosting;

/// <summary>
/// A whole concern told to the bot through offline-directline, as Web Chat would (Direct Line REST: start a
/// conversation, post activities, read them back by watermark): the person sees a reference number, and with the
/// routing worker running that very submission becomes one ticket on the right team's queue.
/// </summary>
public sealed partial class DirectLineSubmissionTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan RoutingWithin = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")]
    private static partial Regex ReferencePattern();

    [Fact]
    public async Task DirectLine_ConcernAboutAnAdult_ShowsTheReferenceAndEndsAsATicketForTeamVuxen()
    {
        (string User, string Bot)[] steps =
        [
            ("jag är orolig för min granne", "Vem gäller din oro?"),
            ("en vuxen, 18 år eller äldre", "Vad gäller oron?"),
            ("narkotika eller andra droger", "Beskriv din oro"),
            ("Han verkar må dåligt och har slutat gå ut.", "Bor det barn hos personen?"),
            ("vet inte", "akut fara"),
            ("nej", "Personens namn"),
            ("hoppa över", "Personens personnummer"),
            ("121212-1213", "Personnumret stämmer inte"),
            ("hoppa över", "Personens adress"),
            ("hoppa över", "yrkesroll"),
            ("nej", "Vill du vara anonym?"),
            ("ja", "Vill du skicka det?"),
        ];

        await ConcernEndsAsTicketAsync(steps, team: "team-vuxen", about: "adult", urgent: false);
    }

    [Fact]
    public async Task DirectLine_ConcernAboutAChild_ShowsTheReferenceAndEndsAsAnUrgentTicketForBarnOchUnga()
    {
        (string User, string Bot)[] steps =
        [
            ("anmäla oro", "Vem gäller din oro?"),
            ("ett barn eller en ungdom under 18 år", "måste socialtjänsten bedöma"),
            ("alkohol", "Beskriv din oro"),
            ("Eleven luktar alkohol på morgnarna.", "Bor det barn"),
            ("vet inte", "akut fara"),
            ("nej", "Personens namn"),
            ("hoppa över", "personnummer"),
            ("hoppa över", "adress"),
            ("hoppa över", "yrkesroll"),
            ("nej", "Vill du vara anonym?"),
            ("ja", "Vill du skicka det?"),
        ];

        await ConcernEndsAsTicketAsync(steps, team: "barn-och-unga", about: "child", urgent: true);
    }

    [Fact]
    public async Task DirectLine_SelfTestAttachedToASupportRequest_EndsAsATicketForTeamVuxenWithTheResultInTheMessage()
    {
        (string User, string Bot)[] steps =
        [
            ("självtest om alkohol", "Fråga 1 av 10"),
            ("2–4 gånger i månaden", "Fråga 2"),
            ("3", "Fråga 3"),
            ("varje månad", "Fråga 4"),
            ("mer sällan än en gång i månaden", "Fråga 5"),
            ("2", "Fråga 6"),
            ("aldrig", "Fråga 7"),
            ("varje månad", "Fråga 8"),
            ("2", "Fråga 9"),
            ("nej", "Fråga 10"),
            ("3", "Vilka gränser"),
            ("1", "Du fick 14 av 40 poäng"),
            ("Ansök och skicka med resultatet", "Ditt namn"),
            ("Bo Berg", "personnummer"),
            ("hoppa över", "Telefonnummer"),
            ("070-123 45 67", "E-postadress"),
            ("hoppa över", "När passar"),
            ("förmiddag", "Vad vill du ha stöd med?"),
            ("alkohol", "18 år"),
            ("ja", "gravid"),
            ("nej", "berätta något mer"),
            ("Jag vill ha hjälp att dricka mindre.", "kontaktar mig"),
            ("ja", "självtestet AUDIT, 14 av 40 poäng"),
        ];

        var (_, answers) = await EndsAsTicketAsync(steps, "support-request", team: "team-vuxen", urgent: false);
        Assert.Equal(
            "Självtest AUDIT i chatten: 14 av 40 poäng, riskbruk (Kommunens gränser, samma för alla: riskbruk 7–15 poäng, skadligt bruk 16–20 poäng, beroende från 21 poäng.)\n\nJag vill ha hjälp att dricka mindre.",
            answers.GetProperty("message").GetString());
    }

    [Fact]
    public async Task DirectLine_RelativeWithChildrenAffected_EndsAsATicketForFjarilen()
    {
        (string User, string Bot)[] steps =
        [
            ("jag behöver stöd som anhörig", "Ditt namn"),
            ("Cia Carlsson", "Telefonnummer"),
            ("hoppa över", "E-postadress"),
            ("cia@example.se", "Vem är personen för dig?"),
            ("Förälder", "Berörs barn under 18 år?"),
            ("ja", "berätta något mer"),
            ("hoppa över", "kontaktar mig"),
            ("ja", "Vill du skicka det?"),
        ];

        var (_, answers) = await EndsAsTicketAsync(steps, "relative-support-request", team: "anhorigstod-fjarilen", urgent: false);
        Assert.Equal("parent", answers.GetProperty("relation").GetString());
    }

    private async Task ConcernEndsAsTicketAsync((string User, string Bot)[] steps, string team, string about, bool urgent)
    {
        var (_, answers) = await EndsAsTicketAsync(steps, "concern", team, urgent);
        Assert.Equal(about, answers.GetProperty("about").GetString());
    }

    private async Task<(string Reference, JsonElement Answers)> EndsAsTicketAsync((string User, string Bot)[] steps, string kind, string team, bool urgent)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        await using var directLine = await DirectLineEmulator.StartAsync(new Uri(app.Http.BaseAddress!, "/api/messages"));
        var chat = await DirectLineChat.StartAsync(directLine.Http);

        foreach (var (user, expected) in steps)
        {
            var said = await chat.SayAsync(user);
            Assert.True(said.Any(t => t.Contains(expected, StringComparison.Ordinal)),
                $"After \"{user}\" the bot should say \"{expected}\"; it said: {string.Join(" | ", said)}");
        }

        var receipt = Assert.Single(await chat.SayAsync("skicka"), t => t.Contains("ärendenummer", StringComparison.Ordinal));
        var shown = ReferencePattern().Match(receipt);
        Assert.True(shown.Success, $"No reference number (XXXX-XXXX-XXXX) in \"{receipt}\".");
        var reference = shown.Value;
        var id = reference.Replace("-", string.Empty, StringComparison.Ordinal);

        var submission = Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.True(Core.References.ReferenceNumber.TryParse(submission.PartitionKey, out var stored), $"Stored id {submission.PartitionKey} is no reference.");
        Assert.Equal(reference, stored.ToString());
        Assert.Equal(id, submission.PartitionKey);
        Assert.Equal((kind, "bot"), (submission.GetString("Kind"), submission.GetString("Channel")));
        var answers = JsonDocument.Parse(submission.GetString("Answers")!).RootElement.Clone();

        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamQueue(team))).Count > 0, RoutingWithin),
            $"No ticket message on {team} within {RoutingWithin.TotalSeconds} s.");
        Assert.True(await TestStorage.EventuallyAsync(async () =>
            (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission"))?.GetString("Status") == "routed", RoutingWithin),
            $"Submission {reference} was not marked routed within {RoutingWithin.TotalSeconds} s.");

        var ticket = Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Equal((id, team, urgent), (ticket.PartitionKey, ticket.GetString("Team"), ticket.GetBoolean("Urgent")));
        var message = Assert.Single(await storage.MessagesAsync(storage.TeamQueue(team)));
        using (var ticketMessage = JsonDocument.Parse(message.MessageText))
        {
            Assert.Equal(id, ticketMessage.RootElement.GetProperty("ticketId").GetString());
            Assert.Equal(urgent, ticketMessage.RootElement.GetProperty("urgent").GetBoolean());
        }

        foreach (var other in TestStorage.Teams.Where(t => t != team))
        {
            Assert.Empty(await storage.MessagesAsync(storage.TeamQueue(other)));
        }

        return (reference, answers);
    }

    /// <summary>One Direct Line conversation through the REST API, read back from a watermark.</summary>
    private sealed class DirectLineChat
    {
        private const string UserId = "dl_test_user";
        private readonly HttpClient http;
        private readonly string conversationId;
        private int watermark;

        private DirectLineChat(HttpClient http, string conversationId) => (this.http, this.conversationId) = (http, conversationId);

        public static async Task<DirectLineChat> StartAsync(HttpClient http)
        {
            using var created = await http.PostAsync("conversations", null, Ct);
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            var conversationId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("conversationId").GetString()!;
            return new DirectLineChat(http, conversationId);
        }

        /// <summary>Sends <paramref name="text"/>; returns the texts of the bot's messages that came after it.</summary>
        public async Task<IReadOnlyList<string>> SayAsync(string text)
        {
            using var sent = await http.PostAsJsonAsync($"conversations/{conversationId}/activities",
                new { type = "message", from = new { id = UserId }, text, locale = "sv-SE" }, Ct);
            Assert.True(sent.StatusCode == HttpStatusCode.OK, $"Direct Line answered {(int)sent.StatusCode} to \"{text}\".");

            // offline-directline answers the POST once the bot has answered it, and the bot sends its replies
            // first; still, wait (bounded) for at least one bot message rather than trust the timing.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            var botTexts = new List<string>();
            do
            {
                var page = await http.GetFromJsonAsync<JsonElement>($"conversations/{conversationId}/activities?watermark={watermark}", Ct);
                var next = page.GetProperty("watermark");
                watermark = next.ValueKind == JsonValueKind.Number ? next.GetInt32() : int.Parse(next.GetString()!, CultureInfo.InvariantCulture);
                botTexts.AddRange(page.GetProperty("activities").EnumerateArray()
                    .Where(a => a.GetProperty("from").GetProperty("id").GetString() != UserId && a.GetProperty("type").GetString() == "message")
                    .Select(a => a.GetProperty("text").GetString() ?? string.Empty));
                if (botTexts.Count > 0)
                {
                    return botTexts;
                }

                await Task.Delay(100, Ct);
            }
            while (DateTime.UtcNow < deadline);

            Assert.Fail($"The bot sent no message after \"{text}\" within 10 s.");
            return botTexts;
        }
    }
}
