using Azure.Storage.Queues.Models;
using Intake.Functions.Storage;
using Intake.Functions.Telemetry;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Functions;

/// <summary>
/// The queue-triggered functions, each declared once: the queue is an app-setting expression (the host resolves it from
/// the app settings, so <c>Storage__IntakeQueue</c> and the others must be set in Azure), the connection is the
/// host's own <c>AzureWebJobsStorage</c>. Each calls its handler, the same one the standalone host calls.
/// </summary>
internal sealed class QueueFunctions(IEnumerable<IQueueFunction> handlers)
{
    public const string RouteSubmission = "RouteSubmission";
    public const string SendAcknowledgement = "SendAcknowledgement";
    public const string NotifyTeam = "NotifyTeam";

    [Function(RouteSubmission)]
    public Task RouteSubmissionAsync(
        [QueueTrigger("%Storage:IntakeQueue%", Connection = StorageConnection.SettingName)] QueueMessage message, CancellationToken cancellationToken) =>
        Run(RouteSubmission, message, cancellationToken);

    [Function(SendAcknowledgement)]
    public Task SendAcknowledgementAsync(
        [QueueTrigger("%Storage:EmailOutboxQueue%", Connection = StorageConnection.SettingName)] QueueMessage message, CancellationToken cancellationToken) =>
        Run(SendAcknowledgement, message, cancellationToken);

    [Function(NotifyTeam)]
    public Task NotifyTeamAsync(
        [QueueTrigger("%Storage:TeamNoticesQueue%", Connection = StorageConnection.SettingName)] QueueMessage message, CancellationToken cancellationToken) =>
        Run(NotifyTeam, message, cancellationToken);

    private async Task Run(string name, QueueMessage message, CancellationToken cancellationToken)
    {
        var delivery = QueueDelivery.From(message);
        using var activity = QueueSpans.Start(name, delivery);
        try
        {
            await handlers.Single(h => h.Name == name).RunAsync(delivery, cancellationToken);
        }
        catch (Exception ex)
        {
            activity.Failed(ex);
            throw;
        }
    }
}
