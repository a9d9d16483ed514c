using Azure;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Email;

/// <summary>The app with Email:Sender = Acs, against the in-process ACS stub (the real service cannot run here).</summary>
public sealed class AcsFlowTests(AzuriteFixture azurite)
{
    private const string AccessKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> AcsSettings(AcsEmailStub stub) => new()
    {
        ["Email:Sender"] = "Acs",
        ["Email:AcsConnectionString"] = stub.ConnectionString,
        ["Email:AcsCompletionWait"] = "00:00:10",
        ["Email:ClaimDuration"] = "00:00:02",
        ["AzureWebJobs.NotifyTeam.Disabled"] = "true",
    };

    [Fact]
    public async Task Submit_WithEmailAddress_OneEmailReachesAcsWithTheReference()
    {
        await using var stub = await AcsEmailStub.StartAsync(AccessKey);
        stub.RetryAfterSeconds = 0;
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: AcsSettings(stub));

        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");

        Assert.True(await TestStorage.EventuallyAsync(async () =>
            (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission"))!.GetDateTimeOffset("AcknowledgementSentAt") is not null));
        var email = Assert.Single(stub.Sent);
        Assert.Equal(["bo.berg@example.se"], email.To);
        Assert.Equal("noreply@kommun.example", email.SenderAddress);
        Assert.Contains(Display(id), email.Subject, StringComparison.Ordinal);
        Assert.Contains(Display(id), email.PlainText, StringComparison.Ordinal);
        Assert.Contains(Display(id), email.Html, StringComparison.Ordinal);
        Assert.Equal(email.OperationId, email.RepeatabilityRequestId);
    }

    [Fact]
    public async Task Acknowledge_CrashBetweenSendAndMarking_StillOneEmailAndTheMarkerIsSet()
    {
        await using var stub = await AcsEmailStub.StartAsync(AccessKey);
        stub.RetryAfterSeconds = 0;
        var storage = new TestStorage(azurite);
        var crashed = 0;
        await using var app = new IntakeApp(
            storage,
            IntakeApp.WrapTables(storage, t => new MarkerCrashingTableClient(t, () => Interlocked.Increment(ref crashed) == 1)),
            AcsSettings(stub));

        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");

        Assert.True(await TestStorage.EventuallyAsync(async () =>
            (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission"))!.GetDateTimeOffset("AcknowledgementSentAt") is not null,
            TimeSpan.FromSeconds(30)));
        Assert.True(crashed >= 1, "the crash was never injected");
        Assert.True(stub.SendRequests >= 2, $"the retry never reached ACS ({stub.SendRequests} requests)");
        Assert.Single(stub.Sent);
        Assert.Empty(await storage.MessagesAsync(StorageNames.PoisonQueueOf(storage.EmailOutboxQueue)));
    }

    [Fact]
    public async Task Acknowledge_AcsRefusesTheMessage_IsRecordedAndPoisonedWithoutRetry()
    {
        await using var stub = await AcsEmailStub.StartAsync(AccessKey);
        stub.EnqueueFailure(400, "InvalidRecipient");
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: AcsSettings(stub));

        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");

        var poison = StorageNames.PoisonQueueOf(storage.EmailOutboxQueue);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(poison)).Count == 1));
        Assert.True(await storage.DrainedAsync(storage.EmailOutboxQueue));
        Assert.Equal(1, stub.SendRequests);
        Assert.Empty(stub.Sent);
        Assert.Equal("acs-InvalidRecipient", (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission", Ct))!.GetString("AcknowledgementError"));
    }

    [Fact]
    public async Task Acknowledge_AcsThrottles_WaitsForRetryAfterAndSendsOnce()
    {
        await using var stub = await AcsEmailStub.StartAsync(AccessKey);
        stub.RetryAfterSeconds = 0;
        stub.EnqueueFailure(429, "TooManyRequests", TimeSpan.FromSeconds(1));
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: AcsSettings(stub));

        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");

        Assert.True(await TestStorage.EventuallyAsync(async () =>
            (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission"))!.GetDateTimeOffset("AcknowledgementSentAt") is not null));
        Assert.Equal(2, stub.SendRequests);
        Assert.Single(stub.Sent);
    }

    private static string Display(string id) => Core.References.ReferenceNumber.TryParse(id, out var r) ? r.ToString() : id;

    /// <summary>Dies (throws) the first time the acknowledgement's outcome is recorded: the e-mail has gone, the
    /// submission does not say so.</summary>
    private sealed class MarkerCrashingTableClient(Azure.Data.Tables.TableClient inner, Func<bool> crashNow) : DelegatingTableClient(inner)
    {
        public override Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, Azure.Data.Tables.TableUpdateMode mode = Azure.Data.Tables.TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
            entity is Azure.Data.Tables.TableEntity row && row.ContainsKey("AcknowledgementSentAt") && crashNow()
                ? throw new RequestFailedException(0, "Injected crash before recording the acknowledgement.")
                : base.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken);
    }
}
