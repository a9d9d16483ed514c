using Azure;
using Intake.Bot.DirectLine;
using Intake.Functions.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Bot;

/// <summary>Configuration section <c>Chat</c>: how Web Chat reaches the bot.</summary>
internal sealed class ChatOptions
{
    public const string SectionName = "Chat";

    /// <summary>The Direct Line secret (Key Vault in Azure). Never sent to a browser: exchanged for a token here.</summary>
    public string? DirectLineSecret { get; set; }

    public Uri DirectLineEndpoint { get; set; } = DirectLineTokenClient.GlobalEndpoint;

    /// <summary>Local development: no secret; Web Chat talks to offline-directline at this address instead.</summary>
    public Uri? LocalDirectLineUrl { get; set; }
}

/// <summary>In Production, Web Chat is never sent to this machine (an offline-directline left configured): the app
/// refuses to start, naming the setting. (Chat:DirectLineEndpoint defaults to the global endpoint; it is not checked,
/// so that a Production-mode test can stand a Direct Line stub on loopback.)</summary>
internal sealed class ChatOptionsValidation(IHostEnvironment environment) : IValidateOptions<ChatOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        var problem = Hosting.PublicAddresses.Problem(environment, "Chat:LocalDirectLineUrl", options.LocalDirectLineUrl);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
    }
}

/// <summary>What Web Chat needs to start: a short-lived token bound to a server-made user id, and where to connect.</summary>
internal sealed record ChatTokenResponse(string Token, string UserId, string? ConversationId, int ExpiresIn, string Domain, bool WebSocket);

/// <summary><c>POST /api/chat/token</c>: exchanges the Direct Line secret for a conversation token, server side.</summary>
internal static class ChatTokenEndpoints
{
    internal static async Task<Results<Ok<ChatTokenResponse>, ProblemHttpResult>> IssueAsync(
        IOptions<ChatOptions> options, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.DirectLineSecret))
        {
            try
            {
                var client = new DirectLineTokenClient(o.DirectLineEndpoint, new AzureKeyCredential(o.DirectLineSecret));
                var token = await client.GenerateTokenAsync(cancellationToken);
                return TypedResults.Ok(new ChatTokenResponse(token.Token, token.UserId, token.ConversationId,
                    (int)token.ExpiresIn.TotalSeconds, new Uri(o.DirectLineEndpoint, "v3/directline").ToString(), true));
            }
            catch (RequestFailedException)
            {
                return TypedResults.Problem(title: "Chatten är inte tillgänglig just nu. / The chat is not available right now.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }

        if (o.LocalDirectLineUrl is { } local)
        {
            // offline-directline ignores tokens; the user id is still made here, never chosen by the browser.
            var userId = "dl_" + Guid.NewGuid().ToString("N");
            return TypedResults.Ok(new ChatTokenResponse("local-development", userId, null, 1800, local.ToString().TrimEnd('/'), false));
        }

        return TypedResults.Problem(title: "Chatten är inte konfigurerad. / The chat is not configured.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
