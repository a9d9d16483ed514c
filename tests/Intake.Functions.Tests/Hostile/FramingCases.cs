using System.Text;

namespace Intake.Functions.Tests.Hostile;

/// <summary>
/// Requests whose bytes lie about themselves, so that they reach Kestrel as they are: bad chunk sizes, a missing last
/// chunk, a body shorter than its Content-Length, Content-Length and Transfer-Encoding in conflict (with a second
/// request hidden behind), odd request lines and header lines, garbage.
/// </summary>
internal static class FramingCases
{
    private const string Category = "framing";

    public static void Add(CaseSet set)
    {
        foreach (var target in PostTargets(set))
        {
            AddBodyFraming(set, target.Endpoint, target.Body, target.ContentType, readsBody: target.Endpoint.Function != "ChatToken");
        }

        AddConnectionLevel(set);
    }

    /// <summary>Every endpoint that takes a POST body, with a body it would take.</summary>
    internal static IEnumerable<(Endpoint Endpoint, byte[] Body, string ContentType)> PostTargets(CaseSet set)
    {
        foreach (var endpoint in HostileEndpoints.Submitting)
        {
            var valid = set.Valid(endpoint);
            yield return (endpoint, valid.Body!, endpoint.IsApi ? "application/json" : "application/x-www-form-urlencoded");
        }

        yield return (HostileEndpoints.Services.Single(e => e.Function == "Messages"), Encoding.UTF8.GetBytes(BotCases.Activity("hej")), "application/json");
        yield return (HostileEndpoints.Services.Single(e => e.Function == "ChatToken"), "{}"u8.ToArray(), "application/json");
    }

