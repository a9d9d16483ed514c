using System.Net;
using Azure;
using Intake.Functions.Email;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Email;

/// <summary>Acknowledgements and team notices end to end in standalone mode, written to a pickup folder.</summary>
public sealed class AcknowledgementFlowTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<Eml>> MailAsync(TestStorage storage, int atLeast, TimeSpan? within = null)
    {
        List<Eml> mail = [];
        await TestStorage.EventuallyAsync(() =>
        {
            mail = Directory.Exists(storage.MailDirectory)
                ? Directory.GetFiles(storage.MailDirectory, "*.eml").Select(Eml.Read).ToList()
                : [];
            return Task.FromResult(mail.Count >= atLeast);
        }, within);
        return mail;
    }

    [Fact]
    public async Task Submit_WithEmailAddress_OneAcknowledgementWithTheReferenceAndOneContentFreeTeamNotice()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);

        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");

        var mail = await MailAsync(storage, 2);
        var display = Core.References.ReferenceNumber.TryParse(id, out var r) ? r.ToString() : id;
        var acknowledgement = Assert.Single(mail, m => m.To == "bo.berg@example.se");
        Assert.Contains(display, acknowledgement.Subject, StringComparison.Ordinal);
        Assert.Contains(display, acknowledgement.PlainText, StringComparison.Ordinal);
        Assert.Contains(display, acknowledgement.Html, StringComparison.Ordinal);
        Assert.Contains("Alkoholhjälpen", acknowledgement.PlainText, StringComparison.Ordinal);
        Assert.Equal("auto-generated", acknowledgement.Headers["Auto-Submitted"]);

        var notice = Assert.Single(mail, m => m.To == TestStorage.TeamMailbox("team-vuxen"));
        Assert.Contains("/staff/tickets/" + id, notice.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo Berg", notice.Visible, StringComparison.Ordinal);
        Assert.DoesNotContain("bo.berg", notice.Visible, StringComparison.Ordinal);
        Assert.Equal(2, mail.Count);

        var submission = await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission", Ct);
        Assert.NotNull(submission!.GetDateTimeOffset("AcknowledgementSentAt"));
        var ticket = await storage.Tables.GetEntityAsync(storage.TicketsTable, id, "ticket", Ct);
        Assert.True(await TestStorage.EventuallyAsync(async () =>
            (await storage.Tables.GetEntityAsync(storage.TicketsTable, id, "ticket"))!.GetDateTimeOffset("TeamNoticeSentAt") is not null));
    }

    [Fact]
    public async Task Acknowledge_SameOutboxMessageDeliveredThreeTimes_SendsOnce()
    {
        var storage = new TestStorage(azurite);
        ScriptedSender? sender = null;
        await using var app = new IntakeApp(storage, IntakeApp.WrapEmailSender(inner => sender = new ScriptedSender(inner)));
        var id = await RoutingReliabilityTests.SubmitAsync(app, "relative-support", "/api/relative-support-requests");
        Assert.True(await TestStorage.EventuallyAsync(() => Task.FromResult(sender!.CallsTo("cia.carlsson@example.se") == 1)));

        for (var i = 0; i < 2; i++)
        {
            await storage.Queues.SendMessageAsync(storage.EmailOutboxQueue, $"{{\"submissionId\":\"{id}\",\"ticketId\":\"{id}\"}}", cancellationToken: Ct);
        }

        Assert.True(await storage.DrainedAsync(storage.EmailOutboxQueue));
        Assert.Equal(1, sender!.CallsTo("cia.carlsson@example.se"));
        Assert.Single(await MailAsync(storage, 2), m => m.To == "cia.carlsson@example.se");
    }

    [Fact]
    public async Task Acknowledge_WithACanaryInEveryField_NoSubmittedTextReachesAnyEmail()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var canaries = new Dictionary<string, object>
        {
            ["about"] = "adult", ["areas"] = new[] { "alcohol" }, ["childrenInHousehold"] = "no", ["acuteDanger"] = false,
            ["description"] = "CanaryDescription qwxz", ["personName"] = "CanaryPersonName qwxz", ["personAddress"] = "CanaryAddress 17 qwxz",
            ["personIdentityNumber"] = "19121212-1212", ["professional"] = true, ["anonymous"] = false,
            ["reporterName"] = "CanaryReporter qwxz", ["reporterOrganisation"] = "CanaryOrganisation qwxz", ["reporterRelation"] = "CanaryRelation qwxz",
            ["reporterPhone"] = "070-987 65 43", ["reporterEmail"] = "canary.reporter@example.se",
        };
        var response = await app.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(System.Text.Json.JsonSerializer.Serialize(canaries))), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var mail = await MailAsync(storage, 2);

        Assert.Equal(2, mail.Count);
        foreach (var email in mail)
        {
            foreach (var canary in new[] { "Canary", "qwxz", "19121212", "121212", "0709876543", "987 65 43", "canary.reporter" })
            {
                Assert.DoesNotContain(canary, email.Visible, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Empty(TemplateFixtures.BannedWordsIn(email.Subject));
        }
    }

    [Fact]
    public async Task Acknowledge_TransientFailures_AreTriedFiveTimesThenPoisoned()
    {
        var storage = new TestStorage(azurite);
        ScriptedSender? sender = null;
        await using var app = new IntakeApp(storage, IntakeApp.WrapEmailSender(inner => sender = new ScriptedSender(inner, e =>
            e.To == "bo.berg@example.se" ? throw new RequestFailedException(503, "Injected: service unavailable.") : null)));

        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");

        var poison = StorageNames.PoisonQueueOf(storage.EmailOutboxQueue);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(poison)).Count == 1, TimeSpan.FromSeconds(30)));
        Assert.True(await storage.DrainedAsync(storage.EmailOutboxQueue));  // gone from the outbox: no further try can come
        Assert.Equal(5, sender!.CallsTo("bo.berg@example.se"));
        Assert.Empty(await storage.MessagesAsync(storage.EmailOutboxQueue));
        Assert.Null((await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission", Ct))!.GetDateTimeOffset("AcknowledgementSentAt"));
    }

    [Fact]
    public async Task Acknowledge_PermanentRejection_IsRecordedAndPoisonedAtOnce()
    {
        var storage = new TestStorage(azurite);
        ScriptedSender? sender = null;
        await using var app = new IntakeApp(storage, IntakeApp.WrapEmailSender(inner => sender = new ScriptedSender(inner, e =>
            e.To == "bo.berg@example.se" ? new SendOutcome.Rejected("acs-InvalidRecipient") : null)));

        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");

        var poison = StorageNames.PoisonQueueOf(storage.EmailOutboxQueue);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(poison)).Count == 1));
        Assert.True(await storage.DrainedAsync(storage.EmailOutboxQueue));
        Assert.Equal(1, sender!.CallsTo("bo.berg@example.se"));
        Assert.Empty(await storage.MessagesAsync(storage.EmailOutboxQueue));
        var submission = await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission", Ct);
        Assert.Equal("acs-InvalidRecipient", submission!.GetString("AcknowledgementError"));
    }

    [Fact]
    public async Task Acknowledge_SubmittedInEnglish_IsWrittenInEnglish()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);

        var response = await app.Http.SendAsync(Samples.Post("/api/support-requests", Samples.Json(Samples.Read("support-request")), "en"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var acknowledgement = Assert.Single(await MailAsync(storage, 2), m => m.To == "bo.berg@example.se");
        Assert.StartsWith("We have received your message", acknowledgement.Subject, StringComparison.Ordinal);
        Assert.Contains("Alkoholhjälpen: call 020-84 44 48.", acknowledgement.PlainText, StringComparison.Ordinal);
    }
}
