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
//   Intake.Safety.Report by-writer [corpus]      leave one writer out: for each file of the training split, a model
//                                                 trained on the other files, the gate measured on that file (text
//                                                 of misses shown: training split only); with --curve, the
//                                                 gate's recall at a few false-alarm rates instead, the models'
//                                                 thresholds set on the pooled scores (quicker: no inner folds);
//                                                 with --curve --texts, also the misses and false alarms at 5 %
//   Intake.Safety.Report probe                   each line of standard input through the gate, with the reason
var mode = args.Length > 0 && args[0] is "train-misses" or "bench" or "by-writer" or "probe" ? args[0] : "report";
if (mode == "probe")
{
    while (Console.ReadLine() is { } line)
    {
        var found = SafetyGate.Evaluate(line);
        var words = Intake.Bot.Text.TextNormalizer.Words(line);
        Console.WriteLine($"{found.Signal}{(found.ChildConcerned ? "+child" : string.Empty)} [{found.Reason}] (past {RiskFrames.Past.IndexIn(words)}, general {RiskFrames.General.IndexIn(words)}, now {RiskFrames.Now.IndexIn(words)}) {line}");
    }

    return 0;
}

var rest = (mode == "report" ? args : args.Skip(1)).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var corpus = rest.Length > 0 ? rest[0] : SafetyCorpus.FindDirectory(AppContext.BaseDirectory);
var train = SafetyCorpus.ReadDirectory(Path.Combine(corpus, "train"));

