using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Storage;

/// <summary>
/// SharedKey, Table service form: VERB, Content-MD5, Content-Type, x-ms-date, then "/" + account + path
/// (plus "?comp=" when present). Other query parameters are not signed.
/// </summary>
internal sealed class TableSharedKeyPolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        Request request = message.Request;
        string stringToSign = BuildStringToSign(request, credential.AccountName);
        request.Headers.SetValue(
            "Authorization", $"SharedKey {credential.AccountName}:{credential.ComputeSignature(stringToSign)}");
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
            Header(request, "Content-MD5"),
            Header(request, "Content-Type"),
            Header(request, "x-ms-date"),
            resource);
    }

    private static string Header(Request request, string name) =>
        request.Headers.TryGetValue(name, out string? value) ? value : string.Empty;
}
