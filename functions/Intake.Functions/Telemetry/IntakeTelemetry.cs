using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Intake.Functions.Telemetry;

/// <summary>
/// The app's own spans and counts. Attributes are ids, kinds, teams, channels, outcomes and counts: never a name,
/// contact detail, personal identity number or free text (what a person wrote never reaches a tag).
/// </summary>
internal static class IntakeTelemetry
{
    public const string SourceName = "Intake.Functions";

    /// <summary>Spans: <c>intake.accept</c>, <c>intake.route</c>, <c>intake.acknowledge</c>, <c>intake.notice</c>,
    /// <c>intake.email.send</c>.</summary>
    public static readonly ActivitySource Source = new(SourceName);

    public static readonly Meter Meter = new(SourceName);

    public static readonly Counter<long> SubmissionsAccepted = Meter.CreateCounter<long>(
        "intake.submissions.accepted", "{submission}", "Submissions stored and queued for routing, by kind and channel.");

    public static readonly Counter<long> SubmissionsRouted = Meter.CreateCounter<long>(
        "intake.submissions.routed", "{submission}", "Submissions routed to a team, by kind and team.");

    public static readonly Histogram<double> RoutingDuration = Meter.CreateHistogram<double>(
        "intake.routing.duration", "s", "From a submission's acceptance to its routing (queue wait included), by team.");

    public static readonly Counter<long> Emails = Meter.CreateCounter<long>(
        "intake.emails", "{email}", "E-mail sends by kind (acknowledgement, team-notice) and outcome.");

    public static readonly Counter<long> Poisoned = Meter.CreateCounter<long>(
        "intake.queue.poisoned", "{message}", "Messages this app moved to a poison queue, by the queue they came from.");

    public const string Kind = "intake.kind";
    public const string Channel = "intake.channel";
    public const string Team = "intake.team";
    public const string Urgent = "intake.urgent";
    public const string Outcome = "intake.outcome";
    public const string SubmissionId = "intake.submission.id";
    public const string EmailKind = "intake.email.kind";
    public const string EmailSender = "intake.email.sender";
    public const string Queue = "messaging.destination.name";

    /// <summary>Marks a span failed with the exception's type only (its message may quote input).</summary>
    public static void Failed(this Activity? activity, Exception exception)
    {
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        activity?.SetTag("error.type", exception.GetType().FullName);
    }
}
