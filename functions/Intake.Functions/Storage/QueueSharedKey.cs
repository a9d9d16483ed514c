using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Storage;

/// <summary>
/// SharedKey, Blob/Queue form: VERB and eleven standard header fields, the canonicalized x-ms-* headers,
/// then "/" + account + path and each query parameter as "\nname:value" (names lowercased and sorted, values decoded).
/// </summary>
internal static class QueueSharedKey
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    public static HttpPipelinePolicy Policy(StorageSharedKeyCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageSharedKeyPolicy(credential, BuildStringToSign);
    }

    internal static string BuildStringToSign(Request request, string accountName)
    {
        var builder = new StringBuilder(request.Method.Method).Append('\n');
        foreach (string name in StandardHeaders)
        {
            builder.Append(StandardHeaderValue(request, name)).Append('\n');
        }

        var canonicalHeaders = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (HttpHeader header in request.Headers)
        {
            string name = header.Name.ToLowerInvariant();
            if (name.StartsWith("x-ms-", StringComparison.Ordinal))
            {
                string value = header.Value.Trim();
                canonicalHeaders[name] = canonicalHeaders.TryGetValue(name, out string? existing) ? existing + "," + value : value;
            }
        }

        foreach ((string name, string value) in canonicalHeaders)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        Uri uri = request.Uri.ToUri();
        builder.Append('/').Append(accountName).Append(uri.AbsolutePath);
        var parameters = StorageQuery.Parse(uri.Query)
            .GroupBy(p => p.Name.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (IGrouping<string, string> parameter in parameters)
        {
            builder.Append('\n').Append(parameter.Key).Append(':')
                .AppendJoin(',', parameter.Order(StringComparer.Ordinal));
        }

        return builder.ToString();
    }

    private static string StandardHeaderValue(Request request, string name)
    {
        if (name == "Date")
        {
            // Empty whenever x-ms-date is sent, which StorageHeadersPolicy always does.
            return request.Headers.Contains("x-ms-date") ? string.Empty : StorageSharedKeyPolicy.Header(request, name);
        }

        if (name == "Content-Length")
        {
            long length = 0;
            if (request.Headers.TryGetValue(name, out string? header))
            {
                length = long.Parse(header, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (request.Content is not null && !request.Content.TryComputeLength(out length))
            {
                throw new InvalidOperationException("SharedKey signing needs a request body of known length.");
            }

            return length == 0 ? string.Empty : length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return StorageSharedKeyPolicy.Header(request, name);
    }
}
