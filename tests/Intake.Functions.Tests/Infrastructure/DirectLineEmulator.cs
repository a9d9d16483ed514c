using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>offline-directline (npm), through scripts/directline.js, on a free loopback port, calling the given bot.</summary>
public sealed class DirectLineEmulator : IAsyncDisposable
{
    private readonly Process process;

    private DirectLineEmulator(Process process, int port)
    {
        this.process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/directline/") };
    }

    public HttpClient Http { get; }

    /// <summary>A loopback port free right now, for a test that must name the emulator's address before starting it.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts offline-directline on <paramref name="port"/> (default: a free one); its client routes are under /directline/.</summary>
    public static async Task<DirectLineEmulator> StartAsync(Uri botMessagesUrl, int? port = null)
    {
        int chosenPort = port ?? FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Samples.RepoRoot, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Samples.RepoRoot, "scripts", "directline.js"));
        start.ArgumentList.Add(chosenPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(botMessagesUrl.ToString());
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (run npm ci).");
        var emulator = new DirectLineEmulator(process, chosenPort);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, chosenPort);
                return emulator;
            }
            catch (SocketException) when (!process.HasExited)
            {
                await Task.Delay(100);
            }
        }

        await emulator.DisposeAsync();
        throw new InvalidOperationException("offline-directline did not start: " + await process.StandardError.ReadToEndAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
