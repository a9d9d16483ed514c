using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>
/// Full-page PNGs of each page for people to look at, in <c>artifacts/screenshots/</c> under the repo root
/// (gitignored; scripts/test.sh empties it first and names it at the end), as <c>&lt;page&gt;-&lt;lang&gt;[-&lt;state&gt;].png</c>.
/// </summary>
public static partial class Screenshots
{
    public static string DefaultDirectory { get; } = Path.Combine(Samples.RepoRoot, "artifacts", "screenshots");

    /// <summary>Saves a full-page screenshot and returns its path.</summary>
    public static async Task<string> SaveAsync(IPage page, string pageName, string language, string? state = null, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        string name = string.Join("-", new[] { pageName, language, state }.Where(part => !string.IsNullOrEmpty(part)).Select(Slug));
        string folder = directory ?? DefaultDirectory;
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Type = ScreenshotType.Png }).ConfigureAwait(false);
        return path;
    }

    /// <summary>Saves a screenshot named after the page's profile: language from its locale, state "320px" etc. unless desktop.</summary>
    public static Task<string> SaveAsync(BrowserPage page, string pageName, string? state = null, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        string? profileState = page.Profile.Name == "desktop" ? null : page.Profile.Name;
        string? combined = string.Join("-", new[] { state, profileState }.Where(s => s is not null));
        return SaveAsync(page.Page, pageName, page.Profile.Language, combined.Length == 0 ? null : combined, directory);
    }

    private static string Slug(string? part) => NotSlug().Replace(part!.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
