using System.Diagnostics;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>
/// One headless Debian Chromium for the whole test assembly, driven by Microsoft.Playwright's bundled driver (no
/// browser download: the executable is <c>chromium</c> on PATH, which scripts/test.sh installs). Started on the first
/// <see cref="NewPageAsync"/>, so a run without browser tests never starts it. Every page gets a fresh context.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>The arguments this project's machines need (see TOOLCHAIN.md): no sandbox as root, no calls out.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private Exception? startFailure;

    /// <summary>How long the driver and Chromium took to start (null until started).</summary>
    public TimeSpan? StartDuration { get; private set; }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync().ConfigureAwait(false);
            await browser.DisposeAsync().ConfigureAwait(false);
        }

        playwright?.Dispose();
        gate.Dispose();
    }

    /// <summary>A new page in a new browser context (no shared cookies, storage or cache) with the given profile.</summary>
    public async Task<BrowserPage> NewPageAsync(BrowserProfile? profile = null)
    {
        profile ??= BrowserProfile.Desktop();
        IBrowser started = await GetBrowserAsync().ConfigureAwait(false);
        IBrowserContext context = await started.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = profile.Width, Height = profile.Height },
            DeviceScaleFactor = profile.DeviceScaleFactor,
            Locale = profile.Locale,
            TimezoneId = "Europe/Stockholm",
            JavaScriptEnabled = profile.JavaScriptEnabled,
        }).ConfigureAwait(false);
        // A hang detector, not a speed limit: on a loaded 2-core CI machine Web Chat's first greeting took over 15 s.
        context.SetDefaultTimeout(30_000);
        IPage page = await context.NewPageAsync().ConfigureAwait(false);
        return new BrowserPage(context, page, profile);
    }

    /// <summary>chromium (or chromium-browser) from PATH.</summary>
    public static string FindChromium()
    {
        string[] directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string name in new[] { "chromium", "chromium-browser" })
        {
            foreach (string directory in directories)
            {
                string candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            "chromium is not on PATH. scripts/test.sh installs it (Debian package chromium); by hand: apt-get install chromium.");
    }

    private async Task<IBrowser> GetBrowserAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (browser is not null)
            {
                return browser;
            }

            if (startFailure is not null)
            {
                throw new InvalidOperationException("Chromium failed to start earlier in this run: " + startFailure.Message, startFailure);
            }

            var stopwatch = Stopwatch.StartNew();
            try
            {
                string executable = FindChromium();
                playwright = await Playwright.CreateAsync().ConfigureAwait(false);
                browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = executable,
                    Headless = true,
                    Args = Arguments,
                    Timeout = 60_000,
                }).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or IOException)
            {
                startFailure = ex;
                playwright?.Dispose();
                playwright = null;
                throw;
            }

            StartDuration = stopwatch.Elapsed;
            return browser;
        }
        finally
        {
            gate.Release();
        }
    }
}
