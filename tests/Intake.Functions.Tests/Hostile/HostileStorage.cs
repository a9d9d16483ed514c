using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Intake.Core.References;
using Intake.Functions.Submissions;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hostile;

/// <summary>
/// What the app stored after the cases, held against what it answered: each accepted reference is one row in
/// <c>submissions</c> and at least one message on <c>intake</c>; any other row is named by the marker in its answers (the case
/// that stored it) and is a failure.
/// </summary>
internal sealed partial class HostileStorage
{
    public int Submissions { get; private init; }

    public int IntakeMessages { get; private init; }

    /// <summary>Stored submissions with more than one intake message (a send retried after a timeout).</summary>
    public int QueuedTwice { get; private init; }

    public int Tickets { get; private init; }

    public int Conversations { get; private init; }

    public int AcceptedReferences { get; private init; }

    public int RowsOfRefused { get; private init; }

    public IReadOnlyList<string> Problems { get; private init; } = [];

    public static async Task<HostileStorage> ReadAsync(TestStorage storage, IReadOnlyList<HostileResult> results, CancellationToken cancellationToken)
    {
        // The caller waited until the app had finished every request it started (HostileInputTests.IdleAsync): a
        // request the server was still working on when its client went away has stored what it would store.
        var rows = await storage.EntitiesAsync(storage.SubmissionsTable);
        var accepted = new Dictionary<string, HostileResult>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var reference in result.LaterReferences.Prepend(result.Reference).OfType<string>())
            {
                accepted.TryAdd(Normal(reference), result);
            }
        }

        var byMarker = results.SelectMany(r => Marker().Matches(Encoding.Latin1.GetString(r.Case.Request.ToBytes())).Select(m => (m.Value, r)))
            .GroupBy(x => x.Value).ToDictionary(g => g.Key, g => g.First().r, StringComparer.Ordinal);
        var problems = new List<string>();
        var storedIds = rows.Select(r => Normal(r.PartitionKey)).ToHashSet(StringComparer.Ordinal);
        var refused = 0;
        foreach (var row in rows.Where(r => !accepted.ContainsKey(Normal(r.PartitionKey))))
        {
            refused++;
            var marker = Marker().Match(row.GetString("Answers") ?? string.Empty);
            problems.Add(marker.Success && byMarker.TryGetValue(marker.Value, out var culprit)
                ? $"{culprit.Case}: answered {culprit.StatusText}, yet a submission was stored ({row.GetString("Channel")})"
                : $"a stored submission no answer accepted (channel {row.GetString("Channel")}, no marker)");
        }

        problems.AddRange(accepted.Where(a => !storedIds.Contains(a.Key)).Select(a => $"{a.Value.Case}: answered {a.Value.StatusText} with a reference, but nothing was stored"));
        var queued = await IntakeIdsAsync(storage, cancellationToken);
        // Each stored submission must be on the queue. Queue delivery is at least once by design: when storage answers
        // slower than the clients' network timeout (StorageClientDefaults), the pipeline sends again and the first send
        // may have landed too. A second message is harmless (routing is idempotent: RoutingReliabilityTests), so it is
        // counted and shown, not failed; a submission with none would be one that waits for the redrive timer.
        var perSubmission = queued.GroupBy(q => q, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        problems.AddRange(storedIds.Where(id => !perSubmission.ContainsKey(id)).Select(id => $"submission {id}: stored but no intake message"));
        problems.AddRange(queued.Where(q => !storedIds.Contains(q)).Distinct().Select(q => $"an intake message for {q}, which was not stored"));
        var tickets = (await storage.EntitiesAsync(storage.TicketsTable)).Count;
        var conversations = (await storage.EntitiesAsync(storage.ConversationsTable)).Count;
        if (conversations > 0)
        {
            problems.Add($"{conversations} bot conversations stored, though no request to /api/messages could be authenticated");
        }

        return new HostileStorage
        {
            Submissions = rows.Count, IntakeMessages = queued.Count, QueuedTwice = perSubmission.Count(p => p.Value > 1), Tickets = tickets, Conversations = conversations,
            AcceptedReferences = accepted.Count, RowsOfRefused = refused, Problems = problems,
        };
    }

    /// <summary>Every message on the intake queue (nothing else reads it in this run), hidden while counted.</summary>
    private static async Task<List<string>> IntakeIdsAsync(TestStorage storage, CancellationToken cancellationToken)
    {
        var queue = storage.Queues.Service.GetQueueClient(storage.IntakeQueue);
        var ids = new List<string>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(10), cancellationToken)).Value;
            if (batch.Length == 0)
            {
                return ids;
            }

            ids.AddRange(batch.Select(m => Normal(IntakeMessage.Parse(m.Body.ToString()).SubmissionId)));
        }
    }

    private static string Normal(string reference) => ReferenceNumber.TryParse(reference, out var r) ? r.ToString() : reference;

    [GeneratedRegex("hostile-[0-9]{5}")]
    private static partial Regex Marker();
}
