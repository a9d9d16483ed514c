using System.Text.Json;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>Reflow checks: whether the page scrolls sideways in its current viewport.</summary>
public static class Layout
{
    private const string Measure = """
        () => {
          const root = document.scrollingElement || document.documentElement;
          const width = root.clientWidth;
          const wide = Array.from(document.querySelectorAll('body *'))
            .map(el => ({ el, right: el.getBoundingClientRect().right + window.scrollX }))
            .filter(x => x.right > width + 0.5)
            .filter(x => !x.el.parentElement || x.el.parentElement.getBoundingClientRect().right + window.scrollX <= width + 0.5)
            .slice(0, 5)
            .map(x => x.el.tagName.toLowerCase() + (x.el.id ? '#' + x.el.id : '') + (x.el.className && typeof x.el.className === 'string' ? '.' + x.el.className.trim().split(/\s+/).join('.') : '') + ' (right edge ' + Math.round(x.right) + ' px)');
          return JSON.stringify({ scrollWidth: root.scrollWidth, clientWidth: width, wide });
        }
        """;

    /// <summary>document.scrollingElement's scrollWidth and clientWidth, and up to five elements sticking out.</summary>
    public static async Task<(int ScrollWidth, int ClientWidth, IReadOnlyList<string> Overflowing)> MeasureAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using JsonDocument json = JsonDocument.Parse(await page.EvaluateAsync<string>(Measure).ConfigureAwait(false));
        JsonElement root = json.RootElement;
        return (root.GetProperty("scrollWidth").GetInt32(), root.GetProperty("clientWidth").GetInt32(),
            root.GetProperty("wide").EnumerateArray().Select(e => e.GetString()!).ToList());
    }

    /// <summary>Fails when the page scrolls horizontally (scrollWidth &gt; clientWidth), naming what sticks out.</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page, string pageName)
    {
        var (scrollWidth, clientWidth, overflowing) = await MeasureAsync(page).ConfigureAwait(false);
        if (scrollWidth > clientWidth)
        {
            Assert.Fail($"{pageName} scrolls sideways: {scrollWidth} px of content in {clientWidth} px. Sticking out:\n  " +
                string.Join("\n  ", overflowing));
        }
    }
}
