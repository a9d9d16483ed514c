using Xunit;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// A private in-memory Azurite on free ports, started from the repo's node_modules. Use it as an xunit v3 assembly
/// fixture (shared by all tests: give every table and queue a unique name) or create one of your own for outage tests
/// (<see cref="StopAsync"/> / <see cref="StartAsync"/> restart on the same ports; data does not survive).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int MaxStartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private AzuriteProcessOutput _output = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Process? _process;

    public AzuriteFixture()
    {
        int[] ports = FreePorts(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>A table service client on this Azurite, as the app builds one from the same connection string.</summary>
    public TableServiceClient TableService(TableClientOptions? options = null) => new(ConnectionString, options ?? new TableClientOptions());

    /// <summary>A queue service client on this Azurite, base64 as the app and the queue trigger use.</summary>
    public QueueServiceClient QueueService(QueueClientOptions? options = null) =>
        new(ConnectionString, options ?? new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTableName(string prefix = "t") => prefix + Guid.NewGuid().ToString("N")[..20];

    /// <summary>A queue name no other test uses.</summary>
    public static string UniqueQueueName(string prefix = "q") => prefix + "-" + Guid.NewGuid().ToString("N")[..20];

    public async ValueTask InitializeAsync() => await StartAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>Starts Azurite (again) on this fixture's ports and waits until every port answers HTTP.</summary>
    public async Task StartAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_process is not null)
            {
                throw new InvalidOperationException("Azurite is already running.");
            }

            for (int attempt = 1; ; attempt++)
            {
                Process process = _process = StartProcess();
                try
                {
                    await WaitUntilReadyAsync(process).ConfigureAwait(false);
                    return;
                }
                catch (InvalidOperationException) when (process.HasExited && attempt < MaxStartAttempts)
                {
                    // Seen rarely under load: node killed (exit 143) before it answered. Start it again.
                    _process = null;
                    process.Dispose();
                }
                catch
                {
                    KillProcess();
                    throw;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Kills Azurite (and its children); in-memory data is lost.</summary>
    public async Task StopAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            Process? process = _process;
            KillProcess();
            if (process is not null)
            {
                await process.WaitForExitAsync().ConfigureAwait(false);
                process.Dispose();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private Process StartProcess()
    {
        string root = FindRepoRoot();
        string script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run `npm ci` in {root}.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (string argument in new[] { "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string service, int port) in new[] { ("blob", BlobPort), ("queue", QueuePort), ("table", TablePort) })
        {
            start.ArgumentList.Add($"--{service}Port");
            start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add($"--{service}Host");
            start.ArgumentList.Add("127.0.0.1");
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        _output = new AzuriteProcessOutput();
        _output.Attach(process);
        return process;
    }

    private async Task WaitUntilReadyAsync(Process process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var stopwatch = Stopwatch.StartNew();
        foreach (int port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (!await AnswersAsync(http, port).ConfigureAwait(false))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException(
                        $"Azurite (pid {process.Id}) exited with code {process.ExitCode} after {stopwatch.Elapsed}:\n{_output}");
                }

                if (stopwatch.Elapsed > StartTimeout)
                {
                    throw new TimeoutException($"Azurite did not answer on port {port} within {StartTimeout}:\n{_output}");
                }

                await Task.Delay(100).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Any HTTP response (403, 400, ...) means the service is listening.</summary>
    private static async Task<bool> AnswersAsync(HttpClient http, int port)
    {
        try
        {
            using HttpResponseMessage response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/")).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void KillProcess()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process = null;
    }

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Intake.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Intake.sln above {AppContext.BaseDirectory}.");
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}
