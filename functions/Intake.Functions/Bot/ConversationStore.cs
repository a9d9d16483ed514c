using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Intake.Bot.Dialogs;
using Intake.Functions.Json;
using Intake.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Bot;

/// <summary>
/// Conversation state in table <c>conversations</c> (<c>Storage:ConversationsTable</c>), one row per channel and
/// conversation (keyed by a hash: channel ids may hold characters a key cannot). Every write is ETag-guarded, so two
/// turns at once never lose an answer.
/// The row also remembers the last activity ids it took, so a redelivered activity is answered once.
/// </summary>
internal sealed class ConversationStore(TableStorageClient tables, IOptions<StorageNames> names, TimeProvider clock)
{
    private const string RowKey = "state";
    private const int RememberedActivities = 50;

    private string Table => names.Value.ConversationsTable;

    internal sealed record Loaded(DialogState State, List<string> ActivityIds, string? ETag, string Key);

    public async Task<Loaded> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyOf(channelId, conversationId);
        var row = await tables.GetEntityAsync(Table, key, RowKey, cancellationToken);
        if (row is null)
        {
            return new(new DialogState(), [], null, key);
        }

        var state = JsonSerializer.Deserialize(row.GetString("State") ?? "{}", IntakeJsonContext.Default.DialogState) ?? new DialogState();
        var ids = JsonSerializer.Deserialize(row.GetString("ActivityIds") ?? "[]", IntakeJsonContext.Default.ListString) ?? [];
        return new(state, ids, row.ETag, key);
    }

    /// <summary>Writes the state if nobody else wrote since it was loaded; false when someone did (load again).</summary>
    public async Task<string?> TrySaveAsync(Loaded loaded, CancellationToken cancellationToken)
    {
        var ids = loaded.ActivityIds.TakeLast(RememberedActivities).ToList();
        var row = new TableEntity(loaded.Key, RowKey)
        {
            ["State"] = JsonSerializer.Serialize(loaded.State, IntakeJsonContext.Default.DialogState),
            ["ActivityIds"] = JsonSerializer.Serialize(ids, IntakeJsonContext.Default.ListString),
            ["UpdatedAt"] = clock.GetUtcNow(),
        };
        try
        {
            return loaded.ETag is null
                ? await tables.InsertEntityAsync(Table, row, cancellationToken)
                : await tables.UpdateEntityAsync(Table, row, loaded.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    private static string KeyOf(string channelId, string conversationId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(channelId + "\n" + conversationId)));
}
