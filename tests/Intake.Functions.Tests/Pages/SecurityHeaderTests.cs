using System.Net;
using Intake.Functions.Pages;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Pages;

/// <summary>Every answer the app gives carries the security headers; only versioned static files may be cached.</summary>
public sealed class SecurityHeaderTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every citizen page, as listed in one place (the app's own list).</summary>
    public static TheoryData<string> EveryPage() => [.. PageRoutes.All.Select(r => r.Path)];

    internal static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.True(csp is not null, $"{what}: no Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'" })
        {
            Assert.True(csp!.Contains(directive, StringComparison.Ordinal), $"{what}: CSP lacks {directive}: {csp}");
        }

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    internal static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Page_Get_Answers200WithSecurityHeadersAndNoStore(string path)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var response = await app.Http.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response, path);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: not no-store");
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(PageRoutes.All.Single(r => r.Path == path).Language == Core.Localization.Language.English ? "en" : "sv", page.All("html").Single()["lang"]);
    }

    /// <summary>A link checker or an uptime probe asks with HEAD: the same status and headers, no body.</summary>
    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Page_Head_Answers200WithTheHeadersAndNoBody(string path)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var response = await app.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response, path);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: not no-store");
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task StaticAssets_AreVersionedByContentAndCachedForAYear_UnknownVersionsAre404()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var chat = HtmlDocument.Parse(await app.Http.GetStringAsync("/chatt", Ct));
        var urls = chat.Descendants().Select(e => e["src"] ?? (e.Name == "link" && e["rel"] == "stylesheet" ? e["href"] : null)).OfType<string>().ToList();

        Assert.Equal(3, urls.Count); // site.css, webchat.js, chat.js
        foreach (var url in urls)
        {
            Assert.Matches(@"^/static/[a-z]+\.[0-9a-f]{12}\.(css|js)$", url);
            var response = await app.Http.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", Header(response, "Cache-Control"));
            AssertSecurityHeaders(response, url);
            var body = await response.Content.ReadAsByteArrayAsync(Ct);
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..12];
            Assert.Contains(hash, url, StringComparison.Ordinal);
        }

        Assert.Contains(urls, u => u.StartsWith("/static/webchat.", StringComparison.Ordinal));
        var stale = await app.Http.GetAsync("/static/site.000000000000.css", Ct);
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
        AssertSecurityHeaders(stale, "stale asset");
    }

    [Fact]
    public async Task WebChatBundle_IsServedCompressedWhenTheBrowserAcceptsIt()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var chat = HtmlDocument.Parse(await app.Http.GetStringAsync("/chatt", Ct));
        var url = chat.All("script").Select(s => s["src"]!).Single(s => s.Contains("webchat", StringComparison.Ordinal));
        var plain = await app.Http.GetByteArrayAsync(url, Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        var response = await app.Http.SendAsync(request, Ct);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} bytes of {plain.Length}");
        using var unzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var back = new MemoryStream();
        await unzip.CopyToAsync(back, Ct);
        Assert.Equal(plain, back.ToArray());
    }

    [Fact]
    public async Task ApiResponses_AndErrors_CarryTheHeadersAndNoStore()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var problem = await app.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json("{}")), Ct);
        var health = await app.Http.GetAsync("/health", Ct);
        var openApi = await app.Http.GetAsync("/api/openapi.json", Ct);
        var missingPage = await app.Http.GetAsync("/finns-inte", Ct);
        var missingApi = await app.Http.GetAsync("/api/finns-inte", Ct);
        var wrongMethod = await app.Http.GetAsync("/api/concerns", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingApi.StatusCode);
        foreach (var (name, response) in new[] { ("400", problem), ("health", health), ("openapi", openApi), ("404 page", missingPage), ("404 api", missingApi), ("405", wrongMethod) })
        {
            AssertSecurityHeaders(response, name);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{name}: not no-store");
        }

        // A person who mistypes an address gets a page with the way back and the emergency numbers.
        var page = HtmlDocument.Parse(await missingPage.Content.ReadAsStringAsync(Ct));
        Assert.NotNull(page.ById("emergency"));
        Assert.Contains(page.All("a"), a => a["href"] == "/");
    }

    [Fact]
    public async Task Hsts_OnlyWhenTheRequestCameOverHttps()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        using var overHttps = new HttpRequestMessage(HttpMethod.Get, "/oro");
        // The Functions host (and any proxy on loopback) tells the app the scheme the person used.
        overHttps.Headers.Add("X-Forwarded-Proto", "https");

        var plain = await app.Http.GetAsync("/oro", Ct);
        var secure = await app.Http.SendAsync(overHttps, Ct);

        Assert.Null(Header(plain, "Strict-Transport-Security"));
        Assert.Equal("max-age=31536000", Header(secure, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Cors_ByDefault_NoOriginIsAllowed()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var preflight = await app.Http.SendAsync(Preflight("https://www.kommun.example"), Ct);

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_ConfiguredOrigin_IsAllowedAndAnyOtherIsNot()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: new() { ["Pages:CorsOrigins:0"] = "https://www.kommun.example" });

        var allowed = await app.Http.SendAsync(Preflight("https://www.kommun.example"), Ct);
        var other = await app.Http.SendAsync(Preflight("https://elak.example"), Ct);
        using var post = Samples.Post("/api/concerns", Samples.Json(Samples.Read("concern-adult")));
        post.Headers.Add("Origin", "https://www.kommun.example");
        var posted = await app.Http.SendAsync(post, Ct);

        Assert.Equal("https://www.kommun.example", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(allowed, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("Idempotency-Key", Header(allowed, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(Header(other, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal("https://www.kommun.example", Header(posted, "Access-Control-Allow-Origin"));
        Assert.Null(Header(posted, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task FrameAncestors_Configured_LetsThatSiteEmbedThePages()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: new()
        {
            ["Pages:FrameAncestors:0"] = "https://www.kommun.example",
            ["Pages:FrameAncestors:1"] = "'self'",
        });

        var response = await app.Http.GetAsync("/oro", Ct);

        Assert.EndsWith("frame-ancestors https://www.kommun.example 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Null(Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("Pages:FrameAncestors:0", "https://www.kommun.example/sida")]
    [InlineData("Pages:FrameAncestors:0", "*")]
    [InlineData("Pages:CorsOrigins:0", "https://*.kommun.example")]
    [InlineData("Pages:CorsOrigins:0", "www.kommun.example")]
    public async Task Start_WithSomethingThatIsNotAnOrigin_RefusesNamingTheSetting(string setting, string value)
    {
        var settings = new TestStorage(azurite).Settings();
        settings[setting] = value;

        var refused = await Assert.ThrowsAsync<AppProcessExitedException>(() => AppProcess.StartAsync(settings));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(setting[..setting.LastIndexOf(':')], refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPage_AllowsWebChatStylesByNonceAndItsDirectLineAddressOnly()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: new() { ["Chat:LocalDirectLineUrl"] = "http://127.0.0.1:3999/directline" });

        var first = await app.Http.GetAsync("/chatt", Ct);
        var second = await app.Http.GetAsync("/chatt", Ct);
        var form = await app.Http.GetAsync("/oro", Ct);

        var csp = Header(first, "Content-Security-Policy")!;
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.True(nonce.Length >= 16, csp);
        Assert.NotEqual(csp, Header(second, "Content-Security-Policy"));
        Assert.Contains("connect-src 'self' http://127.0.0.1:3999;", csp, StringComparison.Ordinal);
        Assert.Contains($"style-src 'self' 'nonce-{nonce}' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: blob:;", csp, StringComparison.Ordinal);
        var page = HtmlDocument.Parse(await first.Content.ReadAsStringAsync(Ct));
        Assert.Equal(nonce, page.All("script").Single(s => s["src"]!.Contains("chat.", StringComparison.Ordinal) && !s["src"]!.Contains("webchat", StringComparison.Ordinal))["nonce"]);
        Assert.Equal("style-src 'self'; img-src 'self'; connect-src 'self';", System.Text.RegularExpressions.Regex.Match(Header(form, "Content-Security-Policy")!, "style-src[^;]*; img-src[^;]*; connect-src[^;]*;").Value);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/concerns");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, idempotency-key");
        return request;
    }
}
