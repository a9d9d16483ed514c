using System.Collections.Frozen;
using System.Globalization;

namespace Intake.Bot.Safety.Model;

/// <summary>
/// The safety gate's second layer: a linear model over <see cref="SafetyFeatures"/>, trained when the bot is built
/// on the corpus's training split (tools/Intake.Safety.Trainer) and embedded in this assembly. Scoring a message is
/// a lookup per feature and a sum: no allocation beyond the feature set, no network, the same answer every time.
/// Each feature's row holds its weights already multiplied by its value, and its value squared last (for the length).
/// </summary>
internal sealed class SafetyModel
{
    public const string ResourceName = "Intake.Bot.Safety.safety-model.bin";

    private static readonly ThreadLocal<HashSet<uint>> Features = new(() => new HashSet<uint>(256));

    private readonly FrozenDictionary<uint, float[]> weights;
    private readonly SafetyModelFile.Output[] outputs;

    private SafetyModel(SafetyModelFile file)
    {
        outputs = [.. file.Outputs];
        if (!outputs.Select(o => o.Name).SequenceEqual(SafetyModelFile.OutputNames))
        {
            throw new InvalidDataException("The safety model's outputs are not " + string.Join(", ", SafetyModelFile.OutputNames) + ".");
        }

        weights = file.Features.ToFrozenDictionary(
            f => f.Key,
            f => (float[])[.. f.Value.Weights.Select(w => w * f.Value.Value), f.Value.Value * f.Value.Value]);
        TrainedOn = file.TrainedOn;
    }

    private SafetyModel(SafetyModel model, float crisisThreshold)
    {
        outputs = [model.outputs[0] with { Threshold = crisisThreshold }, .. model.outputs.Skip(1)];
        weights = model.weights;
        TrainedOn = model.TrainedOn;
    }

    /// <summary>The model built into this assembly.</summary>
    public static SafetyModel BuiltIn { get; } = Load();

    /// <summary>What the model was trained on (counts and a fingerprint of the training split; no text).</summary>
    public string TrainedOn { get; }

    public int FeatureCount => weights.Count;

    public float CrisisThreshold => outputs[0].Threshold;

    public float ChildThreshold => outputs[4].Threshold;

    public static SafetyModel Load(Stream stream) => new(SafetyModelFile.Read(stream));

    public static SafetyModel From(SafetyModelFile file) => new(file);

    /// <summary>The same model read against another crisis threshold (the report's curves; the gate uses its own).</summary>
    public SafetyModel WithCrisisThreshold(float threshold) => new(this, threshold);

    public Score Assess(string? text)
    {
        var features = Features.Value!;
        SafetyFeatures.Extract(text, features);
        Span<double> sums = stackalloc double[5];
        var length = 0.0;
        foreach (var feature in features)
        {
            if (weights.TryGetValue(feature, out var row))
            {
                length += row[sums.Length];
                for (var o = 0; o < sums.Length; o++)
                {
                    sums[o] += row[o];
                }
            }
        }

        var scale = length == 0 ? 0 : 1 / Math.Sqrt(length);
        Span<double> p = stackalloc double[5];
        for (var o = 0; o < p.Length; o++)
        {
            p[o] = 1 / (1 + Math.Exp(-(outputs[o].Bias + (sums[o] * scale))));
        }

        return new Score((float)SafetyModelFile.CrisisScore(p), (float)p[1], (float)p[2], (float)p[3], (float)p[4], CrisisThreshold, ChildThreshold);
    }

    private static SafetyModel Load()
    {
        using var stream = typeof(SafetyModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The safety model ({ResourceName}) is not embedded: the build did not train it.");
        return Load(stream);
    }

    /// <summary>
    /// The model's scores for one message (the crisis score as <see cref="SafetyModelFile.CrisisScore"/> makes it, the
    /// others its outputs' probabilities), and the thresholds they are read against.
    /// </summary>
    internal readonly record struct Score(
        float Crisis, float Suicide, float Overdose, float Violence, float Child, float CrisisThreshold, float ChildThreshold)
    {
        public bool IsCrisis => Crisis >= CrisisThreshold;

        public bool IsAboutChild => Child >= ChildThreshold;

        /// <summary>Which kind of crisis the model finds likeliest; on a tie the more urgent one.</summary>
        public RiskSignal Likeliest()
        {
            (RiskSignal Signal, float P)[] bySeverity =
                [(RiskSignal.Overdose, Overdose), (RiskSignal.Suicide, Suicide), (RiskSignal.ChildInDanger, Child), (RiskSignal.Violence, Violence)];
            return bySeverity.MaxBy(s => s.P).Signal;
        }

        /// <summary>The figures, for a log line: no text.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"crisis {Crisis:0.00}/{CrisisThreshold:0.00}, suicide {Suicide:0.00}, overdose {Overdose:0.00}, violence {Violence:0.00}, child {Child:0.00}/{ChildThreshold:0.00}");
    }
}