switch (mode)
{
    case "train-misses":
        SafetyEvaluation.Of("training", train).Write(Console.Out, listMissesByIdOnly: false);
        return 0;
    case "by-writer":
        return args.Contains("--curve") ? ByWriter.Curve(train, args.Contains("--texts")) : ByWriter.Run(train, args.Contains("--texts"));
    case "bench":
        return Bench.Run([.. train, .. SafetyCorpus.ReadHeldOut(corpus)]);
    default:
        Console.WriteLine($"safety model: {SafetyModel.BuiltIn.FeatureCount} features, trained on {SafetyModel.BuiltIn.TrainedOn}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"thresholds: crisis {SafetyModel.BuiltIn.CrisisThreshold:0.000}, child {SafetyModel.BuiltIn.ChildThreshold:0.000}"));
        SafetyEvaluation.Of("training", train).Write(Console.Out, listMissesByIdOnly: true);
        var heldOut = SafetyCorpus.ReadHeldOut(corpus);
        if (heldOut.Count == 0)
        {
            Console.WriteLine("== held-out split: none: corpus/holdout holds no *.tsv (add the next split, then measure it once) ==");
            return 0;
        }

        SafetyEvaluation.Of("held-out", heldOut).Write(Console.Out, listMissesByIdOnly: true);
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

/// <summary>Each training file measured by a gate whose model never saw that file: the best estimate, short of the
/// held-out split, of how the gate does on words it has never seen.</summary>
internal static partial class ByWriter
{
    public static int Run(IReadOnlyList<SafetyCorpus.Message> train, bool texts)
    {
        var all = new List<SafetyEvaluation.Outcome>();
        foreach (var source in train.Select(m => m.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var model = SafetyModel.From(Intake.Safety.Trainer.Trainer.Train([.. train.Where(m => m.Source != source)], TextWriter.Null));
            var outcomes = train.Where(m => m.Source == source).Select(m => new SafetyEvaluation.Outcome(m, SafetyGate.Evaluate(m.Text, model))).ToArray();
            all.AddRange(outcomes);
        }

        var evaluation = SafetyEvaluation.From("leave-one-writer-out", all);
        evaluation.Write(Console.Out, listMissesByIdOnly: !texts);
        return 0;
    }

    /// <summary>
    /// Leave one writer out as <see cref="Run"/>, but each model read against one crisis threshold shared by all
    /// (a grid): the gate's recall per category where the pooled false alarms first stay within a budget. Compares
    /// models and features apart from how the threshold is chosen.
    /// </summary>
    public static int Curve(IReadOnlyList<SafetyCorpus.Message> train, bool texts)
    {
        var grid = Enumerable.Range(1, 99).Select(i => i / 100f).ToArray();
        var outcomes = grid.Select(_ => new List<SafetyEvaluation.Outcome>()).ToArray();
        var bare = new List<(SafetyCorpus.Message Message, float Crisis)>();
        foreach (var source in train.Select(m => m.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var model = SafetyModel.From(Intake.Safety.Trainer.Trainer.Train([.. train.Where(m => m.Source != source)], TextWriter.Null, crossValidate: false));
            var models = grid.Select(model.WithCrisisThreshold).ToArray();
            foreach (var message in train.Where(m => m.Source == source))
            {
                var lowest = SafetyGate.Evaluate(message.Text, models[0]);
                if (BareWordScore().Match(lowest.Reason) is { Success: true } bareWord)
                {
                    bare.Add((message, float.Parse(bareWord.Groups[1].Value, CultureInfo.InvariantCulture)));
                }
                var byModel = lowest.IsCrisis && lowest.Reason.StartsWith("model", StringComparison.Ordinal);

                // The model's alarm holds up to some threshold and not above it: the last threshold that alarms, by
                // bisection (the assessment below it is the lowest threshold's, above it none).
                var last = 0;
                for (var high = grid.Length - 1; byModel && last < high;)
                {
                    var middle = (last + high + 1) / 2;
                    (last, high) = SafetyGate.Evaluate(message.Text, models[middle]).IsCrisis ? (middle, high) : (last, middle - 1);
                }

                for (var t = 0; t < grid.Length; t++)
                {
                    outcomes[t].Add(new SafetyEvaluation.Outcome(message, !byModel || t <= last ? lowest : RiskAssessment.None));
                }
            }
        }

        // Messages whose only phrase is a bare word, by the model's crisis score: what each floor would let through.
        foreach (var floor in new[] { 0.1f, 0.15f, 0.2f, SafetyGate.BareWordFloor, 0.3f, 0.4f, 0.5f })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bare word alone ({bare.Count} messages), floor {floor:0.00}{(floor == SafetyGate.BareWordFloor ? " (the gate's)" : string.Empty)}: crisis missed {bare.Count(b => b.Message.IsCrisis && b.Crisis < floor)}/{bare.Count(b => b.Message.IsCrisis)}, calm alarmed {bare.Count(b => !b.Message.IsCrisis && b.Crisis >= floor)}/{bare.Count(b => !b.Message.IsCrisis)}"));
        }

        var evaluations = outcomes.Select((o, t) => SafetyEvaluation.From(string.Create(CultureInfo.InvariantCulture, $"threshold {grid[t]:0.00}"), o)).ToArray();
        foreach (var budget in new[] { 0.03, 0.04, 0.05 })
        {
            var at = Array.FindIndex(evaluations, e => e.FalseAlarmRate().Alarms <= budget * e.FalseAlarmRate().Total);
            var e = evaluations[Math.Max(0, at)];
            var (alarms, calm) = e.FalseAlarmRate();
            var categories = string.Join(", ", SafetyCorpus.Labels.Where(l => l != "calm").Select(l => $"{l} {Figure(e.Recall(l))}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"budget {budget:P0}: {e.Split}, false alarms {alarms}/{calm} {100.0 * alarms / calm:0.0} %, recall {Figure(e.Recall())}; {categories}"));
            if (texts && budget == 0.05)
            {
                e.Write(Console.Out, listMissesByIdOnly: false);
            }
        }

        return 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^phrase list: (?:overdose|suicide) #0(?: alone)?, model: crisis ([0-9.]+)/")]
    private static partial System.Text.RegularExpressions.Regex BareWordScore();

    private static string Figure((int Part, int Whole) figure) =>
        string.Create(CultureInfo.InvariantCulture, $"{figure.Part}/{figure.Whole} {100.0 * figure.Part / figure.Whole:0.0} %");
}
