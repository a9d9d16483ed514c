using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Queues;

// bare                                  an ASP.NET Core app built as the app is (slim builder), answering 200 on /
// floor <connection> <concurrency> <s> <sample.json>
//                                       insert + enqueue straight through the SDK clients, as POST /api/concerns does
//                                       per submission (an entity holding the sample as its answers, one message),
//                                       at the same concurrency
// staff <app url> <connection> <samples dir> <login> <requests>
//                                       the staff inbox with 10,000 open tickets vs GET /health, and the ticket page with
//                                       its audit write, against a running app signed in through its provider (StaffBench)
return args.FirstOrDefault() switch
{
    "bare" => Bare(args[1..]),
    "staff" => await Intake.Bench.StaffBench.RunAsync(new Uri(args[1]), args[2], args[3], args[4], int.Parse(args[5], CultureInfo.InvariantCulture)),
    "floor" => await FloorAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), double.Parse(args[3], CultureInfo.InvariantCulture), File.ReadAllText(args[4])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Intake.Bench bare [--urls URL] | floor <connection> <concurrency> <seconds> <sample.json> | staff <app url> <connection> <samples dir> <login> <requests>");
    return 2;
}

static int Bare(string[] args)
{
    var builder = WebApplication.CreateSlimBuilder(args);
    var app = builder.Build();
    app.MapGet("/", () => Results.Ok());
    app.Run();
    return 0;
}

static async Task<int> FloorAsync(string connection, int concurrency, double seconds, string answers)
{
    var table = new TableServiceClient(connection).GetTableClient("benchfloor" + Guid.NewGuid().ToString("N")[..8]);
    var queue = new QueueServiceClient(connection, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })
        .GetQueueClient("bench-floor-" + Guid.NewGuid().ToString("N")[..8]);
    await table.CreateIfNotExistsAsync();
    await queue.CreateIfNotExistsAsync();
    long done = 0;
    var until = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(seconds);
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (until.Elapsed < deadline)
        {
            var id = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
            try
            {
                await table.AddEntityAsync(new TableEntity(id, "submission") { ["Kind"] = "concern", ["Status"] = "received", ["ReceivedAt"] = DateTimeOffset.UtcNow, ["Language"] = "sv", ["Channel"] = "api", ["Answers"] = answers, ["SchemaVersion"] = 1 });
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 409)
            {
                // The pipeline retried an insert whose answer was lost: it is stored, as the app also concludes.
            }

            await queue.SendMessageAsync($"{{\"submissionId\":\"{id}\"}}", visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1));
            Interlocked.Increment(ref done);
        }
    }));
    var rate = done / until.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage floor (insert + enqueue, {concurrency} at a time)   {rate,9:F1} ops/s  ({done} in {until.Elapsed.TotalSeconds:F1} s)"));
    await table.DeleteAsync();
    await queue.DeleteAsync();
    return 0;
}
