using System.Diagnostics;
using System.Security.Cryptography;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// The real OpenID Connect provider the staff sign-in runs against locally (npm oidc-provider, through
/// scripts/dev-oidc.mjs): on a free loopback port, with its fixed test accounts (vuxen, barn, nexus, fjarilen, lead,
/// ingen), a client secret made for this run, and the given app's return addresses registered.
/// </summary>
public sealed class DevOidcProvider : IAsyncDisposable
{
    public const string ClientId = "intake-staff";

    private readonly Process process;

    private DevOidcProvider(Process process, Uri authority, string secret)
    {
        this.process = process;
        Authority = authority;
        ClientSecret = secret;
    }

    public Uri Authority { get; }

    public string ClientSecret { get; }

    /// <summary>The app's settings for this provider.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["StaffAuth:Authority"] = Authority.ToString().TrimEnd('/'),
        ["StaffAuth:ClientId"] = ClientId,
        ["StaffAuth:ClientSecret"] = ClientSecret,
    };

    public static async Task<DevOidcProvider> StartAsync(Uri app)
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var start = new ProcessStartInfo("node") { WorkingDirectory = Samples.RepoRoot, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Samples.RepoRoot, "scripts", "dev-oidc.mjs"));
        foreach (var argument in new[] { "--port", "0", "--client-id", ClientId, "--redirect-uri", new Uri(app, "/staff/signin-oidc").ToString(), "--post-logout-redirect-uri", new Uri(app, "/staff/signout-callback").ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEV_OIDC_CLIENT_SECRET"] = secret;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (run npm ci).");
        _ = process.StandardError.ReadToEndAsync();  // Drained, so the provider never blocks on a full pipe.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            const string Ready = "oidc-provider ready at ";
            if (line.StartsWith(Ready, StringComparison.Ordinal))
            {
                _ = DrainAsync(process.StandardOutput);
                return new DevOidcProvider(process, new Uri(line[Ready.Length..].Trim()), secret);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("scripts/dev-oidc.mjs stopped before it was ready.");
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is not null)
        {
        }
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
