using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Storage;

/// <summary>
/// SharedKey, Table service form: VERB, Content-MD5, Content-Type, x-ms-date, then "/" + account + path
/// (plus "?comp=" when present). Other query parameters are not signed.
/// </summary>
internal static class TableSharedKey
{
    public static HttpPipelinePolicy Policy(StorageSharedKeyCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageSharedKeyPolicy(credential, BuildStringToSign);
    }

    internal static string BuildStringToSign(Request request, string accountName)
    {
        Uri uri = request.Uri.ToUri();
        string resource = "/" + accountName + uri.AbsolutePath;
        foreach ((string name, string value) in StorageQuery.Parse(uri.Query))
        {
            if (name.Equals("comp", StringComparison.OrdinalIgnoreCase))
            {
                resource += "?comp=" + value;
            }
        }

        return string.Join(
            '\n',
            request.Method.Method,
            StorageSharedKeyPolicy.Header(request, "Content-MD5"),
            StorageSharedKeyPolicy.Header(request, "Content-Type"),
            StorageSharedKeyPolicy.Header(request, "x-ms-date"),
            resource);
    }
}
