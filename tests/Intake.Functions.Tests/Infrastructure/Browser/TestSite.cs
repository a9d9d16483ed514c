using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>A file a <see cref="TestSite"/> serves: text (with <c>{nonce}</c> replaced per response) or a file on disk.</summary>
public sealed record SiteFile(string ContentType, string? Text = null, string? PhysicalPath = null)
{
    public static SiteFile Html(string html) => new("text/html; charset=utf-8", html);

    public static SiteFile Script(string javaScript) => new("text/javascript; charset=utf-8", javaScript);

    public static SiteFile Css(string css) => new("text/css; charset=utf-8", css);

    /// <summary>A file under the repo root, e.g. node_modules/botframework-webchat/dist/webchat.js.</summary>
    public static SiteFile FromRepo(string relativePath, string contentType = "text/javascript; charset=utf-8")
    {
        string path = Path.Combine(Samples.RepoRoot, relativePath);
        return File.Exists(path) ? new(contentType, PhysicalPath: path) : throw new InvalidOperationException($"{path} is missing: run `npm ci`.");
    }
}

/// <summary>
/// Pages for browser tests from an in-process Kestrel on 127.0.0.1, port 0. Every response carries the given
/// Content-Security-Policy (if any); <c>{nonce}</c> in it and in text files becomes a fresh random nonce per request.
/// <paramref name="configure"/> may map more endpoints (a form target, a proxy to the app). /favicon.ico is served
/// unless given.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private const string Favicon = """<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" fill="#005fa3"/></svg>""";

    private readonly WebApplication app;

    private TestSite(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri Url(string path) => new(BaseAddress, path);

    public static async Task<TestSite> StartAsync(
        IReadOnlyDictionary<string, SiteFile> files,
        string? contentSecurityPolicy = null,
        Action<WebApplication>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.Use(async (context, next) =>
        {
            string nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items["nonce"] = nonce;
            if (contentSecurityPolicy is not null)
            {
                context.Response.Headers.ContentSecurityPolicy = contentSecurityPolicy.Replace("{nonce}", nonce, StringComparison.Ordinal);
            }

            context.Response.Headers.CacheControl = "no-store";
            await next(context).ConfigureAwait(false);
        });
        foreach ((string path, SiteFile file) in files)
        {
            app.MapGet(path, (HttpContext context) => file.PhysicalPath is not null
                ? Results.File(file.PhysicalPath, file.ContentType)
                : Results.Text(file.Text!.Replace("{nonce}", (string)context.Items["nonce"]!, StringComparison.Ordinal), file.ContentType, Encoding.UTF8));
        }

        if (!files.ContainsKey("/favicon.ico"))
        {
            // Chromium asks for it on every page; a 404 would be a console error in every test.
            app.MapGet("/favicon.ico", () => Results.Text(Favicon, "image/svg+xml"));
        }

        configure?.Invoke(app);
        await app.StartAsync().ConfigureAwait(false);
        return new TestSite(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
