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

    private static readonly IReadOnlyList<SafetyCorpus.Message> HeldOut = SafetyCorpus.ReadDirectory(Path.Combine(Corpus, "holdout"));

    private static readonly Lazy<SafetyEvaluation> HeldOutEvaluation = new(() => SafetyEvaluation.Of("held-out", HeldOut));

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
    /// The held-out split (h11 + h12), never looked at while the gate was changed (corpus/README.md says how). The issue
    /// asks recall of at least 98 %, every suicide and every overdose, and at most 5 % false alarms. **The gate does not
    /// reach that on this split**: measured once, on 2026-12-02, it gives 245/260 (94.2 %), suicide 71/80, overdose
    /// 58/60, self-harm 22/24, violence 43/44, child 51/52, false alarms 2/180 (1.1 %). Until a better gate reaches the
    /// target (and a fresh split confirms it), this test holds the gate to those figures so it cannot get worse
    /// unnoticed; it claims nothing more, and the issue stays open.
    /// </summary>
    [Fact]
    public void HeldOut_Gate_IsNoWorseThanMeasured_TheTargetIsNotYetMet()
    {
        var evaluation = HeldOutEvaluation.Value;
        var report = new StringWriter(CultureInfo.InvariantCulture);
        evaluation.Write(report, listMissesByIdOnly: true);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());

        foreach (var (category, measured) in new[] { ("suicide", 71), ("overdose", 58), ("selfharm", 22), ("violence", 43), ("child", 51) })
        {
            var (caught, of) = evaluation.Recall(category);
            Assert.True(caught >= measured, $"{category}: {caught}/{of}, fewer than the {measured} measured.\n{report}");
        }

        var (all, crisis) = evaluation.Recall();
        Assert.True(all >= 245, $"Recall {all}/{crisis}, below the 245 measured.\n{report}");
        var (alarms, calm) = evaluation.FalseAlarmRate();
        Assert.True(alarms <= 2, $"False alarms {alarms}/{calm}, more than the 2 measured.\n{report}");
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
        foreach (var message in Training.Concat(HeldOut))
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
        "speaking", "parent", "general", "laughing", "nothing", "crisis", "drinks",
    ];

    private static readonly HashSet<string> RuleWords = new(RuleNameWords.Select(w => TextNormalizer.Words(w)[0]), StringComparer.Ordinal);

    [GeneratedRegex(@"^(nothing found|past or general only|laughing only|phrase list: .+|model: crisis [0-9.]+/[0-9.]+, suicide [0-9.]+, overdose [0-9.]+, violence [0-9.]+, child [0-9.]+/[0-9.]+( \((past or general only|laughing only)\))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReasonShape();
}
