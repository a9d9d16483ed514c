namespace Intake.Bot.Safety.Model;

/// <summary>
/// The labelled messages of the safety corpus (tests/Intake.Bot.Tests/Safety/corpus): tab-separated
/// <c>id label lang text</c> with a header line. Read by the trainer and by the evaluation, never by the running bot.
/// </summary>
internal static class SafetyCorpus
{
    public static readonly string[] Labels = ["suicide", "selfharm", "overdose", "violence", "child", "calm"];

    public static readonly string[] Languages = ["sv", "en"];

    /// <summary>One labelled message.</summary>
    internal sealed record Message(string Id, string Label, string Language, string Text, string Source)
    {
        public bool IsCrisis => Label != "calm";
    }

    /// <summary>The corpus folder (tests/Intake.Bot.Tests/Safety/corpus) of the checkout that holds <paramref name="start"/>.</summary>
    public static string FindDirectory(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Intake.Bot.Tests", "Safety", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No tests/Intake.Bot.Tests/Safety/corpus above {start}.");
    }

    /// <summary>Every message of every <c>*.tsv</c> in <paramref name="directory"/>, in file and line order.</summary>
    public static IReadOnlyList<Message> ReadDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.tsv").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidDataException($"No *.tsv file in {directory}.");
        }

        var messages = files.SelectMany(Read).ToList();
        var duplicate = messages.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? messages : throw new InvalidDataException($"Id {duplicate.Key} is used twice in {directory}.");
    }

    /// <summary>
    /// The held-out split (<c>holdout/</c> under <paramref name="corpus"/>), or nothing when it holds no file: between
    /// two splits the folder is empty (the next one is added when it is measured). Whoever needs it to be there says
    /// so (<c>SafetyCorpusTests</c> fails); the report and the endpoint's samples go on with the training split.
    /// </summary>
    public static IReadOnlyList<Message> ReadHeldOut(string corpus)
    {
        var directory = Path.Combine(corpus, "holdout");
        return Directory.Exists(directory) && Directory.GetFiles(directory, "*.tsv").Length > 0 ? ReadDirectory(directory) : [];
    }

    public static IReadOnlyList<Message> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != "id\tlabel\tlang\ttext")
        {
            throw new InvalidDataException($"{path}: the first line must be the header 'id<TAB>label<TAB>lang<TAB>text'.");
        }

        var source = Path.GetFileName(path);
        var messages = new List<Message>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != 4 || !Labels.Contains(fields[1]) || !Languages.Contains(fields[2]) || fields[3].Trim().Length == 0)
            {
                throw new InvalidDataException($"{path} line {i + 1}: expected id, a label ({string.Join('/', Labels)}), sv/en and a text.");
            }

            messages.Add(new Message(fields[0], fields[1], fields[2], fields[3], source));
        }

        return messages;
    }
}
