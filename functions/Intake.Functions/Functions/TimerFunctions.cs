using Intake.Functions.Telemetry;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Functions;

/// <summary>The timer-triggered functions, each declared once; the schedule (six-field NCRONTAB, UTC) is an app-setting
/// expression, so <c>Redrive__Schedule</c>, <c>PurgeConversations__Schedule</c> and <c>PurgeStaffRecords__Schedule</c> must be set in Azure.</summary>
internal sealed class TimerFunctions(IEnumerable<ITimerFunction> handlers)
{
    public const string RedriveSubmissions = "RedriveSubmissions";
    public const string PurgeConversations = "PurgeConversations";
    public const string PurgeStaffRecords = "PurgeStaffRecords";

    [Function(RedriveSubmissions)]
    public Task RedriveSubmissionsAsync([TimerTrigger("%Redrive:Schedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        Run(RedriveSubmissions, cancellationToken);

    [Function(PurgeConversations)]
    public Task PurgeConversationsAsync([TimerTrigger("%PurgeConversations:Schedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        Run(PurgeConversations, cancellationToken);

    [Function(PurgeStaffRecords)]
    public Task PurgeStaffRecordsAsync([TimerTrigger("%PurgeStaffRecords:Schedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        Run(PurgeStaffRecords, cancellationToken);

    /// <summary>Each run is a span (<c>intake.timer</c>), so the storage calls it makes are one trace, not one each.</summary>
    private async Task Run(string name, CancellationToken cancellationToken)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("intake.timer");
        activity?.SetTag("faas.name", name);
        try
        {
            await handlers.Single(h => h.Name == name).RunAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            activity.Failed(ex);
            throw;
        }
    }
}
