using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Core;
using Intake.Bot.Http;

namespace Intake.Bot.DirectLine;

/// <summary>
/// Mints Direct Line tokens with the channel secret (§8), so the secret stays on the server: the browser gets a token
/// for one conversation and one server-chosen user id. The secret is sent only in the Authorization header, which
/// Azure.Core's logging redacts, and is never part of an exception.
/// </summary>
internal sealed class DirectLineTokenClient
{
    public static readonly Uri GlobalEndpoint = new("https://directline.botframework.com");
    private const string Operation = "GenerateDirectLineToken";
    private const string UserIdPrefix = "dl_";

    private readonly Uri _generateUri;
    private readonly AzureKeyCredential _secret;
    private readonly BotServicePipeline _pipeline;

    /// <param name="endpoint"><see cref="GlobalEndpoint"/>, or a regional one (https://europe.directline.botframework.com).</param>
    public DirectLineTokenClient(Uri endpoint, AzureKeyCredential secret, DirectLineTokenClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The Direct Line endpoint must be an absolute http or https URI.", nameof(endpoint));
        }

        _generateUri = new Uri(endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/v3/directline/tokens/generate");
        _secret = secret ?? throw new ArgumentNullException(nameof(secret));
        _pipeline = new BotServicePipeline(options ?? new DirectLineTokenClientOptions());
    }

    /// <summary>POST v3/directline/tokens/generate for a new, unguessable <c>dl_</c> user id.</summary>
    public async Task<DirectLineToken> GenerateTokenAsync(CancellationToken cancellationToken = default)
    {
        string userId = UserIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(
            new DirectLineTokenRequest(new DirectLineUser(userId)), DirectLineJsonContext.Default.DirectLineTokenRequest);
        using HttpMessage message = _pipeline.CreateJsonPost(_generateUri, _secret.Key, body);
        Response response = await _pipeline.SendAsync(message, Operation, cancellationToken).ConfigureAwait(false);
        return Read(response, userId);
    }

    private static DirectLineToken Read(Response response, string userId)
    {
        DirectLineTokenResponse? answer;
        try
        {
            answer = JsonSerializer.Deserialize(response.Content.ToMemory().Span, DirectLineJsonContext.Default.DirectLineTokenResponse);
        }
        catch (JsonException)
        {
            // Not chained: the body carries a token, and a parser message may quote it.
            throw BotServiceErrors.Unreadable(response, Operation);
        }

        return answer is { ConversationId: { Length: > 0 } conversationId, Token: { Length: > 0 } token, ExpiresIn: > 0 and var expiresIn }
            ? new DirectLineToken(conversationId, token, TimeSpan.FromSeconds(expiresIn), userId)
            : throw BotServiceErrors.Unreadable(response, Operation);
    }
}
