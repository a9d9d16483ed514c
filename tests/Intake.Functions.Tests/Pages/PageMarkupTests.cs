using Intake.Core.Submissions;
using Intake.Functions.Pages;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Pages;

/// <summary>What a browser and a screen reader get from each page: structure, labels, groups, languages, no inline code.</summary>
public sealed class PageMarkupTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> EveryPage() => SecurityHeaderTests.EveryPage();

    public static TheoryData<string> FormPages() => [.. PageRoutes.All.Where(r => r.Page == PageKind.Form).Select(r => r.Path)];

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Page_HasOneH1_LandmarksSkipLinkEmergencyBoxAndALanguageSwitch(string path)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var route = PageRoutes.All.Single(r => r.Path == path);

        var page = HtmlDocument.Parse(await app.Http.GetStringAsync(path, Ct));

        Assert.Single(page.All("h1"));
        Assert.Single(page.All("header"));
        Assert.Single(page.All("footer"));
        var main = Assert.Single(page.All("main"));
        Assert.Equal("main", main["id"]);
        var skip = page.Descendants().First(e => e.Name is "a" or "button" or "input" or "textarea");
        Assert.Equal("#main", skip["href"]);

        var emergency = page.ById("emergency")!;
        Assert.Equal("aside", emergency.Name);
        Assert.False(emergency.Ancestors().Contains(main), "the emergency box must stay outside the main content (and the chat)");
        var dial = emergency.All("a").Select(a => a["href"]).ToList();
        Assert.Equal(["tel:112", "tel:90101", "tel:116111", "tel:+4663143000"], dial);
        Assert.Contains("08.00–17.00", emergency.Text, StringComparison.Ordinal);

        var other = route.Other;
        var language = other.Language == Core.Localization.Language.English ? "en" : "sv";
        var toggle = page.ById("language-switch")!;
        Assert.Equal((other.Path, language), (toggle["href"], toggle["lang"]));
        Assert.Equal(route.Language == Core.Localization.Language.English ? "På svenska" : "In English", toggle.Text);

        foreach (var element in page.Descendants(intoTemplates: true))
        {
            Assert.False(element.Has("style"), $"<{element.Name}> has a style attribute");
            Assert.DoesNotContain(element.Attributes.Keys, k => k.StartsWith("on", StringComparison.Ordinal));
            if (element.Has("aria-label") || element.Has("aria-labelledby"))
            {
                // ARIA forbids naming a plain div or p: a name needs a landmark, a group or a role.
                Assert.True(element.Name is "aside" or "section" or "nav" or "main" or "form" or "fieldset" or "a" or "button" or "input" or "textarea" || element.Has("role"), $"<{element.Name} id={element["id"]}> is named without a role");
            }
        }

        Assert.All(page.All("script"), s => Assert.True(s["src"] is not null && s.Text.Length == 0, "inline script"));
        var ids = page.Descendants().Select(e => e["id"]).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(FormPages))]
    public async Task FormPage_EveryControlHasALabel_EveryGroupAFieldsetWithLegend_NamesAreTheQuestionIds(string path)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var route = PageRoutes.All.Single(r => r.Path == path);
        var model = QuestionModel.For(route.Kind!.Value);

        var page = HtmlDocument.Parse(await app.Http.GetStringAsync(path, Ct));

        var form = page.ById("intake-form")!;
        Assert.Equal(("post", path), (form["method"], form["action"]));
        Assert.Equal(Intake.Functions.Submissions.SubmissionEndpoints.Routes[route.Kind!.Value], form["data-api"]);
        // The one hidden input is the page's idempotency key, not a question (a person never sees or fills it).
        var hidden = Assert.Single(form.Descendants(), e => e.Name == "input" && e["type"] == "hidden");
        Assert.Equal("idempotency-key", hidden["name"]);
        Assert.Matches("^[A-Za-z0-9_-]{24}$", hidden["value"]);
        var controls = form.Descendants().Where(e => e.Name is "input" or "textarea" && e["type"] != "hidden").ToList();
        foreach (var control in controls)
        {
            var labels = page.All("label").Where(l => l["for"] == control["id"]).ToList();
            Assert.True(labels.Count == 1, $"{control["id"]}: {labels.Count} labels");
            Assert.False(string.IsNullOrWhiteSpace(labels[0].Text));
        }

        foreach (var group in controls.Where(c => c["type"] is "radio" or "checkbox").GroupBy(c => c["name"]).Where(g => g.Count() > 1))
        {
            var fieldsets = group.Select(c => c.Ancestors().FirstOrDefault(a => a.Name == "fieldset")).Distinct().ToList();
            var fieldset = Assert.Single(fieldsets);
            Assert.True(fieldset is not null, $"{group.Key}: not in a fieldset");
            Assert.Equal("legend", fieldset!.Children.OfType<HtmlElement>().First().Name);
        }

        Assert.Equal(model.Questions.Select(q => q.Id).Order(), controls.Select(c => c["name"]!).Distinct().Order());
        foreach (var question in model.Questions)
        {
            var field = page.ById("field-" + question.Id)!;
            var caption = field.Descendants().First(e => e.Name is "label" or "legend");
            Assert.Equal(question.Required, caption.Text.Contains(route.Language == Core.Localization.Language.English ? "(required)" : "(måste", StringComparison.Ordinal));
            Assert.Equal(question.AskWhen is not null, field.Descendants().Any(e => e.HasClass("condition-note")));
        }

        foreach (var described in page.Descendants().Where(e => e.Has("aria-describedby")))
        {
            Assert.All(described["aria-describedby"]!.Split(' '), id => Assert.NotNull(page.ById(id)));
        }

        // What form.js needs to show what the server would.
        foreach (var template in new[] { "error-summary-template", "unavailable-template", "receipt-template" })
        {
            Assert.Equal("template", page.ById(template)?.Name);
        }

        var receipt = page.ById("receipt-template")!;
        Assert.Contains(receipt.Descendants(intoTemplates: true), e => e["data-slot"] == "reference");
        Assert.Contains(receipt.Descendants(intoTemplates: true), e => e["data-slot"] == "next-steps");
        Assert.True(page.ById("draft-note")!.Has("hidden"));
    }

    [Fact]
    public async Task ConcernForm_ExplainsAnonymityAndWhyProfessionalsMustGiveTheirName()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var page = HtmlDocument.Parse(await app.Http.GetStringAsync("/oro", Ct));

        var anonymity = page.ById("field-anonymous")!.Text;
        Assert.Contains("sparar vi inget om dig och kan inte kontakta dig", anonymity, StringComparison.Ordinal);
        Assert.Contains("yrkesroll", anonymity, StringComparison.Ordinal);
        Assert.Contains("anmälningsskyldighet och måste uppge namn", page.ById("field-professional")!.Text, StringComparison.Ordinal);
        Assert.Equal("Svara bara om du inte vill vara anonym.", page.ById("reporterName-condition")!.Text);
        Assert.Equal("Svara bara om du gör anmälan i din yrkesroll.", page.ById("reporterOrganisation-condition")!.Text);
        Assert.Equal(("anonymous", "false"), (page.ById("field-reporterName")!["data-when-field"], page.ById("field-reporterName")!["data-when-value"]));
        Assert.Equal(("email", "email"), (page.ById("reporterEmail")!["type"], page.ById("reporterEmail")!["autocomplete"]));
        Assert.Equal(("tel", "tel"), (page.ById("reporterPhone")!["type"], page.ById("reporterPhone")!["autocomplete"]));
        Assert.Equal("name", page.ById("reporterName")!["autocomplete"]);
        Assert.Equal("off", page.ById("personName")!["autocomplete"]);
    }

    [Fact]
    public async Task StartPage_OffersTheThreeKindsTheThreeSelfTestsAndTheChatInEachLanguage()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var sv = HtmlDocument.Parse(await app.Http.GetStringAsync("/", Ct));
        var en = HtmlDocument.Parse(await app.Http.GetStringAsync("/en", Ct));

        Assert.Equal(["/oro", "/stod", "/anhorig", "/sjalvtest/alkohol", "/sjalvtest/droger", "/sjalvtest/spel", "/chatt"],
            sv.ById("main")!.All("a").Select(a => a["href"]).Where(h => h != "/"));
        Assert.Equal(["/en/concern", "/en/support", "/en/relatives", "/en/self-test/alcohol", "/en/self-test/drugs", "/en/self-test/gambling", "/en/chat"],
            en.ById("main")!.All("a").Select(a => a["href"]).Where(h => h != "/en"));
    }

    [Fact]
    public async Task ChatPage_HasTheWebChatContainerAFormAlternativeAndANoscriptText()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var sv = HtmlDocument.Parse(await app.Http.GetStringAsync("/chatt", Ct));
        var en = HtmlDocument.Parse(await app.Http.GetStringAsync("/en/chat", Ct));

        var container = sv.ById("webchat")!;
        Assert.Equal(("sv-SE", "/api/chat/token"), (container["data-locale"], container["data-token-url"]));
        Assert.Equal("en-US", en.ById("webchat")!["data-locale"]);
        Assert.Equal("Hellre ett formulär?", sv.ById("prefer-form")!.Text);
        Assert.Equal(["/oro", "/stod", "/anhorig"], sv.All("ul").Single(u => u.HasClass("form-links")).All("a").Select(a => a["href"]));
        Assert.Contains("JavaScript", sv.All("noscript").Single().Text, StringComparison.Ordinal);
        Assert.Equal(["webchat", "chat"], sv.All("script").Select(s => s["src"]!.Split('/')[2].Split('.')[0]));
    }
}
