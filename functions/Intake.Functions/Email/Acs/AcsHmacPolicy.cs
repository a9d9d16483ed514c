using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Email.Acs;

/// <summary>
/// Signs each attempt (per-retry, so a retry gets a fresh x-ms-date) with the ACS access key: x-ms-date,
/// x-ms-content-sha256 of the exact body bytes, and
/// "Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=…".
/// </summary>
internal sealed class AcsHmacPolicy : HttpPipelineSynchronousPolicy
{
    private const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    private readonly AzureKeyCredential _accessKey;
    private readonly TimeProvider _timeProvider;

    public AcsHmacPolicy(AzureKeyCredential accessKey, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(accessKey);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (DecodeKey(accessKey.Key) is null)
        {
            // Never echo the key itself.
            throw new ArgumentException("The ACS access key is not valid base64.", nameof(accessKey));
        }

        _accessKey = accessKey;
        _timeProvider = timeProvider;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        Request request = message.Request;
        string contentHash = Convert.ToBase64String(HashContent(request.Content, message.CancellationToken));
        string date = _timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        Uri uri = request.Uri.ToUri();
        string stringToSign = $"{request.Method.Method}\n{uri.PathAndQuery}\n{date};{uri.Authority};{contentHash}";
        string signature = Convert.ToBase64String(
            HMACSHA256.HashData(
                DecodeKey(_accessKey.Key) ?? throw new InvalidOperationException("The updated ACS access key is not valid base64."),
                Encoding.UTF8.GetBytes(stringToSign)));

        request.Headers.SetValue("x-ms-date", date);
        request.Headers.SetValue("x-ms-content-sha256", contentHash);
        request.Headers.SetValue("Authorization", $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}");
    }

    /// <summary>SHA-256 of the bytes the transport will send (the empty hash for no body).</summary>
    private static byte[] HashContent(RequestContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return SHA256.HashData(ReadOnlySpan<byte>.Empty);
        }

        using var buffer = new MemoryStream();
        content.WriteTo(buffer, cancellationToken);
        return SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The key's bytes, or null when it is not base64 (read on every attempt: the credential can be rotated).</summary>
    private static byte[]? DecodeKey(string key)
    {
        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key, bytes, out int length) ? bytes[..length] : null;
    }
}
