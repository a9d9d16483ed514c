using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>One node axe-core flagged: its CSS selector path (one entry per frame or shadow root) and markup.</summary>
public sealed record AxeNode(IReadOnlyList<string> Target, string Html, string FailureSummary);

/// <summary>One failed axe-core rule.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";
}

/// <summary>
/// axe-core from the repo's node_modules (npm ci), run in the page with the WCAG 2.0 and 2.1 A and AA rules plus
/// axe's best practices. The script goes in through the DevTools protocol, so a page's strict CSP does not block it.
/// </summary>
public static class Axe
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    private const string RunScript = """
        async (tags) => {
          const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({
              target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
              html: n.html, failureSummary: n.failureSummary || '' })) })));
        }
        """;

    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<string> Source = new(() =>
    {
        string path = Path.Combine(Samples.RepoRoot, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is not installed ({path} is missing): run `npm ci` in {Samples.RepoRoot}.");
    });

    /// <summary>Every violation axe-core finds in the page as it is now (all impacts).</summary>
    public static async Task<IReadOnlyList<AxeViolation>> AxeAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'").ConfigureAwait(false))
        {
            // A function body, so Playwright evaluates it as given; DevTools evaluation is not subject to the page's CSP.
            await page.EvaluateAsync("() => {\n" + Source.Value + "\n}").ConfigureAwait(false);
        }

        // axe.run waits on timers, which never fire in a page with JavaScript turned off: fail instead of hanging.
        Task<string> run = page.EvaluateAsync<string>(RunScript, Tags);
        if (await Task.WhenAny(run, Task.Delay(RunTimeout)).ConfigureAwait(false) != run)
        {
            Assert.Fail($"axe-core did not finish within {RunTimeout.TotalSeconds} s. It cannot run in a page with JavaScript turned off (BrowserProfile.JavaScript).");
        }

        string json = await run.ConfigureAwait(false);
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            v.GetProperty("helpUrl").GetString()!,
            v.GetProperty("nodes").EnumerateArray().Select(n => new AxeNode(
                n.GetProperty("target").EnumerateArray().Select(t => t.GetString()!).ToList(),
                n.GetProperty("html").GetString()!,
                n.GetProperty("failureSummary").GetString()!)).ToList())).ToList();
    }

    /// <summary>Fails listing each serious or critical violation: rule id, help text, selectors of the elements.</summary>
    public static void AssertNoSeriousViolations(IReadOnlyList<AxeViolation> violations, string pageName)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        if (serious.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"axe-core: {serious.Count} serious or critical violation(s) on {pageName}:");
        foreach (AxeViolation violation in serious)
        {
            message.Append(CultureInfo.InvariantCulture, $"\n  [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (AxeNode node in violation.Nodes)
            {
                message.Append(CultureInfo.InvariantCulture, $"\n      {string.Join(" >>> ", node.Target)}   {node.Html}");
            }
        }

        int minor = violations.Count - serious.Count;
        if (minor > 0)
        {
            message.Append(CultureInfo.InvariantCulture, $"\n  (and {minor} moderate or minor: {string.Join(", ", violations.Where(v => !v.IsSeriousOrCritical).Select(v => v.Id))})");
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>Runs axe-core and fails on any serious or critical violation; returns all violations found.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> AssertAccessibleAsync(IPage page, string pageName)
    {
        IReadOnlyList<AxeViolation> violations = await AxeAsync(page).ConfigureAwait(false);
        AssertNoSeriousViolations(violations, pageName);
        return violations;
    }
}
