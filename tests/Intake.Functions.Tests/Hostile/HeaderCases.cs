namespace Intake.Functions.Tests.Hostile;

/// <summary>Hostile headers: Accept-Language, Idempotency-Key and the rest a client can send.</summary>
internal static class HeaderCases
{
    private static readonly string[] Languages =
    [
        "", "*", "en", "EN", "en;q=0", "en;q=abc", "en;q=1e999", "en;q=-1", "en;q=1.5", "sv;q=0.1, en;q=0.9", "en;q=0.5;q=0.9", ",,,,", ";q=1",
        "en-US,en;q=0.9,*;q=0.5", "zh-Hant-TW", "i-klingon", "x-" + new string('x', 100), new string('e', 5_000),
        string.Join(",", Enumerable.Range(0, 300).Select(i => $"l{i};q=0.{i % 10}")), "en\u0001", "sv-\u00e5", " en ", "e", "\"en\"",
        "en;q=0.9999999999999999999", "en;", "en=1",
    ];

    private static readonly string[] Others =
    [
        "X-Forwarded-Proto: javascript", "X-Forwarded-Proto: https, http", "X-Forwarded-For: 999.999.999.999, evil", "X-Forwarded-Host: evil.example",
        "Forwarded: for=\"[::1\";proto=https", "Cookie: " + new string('c', 8_000), "Cookie: a=%ZZ; ; =; b", "Authorization: Bearer junk",
        "Authorization: Basic " + new string('A', 4_000), "Accept: */*;q=abc", "Accept: application/problem+json;q=0", "Accept: text/html;level=99999999999",
        "Accept-Encoding: br;q=abc, gzip;q=0", "Accept-Encoding: " + new string('g', 5_000), "Accept-Charset: utf-7", "Range: bytes=0-0,-1,5-",
        "If-None-Match: *", "If-Modified-Since: yesterday", "If-Match: \"x\"", "Connection: Upgrade", "Upgrade: websocket", "Upgrade: h2c",
        "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA", "TE: trailers", "Max-Forwards: -1", "Via: 1.1 evil", "User-Agent: " + new string('u', 8_000),
        "Referer: javascript:alert(1)", "Content-Language: xx-\u00e5", "Origin: https://evil.example", "Access-Control-Request-Method: DELETE",
        "X-HTTP-Method-Override: DELETE", "X-Original-URL: /api/health", "X-Rewrite-URL: /admin", "Sec-Fetch-Site: cross-site",
        "Content-Disposition: attachment; filename=../../x", "Transfer-Encoding: ", "Trailer: Content-Length", "Priority: u=0, i",
    ];

    public static void Add(CaseSet set)
    {
        foreach (var language in Languages)
        {
            foreach (var endpoint in set.Some(set.Endpoints, 3))
            {
                var request = endpoint.Kind is null ? CaseSet.Get(endpoint.Path) : set.Valid(endpoint);
                // A valid submission stays valid whatever language is asked for (bytes a header may not hold are the server's to refuse).
                var printable = language.All(c => c is >= ' ' and < '\u007f');
                set.Add("accept-language", $"{endpoint.Path}/'{CaseSet.Short(language)}'", endpoint.Function, request.WithHeaders("Accept-Language: " + language),
                    endpoint.Kind is not null && printable ? Expect.Accepted : Expect.Any);
            }

            var api = set.Pick(HostileEndpoints.Api);
            set.Add("accept-language", $"{api.Path}/invalid body '{CaseSet.Short(language)}'", api.Function, CaseSet.Json(api.Path, "{\"x\":1}").WithHeaders("Accept-Language: " + language), Expect.Refused, 400);
        }

        set.Add("accept-language", "/api/concerns/two headers", "SubmitConcern", set.Valid(HostileEndpoints.Api[0]).WithHeaders("Accept-Language: en", "Accept-Language: sv"), Expect.Accepted);
        AddIdempotencyKeys(set);
        foreach (var header in Others)
        {
            foreach (var endpoint in set.Some(set.Endpoints, 3))
            {
                var request = endpoint.Kind is null ? CaseSet.Get(endpoint.Path) : set.Valid(endpoint);
                set.Add(new HostileCase("headers", $"{endpoint.Path}/'{CaseSet.Short(header)}'", endpoint.Function, request.WithHeaders(header)) { Transport = Transport.Own });
            }
        }
    }

    /// <summary>The Idempotency-Key header: 16–128 of A–Z a–z 0–9 - _ . : once, or 400; a valid one repeated with the
    /// same answers gives the first reference back, with other answers a new submission.</summary>
    private static void AddIdempotencyKeys(CaseSet set)
    {
        const string Category = "idempotency-key";
        foreach (var api in HostileEndpoints.Api)
        {
            foreach (var (name, value) in new[]
            {
                ("short", set.Key(15)), ("long", set.Key(129)), ("empty", ""), ("space-inside", set.Key(10) + " " + set.Key(10)), ("slash", set.Key() + "/"),
                ("latin1", set.Key() + "\u00e5"), ("nul", set.Key() + "\0"), ("comma-two", set.Key() + "," + set.Key()), ("quoted", "\"" + set.Key() + "\""),
                ("control", set.Key() + "\u0001"), ("braces", "{" + set.Key() + "}"),
            })
            {
                set.Add(Category, $"{api.Path}/{name}", api.Function, set.Valid(api).WithHeaders("Idempotency-Key: " + value), Expect.Refused);
            }

            set.Add(Category, $"{api.Path}/two-headers", api.Function, set.Valid(api).WithHeaders("Idempotency-Key: " + set.Key(), "Idempotency-Key: " + set.Key()), Expect.Refused, 400);
            foreach (var (name, value) in new[] { ("16", set.Key(16)), ("128", set.Key(128)), ("padded", "  " + set.Key() + "  ") })
            {
                set.Add(Category, $"{api.Path}/{name}", api.Function, set.Valid(api).WithHeaders("Idempotency-Key: " + value), Expect.Accepted);
            }

            var key = set.Key();
            var first = set.Valid(api).WithHeaders("Idempotency-Key: " + key);
            set.Add(Category, $"{api.Path}/valid", api.Function, first, Expect.Accepted);
            set.Add(new HostileCase(Category, $"{api.Path}/valid-again", api.Function, first) { Expect = Expect.Accepted, RepeatOf = $"{api.Path}/valid" });
            var other = set.Valid(api).WithHeaders("Idempotency-Key: " + key);
            set.Add(Category, $"{api.Path}/valid-other-answers", api.Function, other, Expect.Accepted);
            set.Add(new HostileCase(Category, $"{api.Path}/valid-other-answers-again", api.Function, other) { Expect = Expect.Accepted, RepeatOf = $"{api.Path}/valid-other-answers" });
            set.Add(Category, $"{api.Path}/valid-invalid-answers", api.Function, CaseSet.Json(api.Path, "{}").WithHeaders("Idempotency-Key: " + key), Expect.Refused, 400);
            set.Add(Category, $"{api.Path}/header-and-form-field", api.Function,
                CaseSet.Form(api.Path, HostileEndpoints.Form(HostileEndpoints.Valid(api.Kind!.Value, set.Marker())) + "&idempotency-key=" + set.Key()).WithHeaders("Idempotency-Key: " + key));
        }

        var shared = set.Key();
        foreach (var api in HostileEndpoints.Api)
        {
            set.Add(Category, $"{api.Path}/one-key-every-kind", api.Function, set.Valid(api).WithHeaders("Idempotency-Key: " + shared), Expect.Accepted);
        }
    }
}
