using System.Text.Json;
using Intake.Bot.Messaging;
using Intake.Bot.Protocol;

namespace Intake.Functions.Bot;

/// <summary><c>POST /api/messages</c>: the Bot Framework endpoint (an HTTP function, forwarded by the Functions host).</summary>
internal static class BotEndpoints
{
    private const int MaxActivityBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).WithName("Messages");
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, BotRequestHandler handler, BotTurnRunner runner, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxActivityBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
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
