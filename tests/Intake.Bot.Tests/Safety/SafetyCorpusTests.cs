using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Bot.Safety;
using Intake.Bot.Safety.Model;
using Intake.Bot.Text;
using Intake.Safety.Report;
using Intake.Safety.Trainer;

namespace Intake.Bot.Tests.Safety;

/// <summary>
/// The safety gate measured on the corpus (Safety/corpus): messages written for this project by writers who never
/// saw the gate, the held-out split by writers whose messages were never used to change it. What a person notices:
/// a message in danger gets the crisis reply first (with BRIS where a child is concerned), a calm one does not.
/// </summary>
public sealed partial class SafetyCorpusTests
{
    private static readonly string Corpus = SafetyCorpus.FindDirectory(AppContext.BaseDirectory);

    private static readonly IReadOnlyList<SafetyCorpus.Message> Training = SafetyCorpus.ReadDirectory(Path.Combine(Corpus, "train"));

    /// <summary>The held-out split as it stands; empty between two splits (see <see cref="HeldOut"/>).</summary>
    private static readonly IReadOnlyList<SafetyCorpus.Message> HeldOutAsFound = SafetyCorpus.ReadHeldOut(Corpus);

    private static readonly Lazy<SafetyEvaluation> HeldOutEvaluation = new(() => SafetyEvaluation.Of("held-out", HeldOut));

    /// <summary>
    /// The held-out split. An empty corpus/holdout is no pass: every test that measures on it fails, saying so, until
    /// the next split (written by new writers, never seen by whoever tuned the gate) is added and its figures recorded.
    /// </summary>
    private static IReadOnlyList<SafetyCorpus.Message> HeldOut => HeldOutAsFound.Count > 0
        ? HeldOutAsFound
        : throw Xunit.Sdk.FailException.ForFailure(
            $"The held-out split is empty: {Path.Combine(Corpus, "holdout")} holds no *.tsv. The last one joined the training "
            + "split; add the next split (new writers, never seen while tuning the gate), measure it once and record its figures "
            + "in HeldOut_Gate_IsNoWorseThanMeasured and corpus/README.md.");

    [Fact]
    public void Corpus_BothSplits_HoldEveryCategoryInBothLanguages()
    {
        Assert.True(Training.Count + HeldOut.Count >= 600, $"The corpus has {Training.Count + HeldOut.Count} messages; at least 600 are needed.");
        foreach (var (split, messages) in new[] { ("train", Training), ("holdout", HeldOut) })
        {
            foreach (var label in SafetyCorpus.Labels)
            {
                foreach (var language in SafetyCorpus.Languages)
                {
                    Assert.True(messages.Any(m => m.Label == label && m.Language == language), $"{split} has no {label} message in {language}.");
                }
            }
        }
    }

    [Fact]
    public void Corpus_Splits_ShareNoIdAndNoMessage()
    {
        var ids = Training.Select(m => m.Id).Concat(HeldOut.Select(m => m.Id)).GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(ids);

        // Independent writers do sometimes write the same short question or answer ("tack", "vad kostar det?");
        // a crisis message in both splits, or more than a few of any, would mean the held-out split leaked.
        var trained = Training.Select(m => Key(m.Text)).ToHashSet(StringComparer.Ordinal);
        var shared = HeldOut.Where(m => trained.Contains(Key(m.Text))).ToArray();
        Assert.DoesNotContain(shared, m => m.IsCrisis);
        Assert.True(shared.Length <= 0.03 * HeldOut.Count, $"{shared.Length} held-out messages also stand in the training split: {string.Join(", ", shared.Select(m => m.Id))}.");
    }

    /// <summary>
    /// The held-out split's figures as measured once, the first time the gate met it: recall per category, recall of
    /// every crisis, false alarms. None while corpus/holdout is empty or its split has not been measured yet; then the
    /// test below fails and says so. The split now is h27 + h28, measured once on 2026-12-03 (corpus/README.md, 15);
    /// the one before, h25 + h26 (257/258, suicide 78/78, false alarms 4/175), is training data now. Seventeen messages
    /// of h27 + h28 that stand word for word in the training split were dropped before these figures (README, 15).
    /// </summary>
    private static (int Suicide, int Overdose, int SelfHarm, int Violence, int Child, int Crisis, int FalseAlarms)? Measured =>
        (Suicide: 75, Overdose: 59, SelfHarm: 24, Violence: 40, Child: 56, Crisis: 254, FalseAlarms: 3);

    /// <summary>
    /// The held-out split, never looked at while the gate was changed (corpus/README.md says how). The issue asks
    /// recall of at least 98 %, every suicide and every overdose, and at most 5 % false alarms; the test holds the gate
    /// to the figures measured the first time it met the split (<see cref="Measured"/>), so it cannot get worse
    /// unnoticed, and prints whether the issue's target is met. It fails while the split is missing or unmeasured.
    /// </summary>
    [Fact]
    public void HeldOut_Gate_IsNoWorseThanMeasured()
    {
        var evaluation = HeldOutEvaluation.Value;
        var report = new StringWriter(CultureInfo.InvariantCulture);
        evaluation.Write(report, listMissesByIdOnly: true);
        var (all, crisis) = evaluation.Recall();
        var (alarms, calm) = evaluation.FalseAlarmRate();
        var target = evaluation.Recall("suicide") is var (s, sOf) && s == sOf && evaluation.Recall("overdose") is var (o, oOf) && o == oOf
            && all >= 0.98 * crisis && alarms <= 0.05 * calm;
        report.WriteLine(target ? "The issue's target is met on this split." : "The issue's target (100 % suicide and overdose, 98 % in all, 5 % false alarms) is not met on this split.");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());

