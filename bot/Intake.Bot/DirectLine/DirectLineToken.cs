namespace Intake.Bot.DirectLine;

/// <summary>
/// A Direct Line token for one conversation and one user, to hand to Web Chat. <see cref="UserId"/> is the
/// server-chosen <c>dl_</c> id Direct Line forces as <c>from.id</c>. ToString leaves the token out.
/// </summary>
internal sealed record DirectLineToken(string ConversationId, string Token, TimeSpan ExpiresIn, string UserId)
{
    public override string ToString() =>
        $"DirectLineToken {{ ConversationId = {ConversationId}, UserId = {UserId}, ExpiresIn = {ExpiresIn} }}";
}
