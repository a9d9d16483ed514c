using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Telemetry;

/// <summary>
/// A canary planted in every field a person fills in (names, phone, e-mail, personal identity number, free text, an
/// address), in a chat message, in the acknowledgement e-mail's address, in the user agent, in a query string and in a
/// reference in a staff path: none of it may reach an exported span name, attribute, event, metric tag or log record,
/// nor any log line. No client address is recorded.
/// </summary>
[Collection(nameof(TelemetryReaders))]
public sealed class TelemetryPrivacyTests(AzuriteFixture azurite)
{
    private const string AccessKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    /// <summary>In names, addresses, free text, e-mail addresses, the user agent and the query (case-insensitive).</summary>
    private const string Canary = "qzvbx";

    /// <summary>The phone number's and the personal identity number's digits, in the forms they could be written.</summary>
    private static readonly string[] CanaryNumbers = ["1739182", "173 91 82", "173-91-82", "8112189876", "811218-9876", "19811218"];

    /// <summary>A reference in a staff path: may be logged as an id, never in a span or a metric.</summary>
    private const string PathReference = "QZVBXREFQZVB";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string SupportRequest = """
        {"name":"Qzvbx Berg","personIdentityNumber":"19811218-9876","phone":"070-173 91 82","email":"qzvbx.berg@example.se",
         "contactTime":"morning","areas":["alcohol"],"adult":true,"pregnant":false,"message":"Qzvbx: jag vill ha hjälp att dricka mindre.","consent":true}
        """;

    private const string Concern = """
        {"about":"adult","areas":["alcohol"],"description":"Qzvbx dricker varje dag, ring 070-173 91 82.","childrenInHousehold":"no","acuteDanger":false,
         "personName":"Qzvbx Personsson","personIdentityNumber":"19811218-9876","personAddress":"Qzvbxgatan 1, Qzvbxby","professional":true,"anonymous":false,
         "reporterName":"Qzvbx Anmälare","reporterOrganisation":"Qzvbx skola","reporterPhone":"070-173 91 82","reporterEmail":"qzvbx.anmalare@example.se",
         "reporterRelation":"Qzvbx, lärare"}
        """;

    [Fact]
    public async Task Canary_InEveryFieldAChatMessageAndAnEmail_IsInNoSpanMetricOrLog()
    {
        await using var stub = await AcsEmailStub.StartAsync(AccessKey);
        stub.RetryAfterSeconds = 0;
        await using var channel = await ChannelStub.StartAsync();
        var capture = new TelemetryCapture();
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, capture.AddTo, new()
        {
            ["Email:Sender"] = "Acs",
            ["Email:AcsConnectionString"] = stub.ConnectionString,
            ["Email:AcsCompletionWait"] = "00:00:10",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Intake"] = "Trace",
        });
        app.Http.DefaultRequestHeaders.UserAgent.ParseAdd("Qzvbx-Agent/1.0");

        await PostAsync(app, "/api/support-requests?qzvbx=qzvbx", SupportRequest);
        await PostAsync(app, "/api/concerns?ref=qzvbx", Concern);
        await SayAsync(app, channel, "qzvbx jag vill ta livet av mig, ring mig på 070-173 91 82");
        (await app.Http.GetAsync($"/staff/tickets/{PathReference}?qzvbx=1", Ct)).Dispose();

        // Two acknowledgements (the person's and the reporter's) and two team notices.
        Assert.True(await TestStorage.EventuallyAsync(() => Task.FromResult(stub.Sent.Count == 4), TimeSpan.FromSeconds(30)), $"{stub.Sent.Count} e-mails reached ACS");
        Assert.Contains(stub.Sent, e => e.To.Contains("qzvbx.berg@example.se"));
        Assert.True(await storage.DrainedAsync(storage.TeamNoticesQueue) && await storage.DrainedAsync(storage.EmailOutboxQueue));
        TelemetryCapture.Flush(app.Services);

        var texts = capture.ExportedTexts().ToList();
        Assert.True(capture.Spans.Count > 10 && capture.LogLines.Count > 10 && capture.LogRecords.Count > 10, "the capture is empty");
        Assert.Contains(texts, t => t.Contains("intake.safety_gate.hits", StringComparison.Ordinal));
        var leaks = texts.Where(t => t.Contains(Canary, StringComparison.OrdinalIgnoreCase) || CanaryNumbers.Any(n => t.Contains(n, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, "personal data in telemetry:\n" + string.Join("\n", leaks.Take(20)));
        var pathLeaks = texts.Where(t => t.StartsWith("span", StringComparison.Ordinal) || t.StartsWith("metric", StringComparison.Ordinal))
            .Where(t => t.Contains(PathReference, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(pathLeaks.Count == 0, "a reference from a path in a span or metric:\n" + string.Join("\n", pathLeaks));
    }

    [Fact]
    public async Task Requests_AreRecordedWithoutTheClientsAddressOrUserAgent()
    {
        var capture = new TelemetryCapture();
        await using var app = new IntakeApp(new TestStorage(azurite), capture.AddTo, TestStorage.RoutingOnly());
        app.Http.DefaultRequestHeaders.UserAgent.ParseAdd("Qzvbx-Agent/1.0");

        await PostAsync(app, "/api/support-requests", SupportRequest);
        (await app.Http.GetAsync("/oro?lang=en", Ct)).Dispose();

        // A request's span ends just after its answer has gone.
        Assert.True(await TestStorage.EventuallyAsync(() => Task.FromResult(capture.Spans.Snapshot().Count(s => s.Kind == ActivityKind.Server) >= 2)));
        var servers = capture.Spans.Snapshot().Where(s => s.Kind == ActivityKind.Server).ToList();
        foreach (var span in servers)
        {
            var keys = span.TagObjects.Select(t => t.Key).ToList();
            Assert.DoesNotContain(keys, k => k is "client.address" or "client.port" or "http.client_ip" or "network.peer.address" or "user_agent.original" or "url.query"
                || k.StartsWith("enduser.", StringComparison.Ordinal));

            // Client and server share loopback here: only the server's own address (from the Host header) may say so.
            Assert.DoesNotContain(span.TagObjects, t => t.Key != "server.address" && t.Value?.ToString() is "127.0.0.1" or "::1" or "::ffff:127.0.0.1");
            Assert.Equal(span.GetTagItem("http.route"), span.GetTagItem("url.path"));
        }
    }

    private static async Task PostAsync(IntakeApp app, string path, string json)
    {
        using var response = await app.Http.SendAsync(Samples.Post(path, Samples.Json(json)), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task SayAsync(IntakeApp app, ChannelStub channel, string text)
    {
        using var body = new StringContent(JsonSerializer.Serialize(new
        {
            type = "message", id = "canary-1", channelId = "emulator", serviceUrl = channel.ServiceUrl.ToString().TrimEnd('/'), locale = "sv-SE", text,
            from = new { id = "user-canary" }, conversation = new { id = "conversation-canary" },
        }), Encoding.UTF8, "application/json");
        using var response = await app.Http.PostAsync("/api/messages", body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(channel.Texts, t => t.Contains("112", StringComparison.Ordinal));
    }
}
