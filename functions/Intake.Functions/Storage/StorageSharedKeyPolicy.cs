using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Storage;

/// <summary>
/// Signs each attempt (per-retry, after StorageHeadersPolicy set a fresh x-ms-date) with
/// "Authorization: SharedKey account:signature"; the string-to-sign layout is the service's (Table or Blob/Queue form).
/// </summary>
internal sealed class StorageSharedKeyPolicy(
    StorageSharedKeyCredential credential, Func<Request, string, string> buildStringToSign) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        string stringToSign = buildStringToSign(message.Request, credential.AccountName);
        message.Request.Headers.SetValue(
            "Authorization", $"SharedKey {credential.AccountName}:{credential.ComputeSignature(stringToSign)}");
    }

    internal static string Header(Request request, string name) =>
        request.Headers.TryGetValue(name, out string? value) ? value : string.Empty;
}
