using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Intake.Functions.Tests.Hostile;

/// <summary>One response as it came off the socket (interim 1xx answers skipped).</summary>
internal sealed record RawResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public bool ClosesConnection => Header("Connection")?.Contains("close", StringComparison.OrdinalIgnoreCase) == true;

    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// An HTTP/1.1 connection over a plain socket: writes a request's bytes as they are (no client library that would
/// fix its framing), reads responses, and can be kept alive for the next well-framed request.
/// </summary>
internal sealed class RawConnection : IAsyncDisposable
{
    private readonly TcpClient client;
    private readonly NetworkStream stream;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool closed;

    private RawConnection(TcpClient client)
    {
        this.client = client;
        stream = client.GetStream();
    }

    public bool IsClosed => closed;

    public static async Task<RawConnection> OpenAsync(int port, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        return new RawConnection(client);
    }

    /// <summary>Writes <paramref name="bytes"/> (and then half-closes, when asked) while the answer is read: the server
    /// may answer, and stop reading, before the whole body is sent.</summary>
    public async Task<RawResponse?> ExchangeAsync(byte[] bytes, bool head, bool halfClose, CancellationToken cancellationToken)
    {
        var write = WriteAsync(bytes, halfClose, cancellationToken);
        var response = await ReadResponseAsync(head, cancellationToken);
        await write;
        return response;
    }

    private async Task WriteAsync(byte[] bytes, bool halfClose, CancellationToken cancellationToken)
    {
        try
        {
            await stream.WriteAsync(bytes, cancellationToken);
            if (halfClose)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The server answered and closed before it read everything: the answer is what counts.
        }
    }

    /// <summary>The next response, or null when the connection closed before a status line.</summary>
    public async Task<RawResponse?> ReadResponseAsync(bool head, CancellationToken cancellationToken)
    {
        while (true)
        {
            var headText = await ReadHeadAsync(cancellationToken);
            if (headText is null)
            {
                return null;
            }

            var lines = headText.Split("\r\n");
            var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
            var headers = lines.Skip(1).Where(l => l.Length > 0)
                .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
                .ToList();
            if (status is >= 100 and < 200)
            {
                continue;
            }

            var response = new RawResponse(status, headers, []);
            if (head || status is 204 or 304)
            {
                return response;
            }

            if (response.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            {
                return response with { Body = await ReadChunkedAsync(cancellationToken) };
            }

            if (response.Header("Content-Length") is { } length)
            {
                return response with { Body = await ReadExactlyAsync(int.Parse(length, CultureInfo.InvariantCulture), cancellationToken) };
            }

            return response with { Body = await ReadToEndAsync(cancellationToken) };
        }
    }

    private Task<string?> ReadHeadAsync(CancellationToken cancellationToken) => ReadUntilAsync("\r\n\r\n"u8.ToArray(), cancellationToken);

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken) =>
        await ReadUntilAsync("\r\n"u8.ToArray(), cancellationToken) ?? throw new EndOfStreamException("Connection closed inside a chunked response.");

    /// <summary>The text up to <paramref name="end"/> (taken, not returned), or null when the connection closed first.</summary>
    private async Task<string?> ReadUntilAsync(byte[] end, CancellationToken cancellationToken)
    {
        while (true)
        {
            var at = buffer.AsSpan(start, this.end - start).IndexOf(end);
            if (at >= 0)
            {
                var text = Encoding.Latin1.GetString(buffer, start, at);
                start += at + end.Length;
                return text;
            }

            if (!await FillAsync(cancellationToken))
            {
                return null;
            }
        }
    }

    private async Task<byte[]> ReadChunkedAsync(CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var size = int.Parse((await ReadLineAsync(cancellationToken)).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while ((await ReadLineAsync(cancellationToken)).Length > 0)
                {
                    // Trailers: none expected, skipped.
                }

                return body.ToArray();
            }

            body.Write(await ReadExactlyAsync(size, cancellationToken));
            await ReadLineAsync(cancellationToken);
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (start == end && !await FillAsync(cancellationToken))
            {
                throw new EndOfStreamException($"Connection closed after {copied} of {count} body bytes.");
            }

            var n = Math.Min(count - copied, end - start);
            Array.Copy(buffer, start, result, copied, n);
            start += n;
            copied += n;
        }

        return result;
    }

    private async Task<byte[]> ReadToEndAsync(CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        do
        {
            body.Write(buffer, start, end - start);
            start = end;
        }
        while (await FillAsync(cancellationToken));

        return body.ToArray();
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (closed)
        {
            return false;
        }

        if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            throw new InvalidDataException("Response line or head larger than the read buffer.");
        }

        int read;
        try
        {
            read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
        }
        catch (IOException)
        {
            read = 0;  // reset by the server: the same as closed, for what we read
        }

        if (read == 0)
        {
            closed = true;
            return false;
        }

        end += read;
        return true;
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
