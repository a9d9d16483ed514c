using System.Globalization;
using System.Text;

namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>
/// What axe-core found on each page in this run, every impact, for people to read: <c>artifacts/axe-summary.txt</c>
/// under the repo root (gitignored), one line per page, language and state, sorted. Rewritten whole on each
/// <see cref="Record"/>, so it holds exactly this run's pages (scripts/test.sh removes it first).
/// </summary>
public static class AxeSummary
{
    private static readonly Lock Gate = new();
    private static readonly SortedDictionary<string, string> Lines = new(StringComparer.Ordinal);

    public static string DefaultPath { get; } = Path.Combine(Samples.RepoRoot, "artifacts", "axe-summary.txt");

    /// <summary>One page's result: counts by impact and the rule ids, e.g. <c>concern  sv  errors-nojs  critical 0 …</c>.</summary>
    public static string Line(string page, string language, string? state, IReadOnlyList<AxeViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        string Count(string impact) => violations.Count(v => v.Impact == impact).ToString(CultureInfo.InvariantCulture);
        string rules = violations.Count == 0
            ? "-"
            : string.Join(", ", violations.OrderBy(v => Rank(v.Impact)).ThenBy(v => v.Id, StringComparer.Ordinal)
                .Select(v => $"{v.Id} ({v.Impact}, {v.Nodes.Count.ToString(CultureInfo.InvariantCulture)} node{(v.Nodes.Count == 1 ? "" : "s")})"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{page,-10} {language,-3} {state ?? "-",-13} critical {Count("critical")}  serious {Count("serious")}  moderate {Count("moderate")}  minor {Count("minor")}  rules: {rules}");
    }

    /// <summary>Adds (or replaces) a page's line and writes the file.</summary>
    public static void Record(string page, string language, string? state, IReadOnlyList<AxeViolation> violations)
    {
        string line = Line(page, language, state, violations);
        lock (Gate)
        {
            Lines[$"{page}\u0000{language}\u0000{state}"] = line;
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"axe-core on the pages, citizen and staff ({string.Join(", ", Axe.Tags)}); written {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}\n");
            text.Append("page       lang state         violations by impact (serious and critical fail the test)\n");
            foreach (string each in Lines.Values)
            {
                text.Append(each).Append('\n');
            }

            Directory.CreateDirectory(Path.GetDirectoryName(DefaultPath)!);
            File.WriteAllText(DefaultPath, text.ToString());
        }
    }

    private static int Rank(string impact) => impact switch
    {
        "critical" => 0,
        "serious" => 1,
        "moderate" => 2,
        _ => 3,
    };
}
