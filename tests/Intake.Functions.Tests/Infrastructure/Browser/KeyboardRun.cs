using System.Globalization;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>
/// Drives a page with the keyboard only: Tab until an element has focus (bounded), type, Space, Enter. Records every
/// element focus passed through, so a failure shows the actual tab order.
/// </summary>
public sealed class KeyboardRun(IPage page)
{
    /// <summary>Describes document.activeElement (through open shadow roots): tag#id [role] "name".</summary>
    private const string DescribeFocus = """
        () => {
          let el = document.activeElement;
          while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
          if (!el || el === document.body) return '(body)';
          const label = el.getAttribute('aria-label')
            || (el.getAttribute('aria-labelledby') || '').split(/\s+/).map(id => document.getElementById(id)?.textContent || '').join(' ').trim()
            || (el.labels && el.labels.length ? Array.from(el.labels).map(l => l.textContent).join(' ') : '')
            || (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ? el.getAttribute('placeholder') || '' : el.textContent || '')
            || el.getAttribute('title') || '';
          const name = label.replace(/\s+/g, ' ').trim().slice(0, 60);
          return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('role') ? ' [' + el.getAttribute('role') + ']' : '')
            + (el.getAttribute('type') ? ' type=' + el.getAttribute('type') : '') + (name ? ' "' + name + '"' : '');
        }
        """;

    private readonly List<string> focusOrder = [];

    public const int DefaultMaxPresses = 40;

    /// <summary>Each element focus landed on, in order, since this run began.</summary>
    public IReadOnlyList<string> FocusOrder => focusOrder;

    /// <summary>The element that has focus now, described.</summary>
    public Task<string> FocusedAsync() => page.EvaluateAsync<string>(DescribeFocus);

    /// <summary>Presses Tab until <paramref name="target"/> has focus; fails after <paramref name="maxPresses"/> with the focus order.</summary>
    public async Task TabToAsync(ILocator target, string description, int maxPresses = DefaultMaxPresses)
    {
        ArgumentNullException.ThrowIfNull(target);
        int matches = await target.CountAsync().ConfigureAwait(false);
        if (matches != 1)
        {
            Assert.Fail($"Keyboard: {matches} elements match {description}; expected exactly one.");
        }

        int start = focusOrder.Count;
        for (int press = 1; press <= maxPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab").ConfigureAwait(false);
            focusOrder.Add(await FocusedAsync().ConfigureAwait(false));
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement || el.shadowRoot?.activeElement != null").ConfigureAwait(false))
            {
                return;
            }
        }

        var steps = focusOrder.Skip(start).Select((step, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + step);
        Assert.Fail($"Keyboard: {maxPresses} presses of Tab did not reach {description}. Focus went:\n  " + string.Join("\n  ", steps));
    }

    /// <summary>Tab to the element with this id.</summary>
    public Task TabToIdAsync(string id, int maxPresses = DefaultMaxPresses) =>
        TabToAsync(page.Locator($"[id=\"{id}\"]"), "#" + id, maxPresses);

    /// <summary>Tab to the form control with this label (exact text of its label, aria-label or aria-labelledby).</summary>
    public Task TabToLabelAsync(string label, int maxPresses = DefaultMaxPresses) =>
        TabToAsync(page.GetByLabel(label, new PageGetByLabelOptions { Exact = true }), $"the control labelled \"{label}\"", maxPresses);

    /// <summary>Tab to the button with this accessible name.</summary>
    public Task TabToButtonAsync(string name, int maxPresses = DefaultMaxPresses) =>
        TabToAsync(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true }), $"the button \"{name}\"", maxPresses);

    /// <summary>Tab to the link with this accessible name.</summary>
    public Task TabToLinkAsync(string name, int maxPresses = DefaultMaxPresses) =>
        TabToAsync(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name, Exact = true }), $"the link \"{name}\"", maxPresses);

    /// <summary>Presses Shift+Tab once (focus goes back one stop, recorded) and returns where focus landed.</summary>
    public async Task<string> ShiftTabAsync()
    {
        await page.Keyboard.PressAsync("Shift+Tab").ConfigureAwait(false);
        string focused = await FocusedAsync().ConfigureAwait(false);
        focusOrder.Add(focused);
        return focused;
    }

    /// <summary>Types into the focused element, key by key.</summary>
    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

    public Task PressEnterAsync() => page.Keyboard.PressAsync("Enter");

    public Task PressSpaceAsync() => page.Keyboard.PressAsync("Space");

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);
}
