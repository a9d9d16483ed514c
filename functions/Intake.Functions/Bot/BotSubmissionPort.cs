using Intake.Bot.Dialogs;
using Intake.Core.Localization;
using Intake.Core.References;
using Intake.Core.Submissions;
using Intake.Functions.Submissions;

namespace Intake.Functions.Bot;

/// <summary>The bot's way to send a submission: the very service behind <c>POST /api/…</c>, channel "bot".</summary>
internal sealed class BotSubmissionPort(SubmissionService service) : ISubmissionPort
{
    public async Task<SubmitResult> SubmitAsync(SubmissionKind kind, SubmissionInput input, Language language, CancellationToken cancellationToken) =>
        await service.SubmitAsync(kind, input, language, Channels.Bot, cancellationToken) switch
        {
            SubmitOutcome.Accepted accepted => new SubmitResult.Accepted(
                ReferenceNumber.TryParse(accepted.Submission.Id, out var reference) ? reference.ToString() : accepted.Submission.Id,
                NextSteps.Describe(kind, accepted.Submission.Answers, language)),
            SubmitOutcome.Invalid invalid => new SubmitResult.Invalid(invalid.Errors),
            _ => new SubmitResult.Unavailable(),
        };
}
