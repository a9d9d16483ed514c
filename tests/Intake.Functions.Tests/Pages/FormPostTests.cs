using System.Net;
using Azure;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Pages;

/// <summary>The forms without JavaScript: a plain post to the page's own address, answered with a page.</summary>
public sealed class FormPostTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string[], string> Kinds() => new()
    {
        // page, team, answers (field=value), what the receipt says next
        { "/oro", "barn-och-unga", ["about=child", "areas=alcohol", "areas=drugs", "description=Grannens barn är ensamma på kvällarna.", "childrenInHousehold=yes", "acuteDanger=false", "professional=false", "anonymous=true"], "inom 24 timmar" },
        { "/stod", "team-vuxen", ["name=Bo Berg", "phone=070-123 45 67", "areas=gambling", "adult=true", "consent=true"], "En socialsekreterare kontaktar dig" },
        { "/anhorig", "anhorigstod-fjarilen", ["name=Cia Carlsson", "email=cia@example.com", "relation=partner", "childrenAffected=true", "consent=true"], "anhörigstödet" },
        { "/en/support", "team-vuxen", ["name=Dan Dahl", "email=dan@example.com", "areas=alcohol", "adult=true", "consent=true"], "A social worker will contact you" },
    };

    internal static Dictionary<string, string[]> Answers(string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Select(p => p[1]).ToArray());

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PlainFormPost_Valid_AnswersTheReceiptAndEndsAsATicketOnTheRightQueue(string path, string team, string[] answers, string next)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync(path, Ct));

        var response = await app.Http.SendAsync(BrowserForm.Post(path, BrowserForm.Fill(form, Answers(answers))), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var receipt = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var reference = receipt.ById("reference")!.Text;
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", reference);
        Assert.Contains(next, receipt.ById("next-steps")!.Text, StringComparison.Ordinal);
        Assert.Contains("112", receipt.ById("emergency")!.Text, StringComparison.Ordinal);
        Assert.Null(receipt.ById("intake-form"));
        Assert.Equal(receipt.ById("receipt-title"), Assert.Single(receipt.All("h1")));

        var id = reference.Replace("-", string.Empty, StringComparison.Ordinal);
        var stored = await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission", Ct);
        Assert.Equal("web", stored!.GetString("Channel"));
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamQueue(team))).Count == 1), $"no ticket on {team}");
        var ticket = Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        Assert.Equal((id, team), (ticket.PartitionKey, ticket.GetString("Team")));
    }

    [Fact]
    public async Task PlainFormPost_WithErrors_ComesBackWithASummaryLinkedToEachFieldAndEverythingTyped()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/oro", Ct));
        var typed = new Dictionary<string, string[]>
        {
            ["about"] = ["adult"],
            ["areas"] = ["gambling", "other"],
            ["description"] = ["Han spelar bort hyran <b>varje</b> månad & säger \"det ordnar sig\".\nIgår var han borta."],
            ["personName"] = ["Åke Öberg"],
            ["personIdentityNumber"] = ["19990101-0001"],
            ["anonymous"] = ["true"],
            ["reporterName"] = ["Märta <script>alert(1)</script>"],
        };

        var response = await app.Http.SendAsync(BrowserForm.Post("/oro", BrowserForm.Fill(form, typed)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>varje", html, StringComparison.Ordinal);
        var page = HtmlDocument.Parse(html);
        Assert.StartsWith("Fel: ", page.All("title").Single().Text, StringComparison.Ordinal);

        // The summary: first in main, focused on arrival, a link to an existing control for each error.
        var summary = page.ById("error-summary")!;
        Assert.Equal(summary, page.ById("main")!.Descendants().First());
        Assert.Equal("Det finns fel i formuläret", summary.All("h2").Single().Text);
        Assert.Equal(("-1", "region", "error-summary-title"), (summary["tabindex"], summary["role"], summary["aria-labelledby"]));
        Assert.True(summary.Has("autofocus"));
        var links = summary.All("a").ToList();
        var fields = links.Select(a => a["href"]![1..]).ToList();
        Assert.Equal(["childrenInHousehold", "acuteDanger", "personIdentityNumber", "professional", "reporterName"], fields);
        foreach (var link in links)
        {
            var target = page.ById(link["href"]![1..]);
            Assert.True(target is { Name: "input" or "textarea" }, $"{link["href"]} points at no control");
            Assert.Equal("true", target!["aria-invalid"]);
            var message = page.ById(link["href"]![1..] + "-error")!;
            Assert.Contains(link.Text, message.Text, StringComparison.Ordinal);
            var describedBy = target.Ancestors().FirstOrDefault(a => a.Name == "fieldset")?["aria-describedby"] ?? target["aria-describedby"];
            Assert.Contains(message["id"]!, describedBy!.Split(' '));
        }

        Assert.Contains("Du har valt att vara anonym", page.ById("reporterName-error")!.Text, StringComparison.Ordinal);

        // Everything typed is still there, as typed.
        Assert.Equal(typed["description"][0], page.ById("description")!.Text);
        Assert.Equal("Åke Öberg", page.ById("personName")!["value"]);
        Assert.Equal("19990101-0001", page.ById("personIdentityNumber")!["value"]);
        Assert.Equal("Märta <script>alert(1)</script>", page.ById("reporterName")!["value"]);
        Assert.True(page.ById("about")!.Has("checked"));
        Assert.True(page.ById("areas-gambling")!.Has("checked") && page.ById("areas-other")!.Has("checked"));
        Assert.False(page.ById("areas")!.Has("checked"));
        Assert.True(page.ById("anonymous")!.Has("checked"));

        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
    }

    [Fact]
    public async Task PlainFormPost_InEnglish_GetsEnglishMessages()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/en/relatives", Ct));

        var response = await app.Http.SendAsync(BrowserForm.Post("/en/relatives", BrowserForm.Fill(form, new() { ["name"] = ["Eva"] })), Ct);

        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("en", page.All("html").Single()["lang"]);
        Assert.Equal("There are errors in the form", page.ById("error-summary")!.All("h2").Single().Text);
        Assert.Equal("Enter a phone number or an email address, so that we can contact you.", page.ById("phone-error")!.Text.Replace("Error: ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("We need your consent to be able to contact you.", page.ById("consent-error")!.Text.Replace("Error: ", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>
    /// A pasted text of 70 000 characters (over the API's 64 KiB once form-encoded): without JavaScript the person
    /// still gets the text back in the field, with how long it may be, and nothing is stored.
    /// </summary>
    [Fact]
    public async Task PlainFormPost_ATextFarTooLong_ComesBackInItsFieldWithTheLimitAndNothingIsStored()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct));
        var letter = string.Concat(Enumerable.Repeat("Jag vill få hjälp med mitt drickande, för det påverkar både mig och min familj. ", 900));
        Assert.True(letter.Length > 70_000);
        var fields = BrowserForm.Fill(form, FormPostTests.Answers(["name=Bo Berg", "phone=070-123 45 67", "areas=alcohol", "adult=true", "consent=true", "message=" + letter]));
        using var content = new FormUrlEncodedContent(fields);
        Assert.True((await content.ReadAsByteArrayAsync(Ct)).Length > 64 * 1024);

        var response = await app.Http.SendAsync(BrowserForm.Post("/stod", fields), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("4000", page.ById("message-error")!.Text, StringComparison.Ordinal);
        Assert.Equal(letter, page.ById("message")!.Text);
        Assert.Equal("Bo Berg", page.ById("name")!["value"]);
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
    }

    [Fact]
    public async Task PlainFormPost_OverHalfAMegabyte_IsAnsweredWithTheFormAndANoticeAndNothingStored()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: TestStorage.RoutingOnly());
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct));
        var fields = BrowserForm.Fill(form, FormPostTests.Answers(["name=Bo Berg", "phone=070-123 45 67", "areas=alcohol", "adult=true", "consent=true", "message=" + new string('a', 600 * 1024)]));

        var response = await app.Http.SendAsync(BrowserForm.Post("/stod", fields), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Korta texten", page.ById("error-summary")!.Text, StringComparison.Ordinal);
        Assert.NotNull(page.ById("intake-form"));
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
    }

    [Fact]
    public async Task PlainFormPost_StorageDown_Answers503WithEverythingTypedAndKundcenter()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, IntakeApp.WrapTables(storage, t => new FaultyTableClient(
            t,
            (_, _) => throw new RequestFailedException(503, "storage is down"))));
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct));
        var answers = FormPostTests.Answers(["name=Bo Berg", "phone=070-123 45 67", "areas=gambling", "adult=true", "consent=true", "message=Jag vill sluta spela."]);

        var response = await app.Http.SendAsync(BrowserForm.Post("/stod", BrowserForm.Fill(form, answers)), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var notice = page.ById("error-summary")!;
        Assert.Contains("Skicka igen om en stund", notice.Text, StringComparison.Ordinal);
        Assert.Contains("det blir aldrig två ärenden", notice.Text, StringComparison.Ordinal);
        Assert.Contains("063-14 30 00", notice.Text, StringComparison.Ordinal);
        Assert.Equal("Bo Berg", page.ById("name")!["value"]);
        Assert.Equal("Jag vill sluta spela.", page.ById("message")!.Text);
        Assert.True(page.ById("consent")!.Has("checked"));
        Assert.True(page.ById("areas-gambling")!.Has("checked"));
    }

    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData(null, "https://elak.example")]
    public async Task PlainFormPost_FromAnotherSite_IsRefusedAndNothingStored(string? site, string? origin)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stod")
        {
            Content = new FormUrlEncodedContent(BrowserForm.Fill(HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct)),
                FormPostTests.Answers(["name=Bo Berg", "phone=070-123 45 67", "areas=gambling", "adult=true", "consent=true"]))),
        };
        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        var response = await app.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("kan bara skickas från den här webbplatsen", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
    }

    [Fact]
    public async Task PlainFormPost_FromThisSiteByOriginOnly_IsAccepted()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/stod", Ct));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stod")
        {
            Content = new FormUrlEncodedContent(BrowserForm.Fill(form, FormPostTests.Answers(["name=Bo Berg", "phone=070-123 45 67", "areas=gambling", "adult=true", "consent=true"]))),
        };
        request.Headers.Add("Origin", app.Http.BaseAddress!.GetLeftPart(UriPartial.Authority));

        var response = await app.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
    }
}
