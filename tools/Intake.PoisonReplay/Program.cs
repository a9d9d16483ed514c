using System.Globalization;
using Intake.PoisonReplay;

if (args.Length is < 1 or > 2 || !int.TryParse(args.ElementAtOrDefault(1) ?? int.MaxValue.ToString(CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max < 1)
{
    Console.Error.WriteLine("usage: replay-poison <queue> [max]   (moves <queue>-poison back to <queue>)");
    return 2;
}

var moved = await PoisonQueueReplay.ReplayAsync(PoisonQueueReplay.Connect(Environment.GetEnvironmentVariable), args[0], max, CancellationToken.None);
Console.WriteLine($"moved {moved} message(s) from {args[0]}-poison to {args[0]}");
return 0;
