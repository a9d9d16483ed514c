using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Infra;

/// <summary>
/// The templates of <c>infra/</c>, built and linted once per test class with the Bicep CLI that NuGet restored
/// (<c>Azure.Bicep.CommandLine.linux-x64</c>: its <c>tools/bicep</c>; the path is written into this assembly by the
/// project file). Nothing is downloaded and nothing is deployed: the tests read the compiled ARM JSON.
/// </summary>
public sealed class BicepTemplates : IAsyncLifetime
{
    private readonly string _outDir = Path.Combine(Path.GetTempPath(), "intake-infra-" + Guid.NewGuid().ToString("N"));

    public static string InfraDir { get; } = Path.Combine(Samples.RepoRoot, "infra");

    /// <summary>Every .bicep file under infra/, relative to it.</summary>
    public static IReadOnlyList<string> Sources { get; } =
        [.. Directory.GetFiles(InfraDir, "*.bicep", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(InfraDir, f)).Order(StringComparer.Ordinal)];

    public CliRun Build { get; private set; } = null!;

    public CliRun Lint { get; private set; } = null!;

    /// <summary>Relative .bicep path → its compiled ARM JSON.</summary>
    public IReadOnlyDictionary<string, JsonObject> Compiled { get; private set; } = null!;

    public JsonObject Main => Compiled["main.bicep"];

    public JsonObject Parameters { get; } = JsonNode.Parse(File.ReadAllText(Path.Combine(InfraDir, "main.parameters.json")))!.AsObject();

    /// <summary>main.json evaluated with main.parameters.json (and the defaults of the parameters it leaves out).</summary>
    public ArmScope MainScope() => new(
        Main,
        (Parameters["parameters"]?.AsObject() ?? []).ToDictionary(p => p.Key, p => new ArmScope(new JsonObject(), new Dictionary<string, object?>(), "file").Evaluate(p.Value?["value"]), StringComparer.OrdinalIgnoreCase),
        "main");

    public static string BicepExecutable()
    {
        var path = typeof(BicepTemplates).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepExecutable").Value!;
        Assert.True(File.Exists(path), $"The Bicep CLI is not where NuGet restored it: {path}");
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        return path;
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_outDir);
        var bicep = BicepExecutable();
        Build = await RunAsync(bicep, "build", "--pattern", "infra/**/*.bicep", "--outdir", _outDir);
        Lint = await RunAsync(bicep, "lint", "--pattern", "infra/**/*.bicep");
        Compiled = Sources
            .Where(s => File.Exists(Path.Combine(_outDir, Path.ChangeExtension(s, ".json"))))
            .ToDictionary(s => s, s => JsonNode.Parse(File.ReadAllText(Path.Combine(_outDir, Path.ChangeExtension(s, ".json"))))!.AsObject(), StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_outDir, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private static async Task<CliRun> RunAsync(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Samples.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var output = new StringBuilder().Append(await stdout).Append(await stderr).ToString();
        return new CliRun(string.Join(' ', arguments), process.ExitCode, output);
    }
}

/// <summary>One run of the Bicep CLI: what was asked, its exit code and everything it printed.</summary>
public sealed record CliRun(string Arguments, int ExitCode, string Output)
{
    public override string ToString() => $"bicep {Arguments} → exit {ExitCode}\n{Output}";
}
