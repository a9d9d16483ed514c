using System.Text.Json.Serialization;

namespace Intake.Bot.DirectLine;

/// <summary>Body of POST tokens/generate: the user the token is bound to.</summary>
internal sealed record DirectLineTokenRequest(DirectLineUser User);

internal sealed record DirectLineUser(string Id);

/// <summary>Answer of tokens/generate (§8).</summary>
internal sealed record DirectLineTokenResponse(
    string? ConversationId, string? Token, [property: JsonPropertyName("expires_in")] int? ExpiresIn);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DirectLineTokenRequest))]
[JsonSerializable(typeof(DirectLineTokenResponse))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
