using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// Each form on a 320 CSS px screen and in a window zoomed to 200 % (WCAG 1.4.10 Reflow, 1.4.4 Resize text): no
/// sideways scrolling, neither as it opens nor with the error summary and the messages at the fields showing.
/// </summary>
public sealed class FormReflowTests(AzuriteFixture azurite, ChromiumFixture chromium)
{
    public static TheoryData<string, string> Forms()
    {
        var data = new TheoryData<string, string>();
        foreach (string path in new[] { "/oro", "/stod", "/anhorig", "/en/concern", "/en/support", "/en/relatives" })
        {
            foreach (string profile in new[] { "320px", "zoom200" })
            {
                data.Add(path, profile);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Form_At320PixelsAnd200PercentZoom_DoesNotScrollSidewaysAlsoWithTheErrorSummary(string path, string profileName)
    {
        bool english = path.StartsWith("/en/", StringComparison.Ordinal);
        string locale = english ? BrowserProfile.English : BrowserProfile.Swedish;
        BrowserProfile profile = profileName == "320px" ? BrowserProfile.Narrow320(locale) : BrowserProfile.Zoom200(locale);
        await using var app = new IntakeApp(new TestStorage(azurite));
        await using BrowserPage browser = await chromium.NewPageAsync(profile);
        IPage page = browser.Page;
        await FormDriver.OpenAsync(browser, app, path);
        browser.AllowResponse(400, (await page.Locator("#intake-form").GetAttributeAsync("data-api"))!);

        await Layout.AssertNoHorizontalScrollAsync(page, $"{path} at {profileName}");

        IResponse response = await FormDriver.SubmitAsync(browser);

        Assert.Equal(400, response.Status);
        Assert.True(await page.Locator("#error-summary").IsVisibleAsync(), "No error summary is shown.");
        Assert.True(await page.Locator(".error-message").CountAsync() > 1, "No messages at the fields.");
        await Layout.AssertNoHorizontalScrollAsync(page, $"{path} with errors at {profileName}");
        if (path is "/oro" or "/en/concern")
        {
            await Screenshots.SaveAsync(browser, "concern", "errors"); // concern-sv-errors-320px.png …
        }

        browser.AssertClean();
    }
}
