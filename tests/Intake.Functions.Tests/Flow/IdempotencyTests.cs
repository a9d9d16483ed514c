using System.Net;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Functions.Tests.Flow;

/// <summary>
/// Sent twice is still one submission: the same Idempotency-Key (API, the form's script) or the same hidden key (a
/// reloaded receipt page re-posts the form) with the same answers gives the first reference back, and one ticket;
/// without a key, the same answers within a day do.
/// </summary>
public sealed class IdempotencyTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_SameKeyAndAnswersTwice_TheSameReferenceOneSubmissionOneTicket()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        const string Key = "3f6c1e0a-9b7d-4c2e-8a51-0d2f4b6e8c13";

        var first = await PostAsync(app, "support-request", Key);
        var second = await PostAsync(app, "support-request", Key);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.Status, second.Status));
        Assert.Equal(first.Reference, second.Reference);
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamQueue("team-vuxen"))).Count == 1));
        var submission = Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Equal(first.Reference.Replace("-", string.Empty, StringComparison.Ordinal), submission.PartitionKey);
        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));

        // The key itself is nowhere in what was stored or queued.
        Assert.All(submission, p => Assert.DoesNotContain(Key, p.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
        Assert.NotNull(submission.GetString("IdempotencyFingerprint"));
        foreach (var queue in new[] { storage.TeamQueue("team-vuxen"), storage.EmailOutboxQueue, storage.IntakeQueue })
        {
            Assert.All(await storage.MessagesAsync(queue), m => Assert.DoesNotContain(Key, m.MessageText, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Api_SameKeyTenTimesAtOnce_OneReferenceForAllAndOneSubmission()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        const string Key = "dubbelklick-0123456789";

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostAsync(app, "concern-adult", Key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.Single(answers.Select(a => a.Reference).Distinct());
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.EntitiesAsync(storage.TicketsTable)).Count == 1));
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.True(await storage.DrainedAsync(storage.IntakeQueue));  // every routing message done with
        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Single(await storage.MessagesAsync(storage.TeamQueue("team-vuxen")));
    }

    /// <summary>The edit is kept, and is itself one submission when sent again (a double click, a lost answer): found
    /// by the hostile-input suite, where each repeat of edited answers was one more submission.</summary>
    [Fact]
    public async Task Api_SameKeyOtherAnswers_IsANewSubmissionNothingIsDroppedAndItsRepeatIsOne()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        const string Key = "edited-after-a-lost-answer-1";
        var edited = Samples.Read("support-request").Replace("\"alcohol\"", "\"gambling\"", StringComparison.Ordinal);
        Assert.NotEqual(Samples.Read("support-request"), edited);

        var first = await PostAsync(app, "support-request", Key);
        var second = await PostBodyAsync(app, "/api/support-requests", edited, Key);
        var again = await PostBodyAsync(app, "/api/support-requests", edited, Key);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.Status, second.Status, again.Status));
        Assert.NotEqual(first.Reference, second.Reference);
        Assert.Equal(second.Reference, again.Reference);
        Assert.Equal(2, (await storage.EntitiesAsync(storage.SubmissionsTable)).Count);
    }

    [Fact]
    public async Task Api_WithoutAKey_TheSameAnswersSentAgainAreTheFirstSubmission()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());

        // A sender with no key who was told to try again (a 503, a lost answer) and sends the same.
        var first = await PostAsync(app, "support-request", key: null);
        var second = await PostAsync(app, "support-request", key: null);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.Status, second.Status));
        Assert.Equal(first.Reference, second.Reference);
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamQueue("team-vuxen"))).Count == 1));
        Assert.True(await storage.DrainedAsync(storage.IntakeQueue));
        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
    }

    [Fact]
    public async Task Api_WithoutAKey_OtherAnswersAreAnotherSubmission()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var edited = Samples.Read("support-request").Replace("dricka mindre", "sluta dricka", StringComparison.Ordinal);

        var first = await PostAsync(app, "support-request", key: null);
        var second = await PostBodyAsync(app, "/api/support-requests", edited, key: null);

        Assert.NotEqual(first.Reference, second.Reference);
        Assert.Equal(2, (await storage.EntitiesAsync(storage.SubmissionsTable)).Count);
    }

    [Fact]
    public async Task Api_WithoutAKey_TheSameAnswersADayLaterAreANewSubmissionThatIsFoundAgainToo()
    {
        var storage = new TestStorage(azurite);
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = new IntakeApp(
            storage, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)), TestStorage.RoutingOnly());

        var first = await PostAsync(app, "support-request", key: null);
        clock.Advance(TimeSpan.FromHours(25));
        var later = await PostAsync(app, "support-request", key: null);
        var laterAgain = await PostAsync(app, "support-request", key: null);

        Assert.Equal(HttpStatusCode.Accepted, later.Status);
        Assert.NotEqual(first.Reference, later.Reference);
        Assert.Equal(later.Reference, laterAgain.Reference);
        Assert.Equal(2, (await storage.EntitiesAsync(storage.SubmissionsTable)).Count);
    }

    [Theory]
    [InlineData("kort", null, "Idempotency-Key ska vara 16–128 tecken")]
    [InlineData("has spaces in it, and more than sixteen", "en", "Idempotency-Key must be 16–128 characters")]
    [InlineData("semi;colons;are;not;allowed;here", "en", "Idempotency-Key must be")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefX", null, "Idempotency-Key ska vara")]
    public async Task Api_AKeyThatIsNotOne_400NamingTheHeaderAndNothingStored(string key, string? language, string message)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        using var request = Samples.Post("/api/support-requests", Samples.Json(Samples.Read("support-request")), language);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var response = await app.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var errors = problem.RootElement.GetProperty("errors").GetProperty("Idempotency-Key");
        Assert.StartsWith(message, errors[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid_idempotency_key", problem.RootElement.GetProperty("errorCodes").GetProperty("Idempotency-Key")[0].GetString());
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Empty(await storage.MessagesAsync(storage.IntakeQueue));
    }

    /// <summary>What reloading the receipt page sends: the same form post again, hidden key included.</summary>
    [Fact]
    public async Task FormPost_SentAgainAsAReloadDoes_TheSameReceiptAndOneSubmission()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct));
        var fields = BrowserForm.Fill(form, FormPostTests.Answers(["name=Bo Berg", "phone=070-123 45 67", "areas=gambling", "adult=true", "consent=true"]));
        Assert.Contains(fields, f => f.Key == "idempotency-key" && f.Value.Length >= 16);

        var first = await ReferenceOnReceiptAsync(app, fields);
        var reloaded = await ReferenceOnReceiptAsync(app, fields);

        Assert.Equal(first, reloaded);
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.EntitiesAsync(storage.TicketsTable)).Count == 1));

        // A fresh page is a fresh submission.
        var again = HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct));
        var next = await ReferenceOnReceiptAsync(app, BrowserForm.Fill(again, FormPostTests.Answers(["name=Bo Berg", "phone=070-123 45 67", "areas=gambling", "adult=true", "consent=true"])));
        Assert.NotEqual(first, next);
    }

    /// <summary>After errors the page keeps its key, so the corrected post sent twice is still one submission.</summary>
    [Fact]
    public async Task FormPost_WithErrors_ThePageKeepsItsKey()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct));
        string key = KeyOn(form);

        var response = await app.Http.SendAsync(BrowserForm.Post("/stod", BrowserForm.Fill(form, FormPostTests.Answers(["name=Bo Berg"]))), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errorPage = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(key, KeyOn(errorPage));
        Assert.NotEqual(key, KeyOn(HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct))));
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
    }

    private static string KeyOn(HtmlElement page) =>
        page.ById("intake-form")!.Descendants().Single(e => e.Name == "input" && e["name"] == "idempotency-key")["value"]!;

    private static async Task<string> ReferenceOnReceiptAsync(IntakeApp app, List<KeyValuePair<string, string>> fields)
    {
        var response = await app.Http.SendAsync(BrowserForm.Post("/stod", fields), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).ById("reference")!.Text;
    }

    private static Task<(HttpStatusCode Status, string Reference)> PostAsync(IntakeApp app, string sample, string? key) =>
        PostBodyAsync(app, sample.StartsWith("concern", StringComparison.Ordinal) ? "/api/concerns" : "/api/support-requests", Samples.Read(sample), key);

    private static async Task<(HttpStatusCode Status, string Reference)> PostBodyAsync(IntakeApp app, string route, string body, string? key)
    {
        using var request = Samples.Post(route, Samples.Json(body));
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        var response = await app.Http.SendAsync(request, Ct);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, receipt.RootElement.TryGetProperty("reference", out var r) ? r.GetString()! : string.Empty);
    }
}
