using Intake.Functions.Functions;
using Intake.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Bot;

internal sealed class PurgeConversationsOptions
{
    public const string SectionName = "PurgeConversations";

    /// <summary>Must equal the schedule in <c>triggers/PurgeConversations/function.json</c> (a test checks it).</summary>
    public string Schedule { get; set; } = "0 5 * * * *";

    /// <summary>At most this many rows are tried per run; the rest wait for the next run.</summary>
    public int MaxPerRun { get; set; } = 1000;
}

/// <summary>
/// <c>PurgeConversations</c> (timer): deletes the state of every conversation silent for longer than
/// <c>Bot:ConversationRetention</c>. Each delete is guarded by the ETag the query returned, so a conversation that
/// a new turn revived after the query is kept. The bot already treats such a row as absent when it loads it, so a run
/// that comes late, stops at its limit or fails changes nothing a person sees: it only keeps the table small.
/// </summary>
internal sealed partial class PurgeConversationsFunction(
    IntakeTables tables,
    ConversationStore store,
    IOptions<PurgeConversationsOptions> options,
    ILogger<PurgeConversationsFunction> logger) : ITimerFunction
{
    public string Name => TimerFunctions.PurgeConversations;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var table = tables.Conversations;
        var cutoff = store.Cutoff();
        // Each delete guarded by its ETag: without it a conversation revived by a new turn since the query could be lost.
        var (deleted, kept, limitReached) = await table.DeleteUnchangedAsync(
            table.Query($"UpdatedAt lt {cutoff}", ["PartitionKey", "RowKey", ConversationStore.UpdatedAt], cancellationToken: cancellationToken),
            options.Value.MaxPerRun,
            cancellationToken);
        LogDone(logger, deleted, kept, limitReached);
    }

    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Conversation purge: {Deleted} expired conversations deleted, {Kept} kept (active again since the query); per-run limit reached: {LimitReached}.")]
    private static partial void LogDone(ILogger logger, int deleted, int kept, bool limitReached);
}