    /// <param name="readsBody">Whether the endpoint reads the body (the chat token does not: a broken body is then
    /// Kestrel's to discard after the answer, not a refusal).</param>
    private static void AddBodyFraming(CaseSet set, Endpoint endpoint, byte[] body, string contentType, bool readsBody)
    {
        var post = new RawRequest("POST", endpoint.Path) { Framing = Framing.AsGiven }.WithHeaders("Content-Type: " + contentType);
        var chunked = post.WithHeaders("Transfer-Encoding: chunked");
        var asChunks = RawRequest.Chunk(body, 16);
        var withoutLast = asChunks[..^5];

        void Refused(string name, RawRequest request) => set.Add(new HostileCase(Category, $"{endpoint.Path}/{name}", endpoint.Function, request) { Expect = readsBody ? Expect.Refused : Expect.Any, Transport = Transport.Own });
        void Ended(string name, RawRequest request) => set.Add(new HostileCase(Category, $"{endpoint.Path}/{name}", endpoint.Function, request) { Expect = readsBody ? Expect.Refused : Expect.Any, Transport = Transport.OwnAndEnded });
        void Any(string name, RawRequest request) => set.Add(new HostileCase(Category, $"{endpoint.Path}/{name}", endpoint.Function, request) { Transport = Transport.Own });

        Refused("chunk-size-zz", chunked with { Body = Bytes("zz\r\n{}\r\n0\r\n\r\n") });
        Refused("chunk-size-negative", chunked with { Body = Bytes("-2\r\n{}\r\n0\r\n\r\n") });
        Refused("chunk-size-0x", chunked with { Body = Bytes("0x2\r\n{}\r\n0\r\n\r\n") });
        Refused("chunk-size-overflow", chunked with { Body = Bytes("fffffffffffffffffffff\r\n{}\r\n0\r\n\r\n") });
        Any("chunk-size-leading-space", chunked with { Body = Bytes(" 2\r\n{}\r\n0\r\n\r\n") });
        Any("chunk-extension", chunked with { Body = [.. Bytes("10;name=value"), .. asChunks[2..]] });
        Any("chunk-extension-huge", chunked with { Body = [.. Bytes("10;" + new string('e', 20_000)), .. asChunks[2..]] });
        Refused("chunk-without-line-end", chunked with { Body = Bytes("2\r\n{}XX0\r\n\r\n") });
        Refused("chunk-longer-than-size", chunked with { Body = Bytes("2\r\n{}}}\r\n0\r\n\r\n") });
        Ended("chunk-shorter-than-size", chunked with { Body = Bytes("40\r\n{}\r\n0\r\n\r\n") });
        Ended("missing-last-chunk", chunked with { Body = withoutLast });
        Ended("last-chunk-without-end", chunked with { Body = [.. withoutLast, .. "0\r\n"u8] });
        Any("chunks-with-bare-lf", chunked with { Body = Encoding.ASCII.GetBytes(Encoding.Latin1.GetString(asChunks).Replace("\r\n", "\n", StringComparison.Ordinal)) });
        Any("trailer", chunked with { Body = [.. withoutLast, .. "0\r\nX-Trailer: 1\r\n\r\n"u8] });
        Any("trailer-content-length", chunked with { Body = [.. withoutLast, .. "0\r\nContent-Length: 5\r\n\r\n"u8] });
        Ended("shorter-than-content-length", post.WithHeaders($"Content-Length: {body.Length + 100}") with { Body = body });
        if (endpoint == HostileEndpoints.Api[0] || endpoint == HostileEndpoints.FormPages[0] || endpoint.Function == "Messages")
        {
            // Nothing more comes and the connection stays open: the server's own body timeout has to end it, and the
            // answer can be seen.
            set.Add(new HostileCase(Category, $"{endpoint.Path}/shorter-than-content-length-and-waiting", endpoint.Function,
                post.WithHeaders($"Content-Length: {body.Length + 100}") with { Body = body }) { Expect = Expect.Refused, Transport = Transport.OwnAndWait });
            set.Add(new HostileCase(Category, $"{endpoint.Path}/missing-last-chunk-and-waiting", endpoint.Function, chunked with { Body = withoutLast })
            { Expect = Expect.Refused, Transport = Transport.OwnAndWait });
        }

        Any("longer-than-content-length", post.WithHeaders($"Content-Length: {body.Length - 5}") with { Body = body });
        foreach (var length in new[] { "abc", "-1", "+5", "1e3", "0x10", "99999999999999999999", $"{body.Length}, {body.Length}", $" {body.Length} " })
        {
            Any($"content-length '{length}'", post.WithHeaders("Content-Length: " + length) with { Body = body });
        }

        Refused("content-length-twice-differing", post.WithHeaders($"Content-Length: {body.Length}", $"Content-Length: {body.Length + 1}") with { Body = body });
        Any("content-length-twice-same", post.WithHeaders($"Content-Length: {body.Length}", $"Content-Length: {body.Length}") with { Body = body });
        foreach (var coding in new[] { "identity", "xchunked", "chunked, identity", "gzip" })
        {
            Refused($"transfer-encoding '{coding}'", post.WithHeaders("Transfer-Encoding: " + coding, $"Content-Length: {body.Length}") with { Body = body });
        }

        Refused("transfer-encoding-gzip-chunked", post.WithHeaders("Transfer-Encoding: gzip, chunked") with { Body = asChunks });
        Any("transfer-encoding-chunked-twice", post.WithHeaders("Transfer-Encoding: chunked", "Transfer-Encoding: chunked") with { Body = asChunks });
        Any("transfer-encoding-tab", post.WithHeaders("Transfer-Encoding:\tchunked") with { Body = asChunks });
        Any("transfer-encoding-upper", post.WithHeaders("Transfer-Encoding: CHUNKED") with { Body = asChunks });
        Refused("transfer-encoding-space-before-colon", post.WithHeaders("Transfer-Encoding : chunked", $"Content-Length: {body.Length}") with { Body = body });
        Refused("transfer-encoding-folded", post.WithHeaders("Transfer-Encoding: gzip", " chunked") with { Body = asChunks });
        Any("expect-100-continue", post.WithHeaders("Expect: 100-continue", $"Content-Length: {body.Length}") with { Body = body });
        Any("expect-unknown", post.WithHeaders("Expect: 200-ok", $"Content-Length: {body.Length}") with { Body = body });
        Any("http10-chunked", chunked with { Version = "HTTP/1.0", Body = asChunks });
        Any("http10", post.WithHeaders($"Content-Length: {body.Length}") with { Version = "HTTP/1.0", Body = body });
        AddHidden(set, endpoint, post);
    }

    /// <summary>Content-Length and Transfer-Encoding together, with a valid submission after the empty chunked body:
    /// a proxy that frames by Content-Length would pass it on as body, Kestrel must not answer it as a request.</summary>
    private static void AddHidden(CaseSet set, Endpoint endpoint, RawRequest post)
    {
        var hidden = set.Valid(set.Pick(HostileEndpoints.Submitting)).ToBytes();
        var empty = "0\r\n\r\n"u8.ToArray();
        foreach (var (name, headers) in new[]
        {
            ("cl-then-te", new[] { "Content-Length: 4", "Transfer-Encoding: chunked" }),
            ("te-then-cl", new[] { "Transfer-Encoding: chunked", "Content-Length: 4" }),
            ("cl-covering-hidden", new[] { $"Content-Length: {empty.Length + hidden.Length}", "Transfer-Encoding: chunked" }),
        })
        {
            set.Add(new HostileCase(Category, $"{endpoint.Path}/{name}-with-hidden-request", endpoint.Function, post.WithHeaders(headers) with { Body = empty, Tail = hidden })
            {
                Transport = Transport.Own,
                HidesARequest = true,
            });
        }
    }

