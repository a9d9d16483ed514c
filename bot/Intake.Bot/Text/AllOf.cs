namespace Intake.Bot.Text;

/// <summary>
/// A rule that holds when each of its parts stands somewhere in a message, in any order ("kramper" and "tog G";
/// "läpparna" and "blå"): for what people say in their own order and with other words between.
/// </summary>
internal sealed class AllOf(params PhraseList[] parts)
{
    public bool IsFoundIn(IReadOnlyList<string> text) => parts.All(p => p.IsFoundIn(text));

    /// <summary>Which phrase of each part stands in <paramref name="text"/> ("2+0"), for a log line or a reviewer.</summary>
    public string Explain(IReadOnlyList<string> text) => string.Join('+', parts.Select(p => p.IndexIn(text)));
}
