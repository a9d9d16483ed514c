using System.Text;
using System.Text.Json;

namespace Intake.Functions.Tests.Hostile;

/// <summary>
/// <c>/api/messages</c> from anyone but Azure Bot Service: no token, junk and forged tokens (unsigned, signed with a
/// guessed secret, naming a key id and an issuer the bot accepts), and hostile activities; never a 2xx. And
/// <c>/api/chat/token</c> with bodies and headers it does not need.
/// </summary>
internal static class BotCases
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string TenantId = "00000000-0000-0000-0000-00000000007e";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <summary>A message activity as a channel sends it.</summary>
    public static string Activity(string text, string conversation = "conv-hostile") => JsonSerializer.Serialize(new
    {
        type = "message", id = "act-1", channelId = "webchat", serviceUrl = ServiceUrl, locale = "sv-SE", text,
        from = new { id = "user-1" }, recipient = new { id = AppId }, conversation = new { id = conversation },
    });

    public static void Add(CaseSet set)
    {
        var messages = HostileEndpoints.Services.Single(e => e.Function == "Messages").Path;
        foreach (var (name, authorization) in Authorizations())
        {
            foreach (var text in new[] { "hej", "jag vill göra en orosanmälan" })
            {
                var request = CaseSet.Json(messages, Activity(text));
                set.Add("bot-token", $"{name} '{text[..3]}'", "Messages", authorization is null ? request : request.WithHeaders("Authorization: " + authorization), Expect.Refused);
            }
        }

        foreach (var (name, body) in Bodies())
        {
            set.Add("bot-activity", name, "Messages", CaseSet.Json(messages, body), Expect.Refused);
            set.Add("bot-activity", name + " with a forged token", "Messages", CaseSet.Json(messages, body).WithHeaders("Authorization: Bearer " + Jwt(new { alg = "RS256", typ = "JWT" }, Claims("https://api.botframework.com"))), Expect.Refused);
        }

        var token = HostileEndpoints.Services.Single(e => e.Function == "ChatToken").Path;
        foreach (var (name, request) in new (string, RawRequest)[]
        {
            ("no body", new RawRequest("POST", token)), ("empty json", CaseSet.Json(token, "{}")), ("junk json", CaseSet.Json(token, "{\"user\":{\"id\":\"admin\"}}")),
            ("not json", CaseSet.Json(token, "\u0000\u00ff")), ("form", CaseSet.Form(token, "userId=admin")), ("text", new RawRequest("POST", token).WithBody("x", "text/plain")),
            ("user id", CaseSet.Json(token, "{\"userId\":\"dl_admin\",\"trustedOrigin\":\"https://evil.example\"}")),
            ("origin evil", new RawRequest("POST", token).WithHeaders("Origin: https://evil.example")), ("cookie", new RawRequest("POST", token).WithHeaders("Cookie: a=b")),
            ("authorization", new RawRequest("POST", token).WithHeaders("Authorization: Bearer " + new string('s', 2_000))),
        })
        {
            set.Add("chat-token", name, "ChatToken", request);
        }
    }

    private static IEnumerable<(string Name, string? Authorization)> Authorizations()
    {
        var botFramework = "https://api.botframework.com";
        var entra = $"https://login.microsoftonline.com/{TenantId}/v2.0";
        yield return ("none", null);
        yield return ("empty", "");
        yield return ("bearer-only", "Bearer");
        yield return ("bearer-space", "Bearer ");
        yield return ("basic", "Basic dXNlcjpwYXNz");
        yield return ("bearer-junk", "Bearer junk");
        yield return ("bearer-three-dots", "Bearer a.b.c");
        yield return ("bearer-not-json", "Bearer " + B64("not json") + "." + B64("{}") + ".c2ln");
        yield return ("bearer-16k", "Bearer " + new string('a', 16_000));
        yield return ("lowercase-bearer", "bearer " + Jwt(new { alg = "RS256" }, Claims(botFramework)));
        yield return ("no-kid", "Bearer " + Jwt(new { alg = "RS256", typ = "JWT" }, Claims(botFramework)));
        yield return ("unknown-issuer-with-kid", "Bearer " + Jwt(new { alg = "RS256", kid = "k1" }, Claims("https://evil.example")));
        yield return ("alg-none-with-kid", "Bearer " + Jwt(new { alg = "none", kid = "k1" }, Claims(botFramework), signature: ""));
        yield return ("hs256-with-kid", "Bearer " + Jwt(new { alg = "HS256", kid = "k1" }, Claims(botFramework)));
        yield return ("forged-kid-botframework-issuer", "Bearer " + Jwt(new { alg = "RS256", kid = "k1", typ = "JWT" }, Claims(botFramework)));
        yield return ("forged-kid-entra-issuer", "Bearer " + Jwt(new { alg = "RS256", kid = "k2" }, Claims(entra)));
        yield return ("forged-long-kid", "Bearer " + Jwt(new { alg = "RS256", kid = new string('k', 4_000) }, Claims(botFramework)));
        yield return ("expired-with-kid", "Bearer " + Jwt(new { alg = "RS256", kid = "k3" }, Claims(botFramework, expired: true)));
    }

    private static IEnumerable<(string Name, string Body)> Bodies()
    {
        yield return ("empty", "");
        yield return ("not json", "hej");
        yield return ("array", "[]");
        yield return ("null", "null");
        yield return ("empty object", "{}");
        yield return ("type number", "{\"type\":1}");
        yield return ("conversation string", "{\"type\":\"message\",\"conversation\":\"x\"}");
        yield return ("from array", "{\"type\":\"message\",\"from\":[]}");
        yield return ("timestamp junk", "{\"type\":\"message\",\"timestamp\":\"yesterday\"}");
        yield return ("nested 100", "{\"value\":" + new string('[', 100) + new string(']', 100) + "}");
        yield return ("nested 10000", "{\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}");
        yield return ("lone surrogate", Activity("x").Replace("\"x\"", "\"\\ud800\"", StringComparison.Ordinal));
        yield return ("noncharacter", Activity("a\ufffeb"));
        yield return ("control chars", Activity("a\u0000\u0007b"));
        yield return ("duplicate type", Activity("hej")[..^1] + ",\"type\":\"conversationUpdate\"}");
        yield return ("loopback service url", Activity("hej").Replace(ServiceUrl, "http://127.0.0.1:1/", StringComparison.Ordinal));
        yield return ("service url junk", Activity("hej").Replace(ServiceUrl, "javascript:alert(1)", StringComparison.Ordinal));
        yield return ("members added", "{\"type\":\"conversationUpdate\",\"conversation\":{\"id\":\"c\"},\"membersAdded\":[{\"id\":\"u\"}],\"serviceUrl\":\"" + ServiceUrl + "\"}");
    }

    /// <summary>Claims that pass every check but the signature (fixed times, so that the cases are the same every run).</summary>
    private static object Claims(string issuer, bool expired = false) =>
        new { iss = issuer, aud = AppId, nbf = 1_700_000_000, exp = expired ? 1_700_000_100 : 4_000_000_000, serviceurl = ServiceUrl, tid = TenantId };

    private static string Jwt(object header, object claims, string signature = "c2lnbmF0dXJl") =>
        B64(JsonSerializer.Serialize(header)) + "." + B64(JsonSerializer.Serialize(claims)) + "." + signature;

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
