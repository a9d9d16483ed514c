using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd (package python3-aiosmtpd, installed by scripts/test.sh) on a free loopback
/// port, storing every message it accepts in a Maildir. An address such as <c>rcpt-550@status.test</c> gets that status
/// code instead (see <c>scripted_mailbox.py</c>).
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly Process process;

    private SmtpServer(Process process, int port, string maildir)
    {
        this.process = process;
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public IReadOnlyList<string> Messages =>
        Directory.Exists(Path.Combine(Maildir, "new")) ? Directory.GetFiles(Path.Combine(Maildir, "new")) : [];

    public static async Task<SmtpServer> StartAsync()
    {
        var port = FreePort();
        var maildir = Path.Combine(Path.GetTempPath(), "intake-smtp-" + Guid.NewGuid().ToString("N")[..12]);
        var start = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PYTHONPATH"] = Path.Combine(AppContext.BaseDirectory, "Infrastructure");
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "scripted_mailbox.ScriptedMailbox", maildir })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd (apt-get install python3-aiosmtpd).");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited: {await process.StandardError.ReadToEndAsync()} (apt-get install python3-aiosmtpd)");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new SmtpServer(process, port, maildir);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill(true);
        throw new TimeoutException("aiosmtpd did not start listening.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
