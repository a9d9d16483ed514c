using Intake.Functions.Tests.Infrastructure;
using Intake.PoisonReplay;

namespace Intake.Functions.Tests.Storage;

/// <summary>scripts/replay-poison.sh's work: poison messages go back to their queue, as they were, and only as many as asked.</summary>
public sealed class PoisonReplayTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replay_MovesThePoisonMessagesBackAsTheyWere_UpToTheLimit()
    {
        var service = azurite.QueueService();
        var queue = AzuriteFixture.UniqueQueueName();
        var poison = service.GetQueueClient(queue + "-poison");
        await poison.CreateIfNotExistsAsync(cancellationToken: Ct);
        await service.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: Ct);
        foreach (var id in new[] { "A", "B", "C" })
        {
            await poison.SendMessageAsync($"{{\"submissionId\":\"{id}\"}}", cancellationToken: Ct);
        }

        var first = await PoisonQueueReplay.ReplayAsync(service, queue, 2, Ct);
        var rest = await PoisonQueueReplay.ReplayAsync(service, queue, int.MaxValue, Ct);
        var none = await PoisonQueueReplay.ReplayAsync(service, AzuriteFixture.UniqueQueueName(), int.MaxValue, Ct);

        Assert.Equal((2, 1, 0), (first, rest, none));
        var back = (await service.GetQueueClient(queue).PeekMessagesAsync(32, Ct)).Value.Select(m => m.MessageText).Order();
        Assert.Equal(["{\"submissionId\":\"A\"}", "{\"submissionId\":\"B\"}", "{\"submissionId\":\"C\"}"], back);
        Assert.Empty((await poison.PeekMessagesAsync(32, Ct)).Value);
    }
}
