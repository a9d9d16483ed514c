using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Azure;

namespace Intake.Functions.Tests.Telemetry;

/// <summary>
/// The app's telemetry as an exporter receives it (in-memory exporters in the app's real pipeline, against Azurite and the
/// ACS stub): one submission's way is one trace, and nothing a person wrote or is reaches a span, a metric or a log.
/// </summary>
[Collection(nameof(TelemetryReaders))]
public sealed class SubmissionTraceTests(AzuriteFixture azurite)
{
    private const string AccessKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> AcsSettings(AcsEmailStub stub) => new()
    {
        ["Email:Sender"] = "Acs",
        ["Email:AcsConnectionString"] = stub.ConnectionString,
        ["Email:AcsCompletionWait"] = "00:00:10",
        ["Email:ClaimDuration"] = "00:00:02",

        // Everything the app itself logs, as the app writes it in production (the framework's levels stay as configured).
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Intake"] = "Trace",
    };

    [Fact]
    public async Task Submission_FromHttpThroughTheQueuesToTheEmails_IsOneTrace()
    {
        await using var stub = await AcsEmailStub.StartAsync(AccessKey);
        stub.RetryAfterSeconds = 0;
        var capture = new TelemetryCapture();
        var storage = new TestStorage(azurite);
        var polls = new QueuePolls();
        await using var app = new IntakeApp(
            storage,
            services =>
            {
                capture.AddTo(services);
                services.AddAzureClients(clients => clients.ConfigureDefaults(o => o.AddPolicy(polls, HttpPipelinePosition.PerCall)));
            },
            AcsSettings(stub));

        var id = await Flow.RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");
        Assert.True(await TestStorage.EventuallyAsync(() => Task.FromResult(stub.Sent.Count == 2), TimeSpan.FromSeconds(30)), $"{stub.Sent.Count} e-mails reached ACS");
        Assert.True(await storage.DrainedAsync(storage.TeamNoticesQueue) && await storage.DrainedAsync(storage.EmailOutboxQueue));
        TelemetryCapture.Flush(app.Services);

        var spans = capture.Spans.Snapshot();
        var accept = Assert.Single(spans, s => s.OperationName == "intake.accept" && Is(s, id));
        var request = Assert.Single(spans, s => s.SpanId == accept.ParentSpanId);
        var route = Assert.Single(spans, s => s.OperationName == "intake.route" && Is(s, id));
        var acknowledge = Assert.Single(spans, s => s.OperationName == "intake.acknowledge" && Is(s, id));
        var notice = Assert.Single(spans, s => s.OperationName == "intake.notice" && Is(s, id));
        var sends = spans.Where(s => s.OperationName == "intake.email.send" && (s.ParentSpanId == acknowledge.SpanId || s.ParentSpanId == notice.SpanId)).ToList();
        Assert.Equal(2, sends.Count);

        // One trace: HTTP → accept → (queue intake) → route → (email-outbox, team-notices) → acknowledge, notice → sends.
        Assert.All(new[] { accept, route, acknowledge, notice }.Concat(sends), s => Assert.Equal(request.TraceId, s.TraceId));
        Assert.Equal((ActivityKind.Server, "/api/support-requests"), (request.Kind, request.GetTagItem("http.route")));
        Assert.Equal(accept.SpanId, route.ParentSpanId);
        Assert.Equal(route.SpanId, acknowledge.ParentSpanId);
        Assert.Equal(route.SpanId, notice.ParentSpanId);
        Assert.Equal(["acknowledgement", "team-notice"], sends.Select(s => s.GetTagItem("intake.email.kind") as string).Order());
        Assert.All(sends, s => Assert.Equal("sent", s.GetTagItem("intake.outcome")));
        Assert.Equal(ActivityKind.Consumer, route.Kind);
        Assert.Equal("team-vuxen", route.GetTagItem("intake.team"));
        Assert.Equal("support-request", accept.GetTagItem("intake.kind"));

        // The storage calls made while routing are in the trace too, without keys or query.
        var storageCalls = spans.Where(s => s.Kind == ActivityKind.Client && s.TraceId == request.TraceId && s.GetTagItem("url.full") is string).ToList();
        Assert.NotEmpty(storageCalls);
        Assert.All(storageCalls, s => Assert.Matches(@"^https?://[^/?#]+/[^/?#()]*$", (string)s.GetTagItem("url.full")!));

        // The standalone host's queue polls (every 200 ms here, on every queue) are no traces of their own.
        // Waits for the polls themselves (twenty more receives from the queues), not for a time that a slow machine could
        // fill with fewer of them.
        var roots = RootClientSpans(capture);
        var before = polls.Count;
        Assert.True(await TestStorage.EventuallyAsync(() => Task.FromResult(polls.Count >= before + 20), TimeSpan.FromSeconds(60)), $"Only {polls.Count - before} queue polls.");
        TelemetryCapture.Flush(app.Services);
        var later = RootClientSpans(capture);
        Assert.True(later.Count == roots.Count, "outgoing calls traced on their own while idle: "
            + string.Join(", ", later.Except(roots).Select(s => $"{s.DisplayName} {s.GetTagItem("url.full")} {s.Source.Name}")));

        var metrics = capture.Metrics.Snapshot().Select(m => m.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "intake.submissions.accepted", "intake.submissions.routed", "intake.routing.duration", "intake.emails" }, metrics);
    }

    /// <summary>Counts the app's receives from its queues (GET …/messages), the standalone host's polls among them.</summary>
    private sealed class QueuePolls : HttpPipelineSynchronousPolicy
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Get && message.Request.Uri.Path.EndsWith("/messages", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref count);
            }
        }
    }

    private static bool Is(Activity span, string submissionId) => span.GetTagItem("intake.submission.id") as string == submissionId;

    private static List<Activity> RootClientSpans(TelemetryCapture capture) =>
        [.. capture.Spans.Snapshot().Where(s => s.Kind == ActivityKind.Client && s.ParentSpanId == default)];
}
