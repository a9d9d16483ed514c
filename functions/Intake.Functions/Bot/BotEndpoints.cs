using System.Text.Json;
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

internal static class BotEndpoints
{
    private const int MaxActivityBytes = 256 * 1024;

    internal static async Task<IResult> HandleAsync(HttpContext context, BotRequestHandler handler, BotTurnRunner runner, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxActivityBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!ContentCoding.IsIdentity(context.Request))
        {
            ContentCoding.AcceptIdentityOnly(context.Response);
            return BodyProblems.For(BodyProblem.UnsupportedContentEncoding, RequestLanguage.Of(context.Request));
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(context.Request.Body, BotJsonContext.Default.Activity, cancellationToken);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (activity is null)
        {
            return TypedResults.BadRequest();
        }

        var status = await handler.HandleAsync(context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, runner.RunAsync, cancellationToken);
        return TypedResults.StatusCode(status);
    }
}
