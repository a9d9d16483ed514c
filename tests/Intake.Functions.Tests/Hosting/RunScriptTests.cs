using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Hosting;

/// <summary>The one command a new user runs alone: it builds, and its own run must not share the machine with others.</summary>
[CollectionDefinition(nameof(RunScriptAlone), DisableParallelization = true)]
public sealed class RunScriptAlone;

/// <summary>
/// <c>scripts/run.sh</c> itself, as a new user runs it (on free ports of its own, so that it can run beside the
/// tests): it starts everything and prints the addresses; a person applies for support, the team's notice is written
/// to the mail folder, and a social worker follows its link in Chromium through the local OpenID Connect provider's
/// login, claims, notes and hands the ticket over; the other team closes it; the team lead downloads the month's
/// log-review report; SIGTERM stops every process the script started.
/// </summary>
[Collection(nameof(RunScriptAlone))]
public sealed partial class RunScriptTests(ChromiumFixture chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunSh_StartsTheWholeSystem_AndASocialWorkerWorksATicketFromTheNoticeToTheReport()
    {
        await using var run = await RunScript.StartAsync();
        Assert.Contains($"Staff        {run.AppUrl}/staff", run.Banner, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{run.OidcPort}", run.Banner, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(run.AppUrl) };

        // A person applies for support, as the banner's "Try it" line does.
        var accepted = await http.SendAsync(Samples.Post("/api/support-requests", Samples.Json(Samples.Read("support-request"))), Ct);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        using var receipt = System.Text.Json.JsonDocument.Parse(await accepted.Content.ReadAsStringAsync(Ct));
        var id = receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);

        // The team's notice in the mail folder the banner names, with a link to this ticket on this app.
        Uri? link = null;
        Assert.True(await TestStorage.EventuallyAsync(() =>
        {
            var mail = Directory.Exists(run.MailDirectory) ? Directory.GetFiles(run.MailDirectory, "*.eml").Select(Eml.Read) : [];
            link = mail.Select(m => NoticeLink().Match(m.PlainText)).Where(m => m.Success).Select(m => new Uri(m.Value))
                .FirstOrDefault(u => u.AbsolutePath == $"/staff/tickets/{id}");
            return Task.FromResult(link is not null);
        }, TimeSpan.FromSeconds(60)), "No team notice with the ticket's link was written.\n" + run.Output);
        Assert.Equal(new Uri(run.AppUrl).Authority, link!.Authority);

        // Vera (Team Vuxen) follows the link: the provider's login, then that ticket.
        await using var vera = await chromium.NewPageAsync();
        await vera.Page.GotoAsync(link.ToString(), new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(run.OidcPort, new Uri(vera.Page.Url).Port);
        await SignInAsync(vera.Page, "vuxen", link.ToString());
        Assert.Equal($"Ärende {id}", await Heading(vera.Page));
        Assert.Contains("Jag vill ha hjälp att dricka mindre.", await vera.Page.Locator("dl.answers").InnerTextAsync(), StringComparison.Ordinal);

        await PressAsync(vera.Page, "Ta ärendet");
        Assert.Equal("Ärendet är ditt.", await Status(vera.Page));
        await vera.Page.GetByLabel("Ny anteckning", new() { Exact = true }).FillAsync("Ringde, inget svar.");
        await PressAsync(vera.Page, "Spara anteckningen");
        Assert.Equal("Anteckningen är sparad.", await Status(vera.Page));
        await vera.Page.GetByLabel("Lämna över till team", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Anhörigstöd Nexus" });
        await PressAsync(vera.Page, "Lämna över");
        Assert.Equal("Ärendet är överlämnat", await Heading(vera.Page));
        vera.AssertNoCspViolations();
        vera.AssertClean();

        // Nils (Nexus) finds it in his inbox and closes it with an outcome.
        await using var nils = await chromium.NewPageAsync();
        await nils.Page.GotoAsync($"{run.AppUrl}/staff", new() { WaitUntil = WaitUntilState.Load });
        await SignInAsync(nils.Page, "nexus", $"{run.AppUrl}/staff");
        Assert.Equal("Inkorg: Anhörigstöd Nexus", await Heading(nils.Page));
        await NavigateAsync(nils.Page, () => nils.Page.GetByRole(AriaRole.Link, new() { Name = id, Exact = true }).ClickAsync());
        await nils.Page.GetByLabel("Kontakt tagen", new() { Exact = true }).CheckAsync();
        await PressAsync(nils.Page, "Avsluta ärendet");
        Assert.Equal("Avslutat: Kontakt tagen", await Fact(nils.Page, "Status"));
        nils.AssertClean();

        // Lena (team lead of Team Vuxen) downloads this month's log review: Vera's reads and changes are in it.
        await using var lena = await chromium.NewPageAsync();
        await lena.Page.GotoAsync($"{run.AppUrl}/staff/report", new() { WaitUntil = WaitUntilState.Load });
        await SignInAsync(lena.Page, "lead", $"{run.AppUrl}/staff/report");
        var month = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var csv = await lena.Context.APIRequest.GetAsync($"{run.AppUrl}/staff/report.csv?month={month}&team=team-vuxen");
        Assert.Equal(200, csv.Status);
        var report = await csv.TextAsync();
        foreach (var action in new[] { "read", "claim", "note", "hand-over" })
        {
            Assert.Contains($"\"{id}\";\"{action}\"", report, StringComparison.Ordinal);
        }

        // SIGTERM (the script was started without a terminal) stops the app, the provider, Direct Line and Azurite.
        await run.StopAsync();
        foreach (var port in run.Ports)
        {
            Assert.False(PortOpen(port), $"Port {port} still answers after run.sh stopped.\n{run.Output}");
        }
    }

    private static async Task SignInAsync(IPage page, string login, string returnUrl)
    {
        Assert.Equal("Logga in", await Heading(page));
        await page.Locator("#login").FillAsync(login);
        await page.Locator("#password").FillAsync("vilket-som-helst");
        Task back = page.WaitForURLAsync(url => url == returnUrl, new() { WaitUntil = WaitUntilState.Load });
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await back;
    }

    private static Task PressAsync(IPage page, string button) =>
        NavigateAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync());

    private static async Task NavigateAsync(IPage page, Func<Task> action)
    {
        var response = await page.RunAndWaitForResponseAsync(action, r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        await page.WaitForURLAsync(url => url == response.Url, new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response.Ok, $"{response.Url} answered {response.Status}.");
    }

    private static async Task<string> Heading(IPage page) => (await page.Locator("h1").InnerTextAsync()).Trim();

    private static async Task<string> Status(IPage page) => (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim();

    private static async Task<string> Fact(IPage page, string term) =>
        (await page.Locator("dl.facts dt", new() { HasTextRegex = new Regex("^" + Regex.Escape(term) + "$") }).Locator("xpath=following-sibling::dd[1]").InnerTextAsync()).Trim();

    private static bool PortOpen(int port)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"https?://\S+/staff/tickets/[A-Za-z0-9-]+")]
    private static partial Regex NoticeLink();

    /// <summary><c>bash scripts/run.sh</c> with its ports and run folder moved by its environment variables.</summary>
    private sealed class RunScript : IAsyncDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();
        private readonly string runDirectory;

        private RunScript(Process process, string runDirectory, int[] ports)
        {
            this.process = process;
            this.runDirectory = runDirectory;
            Ports = ports;
        }

        public int[] Ports { get; }

        public string AppUrl => $"http://127.0.0.1:{Ports[0]}";

        public int OidcPort => Ports[1];

        public string MailDirectory => Path.Combine(runDirectory, "mail");

        public string Banner { get; private set; } = string.Empty;

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public static async Task<RunScript> StartAsync()
        {
            var ports = Enumerable.Range(0, 6).Select(_ => DirectLineEmulator.FreePort()).Distinct().ToArray();
            Assert.Equal(6, ports.Length);
            var runDirectory = Directory.CreateTempSubdirectory("intake-run-").FullName;
            var start = new ProcessStartInfo("bash")
            {
                WorkingDirectory = Samples.RepoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(Samples.RepoRoot, "scripts", "run.sh"));
            string P(int i) => ports[i].ToString(CultureInfo.InvariantCulture);
            start.Environment["INTAKE_APP_PORT"] = P(0);
            start.Environment["INTAKE_OIDC_PORT"] = P(1);
            start.Environment["INTAKE_DIRECTLINE_PORT"] = P(2);
            start.Environment["INTAKE_AZURITE_PORTS"] = $"{P(3)} {P(4)} {P(5)}";
            start.Environment["INTAKE_RUN_DIR"] = runDirectory;

            var run = new RunScript(Process.Start(start) ?? throw new InvalidOperationException("Could not start run.sh."), runDirectory, ports);
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var banner = new StringBuilder();
            run.process.OutputDataReceived += (_, e) =>
            {
                run.Append(e.Data);
                if (e.Data is null)
                {
                    return;
                }

                lock (banner)
                {
                    banner.AppendLine(e.Data);
                    if (e.Data.Contains("Stop with Ctrl-C.", StringComparison.Ordinal))
                    {
                        run.Banner = banner.ToString();
                        ready.TrySetResult();
                    }
                }
            };
            run.process.ErrorDataReceived += (_, e) => run.Append(e.Data);
            run.process.BeginOutputReadLine();
            run.process.BeginErrorReadLine();

            // It builds first: minutes on a slow, shared machine.
            var exited = run.process.WaitForExitAsync(Ct);
            var first = await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(6), Ct));
            if (first != ready.Task)
            {
                await run.DisposeAsync();
                Assert.Fail("run.sh did not print its addresses.\n" + run.Output);
            }

            return run;
        }

        /// <summary>SIGTERM, as a service manager or another script stops it; waits until it has exited.</summary>
        public async Task StopAsync()
        {
            if (process.HasExited)
            {
                Assert.Fail("run.sh stopped by itself.\n" + Output);
            }

            Assert.True(await TerminateAsync(), "run.sh did not stop within a minute of SIGTERM.\n" + Output);
            Assert.Equal(143, process.ExitCode);
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited && !await TerminateAsync())
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            Directory.Delete(runDirectory, recursive: true);
        }

        private async Task<bool> TerminateAsync()
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(CancellationToken.None);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }
}
