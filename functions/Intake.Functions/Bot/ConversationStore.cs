using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Intake.Bot.Dialogs;
using Intake.Functions.Json;
using Intake.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Bot;

/// <summary>Configuration section <c>Bot</c>: how long a silent conversation is remembered.</summary>
internal sealed class ConversationRetentionOptions
{
    public const string SectionName = "Bot";

    /// <summary>A conversation silent for longer starts afresh, and <c>PurgeConversations</c> deletes its row.</summary>
    public TimeSpan ConversationRetention { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>
/// Conversation state in table <c>conversations</c> (<c>Storage:ConversationsTable</c>), one row per channel and
/// conversation (keyed by a hash: channel ids may hold characters a key cannot). Every write is ETag-guarded, so two
/// turns at once never lose an answer.
/// The row also remembers the last activity ids it took, so a redelivered activity is answered once.
/// A row not updated within the retention is treated as absent, whether or not the purge has deleted it yet.
/// </summary>
internal sealed class ConversationStore(
    IntakeTables tables,
    IOptions<ConversationRetentionOptions> retention,
    TimeProvider clock)
{
    private const string RowKey = "state";
    public const string UpdatedAt = "UpdatedAt";
    private const int RememberedActivities = 50;

    private TableClient Table => tables.Conversations;

    internal sealed record Loaded(DialogState State, List<string> ActivityIds, ETag? ETag, string Key);

    public async Task<Loaded> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyOf(channelId, conversationId);
        var row = await Table.GetOrNullAsync(key, RowKey, cancellationToken);
        if (row is null)
        {
            return new(new DialogState(), [], null, key);
        }

        if (IsExpired(row.GetDateTimeOffset(UpdatedAt)))
        {
            // Forgotten: a fresh conversation, but the next save replaces this very row (ETag-guarded), so a purge
            // that deletes it meanwhile, or another turn that saves first, is noticed.
            return new(new DialogState(), [], row.ETag, key);
        }

        var state = JsonSerializer.Deserialize(row.GetString("State") ?? "{}", IntakeJsonContext.Default.DialogState) ?? new DialogState();
        var ids = JsonSerializer.Deserialize(row.GetString("ActivityIds") ?? "[]", IntakeJsonContext.Default.ListString) ?? [];
        return new(state, ids, row.ETag, key);
    }

    /// <summary>
    /// Writes the state if nobody else wrote (or deleted the row) since it was loaded; returns the new ETag, or null
    /// when someone did (load again).
    /// </summary>
    public async Task<ETag?> TrySaveAsync(Loaded loaded, CancellationToken cancellationToken)
    {
        var ids = loaded.ActivityIds.TakeLast(RememberedActivities).ToList();
        var row = new TableEntity(loaded.Key, RowKey)
        {
            ["State"] = JsonSerializer.Serialize(loaded.State, IntakeJsonContext.Default.DialogState),
            ["ActivityIds"] = JsonSerializer.Serialize(ids, IntakeJsonContext.Default.ListString),
            [UpdatedAt] = clock.GetUtcNow(),
        };
        try
        {
            return loaded.ETag is null
                ? await Table.InsertAsync(row, cancellationToken)
                : await Table.UpdateAsync(row, loaded.ETag.Value, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && ex.ErrorCode != "TableNotFound"))
        {
            // 409: inserted by another turn; 412: updated by another turn; 404: deleted by the purge.
            return null;
        }
    }

    /// <summary>The oldest <c>UpdatedAt</c> a conversation may have and still be remembered.</summary>
    public DateTimeOffset Cutoff() => clock.GetUtcNow() - retention.Value.ConversationRetention;

    private bool IsExpired(DateTimeOffset? updatedAt) => updatedAt is { } at && at < Cutoff();

    private static string KeyOf(string channelId, string conversationId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(channelId + "\n" + conversationId)));
}
