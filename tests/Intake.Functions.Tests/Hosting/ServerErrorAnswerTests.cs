using System.Net;
using System.Net.Sockets;
using System.Text;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Pages;

namespace Intake.Functions.Tests.Hosting;

/// <summary>
/// The error answers the server gives rather than a function (issue 11: "Kestrel's own error answers get the security
/// headers where the server lets us"). Those the app's pipeline writes — a method no function takes (405 from
/// routing), a body the server could not read (400) — carry the security headers. Those Kestrel writes before any
/// middleware runs — a request line or headers too long or malformed — can carry nothing of the app's; the app
/// leaves out the Server header there as everywhere, and the platform in front adds the rest (decision 0011).
/// </summary>
public sealed class ServerErrorAnswerTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A request sent as raw bytes (what no HttpClient would send), and the answer's status and headers.</summary>
    private static async Task<(int Status, string Head)> SendRawAsync(IntakeApp app, byte[] request)
    {
        var address = app.Http.BaseAddress!;
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, Ct);
        await using var stream = client.GetStream();
        await stream.WriteAsync(request, Ct);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var answer = await reader.ReadToEndAsync(Ct);
        var head = answer.Split("\r\n\r\n", 2)[0];
        return (int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head);
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    public static TheoryData<string, int> KestrelsOwn() => new()
    {
        { "request line too long", 414 },
        { "too many headers", 431 },
        { "malformed Host", 400 },
        { "asterisk target for GET", 405 },
        { "HTTP/1.2", 505 },
    };

    private static string Malformed(string what) => what switch
    {
        "request line too long" => "GET /" + new string('a', 9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "too many headers" => "GET / HTTP/1.1\r\nHost: x\r\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"X-Filler-{i}: a\r\n")) + "Connection: close\r\n\r\n",
        "malformed Host" => "GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n",
        "asterisk target for GET" => "GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        _ => "GET / HTTP/1.2\r\nHost: x\r\nConnection: close\r\n\r\n",
    };

    [Theory]
    [MemberData(nameof(KestrelsOwn))]
    public async Task KestrelsOwnAnswer_BeforeThePipeline_NamesNoServer(string what, int status)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var (answered, head) = await SendRawAsync(app, Ascii(Malformed(what)));

        Assert.Equal(status, answered);
        Assert.DoesNotContain("\r\nServer:", head, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string, string> WrongMethods() => new()
    {
        { "GET", "/api/concerns" },
        { "GET", "/api/support-requests" },
        { "GET", "/api/relative-support-requests" },
        { "GET", "/api/messages" },
        { "GET", "/api/chat/token" },
        { "PUT", "/oro" },
        { "DELETE", "/en/concern" },
        { "POST", "/api/health" },
        { "POST", "/api/openapi.json" },
        { "POST", "/static/site.000000000000.css" },
    };

    [Theory]
    [MemberData(nameof(WrongMethods))]
    public async Task WrongMethod_AnsweredByRouting_Is405WithAllowAndTheSecurityHeaders_AndNoServer(string method, string path)
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var response = await app.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotEmpty(response.Content.Headers.Allow);
        SecurityHeaderTests.AssertSecurityHeaders(response, $"{method} {path}");
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(SecurityHeaderTests.Header(response, "Server"));
    }

    [Theory]
    [InlineData("/api/concerns", "application/json")]
    [InlineData("/oro", "application/x-www-form-urlencoded")]
    [InlineData("/api/messages", "application/json")]
    public async Task BodyTheServerCannotRead_Is400WithTheSecurityHeaders_AndNoServer(string path, string contentType)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);

        var (status, head) = await SendRawAsync(app, Ascii($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {contentType}\r\n"
            + "Sec-Fetch-Site: same-origin\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));

        Assert.Equal(400, status);
        foreach (var header in new[] { "Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "X-Frame-Options: DENY" })
        {
            Assert.Contains("\r\n" + header, head, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\r\nServer:", head, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
    }
}
