using System.Diagnostics.Tracing;
using System.Text.Json;
using Azure;
using Azure.Core.Diagnostics;
using Intake.Bot.DirectLine;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.DirectLine;

/// <summary>tokens/generate against a Kestrel stand-in for Direct Line (§8); the secret never leaks.</summary>
public sealed class DirectLineTokenClientTests
{
    private const string Secret = "dl-secret-Xq7-never-in-logs";
    private const string Generated = """{"conversationId":"Kx9aZ2v3fQe7Pm0-us","token":"dl-token-abc","expires_in":1800}""";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GenerateToken_Accepted_PostsSecretAndServerChosenUserAndReturnsToken()
    {
        await using StubServer directLine = await StubServer.StartAsync(_ => StubReply.Json(Generated));

        DirectLineToken token = await Client(directLine).GenerateTokenAsync(Cancel);

        StubRequest request = Assert.Single(directLine.Requests);
        Assert.Equal(("POST", "/v3/directline/tokens/generate"), (request.Method, request.PathAndQuery));
        Assert.Equal("Bearer " + Secret, request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        JsonElement user = JsonDocument.Parse(request.Body).RootElement.GetProperty("user");
        Assert.Equal(token.UserId, user.GetProperty("id").GetString());
        Assert.Matches("^dl_[0-9a-f]{32}$", token.UserId);
        Assert.Equal(("Kx9aZ2v3fQe7Pm0-us", "dl-token-abc", TimeSpan.FromMinutes(30)), (token.ConversationId, token.Token, token.ExpiresIn));
        Assert.DoesNotContain("dl-token-abc", token.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateToken_TwoCalls_UseDifferentUserIds()
    {
        await using StubServer directLine = await StubServer.StartAsync(_ => StubReply.Json(Generated));
        DirectLineTokenClient client = Client(directLine);

        DirectLineToken first = await client.GenerateTokenAsync(Cancel);
        DirectLineToken second = await client.GenerateTokenAsync(Cancel);

        Assert.NotEqual(first.UserId, second.UserId);
    }

    [Fact]
    public async Task GenerateToken_Forbidden_ThrowsWithoutTheSecretInMessageOrLogs()
    {
        var logs = new List<string>();
        using var listener = new AzureEventSourceListener((_, text) => { lock (logs) { logs.Add(text); } }, EventLevel.Verbose);
        await using StubServer directLine = await StubServer.StartAsync(_ => new StubReply(
            403, $$$"""{"error":{"code":"BadArgument","message":"Invalid secret {{{Secret}}}"}}"""));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => Client(directLine).GenerateTokenAsync(Cancel));

        Assert.Equal((403, "BadArgument"), (ex.Status, ex.ErrorCode));
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
        lock (logs)
        {
            Assert.NotEmpty(logs);
            Assert.DoesNotContain(logs, line => line.Contains(Secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task GenerateToken_AnswerWithoutToken_ThrowsUnreadable()
    {
        await using StubServer directLine = await StubServer.StartAsync(_ => StubReply.Json("""{"conversationId":"c"}"""));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => Client(directLine).GenerateTokenAsync(Cancel));

        Assert.Equal(200, ex.Status);
    }

    private static DirectLineTokenClient Client(StubServer directLine)
    {
        var options = new DirectLineTokenClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        return new DirectLineTokenClient(directLine.BaseUri, new AzureKeyCredential(Secret), options);
    }
}
