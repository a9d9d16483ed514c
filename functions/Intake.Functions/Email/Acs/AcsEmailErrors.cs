using System.Text.Json;
using Azure;

namespace Intake.Functions.Email.Acs;

/// <summary>
/// Maps a failed response to Azure.Core's <see cref="RequestFailedException"/>, as the Azure SDK does. The message
/// names operation, status and error code only: never the body, which may echo a recipient's address.
/// </summary>
internal static class AcsEmailErrors
{
    public static RequestFailedException Create(Response response, string operation)
    {
        string? errorCode = ErrorCode(response);
        return new RequestFailedException(
            response.Status, $"{operation} failed: status {response.Status}, error code {errorCode ?? "none"}.", errorCode, null);
    }

    /// <summary>Every attempt was refused or timed out: status 0, so callers handle one failure type.</summary>
    public static RequestFailedException Unreachable(string operation, Exception innerException) =>
        new(0, $"{operation} failed: the e-mail service could not be reached or did not answer in time.", null, innerException);

    /// <summary>A 2xx answer this client cannot read (not JSON, no id, an unknown status).</summary>
    public static RequestFailedException Unreadable(Response response, string operation, Exception? innerException = null) =>
        new(response.Status, $"{operation} failed: status {response.Status} with a body this client cannot read.", null, innerException);

    /// <summary>The x-ms-error-code header, else <c>error.code</c> of the JSON error envelope.</summary>
    public static string? ErrorCode(Response response)
    {
        if (response.Headers.TryGetValue("x-ms-error-code", out string? header) && !string.IsNullOrEmpty(header))
        {
            return header;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(response.Content.ToMemory());
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out JsonElement error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out JsonElement code)
                && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
