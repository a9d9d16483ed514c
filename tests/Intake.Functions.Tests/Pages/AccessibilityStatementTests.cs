using Intake.Core.Localization;
using Intake.Functions.Pages;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Pages;

/// <summary>Lag (2018:1937) requires an accessibility statement that can be reached from every page.</summary>
public sealed class AccessibilityStatementTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(SecurityHeaderTests.EveryPage), MemberType = typeof(SecurityHeaderTests))]
    public async Task EveryPage_FooterLinksToTheStatementInItsLanguage(string path)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var route = PageRoutes.All.Single(r => r.Path == path);

        var page = HtmlDocument.Parse(await app.Http.GetStringAsync(path, Ct));

        var footer = Assert.Single(page.All("footer"));
        Assert.Contains(footer.All("a"), a => a["href"] == PageRoutes.Accessibility(route.Language).Path);
    }

    [Theory]
    [InlineData("/tillganglighet", "delvis förenlig med WCAG 2.1 nivå AA", "Kända brister")]
    [InlineData("/en/accessibility", "partially compliant with WCAG 2.1 level AA", "Known shortcomings")]
    public async Task Statement_SaysHowCompliantWhatIsMissingWhereToReportAndWhoSupervises(string path, string status, string gaps)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var page = HtmlDocument.Parse(await app.Http.GetStringAsync(path, Ct));

        var main = Assert.Single(page.All("main"));
        Assert.Contains(status, main.Text, StringComparison.Ordinal);
        Assert.Contains(main.All("h2"), h => h.Text == gaps);
        Assert.Contains(main.All("a"), a => a["href"] == "https://www.digg.se/");
        Assert.Contains(main.All("a"), a => a["href"] == "tel:+4663143000");
        Assert.Equal(path.StartsWith("/en", StringComparison.Ordinal) ? Language.English.ToCode() : Language.Swedish.ToCode(), page.All("html").Single()["lang"]);
    }
}
