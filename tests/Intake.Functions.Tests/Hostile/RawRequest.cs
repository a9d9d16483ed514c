using System.Text;

namespace Intake.Functions.Tests.Hostile;

/// <summary>How a request's body is framed on the wire.</summary>
internal enum Framing
{
    /// <summary>Content-Length: the body's length (added unless the case gives its own framing headers).</summary>
    ContentLength,

    /// <summary>Transfer-Encoding: chunked, the body in chunks of <see cref="RawRequest.ChunkSize"/>, then the last chunk.</summary>
    Chunked,

    /// <summary>Nothing added: the headers and the body bytes are exactly what the case says (framing tricks).</summary>
    AsGiven,
}

/// <summary>
/// One HTTP/1.1 request written byte by byte, so that a case says exactly what goes on the wire: header lines are
/// Latin-1 (each char one byte, so a case can put any byte in a header or the request line), the body is bytes.
/// </summary>
internal sealed record RawRequest(string Method, string Target)
{
    public string Version { get; init; } = "HTTP/1.1";

    /// <summary>"Name: value" lines, in order, after Host.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    public byte[]? Body { get; init; }

    public Framing Framing { get; init; } = Framing.ContentLength;

    public int ChunkSize { get; init; } = 4096;

    /// <summary>Whether a Host header (127.0.0.1) goes first.</summary>
    public bool WithHost { get; init; } = true;

    /// <summary>Bytes after the request as framed (a second request hidden behind a framing conflict, junk).</summary>
    public byte[] Tail { get; init; } = [];

    /// <summary>When set, the bytes sent instead of anything built (garbage, a TLS hello, bare line feeds).</summary>
    public byte[]? Verbatim { get; init; }

    public static RawRequest Raw(byte[] bytes) => new(string.Empty, string.Empty) { Verbatim = bytes };

    public static RawRequest Raw(string latin1) => Raw(Encoding.Latin1.GetBytes(latin1));

    public bool IsHead => string.Equals(Method, "HEAD", StringComparison.OrdinalIgnoreCase);

    public RawRequest WithHeaders(params string[] lines) => this with { Headers = [.. Headers, .. lines] };

    public RawRequest WithBody(byte[] body, string? contentType) =>
        (contentType is null ? this : WithHeaders("Content-Type: " + contentType)) with { Body = body };

    public RawRequest WithBody(string body, string? contentType) => WithBody(Encoding.UTF8.GetBytes(body), contentType);

    public byte[] ToBytes()
    {
        if (Verbatim is not null)
        {
            return Verbatim;
        }

        var head = new StringBuilder();
        head.Append(Method).Append(' ').Append(Target).Append(' ').Append(Version).Append("\r\n");
        if (WithHost)
        {
            head.Append("Host: 127.0.0.1\r\n");
        }

        foreach (var line in Headers)
        {
            head.Append(line).Append("\r\n");
        }

        var body = Body ?? [];
        switch (Framing)
        {
            case Framing.ContentLength when Body is not null || Method is "POST" or "PUT" or "PATCH":
                head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
                break;
            case Framing.Chunked:
                head.Append("Transfer-Encoding: chunked\r\n");
                body = Chunk(body, ChunkSize);
                break;
        }

        head.Append("\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body, .. Tail];
    }

    /// <summary>A body in chunked coding, ending with the last chunk.</summary>
    public static byte[] Chunk(byte[] body, int size)
    {
        using var output = new MemoryStream();
        for (var offset = 0; offset < body.Length; offset += size)
        {
            var length = Math.Min(size, body.Length - offset);
            output.Write(Encoding.ASCII.GetBytes(length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n"));
            output.Write(body, offset, length);
            output.Write("\r\n"u8);
        }

        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }
}
