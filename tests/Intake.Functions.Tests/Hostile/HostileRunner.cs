using System.Text.RegularExpressions;

namespace Intake.Functions.Tests.Hostile;

/// <summary>
/// Sends the cases over real sockets, a few at a time: well-framed ones on connections kept alive, framing tricks
/// each on its own connection. Every answer on a connection is read, so a request served behind another one is seen.
/// </summary>
internal static partial class HostileRunner
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan WaitingTimeout = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan LaterAnswerTimeout = TimeSpan.FromSeconds(3);

    public static async Task<IReadOnlyList<HostileResult>> RunAsync(int port, IReadOnlyList<HostileCase> cases, int parallel, CancellationToken cancellationToken)
    {
        var results = new HostileResult[cases.Count];

        // The few that wait for the server's own timeout run beside the rest, each on its own, so that their waiting
        // costs no worker its turn.
        var waiting = Enumerable.Range(0, cases.Count).Where(i => cases[i].Transport == Transport.OwnAndWait)
            .Select(async i => results[i] = await OwnAsync(port, cases[i], cancellationToken)).ToList();
        var order = Enumerable.Range(0, cases.Count).Where(i => cases[i].Transport != Transport.OwnAndWait).ToArray();
        var next = -1;
        await Task.WhenAll(waiting.Concat(Enumerable.Range(0, parallel).Select(async _ =>
        {
            RawConnection? kept = null;
            try
            {
                for (var n = Interlocked.Increment(ref next); n < order.Length; n = Interlocked.Increment(ref next))
                {
                    var hostile = cases[order[n]];
                    (results[order[n]], kept) = hostile.Transport == Transport.KeepAlive
                        ? await KeepAliveAsync(port, hostile, kept, cancellationToken)
                        : (await OwnAsync(port, hostile, cancellationToken), kept);
                }
            }
            finally
            {
                if (kept is not null)
                {
                    await kept.DisposeAsync();
                }
            }
        })));
        return results;
    }

    private static async Task<(HostileResult, RawConnection?)> KeepAliveAsync(int port, HostileCase hostile, RawConnection? kept, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(AnswerTimeout);
        var connection = kept is { IsClosed: false } ? kept : await RawConnection.OpenAsync(port, cancellationToken);
        try
        {
            var response = await connection.ExchangeAsync(hostile.Request.ToBytes(), hostile.Request.IsHead, halfClose: false, timeout.Token);
            var result = Result(hostile, response, []);
            if (response is null || response.ClosesConnection)
            {
                await connection.DisposeAsync();
                return (result, null);
            }

            return (result, connection);
        }
        catch (Exception ex)
        {
            await connection.DisposeAsync();
            return (Failed(hostile, ex, cancellationToken), null);
        }
    }

    private static async Task<HostileResult> OwnAsync(int port, HostileCase hostile, CancellationToken cancellationToken)
    {
        await using var connection = await RawConnection.OpenAsync(port, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(hostile.Transport == Transport.OwnAndWait ? WaitingTimeout : AnswerTimeout);
        try
        {
            var ended = hostile.Transport == Transport.OwnAndEnded;
            var response = await connection.ExchangeAsync(hostile.Request.ToBytes(), hostile.Request.IsHead, halfClose: ended, timeout.Token);
            var later = new List<RawResponse>();
            if (response is not null && (ended || hostile.Request.Tail.Length > 0))
            {
                // Whatever else the server answers on this connection before it closes it.
                using var rest = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                rest.CancelAfter(LaterAnswerTimeout);
                try
                {
                    while (await connection.ReadResponseAsync(head: false, rest.Token) is { } another)
                    {
                        later.Add(another);
                    }
                }
                catch (Exception ex) when (ex is OperationCanceledException or EndOfStreamException or FormatException or InvalidDataException && !cancellationToken.IsCancellationRequested)
                {
                    // Kept open, or a partial answer: only whole answers count.
                }
            }

            return Result(hostile, response, later);
        }
        catch (Exception ex)
        {
            return Failed(hostile, ex, cancellationToken);
        }
    }

    private static HostileResult Result(HostileCase hostile, RawResponse? response, IReadOnlyList<RawResponse> later)
    {
        if (response is null)
        {
            return new HostileResult(hostile, HostileResult.NoAnswer, null, null, [], [], null);
        }

        return new HostileResult(hostile, response.Status, response.Header("Content-Type"), ReferenceIn(response),
            [.. later.Select(r => r.Status)], [.. later.Select(ReferenceIn).OfType<string>()], null);
    }

    private static HostileResult Failed(HostileCase hostile, Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && !cancellationToken.IsCancellationRequested
            ? new HostileResult(hostile, HostileResult.TimedOut, null, null, [], [], null)
            : new HostileResult(hostile, HostileResult.NoAnswer, null, null, [], [], $"{ex.GetType().Name}: {ex.Message}");

    /// <summary>The reference a success carries: the API's JSON receipt or the receipt page.</summary>
    private static string? ReferenceIn(RawResponse response)
    {
        if (response.Status is < 200 or >= 300)
        {
            return null;
        }

        var match = ReceiptReference().Match(response.Text);
        return match.Success ? match.Groups["json"].Success ? match.Groups["json"].Value : match.Groups["page"].Value : null;
    }

    [GeneratedRegex("\"reference\":\"(?<json>[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})\"|id=\"reference\"[^>]*>(?<page>[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})<")]
    private static partial Regex ReceiptReference();
}
