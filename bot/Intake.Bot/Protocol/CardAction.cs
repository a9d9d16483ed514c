using System.Text.Json;

namespace Intake.Bot.Protocol;

/// <summary>A button: <see cref="Type"/> is e.g. "imBack" (the value is sent back as the user's text) or "postBack".</summary>
internal sealed record CardAction
{
    public string? Type { get; init; }

    public string? Title { get; init; }

    /// <summary>Any JSON: a string for imBack, an object for postBack and messageBack.</summary>
    public JsonElement? Value { get; init; }
}
