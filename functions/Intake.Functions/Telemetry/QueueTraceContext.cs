using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Functions.Telemetry;

/// <summary>
/// The W3C trace context of the span that sends a queue message, carried in the message's JSON as two optional
/// properties, <c>traceparent</c> and <c>tracestate</c> (their W3C header names and formats), so that whoever
/// processes the message continues the same trace. Nothing else is added (no baggage). A message without them
/// (sent before this existed, or by a script) is read as before and starts its own trace.
/// </summary>
internal static class QueueTraceContext
{
    public const string TraceParent = "traceparent";
    public const string TraceState = "tracestate";

    /// <summary>The message with the current span's context added; unchanged when there is no current W3C span, when
    /// it is not a JSON object, or when it carries a context already.</summary>
    public static string Inject(string messageText)
    {
        if (Activity.Current is not { IdFormat: ActivityIdFormat.W3C, Id: { } id } current || Parse(messageText) is not { } message
            || message.ContainsKey(TraceParent))
        {
            return messageText;
        }

        message[TraceParent] = id;
        if (!string.IsNullOrEmpty(current.TraceStateString))
        {
            message[TraceState] = current.TraceStateString;
        }

        return message.ToJsonString();
    }

    /// <summary>The sender's span context, if the message carries a valid one.</summary>
    public static ActivityContext? Extract(string messageText) =>
        Parse(messageText) is { } message
        && StringOf(message[TraceParent]) is { } traceParent
        && ActivityContext.TryParse(traceParent, StringOf(message[TraceState]), isRemote: true, out var context)
            ? context
            : null;

    private static string? StringOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonObject? Parse(string messageText)
    {
        if (!messageText.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(messageText) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
