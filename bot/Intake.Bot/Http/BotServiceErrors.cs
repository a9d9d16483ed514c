using System.Text.Json;
using Azure;

namespace Intake.Bot.Http;

/// <summary>
/// A failed answer as <see cref="RequestFailedException"/>: operation, status and the <c>error.code</c> of the
/// ErrorResponse body. Never the rest of the body (it may quote a user's text) nor any request header.
/// </summary>
internal static class BotServiceErrors
{
    public static RequestFailedException Create(Response response, string operation)
    {
        string? code = ErrorCode(response.Content);
        return new RequestFailedException(
            response.Status, $"{operation} failed: status {response.Status}, error code {code ?? "none"}.", code, null);
    }

    /// <summary>A 2xx answer without what the operation returns (not JSON, a field missing).</summary>
    public static RequestFailedException Unreadable(Response response, string operation) =>
        new(response.Status, $"{operation} failed: status {response.Status} with a body this client cannot read.", null, null);

    /// <summary>The <c>error.code</c> of <c>{"error":{"code":"...","message":"..."}}</c>, or null.</summary>
    private static string? ErrorCode(BinaryData? body)
    {
        if (body is null || body.ToMemory().IsEmpty)
        {
            return null;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body.ToMemory());
            return document.RootElement is { ValueKind: JsonValueKind.Object } root
                && root.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out JsonElement code) && code.ValueKind == JsonValueKind.String
                    ? code.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
