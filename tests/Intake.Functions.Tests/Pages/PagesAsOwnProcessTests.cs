using System.Net;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Pages;

/// <summary>The pages from the app as its own process (Production, settings from the environment), headers included.</summary>
public sealed class PagesAsOwnProcessTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForwardedPageStaticFileAndFormPost_CarryTheSecurityHeaders()
    {
        var storage = new TestStorage(azurite);
        await using var app = await AppProcess.StartAsync(storage.Settings());

        var start = await app.Http.GetAsync("/", Ct);
        var form = await app.Http.GetAsync("/stod", Ct);
        var page = HtmlDocument.Parse(await form.Content.ReadAsStringAsync(Ct));
        var css = await app.Http.GetAsync(page.All("link").Single(l => l["rel"] == "stylesheet")["href"], Ct);
        var posted = await app.Http.SendAsync(BrowserForm.Post("/stod", BrowserForm.Fill(page,
            FormPostTests.Answers(["name=Bo Berg", "phone=070-123 45 67", "areas=gambling", "adult=true", "consent=true"]))), Ct);
        using var overHttps = new HttpRequestMessage(HttpMethod.Get, "/oro");
        overHttps.Headers.Add("X-Forwarded-Proto", "https");
        var secure = await app.Http.SendAsync(overHttps, Ct);

        foreach (var (name, response) in new[] { ("start", start), ("form", form), ("css", css), ("post", posted) })
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {response.StatusCode}");
            SecurityHeaderTests.AssertSecurityHeaders(response, name);
        }

        Assert.Equal("public, max-age=31536000, immutable", SecurityHeaderTests.Header(css, "Cache-Control"));
        Assert.NotNull(HtmlDocument.Parse(await posted.Content.ReadAsStringAsync(Ct)).ById("reference"));
        Assert.Equal("max-age=31536000", SecurityHeaderTests.Header(secure, "Strict-Transport-Security"));
    }
}
