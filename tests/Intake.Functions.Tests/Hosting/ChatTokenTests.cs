using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intake.Functions.Tests.Hosting;

/// <summary>POST /api/chat/token: the Direct Line secret stays on the server.</summary>
public sealed class ChatTokenTests(AzuriteFixture azurite)
{
    private const string Secret = "SECRET-direct-line-key-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChatToken_WithASecret_ReturnsAShortLivedTokenAndNeverTheSecret()
    {
        await using var directLine = await StartDirectLineStubAsync();
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: new()
        {
            ["Chat:DirectLineSecret"] = Secret,
            ["Chat:DirectLineEndpoint"] = directLine.Urls.First(),
        });

        var response = await app.Http.PostAsync("/api/chat/token", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("conversation-token", json.RootElement.GetProperty("token").GetString());
        Assert.StartsWith("dl_", json.RootElement.GetProperty("userId").GetString(), StringComparison.Ordinal);
        Assert.Equal(1800, json.RootElement.GetProperty("expiresIn").GetInt32());
    }

    [Fact]
    public async Task ChatToken_LocalDevelopment_PointsWebChatAtOfflineDirectLineWithAServerMadeUserId()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: new() { ["Chat:LocalDirectLineUrl"] = "http://127.0.0.1:3000/directline" });

        var first = await app.Http.PostAsync("/api/chat/token", null, Ct);
        var second = await (await app.Http.PostAsync("/api/chat/token", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var json = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("http://127.0.0.1:3000/directline", json.GetProperty("domain").GetString());
        Assert.False(json.GetProperty("webSocket").GetBoolean());
        Assert.NotEqual(json.GetProperty("userId").GetString(), second.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task ChatToken_NotConfigured_Answers503()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var response = await app.Http.PostAsync("/api/chat/token", null, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    /// <summary>Direct Line's token generation, as the spec describes it: Bearer secret in, token out.</summary>
    private static async Task<WebApplication> StartDirectLineStubAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var stub = builder.Build();
        stub.MapPost("/v3/directline/tokens/generate", (HttpContext context) =>
            context.Request.Headers.Authorization.ToString() == "Bearer " + Secret
                ? Results.Json(new { conversationId = "conv-1", token = "conversation-token", expires_in = 1800 })
                : Results.StatusCode(403));
        await stub.StartAsync();
        return stub;
    }
}
