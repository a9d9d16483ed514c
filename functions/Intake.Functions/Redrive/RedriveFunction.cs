using Azure;
using Azure.Data.Tables;
using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Redrive;

internal sealed class RedriveOptions
{
    public const string SectionName = "Redrive";

    /// <summary>Must equal the schedule in <c>triggers/RedriveSubmissions/function.json</c> (a test checks it).</summary>
    public string Schedule { get; set; } = "0 */2 * * * *";

    /// <summary>A submission still <c>received</c> this long after it came in is queued again.</summary>
    public TimeSpan MinAge { get; set; } = TimeSpan.FromMinutes(5);

    public int MaxPerRun { get; set; } = 500;

    /// <summary>After this many redrives a submission is left for operations staff (it is logged at every run).</summary>
    public int MaxRedrives { get; set; } = 3;
}

/// <summary>
/// <c>RedriveSubmissions</c> (timer): queues again every submission that is stored but still not routed: its intake
/// message was never sent, or it went to poison. Routing is idempotent, so a redrive can never make a second ticket.
/// </summary>
internal sealed partial class RedriveFunction(
    IntakeTables tables,
    IntakeQueues queues,
    IOptions<RedriveOptions> options,
    TimeProvider clock,
    ILogger<RedriveFunction> logger) : ITimerFunction
{
    public string Name => TimerFunctions.RedriveSubmissions;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.MinAge;
        var count = 0;
        await foreach (var entity in tables.Submissions.Query($"Status eq {SubmissionStatus.Received} and ReceivedAt lt {cutoff}", ["PartitionKey", "RowKey", "RedriveCount"], cancellationToken: cancellationToken))
        {
            var redrives = entity.GetInt32("RedriveCount") ?? 0;
            if (redrives >= options.Value.MaxRedrives)
            {
                LogGivenUp(logger, entity.PartitionKey, redrives);
                continue;
            }

            var mark = new TableEntity(entity.PartitionKey, SubmissionRecord.RowKey) { ["RedriveCount"] = redrives + 1 };
            await tables.Submissions.UpdateAsync(mark, ETag.All, TableUpdateMode.Merge, cancellationToken);
            await queues.Intake.SendAsync(IntakeMessage.Serialize(entity.PartitionKey), cancellationToken);
            LogRequeued(logger, entity.PartitionKey);
            if (++count >= options.Value.MaxPerRun)
            {
                break;
            }
        }

        LogDone(logger, count);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Submission {SubmissionId} was not routed in time; queued again.")]
    private static partial void LogRequeued(ILogger logger, string submissionId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Submission {SubmissionId} is still not routed after {Redrives} redrives; it needs attention (see the intake-poison queue).")]
    private static partial void LogGivenUp(ILogger logger, string submissionId, int redrives);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Redrive run: {Count} submissions queued again.")]
    private static partial void LogDone(ILogger logger, int count);
}
