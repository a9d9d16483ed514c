using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// The built app as its own process in standalone mode, started as a container or a deployment would start it:
/// environment variables only (app settings with "__" for sections), Production, working directory = app folder.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public int Port { get; }

    /// <summary>The app's own build output (as this test assembly's configuration): what a publish would hold.</summary>
    public static string AppDirectory => Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug", "net10.0");

    public HttpClient Http { get; }

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

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var appDirectory = AppDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appDirectory, "Intake.Functions.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // What the app logs at Information (the start-up lines are part of the contract).
        start.Environment["Logging__LogLevel__Default"] = "Information";

        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the app."), port);
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync();
        return app;
    }

    /// <summary>Like the host's readiness probe: any HTTP answer on / means ready.</summary>
    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                // Without a timeout this also waits until the redirected output has been read to its end.
                await process.WaitForExitAsync();
                throw new AppProcessExitedException(process.ExitCode, Output);
            }

            try
            {
                await Http.GetAsync("/");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(25);
            }
        }

        throw new TimeoutException($"The app did not answer within 30 s:\n{Output}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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

/// <summary>The app ended before it answered (a refused configuration, for one), with what it printed.</summary>
public sealed class AppProcessExitedException(int exitCode, string output)
    : Exception($"The app exited with {exitCode}:\n{output}")
{
    public int ExitCode { get; } = exitCode;

    public string Output { get; } = output;
}
