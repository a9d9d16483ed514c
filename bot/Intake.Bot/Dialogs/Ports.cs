using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>What the bot needs from the app to send a submission: the same service as <c>POST /api/…</c>.</summary>
internal interface ISubmissionPort
{
    Task<SubmitResult> SubmitAsync(SubmissionKind kind, SubmissionInput input, Language language, CancellationToken cancellationToken);
}

internal abstract record SubmitResult
{
    private SubmitResult()
    {
    }

    public sealed record Accepted(string Reference, string WhatHappensNext) : SubmitResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SubmitResult;

    public sealed record Unavailable : SubmitResult;
}

/// <summary>One thing the bot says, with optional buttons (suggested actions); plain text only.</summary>
internal sealed record BotReply(string Text, IReadOnlyList<string> Choices)
{
    /// <summary>The reply carries the person's own words (the summary): it was rendered piece by piece and is not
    /// rendered again, so that nothing they wrote is ever read as a placeholder.</summary>
    public bool HasPersonsWords { get; init; }

    public static BotReply Say(string text) => new(text, []);
}
