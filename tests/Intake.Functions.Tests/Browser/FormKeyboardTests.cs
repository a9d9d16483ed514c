using System.Text.RegularExpressions;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// A whole concern (anonymous, about an adult) reported with the keyboard only — Tab, Space, the arrow keys in a radio
/// group, typing and Enter — in Chromium with and without JavaScript; and the tab order: every control of the form in
/// the order it is shown, none skipped, and the same in reverse with Shift+Tab.
/// </summary>
public sealed partial class FormKeyboardTests(AzuriteFixture azurite, ChromiumFixture chromium)
{
    private const string Description = "Min bror dricker varje dag och har slutat gå till jobbet.";

    /// <summary>The form's tab stops on a fresh page (no radio chosen: a group is one stop, its first radio).</summary>
    private static readonly string[] FormStops =
    [
        "about", "areas", "areas-drugs", "areas-gambling", "areas-other", "description", "childrenInHousehold", "acuteDanger",
        "personName", "personIdentityNumber", "personAddress", "professional", "anonymous",
    ];

    /// <summary>Shown without JavaScript only: with it they are hidden until "not anonymous" or "professional" is chosen.</summary>
    private static readonly string[] ReporterStops = ["reporterName", "reporterOrganisation", "reporterPhone", "reporterEmail", "reporterRelation"];

    /// <summary>Every visible control of the form, one per radio group (the first), in document order.</summary>
    private const string VisibleControls = """
        () => {
          const seen = new Set();
          return Array.from(document.querySelectorAll('#intake-form input, #intake-form textarea, #intake-form button'))
            .filter(c => c.getClientRects().length > 0 && !c.disabled)
            .filter(c => c.type !== 'radio' || (!seen.has(c.name) && seen.add(c.name)))
            .map(c => c.id);
        }
        """;

    [GeneratedRegex("^[a-z]+#([^ ]+)")]
    private static partial Regex IdOf();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Concern_ByKeyboardOnly_TabOrderReachesEveryControlInOrderAndTheReportIsSent(bool javaScript)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        await using BrowserPage browser = await chromium.NewPageAsync(javaScript ? BrowserProfile.Desktop() : BrowserProfile.Desktop().WithoutJavaScript());
        IPage page = browser.Page;
        await FormDriver.OpenAsync(browser, app, "/oro");

        // The tab order, from the top of the page to the send button.
        var walk = new KeyboardRun(page);
        await walk.TabToIdAsync("submit", maxPresses: 60);
        Assert.StartsWith("a \"Till innehållet\"", walk.FocusOrder[0], StringComparison.Ordinal);
        string[] stops = [.. walk.FocusOrder.Select(Id)];
        int first = Array.IndexOf(stops, "about");
        Assert.True(first > 0, "The tab order never reached the first question:\n  " + string.Join("\n  ", walk.FocusOrder));
        string[] expected = [.. FormStops, .. javaScript ? [] : ReporterStops, "submit"];
        Assert.Equal(expected, stops[first..]);
        Assert.Equal(await page.EvaluateAsync<string[]>(VisibleControls), stops[first..]);

        // Back with Shift+Tab: the same stops in reverse.
        var back = new List<string>();
        while (back.Count < FormStops.Length + ReporterStops.Length + 1 && (back.Count == 0 || back[^1] != "about"))
        {
            back.Add(Id(await walk.ShiftTabAsync()));
        }

        Assert.Equal(Enumerable.Reverse(expected[..^1]), back);

        // The report, on a fresh page, with the keyboard only. A radio group is one tab stop: Space chooses the option
        // that has focus (the first), an arrow key moves to the next option and chooses it.
        await page.ReloadAsync();
        var keyboard = new KeyboardRun(page);
        await keyboard.TabToIdAsync("about");                                        // "En vuxen, 18 år eller äldre"
        await keyboard.PressSpaceAsync();
        await keyboard.TabToIdAsync("areas-drugs");
        await keyboard.PressSpaceAsync();
        await keyboard.TabToIdAsync("description");
        await keyboard.TypeAsync(Description);
        await ChooseByArrowAsync(page, keyboard, "childrenInHousehold", "childrenInHousehold-unknown", 2); // "Vet inte"
        await ChooseByArrowAsync(page, keyboard, "acuteDanger", "acuteDanger-false", 1);                  // "Nej"
        await ChooseByArrowAsync(page, keyboard, "professional", "professional-false", 1);                // "Nej"
        await keyboard.TabToIdAsync("anonymous");                                    // "Ja"
        await keyboard.PressSpaceAsync();
        await keyboard.TabToIdAsync("submit");

        IResponse response = await FormDriver.SubmitAsync(browser, keyboard.PressEnterAsync);

        Assert.Equal(javaScript ? 202 : 200, response.Status);
        string reference = await FormDriver.ShownReferenceAsync(page);
        if (javaScript)
        {
            Assert.Equal("receipt-title", await FormDriver.FocusedIdAsync(page));
        }

        var answers = FormDriver.AnswersOf(await FormDriver.StoredAsync(storage, reference));
        Assert.Equal(
            "about=adult areas=[\"drugs\"] description=" + Description + " childrenInHousehold=unknown acuteDanger=false professional=false anonymous=true",
            string.Join(" ", answers.EnumerateObject().Select(a => a.Name + "=" + (a.Value.ValueKind == System.Text.Json.JsonValueKind.Array ? a.Value.GetRawText() : a.Value.GetString()))));
        browser.AssertClean();
    }

    /// <summary>Tabs to a radio group (its first option has focus) and presses the down arrow to choose a later option.</summary>
    private static async Task ChooseByArrowAsync(IPage page, KeyboardRun keyboard, string group, string option, int presses)
    {
        await keyboard.TabToIdAsync(group);
        for (int i = 0; i < presses; i++)
        {
            await keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(option, await FormDriver.FocusedIdAsync(page));
        Assert.True(await page.Locator("#" + option).IsCheckedAsync(), $"#{option} has focus but is not chosen.");
    }

    private static string Id(string focused) => IdOf().Match(focused) is { Success: true } m ? m.Groups[1].Value : focused;
}
