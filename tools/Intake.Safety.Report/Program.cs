using System.Diagnostics;
using System.Globalization;
using Intake.Bot.Safety;
using Intake.Bot.Safety.Model;
using Intake.Safety.Report;

// Usage:
//   Intake.Safety.Report [corpus-dir]            recall and false alarms on the training and the held-out split;
//                                                 misses and false alarms listed by id (never by text)
//   Intake.Safety.Report train-misses [corpus]   the training split's misses and false alarms with their text, for
//                                                 whoever tunes the gate (the held-out split is never shown)
//   Intake.Safety.Report bench [corpus-dir]      the gate's cost per message, mean and p99, against a baseline
var mode = args.Length > 0 && args[0] is "train-misses" or "bench" ? args[0] : "report";
var rest = mode == "report" ? args : args.Skip(1).ToArray();
var corpus = rest.Length > 0 ? rest[0] : SafetyEvaluation.FindCorpus(AppContext.BaseDirectory);
var train = SafetyCorpus.ReadDirectory(Path.Combine(corpus, "train"));

switch (mode)
{
    case "train-misses":
        SafetyEvaluation.Of("training", train).Write(Console.Out, listMissesByIdOnly: false);
        return 0;
    case "bench":
        return Bench.Run([.. train, .. SafetyCorpus.ReadDirectory(Path.Combine(corpus, "holdout"))]);
    default:
        Console.WriteLine($"safety model: {SafetyModel.BuiltIn.FeatureCount} features, trained on {SafetyModel.BuiltIn.TrainedOn}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"thresholds: crisis {SafetyModel.BuiltIn.CrisisThreshold:0.000}, child {SafetyModel.BuiltIn.ChildThreshold:0.000}"));
        SafetyEvaluation.Of("training", train).Write(Console.Out, listMissesByIdOnly: true);
        SafetyEvaluation.Of("held-out", SafetyCorpus.ReadDirectory(Path.Combine(corpus, "holdout"))).Write(Console.Out, listMissesByIdOnly: true);
        return 0;
}

/// <summary>The gate's cost per message over the whole corpus, against normalising the same messages (its first step).</summary>
internal static class Bench
{
    public static int Run(IReadOnlyList<SafetyCorpus.Message> messages)
    {
        var texts = messages.Select(m => m.Text).ToArray();
        const int Rounds = 20;
        Measure("baseline: normalise only", texts, 2, t => Intake.Bot.Text.TextNormalizer.Words(t).Count);
        Measure("baseline: normalise only", texts, Rounds, t => Intake.Bot.Text.TextNormalizer.Words(t).Count, print: true);
        Measure("safety gate (both layers)", texts, 2, t => (int)SafetyGate.Evaluate(t).Signal);
        Measure("safety gate (both layers)", texts, Rounds, t => (int)SafetyGate.Evaluate(t).Signal, print: true);
        return 0;
    }

    private static void Measure(string label, string[] texts, int rounds, Func<string, int> work, bool print = false)
    {
        var samples = new double[texts.Length * rounds];
        var sink = 0;
        var at = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                var start = Stopwatch.GetTimestamp();
                sink += work(text);
                samples[at++] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        if (print)
        {
            Array.Sort(samples);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-28} {texts.Length} messages x {rounds}: mean {samples.Average(),7:0.0} µs  p50 {samples[samples.Length / 2],7:0.0} µs  p99 {samples[(int)(samples.Length * 0.99)],7:0.0} µs  max {samples[^1],8:0.0} µs  ({sink % 2})"));
        }
    }
}