    private static void AddConnectionLevel(CaseSet set)
    {
        void Case(string name, RawRequest request, string function = "-", bool ended = false, Expect expect = Expect.Any, int? status = null) =>
            set.Add(new HostileCase(Category, name, function, request) { Transport = ended ? Transport.OwnAndEnded : Transport.Own, Expect = expect, Status = status });

        foreach (var endpoint in new[] { HostileEndpoints.Api[0], HostileEndpoints.FormPages[1], HostileEndpoints.Services[0] })
        {
            var f = endpoint.Function;
            var get = CaseSet.Get(endpoint.Path);
            var post = set.Valid(endpoint.Kind is null ? HostileEndpoints.Api[0] : endpoint) with { Target = endpoint.Path };
            Case($"{endpoint.Path}/no-host", post with { WithHost = false }, f, expect: Expect.Refused);
            Case($"{endpoint.Path}/two-hosts", post.WithHeaders("Host: evil.example"), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/empty-host", post with { WithHost = false, Headers = ["Host:", .. post.Headers] }, f);
            Case($"{endpoint.Path}/host-with-path", post with { WithHost = false, Headers = ["Host: a/b", .. post.Headers] }, f);
            foreach (var version in new[] { "HTTP/1.1 x", "HTTP/1.10", "HTTP/", "HTTP/1.1\u0000" })
            {
                Case($"{endpoint.Path}/version '{version}'", post with { Version = version }, f, expect: Expect.Refused);
            }

            // The one answer of 500 or more allowed: 505 HTTP Version Not Supported, which Kestrel's parser writes for
            // a version it does not speak before any code of ours runs (no hook exists to change it); the protocol's
            // own answer, not a failure. Exactly 505, and nothing stored.
            foreach (var version in new[] { "HTTP/1.2", "HTTP/2.0", "HTTP/0.9", "http/1.1" })
            {
                Case($"{endpoint.Path}/version '{version}'", post with { Version = version }, f, expect: Expect.Refused, status: 505);
            }

            Case($"{endpoint.Path}/absolute-form", post with { Target = "http://127.0.0.1" + endpoint.Path }, f);
            Case($"{endpoint.Path}/absolute-form-other-host", post with { Target = "http://evil.example" + endpoint.Path }, f, expect: Expect.Refused);
            Case($"{endpoint.Path}/double-space", post with { Target = " " + endpoint.Path }, f, expect: Expect.Refused);
            Case($"{endpoint.Path}/tab-separated", RawRequest.Raw($"GET\t{endpoint.Path}\tHTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), f, ended: true);
            Case($"{endpoint.Path}/header-without-colon", get.WithHeaders("X-Junk"), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/header-space-in-name", get.WithHeaders("X Junk: 1"), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/header-empty-name", get.WithHeaders(": 1"), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/header-nul", get.WithHeaders("X-Junk: a\0b"), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/header-cr", get.WithHeaders("X-Junk: a\rb"), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/header-latin1", get.WithHeaders("X-Junk: \u00e5\u00e4\u00f6"), f);
            Case($"{endpoint.Path}/header-utf8", get.WithHeaders("X-Junk: " + Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("åäö"))), f);
            Case($"{endpoint.Path}/header-folded", get.WithHeaders("X-Junk: a", " b"), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/header-40kb", get.WithHeaders("X-Junk: " + new string('a', 40_000)), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/headers-150", get.WithHeaders([.. Enumerable.Range(0, 150).Select(i => $"X-H{i}: {i}")]), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/target-9kb", CaseSet.Get(endpoint.Path + "?" + new string('q', 9_000)), f, expect: Expect.Refused);
            Case($"{endpoint.Path}/bare-lf-lines", RawRequest.Raw($"GET {endpoint.Path} HTTP/1.1\nHost: 127.0.0.1\nX-A: 1\n\n"), f, ended: true);
            Case($"{endpoint.Path}/bare-cr-lines", RawRequest.Raw($"GET {endpoint.Path} HTTP/1.1\rHost: 127.0.0.1\r\r"), f, ended: true);
            Case($"{endpoint.Path}/pipelined-get", get with { Tail = CaseSet.Get("/health").ToBytes() }, f);
        }

        var random = new byte[256];
        for (var i = 0; i < 6; i++)
        {
            set.Random.NextBytes(random);
            Case($"garbage-{i}", RawRequest.Raw([.. random]), ended: true);
        }

        Case("tls-client-hello", RawRequest.Raw([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03]), ended: true);
        Case("http2-preface", RawRequest.Raw("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), ended: true);
        Case("only-line-ends", RawRequest.Raw("\r\n\r\n\r\n"), ended: true);
        Case("method-only", RawRequest.Raw("GET\r\n\r\n"), ended: true);
    }

    private static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);
}
