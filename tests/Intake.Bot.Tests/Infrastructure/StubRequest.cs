namespace Intake.Bot.Tests.Infrastructure;

/// <summary>A request as it went on the wire: the path and query still escaped, headers as sent, the body as text.</summary>
internal sealed record StubRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}

/// <summary>What a stub answers: status, body, extra headers.</summary>
internal sealed record StubReply(int Status, string Body = "", params (string Name, string Value)[] Headers)
{
    public static StubReply Json(string body) => new(200, body);
}