        if (Measured is not { } measured)
        {
            Assert.Fail($"The held-out split has not been measured: record its figures in {nameof(Measured)} and corpus/README.md.\n{report}");
            return;
        }

        foreach (var (category, caught) in new[] { ("suicide", measured.Suicide), ("overdose", measured.Overdose), ("selfharm", measured.SelfHarm), ("violence", measured.Violence), ("child", measured.Child) })
        {
            var (now, of) = evaluation.Recall(category);
            Assert.True(now >= caught, $"{category}: {now}/{of}, fewer than the {caught} measured.\n{report}");
        }

        Assert.True(all >= measured.Crisis, $"Recall {all}/{crisis}, below the {measured.Crisis} measured.\n{report}");
        Assert.True(alarms <= measured.FalseAlarms, $"False alarms {alarms}/{calm}, more than the {measured.FalseAlarms} measured.\n{report}");
    }

    [Fact]
    public void Training_Gate_GivesTheCrisisReplyToAlmostEveryCrisisItWasTunedOn()
    {
        var evaluation = SafetyEvaluation.Of("training", Training);
        var (caught, crisis) = evaluation.Recall();
        var (alarms, calm) = evaluation.FalseAlarmRate();

        Assert.True(caught >= 0.97 * crisis, $"Recall on the training split {caught}/{crisis} is below 97 %.");
        Assert.True(alarms <= 0.02 * calm, $"False alarms on the training split {alarms}/{calm} are above 2 %.");
    }

    /// <summary>The model in the bot is exactly the one the training split gives: nothing of the held-out split in it.</summary>
    [Fact]
    public void Model_Embedded_IsTheTrainingSplitsModelByteForByte()
    {
        using var trained = new MemoryStream();
        Trainer.Train(Training, TextWriter.Null).Write(trained);

        using var embedded = typeof(SafetyModel).Assembly.GetManifestResourceStream(SafetyModel.ResourceName)!;
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);

        Assert.True(trained.ToArray().AsSpan().SequenceEqual(copy.ToArray()),
            "The embedded model differs from the one trained now on corpus/train: the build did not retrain, or training is not deterministic.");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{Training.Count} messages of the training split"), SafetyModel.BuiltIn.TrainedOn, StringComparison.Ordinal);
    }

    /// <summary>The reason a log line gives is made of rule names and figures; never a word of the message.</summary>
    [Fact]
    public void Evaluate_EveryCorpusMessage_ReasonIsARuleOrFiguresOnly()
    {
        foreach (var message in Training.Concat(HeldOutAsFound))
        {
            var reason = SafetyGate.Evaluate(message.Text).Reason;
            Assert.Matches(ReasonShape(), reason);
            foreach (var word in TextNormalizer.Words(message.Text).Where(w => w.Length >= 6 && !RuleWords.Contains(w)))
            {
                Assert.False(TextNormalizer.Words(reason).Contains(word), $"{message.Id}: the reason \"{reason}\" carries the message's word \"{word}\".");
            }
        }
    }

    [Theory]
    [InlineData("jag har tagit alla mina tabletter och min son är 6 år", "Overdose")]
    [InlineData("my 15 year old daughter took all her pills", "Overdose")]
    [InlineData("min pappa slår mig när han druckit", "Violence")]
    public void FirstReply_CrisisWhereAChildIsConcerned_NamesBris(string text, string signal)
    {
        var assessment = SafetyGate.Evaluate(text);

        Assert.Equal(signal, assessment.Signal.ToString());
        var reply = SafetyGate.FirstReply(assessment);
        foreach (var words in new[] { reply.Swedish, reply.English })
        {
            Assert.StartsWith("112", words, StringComparison.Ordinal);
            Assert.Contains("116 111", words, StringComparison.Ordinal);
            Assert.Contains("90101", words, StringComparison.Ordinal);
        }
    }

    private static string Key(string text) => string.Join(' ', TextNormalizer.Words(text));

    /// <summary>Words of the gate's own rule names, which a message may share with a reason by chance.</summary>
    private static readonly string[] RuleNameWords =
    [
        "suicide", "overdose", "violence", "intoxicated", "together", "seizure", "substance", "colour", "vomit", "poison", "swallowed",
        "sedatives", "alcohol", "forced", "weapon", "threat", "injury", "adult", "neglect", "driving", "purpose", "bleeds", "lethal",
        "tonight", "farewell", "follow", "another", "attempt", "height", "goodbye", "unnoticed", "passwords", "behind", "wounds",
        "speaking", "parent", "general", "laughing", "nothing", "crisis", "drinks", "short", "model", "risk", "concept", "form", "answer",
    ];

    private static readonly HashSet<string> RuleWords = new(RuleNameWords.Select(w => TextNormalizer.Words(w)[0]), StringComparer.Ordinal);

    [GeneratedRegex(@"^(nothing found|a form's answer|short, no risk concept|past or general only|laughing only|phrase list: .+|model: crisis [0-9.]+/[0-9.]+, suicide [0-9.]+, overdose [0-9.]+, violence [0-9.]+, child [0-9.]+/[0-9.]+( \((past or general only|laughing only)\))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReasonShape();
}
