using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Functions.Storage;

/// <summary>Stamps x-ms-version and a fresh x-ms-date on every attempt, before the auth policy signs.</summary>
internal sealed class StorageHeadersPolicy(string apiVersion, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue("x-ms-version", apiVersion);
        message.Request.Headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
    }
}
