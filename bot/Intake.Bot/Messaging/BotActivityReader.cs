using System.Buffers;
using System.Text.Json;
using Intake.Bot.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Intake.Bot.Messaging;

/// <summary>
/// Reads the inbound activity from a request body of at most <see cref="MaxBytes"/>, with or without Content-Length:
/// a larger body is refused (413) once <see cref="MaxBytes"/> + 1 bytes are read, never read whole. The buffer grows
/// with the body, from the shared pool.
/// </summary>
internal static class BotActivityReader
{
    /// <summary>Activities are small; the largest a channel sends (an adaptive card's answer) is a few KiB.</summary>
    public const int MaxBytes = 256 * 1024;

    private const int FirstBufferBytes = 16 * 1024;

    /// <summary>
    /// Tells the server the limit too, where it lets us (Kestrel, in both hosts; not once the body is being read), just
    /// before reading: past it the server stops reading and, after our 413, closes the connection.
    /// </summary>
    public static void LimitBody(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }
    }

    /// <returns>The activity, or null and the status to answer: 413 too large, 400 not an activity.</returns>
    public static async Task<(Activity? Activity, int Status)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(FirstBufferBytes);
        try
        {
            int length = 0;
            while (true)
            {
                int window = Math.Min(buffer.Length, MaxBytes + 1);
                if (length == window)
                {
                    if (length > MaxBytes)
                    {
                        return (null, StatusCodes.Status413PayloadTooLarge);
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    continue;
                }

                int read = await request.Body.ReadAsync(buffer.AsMemory(length, window - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return JsonSerializer.Deserialize(buffer.AsSpan(0, length), BotJsonContext.Default.Activity) is { } activity
                ? (activity, StatusCodes.Status200OK)
                : (null, StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);  // the server's own limit (LimitBody) came first
        }
        catch (JsonException)
        {
            return (null, StatusCodes.Status400BadRequest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
