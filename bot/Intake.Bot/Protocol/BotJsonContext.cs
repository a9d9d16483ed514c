using System.Text.Json.Serialization;

namespace Intake.Bot.Protocol;

/// <summary>
/// Source-generated JSON for the Activity protocol: camelCase, nulls left out, unknown fields ignored, names read
/// case-insensitively (the channels' own serializer is lenient, so a sender's odd casing must not lose a field).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceId))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
