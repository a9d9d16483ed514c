using System.Diagnostics;
using Intake.Functions.Functions;

namespace Intake.Functions.Telemetry;

/// <summary>
/// The span of one queue function's run, in both hosts: a consumer span whose parent is the span that sent the message
/// (its <c>traceparent</c>), so a submission's way from the HTTP accept to the last e-mail is one trace. Under the
/// Functions host the invocation's own span (the host's trace) is linked, not the parent.
/// </summary>
internal static class QueueSpans
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [QueueFunctions.RouteSubmission] = "intake.route",
        [QueueFunctions.SendAcknowledgement] = "intake.acknowledge",
        [QueueFunctions.NotifyTeam] = "intake.notice",
    };

    public static Activity? Start(string functionName, QueueDelivery delivery)
    {
        var sender = QueueTraceContext.Extract(delivery.MessageText);
        var invocation = Activity.Current?.Context;
        var links = sender is not null && invocation is { } context ? new[] { new ActivityLink(context) } : null;
        var activity = IntakeTelemetry.Source.StartActivity(
            Names.GetValueOrDefault(functionName, functionName), ActivityKind.Consumer, sender ?? invocation ?? default, links: links);
        activity?.SetTag("faas.name", functionName);
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.message.id", delivery.MessageId);
        activity?.SetTag("messaging.message.delivery_count", delivery.DequeueCount);
        return activity;
    }
}
