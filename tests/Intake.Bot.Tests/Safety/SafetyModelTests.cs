using Intake.Bot.Safety.Model;

namespace Intake.Bot.Tests.Safety;

/// <summary>
/// The model file's arithmetic as the bot reads it, on a model small enough to compute by hand: the trainer and the bot
/// must score a message the same way, or the thresholds chosen in training mean something else in the chat.
/// </summary>
public sealed class SafetyModelTests
{
    private static readonly float[] Biases = [-1.0f, -0.5f, 0.25f, -2.0f, 0.0f];

    [Fact]
    public void Assess_EachOutput_IsItsBiasPlusTheValuedWeights_OverTheLengthOfTheValues()
    {
        const string text = "min bror svarar inte och har tagit alla tabletterna";
        var (rare, common, unknown) = ThreeFeaturesOf(text);
        float[] rareWeights = [1.5f, 2.0f, -0.5f, 0.25f, -1.0f];
        float[] commonWeights = [-0.75f, 0.5f, 1.0f, -0.25f, 0.5f];
        var file = Model(new() { [rare] = new(3.0f, rareWeights), [common] = new(1.0f, commonWeights) });

        var score = SafetyModel.From(file).Assess(text);

        // Only the two known features count (the message has many more, unknown to this model); the values' length is
        // sqrt(3² + 1²), not the square root of the number of features.
        Assert.DoesNotContain(unknown, file.Features.Keys);
        var length = Math.Sqrt((3.0 * 3.0) + (1.0 * 1.0));
        var expected = Enumerable.Range(0, 5)
            .Select(o => 1 / (1 + Math.Exp(-(Biases[o] + (((3.0 * rareWeights[o]) + (1.0 * commonWeights[o])) / length)))))
            .ToArray();
        Assert.Equal(expected[1], score.Suicide, 5);
        Assert.Equal(expected[2], score.Overdose, 5);
        Assert.Equal(expected[3], score.Violence, 5);
        Assert.Equal(expected[4], score.Child, 5);
        Assert.Equal(SafetyModelFile.CrisisScore(expected), score.Crisis, 5);
    }

    [Fact]
    public void Assess_TheRarerFeature_OutweighsACommonOneOfEqualWeight()
    {
        const string text = "jag har gett bort katten och skrivit brev till alla";
        var (first, second, _) = ThreeFeaturesOf(text);
        float[] up = [2f, 2f, 2f, 2f, 2f];
        float[] down = [-2f, -2f, -2f, -2f, -2f];

        var rareUp = SafetyModel.From(Model(new() { [first] = new(4.0f, up), [second] = new(1.0f, down) })).Assess(text);
        var rareDown = SafetyModel.From(Model(new() { [first] = new(1.0f, up), [second] = new(4.0f, down) })).Assess(text);

        Assert.True(rareUp.Suicide > Sigmoid(Biases[1]) && rareDown.Suicide < Sigmoid(Biases[1]), $"{rareUp.Suicide} / {rareDown.Suicide}");
    }

    [Fact]
    public void Assess_AMessageWithNoKnownFeature_IsTheBiasAlone()
    {
        var score = SafetyModel.From(Model([])).Assess("hej");

        Assert.Equal(Sigmoid(Biases[1]), score.Suicide, 5);
        Assert.Equal(Sigmoid(Biases[4]), score.Child, 5);
    }

    [Fact]
    public void File_WrittenAndReadBack_IsTheSameModel()
    {
        var (a, b, _) = ThreeFeaturesOf("he is not breathing right and his lips are blue");
        var file = Model(new() { [a] = new(2.5f, [0.1f, 0.2f, 0.3f, 0.4f, 0.5f]), [b] = new(1.25f, [-0.1f, -0.2f, -0.3f, -0.4f, -0.5f]) });
        using var stream = new MemoryStream();
        file.Write(stream);
        stream.Position = 0;

        var read = SafetyModelFile.Read(stream);

        Assert.Equal(file.TrainedOn, read.TrainedOn);
        Assert.Equal(file.Outputs, read.Outputs);
        Assert.Equal(file.Features.Keys.Order(), read.Features.Keys.Order());
        foreach (var (id, feature) in file.Features)
        {
            Assert.Equal(feature.Value, read.Features[id].Value);
            Assert.Equal(feature.Weights, read.Features[id].Weights);
        }
    }

    [Fact]
    public void File_OfTheFormerVersion_IsRefused_NotMisread()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("ISGM"u8.ToArray());
            writer.Write(1);
            writer.Write("version 1: weights without values");
        }

        stream.Position = 0;
        var refused = Assert.Throws<InvalidDataException>(() => SafetyModelFile.Read(stream));
        Assert.Contains("version 2", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, 1000)]
    [InlineData(1000, 999)]
    public void InverseDocumentFrequency_AFeatureInEveryMessage_IsWorthAboutOne(int messages, int with) =>
        Assert.InRange(SafetyModelFile.InverseDocumentFrequency(messages, with), 1.0, 1.01);

    [Fact]
    public void InverseDocumentFrequency_RarerIsWorthMore() =>
        Assert.True(SafetyModelFile.InverseDocumentFrequency(14_000, 2) > SafetyModelFile.InverseDocumentFrequency(14_000, 200));

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private static (uint A, uint B, uint C) ThreeFeaturesOf(string text)
    {
        var features = new HashSet<uint>();
        SafetyFeatures.Extract(text, features);
        var sorted = features.Order().ToArray();
        Assert.True(sorted.Length >= 3, $"{sorted.Length} features");
        return (sorted[0], sorted[1], sorted[2]);
    }

    private static SafetyModelFile Model(Dictionary<uint, SafetyModelFile.Feature> features) =>
        new(
            [.. SafetyModelFile.OutputNames.Select((name, o) => new SafetyModelFile.Output(name, Biases[o], 0.5f))],
            features,
            "a hand-made model for the test");
}
