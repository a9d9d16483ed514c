using System.Net;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Intake.Functions.Tests.RateLimits;

/// <summary>
/// The per-client limits, end to end on the standalone host: a client over a configured limit gets 429 with
/// Retry-After and an answer a person can read, while another client (another address, over its own connection) at
/// the same time goes on as before. Clients here are 127.0.0.1 (the app's own test client) and 127.0.0.2.
/// </summary>
public sealed class RateLimitTests(AzuriteFixture azurite)
{
    private const string OtherAddress = "127.0.0.2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One limit set low (the others stay out of the way, as everywhere in the tests); queue functions off.</summary>
    internal static Dictionary<string, string?> Limit(string policy, int permits, string window) => new()
    {
        [$"RateLimits:{policy}:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"RateLimits:{policy}:Window"] = window,
        ["AzureWebJobs.RouteSubmission.Disabled"] = "true",
    };

    [Fact]
    public async Task Submit_OverTheConfiguredLimit_Answers429WithRetryAfterAndAProblem_AnotherAddressAtTheSameTimeIsNotAffected()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: Limit("Submissions", 3, "01:00:00"));
        using var other = LoopbackClient.From(OtherAddress, app.Http.BaseAddress!);
        var sent = 0;
        HttpRequestMessage Concern(string? language = null) =>
            Samples.Post("/api/concerns", Samples.Json(Samples.Numbered("concern-adult", Interlocked.Increment(ref sent))), language);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await app.Http.SendAsync(Concern(), Ct)).StatusCode);
        }

        // Over the limit, and at the same moment another client sends its first.
        var overs = Enumerable.Range(0, 4).Select(_ => app.Http.SendAsync(Concern(), Ct)).ToList();
        var fromOther = other.SendAsync(Concern(), Ct);
        var english = await app.Http.SendAsync(Concern("en"), Ct);
        var refused = await Task.WhenAll(overs);

        Assert.Equal(HttpStatusCode.Accepted, (await fromOther).StatusCode);
        foreach (var over in refused.Append(english))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
            Assert.Equal(TimeSpan.FromMinutes(20), over.Headers.RetryAfter?.Delta);  // one more every 60 min / 3
            Assert.Equal("application/problem+json", over.Content.Headers.ContentType?.MediaType);
            Assert.True(over.Headers.CacheControl?.NoStore);
            SecurityHeaderTests.AssertSecurityHeaders(over, "429");
        }

        using var swedish = JsonDocument.Parse(await refused[0].Content.ReadAsStringAsync(Ct));
        Assert.Equal("För många förfrågningar från din uppkoppling.", swedish.RootElement.GetProperty("title").GetString());
        Assert.Equal("Inget har tagits emot. Vänta 20 minuter och försök igen, eller ring Kundcenter på 063-14 30 00. Om någon är i akut fara, ring 112.",
            swedish.RootElement.GetProperty("detail").GetString());
        using var inEnglish = JsonDocument.Parse(await english.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Too many requests from your connection.", inEnglish.RootElement.GetProperty("title").GetString());
        Assert.Equal(4, (await storage.EntitiesAsync(storage.SubmissionsTable)).Count);  // 3 + the other client's
    }

    [Fact]
    public async Task FormPost_OverTheLimit_Answers429WithTheFormAndEverythingTyped_InThePagesLanguage()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: Limit("Submissions", 1, "00:10:00"));
        var answers = FormPostTests.Answers(["about=adult", "areas=alcohol", "description=Min bror dricker varje dag & säger <inget>.", "childrenInHousehold=no", "acuteDanger=false", "professional=false", "anonymous=true"]);
        var swedishForm = BrowserForm.Fill(HtmlDocument.Parse(await app.Http.GetStringAsync("/oro", Ct)), answers);
        var key = swedishForm.Single(f => f.Key == "idempotency-key").Value;
        Assert.Equal(HttpStatusCode.OK, (await app.Http.SendAsync(BrowserForm.Post("/oro", swedishForm), Ct)).StatusCode);
        var englishForm = BrowserForm.Fill(HtmlDocument.Parse(await app.Http.GetStringAsync("/en/concern", Ct)), answers);

        var again = await app.Http.SendAsync(BrowserForm.Post("/oro", [.. swedishForm.Where(f => f.Key != "idempotency-key"), new("idempotency-key", key + "x")]), Ct);
        var inEnglish = await app.Http.SendAsync(BrowserForm.Post("/en/concern", englishForm), Ct);

        foreach (var (response, lang, title) in new[] { (again, "sv", "Väldigt många ärenden har skickats från din uppkoppling"), (inEnglish, "en", "Very many messages have been sent from your connection") })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal(TimeSpan.FromMinutes(10), response.Headers.RetryAfter?.Delta);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            SecurityHeaderTests.AssertSecurityHeaders(response, lang);
            var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            Assert.Equal(lang, page.All("html").Single()["lang"]);
            Assert.Equal(title, page.ById("error-summary-title")!.Text);
            Assert.True(page.ById("error-summary")!.Has("autofocus"));
            Assert.Contains("112", page.ById("error-summary")!.Text, StringComparison.Ordinal);
            Assert.Contains("10 ", page.ById("error-summary")!.Text, StringComparison.Ordinal);
            Assert.Equal("Min bror dricker varje dag & säger <inget>.", page.All("textarea").Single(t => t["name"] == "description").Text);
            Assert.NotNull(page.ById("emergency"));
        }

        // The form keeps the key it was posted with: sent again later, it is still the same submission.
        Assert.Equal(key + "x", HtmlDocument.Parse(await again.Content.ReadAsStringAsync(Ct)).All("input").Single(i => i["name"] == "idempotency-key")["value"]);
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
    }

    [Fact]
    public async Task ChatToken_OverItsLimit_Answers429WithoutCallingDirectLine_SubmissionsAndOtherAddressesAreNotAffected()
    {
        var calls = 0;
        await using var directLine = await StartDirectLineStubAsync(() => Interlocked.Increment(ref calls));
        var settings = Limit("ChatToken", 2, "00:10:00");
        settings["Chat:DirectLineSecret"] = "SECRET-direct-line-key-0123456789";
        settings["Chat:DirectLineEndpoint"] = directLine.Urls.First();
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: settings);
        using var other = LoopbackClient.From(OtherAddress, app.Http.BaseAddress!);

        var first = await app.Http.PostAsync("/api/chat/token", null, Ct);
        var second = await app.Http.PostAsync("/api/chat/token", null, Ct);
        var flood = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.Http.PostAsync("/api/chat/token", null, Ct)));
        var fromOther = await other.PostAsync("/api/chat/token", null, Ct);
        var submission = await app.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(Samples.Read("concern-adult"))), Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.All(flood, r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
        Assert.All(flood, r => Assert.Equal(TimeSpan.FromMinutes(5), r.Headers.RetryAfter?.Delta));
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, submission.StatusCode);
        Assert.Equal(3, calls);  // the secret was used for the allowed tokens only
    }

    [Fact]
    public async Task Pages_OverTheirLimit_Answer429WithAPageThatSaysHowLongToWait_StaticFilesHealthAndTheBotAreNotLimited()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: Limit("Pages", 2, "01:00:00"));
        var start = HtmlDocument.Parse(await app.Http.GetStringAsync("/", Ct));
        await app.Http.GetStringAsync("/en", Ct);

        var swedish = await app.Http.GetAsync("/oro", Ct);
        var english = await app.Http.GetAsync("/en/support", Ct);

        foreach (var (response, lang, title) in new[] { (swedish, "sv", "För många förfrågningar just nu"), (english, "en", "Too many requests right now") })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal(TimeSpan.FromMinutes(30), response.Headers.RetryAfter?.Delta);  // one more every 60 min / 2
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl?.NoStore);
            SecurityHeaderTests.AssertSecurityHeaders(response, lang);
            var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            Assert.Equal(lang, page.All("html").Single()["lang"]);
            Assert.Equal(title, page.All("h1").Single().Text);
            Assert.Contains("30 ", page.ById("main")!.Text, StringComparison.Ordinal);
            Assert.NotNull(page.ById("emergency"));
        }

        // The versioned files, the platform's probes and Azure Bot Service's calls are not counted per address.
        var css = start.All("link").Single(l => l["rel"] == "stylesheet")["href"]!;
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync(css, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync("/health", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await app.Http.PostAsync("/api/messages", Samples.Json("not json"), Ct)).StatusCode);
        }
    }

    /// <summary>The shipped defaults (appsettings.json), not the tests' own: a school class behind one address opens
    /// the form and the chat, gets an error and sends again, all within a few minutes, and is never refused; the
    /// flood from the attack report (300 submissions from one client in a second) is cut at the burst.</summary>
    [Fact]
    public async Task ShippedDefaults_AClassBehindOneAddressIsNotRefused_AFloodIsCutAtTheBurst()
    {
        var storage = new TestStorage(azurite);
        var settings = ShippedRateLimits();
        settings["Chat:LocalDirectLineUrl"] = "http://127.0.0.1:3000/directline";
        settings["AzureWebJobs.RouteSubmission.Disabled"] = "true";
        await using var app = new IntakeApp(storage, extraSettings: settings);
        var answers = FormPostTests.Answers(["about=adult", "areas=alcohol", "description=Vi har lektion om var man får hjälp.", "childrenInHousehold=no", "acuteDanger=false", "professional=false", "anonymous=true"]);

        var statuses = new List<HttpStatusCode>();
        for (var pupil = 0; pupil < 30; pupil++)
        {
            var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/oro", Ct));
            var incomplete = BrowserForm.Fill(form, new() { ["about"] = ["adult"] });
            statuses.Add((await app.Http.SendAsync(BrowserForm.Post("/oro", incomplete), Ct)).StatusCode);
            statuses.Add((await app.Http.SendAsync(BrowserForm.Post("/oro", BrowserForm.Fill(form, answers)), Ct)).StatusCode);
            statuses.Add((await app.Http.GetAsync("/chatt", Ct)).StatusCode);
            statuses.Add((await app.Http.PostAsync("/api/chat/token", null, Ct)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(30, (await storage.EntitiesAsync(storage.SubmissionsTable)).Count);

        // The attack report's flood from one address, after the class: only what is left of the burst is stored.
        var flood = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => app.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(Samples.Numbered("concern-adult", i))), Ct)));
        var stored = (await storage.EntitiesAsync(storage.SubmissionsTable)).Count - 30;
        Assert.Equal(flood.Count(r => r.StatusCode == HttpStatusCode.Accepted), stored);
        Assert.InRange(stored, 40, 70);  // 100 - the class's 60 posts, plus what refilled meanwhile (one every 6 s)
        Assert.All(flood.Where(r => r.StatusCode != HttpStatusCode.Accepted), r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
    }

    /// <summary>The RateLimits section exactly as appsettings.json ships it.</summary>
    private static Dictionary<string, string?> ShippedRateLimits()
    {
        var shipped = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json"))
            .Build()
            .GetSection("RateLimits");
        var settings = shipped.AsEnumerable(makePathsRelative: false).Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("100", settings["RateLimits:Submissions:PermitLimit"]);
        return settings;
    }

    private static async Task<WebApplication> StartDirectLineStubAsync(Action onCall)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var stub = builder.Build();
        stub.MapPost("/v3/directline/tokens/generate", () =>
        {
            onCall();
            return Results.Json(new { conversationId = "conv-1", token = "conversation-token", expires_in = 1800 });
        });
        await stub.StartAsync();
        return stub;
    }
}
