using Azure.Core.Pipeline;
using Intake.Functions.Storage;

namespace Intake.Functions.Tests.Storage;

/// <summary>Table and queue clients wired to a <see cref="RecordingHandler"/> and a fixed clock.</summary>
internal static class RecordingClients
{
    public const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    public static readonly DateTimeOffset FixedDate = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly StorageSharedKeyCredential DevCredential = new("devstoreaccount1", DevKey);

    public static TableStorageClient Table(RecordingHandler handler, string endpoint = "http://127.0.0.1:10002/devstoreaccount1",
        StorageSharedKeyCredential? credential = null, TimeProvider? clock = null)
    {
        var options = new TableStorageClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.TimeProvider = clock ?? new TestClock(FixedDate);
        return new TableStorageClient(new Uri(endpoint), credential ?? DevCredential, options);
    }

    public static QueueStorageClient Queue(RecordingHandler handler, QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        var options = new QueueStorageClientOptions
        {
            Transport = new HttpClientTransport(new HttpClient(handler)),
            MessageEncoding = encoding,
        };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.TimeProvider = new TestClock(FixedDate);
        return new QueueStorageClient(new Uri("http://127.0.0.1:10001/devstoreaccount1"), DevCredential, options);
    }
}

/// <summary>A clock that stands still, or moves by <see cref="Step"/> each time it is read.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public TimeSpan Step { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        DateTimeOffset now = Now;
        Now += Step;
        return now;
    }
}
