using Intake.Bot.Auth;
using Intake.Bot.Messaging;
using Intake.Bot.Protocol;
using Intake.Functions.Functions;
using Intake.Functions.Localization;
using Intake.Functions.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Bot;

/// <summary><c>POST /api/messages</c>: the Bot Framework endpoint (Azure Bot Service signs every call: anonymous at
/// the Functions level, authenticated by the bot's own token check).</summary>
internal sealed class BotFunctions(BotRequestHandler handler, BotTurnRunner runner, IOptions<ChatOptions> chat)
{
    [Function("Messages")]
    public async Task<IActionResult> MessagesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/messages")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await BotEndpoints.HandleAsync(request.HttpContext, handler, runner, cancellationToken));

    [Function("ChatToken")]
    public async Task<IActionResult> ChatTokenAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/chat/token")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await ChatTokenEndpoints.IssueAsync(chat, request.HttpContext, cancellationToken));
}

/// <summary>
/// The one path of <c>POST /api/messages</c> in both hosts. A request is refused as early as it can be, so that an
/// anonymous caller costs no more than its headers: first the token, from the header alone (a request without a valid
/// one is refused before its body is read), then a body over the limit (read through the limit, whatever
/// Content-Length says or if there is none). Plain statuses, as the channels expect.
/// </summary>
internal static class BotEndpoints
{
    internal static async Task<IResult> HandleAsync(HttpContext context, BotRequestHandler handler, BotTurnRunner runner, CancellationToken cancellationToken)
    {
        string? authorization = context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null;
        BotTokenCheck token = await handler.CheckTokenAsync(authorization, cancellationToken);
        if (token is BotTokenCheck.Refused refused)
        {
            return TypedResults.StatusCode(refused.Failure.Status);
        }

        if (!ContentCoding.IsIdentity(context.Request))
        {
            ContentCoding.AcceptIdentityOnly(context.Response);
            return BodyProblems.For(BodyProblem.UnsupportedContentEncoding, RequestLanguage.Of(context.Request));
        }

        // The server's limit only now: the unread body of a refused request is drained by Kestrel (discarded, for 5 s at
        // most), so that its sender reads the 401 instead of a connection reset under its feet.
        BotActivityReader.LimitBody(context);
        (Activity? activity, int status) = await BotActivityReader.ReadAsync(context.Request, cancellationToken);
        return activity is null
            ? TypedResults.StatusCode(status)
            : TypedResults.StatusCode(await handler.HandleAsync(token, activity, runner.RunAsync, cancellationToken));
    }
}
