using System.Globalization;
using Intake.Bot.Safety.Model;
using Intake.Safety.Trainer;

// Usage: Intake.Safety.Trainer <training-split-directory> <model-file>
// Trains the safety gate's model on the training split only, chooses its thresholds by cross-validation on that
// same split, prints the cross-validated figures, and writes the model. Deterministic: the same split gives the same
// bytes. The held-out split is never read here.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Intake.Safety.Trainer <training-split-directory> <model-file>");
    return 2;
}

try
{
    var corpus = SafetyCorpus.ReadDirectory(args[0]);
    var result = Trainer.Train(corpus, Console.Out);
    var directory = Path.GetDirectoryName(Path.GetFullPath(args[1]));
    if (directory is not null)
    {
        Directory.CreateDirectory(directory);
    }

    var temporary = args[1] + ".tmp";
    using (var stream = File.Create(temporary))
    {
        result.Write(stream);
    }

    File.Move(temporary, args[1], overwrite: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"safety model: {result.Features.Count} features, written to {args[1]}"));
    return 0;
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine("error SAFETY001: " + e.Message);
    return 1;
}
