using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Pages;

namespace Intake.Functions.Tests.Validation;

/// <summary>
/// A body the app would have to decode first (Content-Encoding other than identity) is refused with 415 and changes
/// nothing, on every endpoint that reads a body: the three submissions, the form pages and the bot's endpoint. Before,
/// the header was ignored and a plain body sent as "gzip" was stored.
/// </summary>
public sealed class ContentEncodingTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ByteArrayContent Encoded(byte[] body, string mediaType, params string[] codings)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        foreach (var coding in codings)
        {
            content.Headers.ContentEncoding.Add(coding);
        }

        return content;
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    public static TheoryData<string, string> Submissions() => new()
    {
        { "/api/concerns", "concern-adult" },
        { "/api/support-requests", "support-request" },
        { "/api/relative-support-requests", "relative-support" },
    };

    [Theory]
    [MemberData(nameof(Submissions))]
    public async Task Submit_WithAContentEncoding_Answers415ProblemAndStoresNothing_IdentityIsAccepted(string path, string sample)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var plain = Encoding.UTF8.GetBytes(Samples.Read(sample));

        // A plain body that only says it is compressed (what was stored before), a real gzip body, and others.
        var refused = new List<HttpResponseMessage>
        {
            await app.Http.SendAsync(Samples.Post(path, Encoded(plain, "application/json", "gzip")), Ct),
            await app.Http.SendAsync(Samples.Post(path, Encoded(Gzip(Samples.Read(sample)), "application/json", "gzip")), Ct),
            await app.Http.SendAsync(Samples.Post(path, Encoded(plain, "application/json", "br")), Ct),
            await app.Http.SendAsync(Samples.Post(path, Encoded(plain, "application/json", "identity", "deflate")), Ct),
        };
        var english = await app.Http.SendAsync(Samples.Post(path, Encoded(plain, "application/json", "gzip"), "en"), Ct);

        foreach (var response in refused.Append(english))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("identity", SecurityHeaderTests.Header(response, "Accept-Encoding"));
            SecurityHeaderTests.AssertSecurityHeaders(response, path);
        }

        using var swedish = JsonDocument.Parse(await refused[0].Content.ReadAsStringAsync(Ct));
        Assert.Equal("Komprimerat innehåll tas inte emot.", swedish.RootElement.GetProperty("title").GetString());
        using var inEnglish = JsonDocument.Parse(await english.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Compressed content is not accepted.", inEnglish.RootElement.GetProperty("title").GetString());
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Empty(await storage.MessagesAsync(storage.IntakeQueue));

        // "identity" is no coding at all: the same body is taken.
        var identity = await app.Http.SendAsync(Samples.Post(path, Encoded(plain, "application/json", "identity")), Ct);
        Assert.Equal(HttpStatusCode.Accepted, identity.StatusCode);
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
    }

    [Theory]
    [InlineData("/oro", "Det du skickade kunde inte tas emot")]
    [InlineData("/en/concern", "What you sent could not be received")]
    public async Task FormPost_WithAContentEncoding_Answers415WithTheFormPageAndStoresNothing(string path, string notice)
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync(path, Ct));
        var fields = BrowserForm.Fill(form, FormPostTests.Answers(["about=adult", "areas=alcohol", "description=Min bror dricker varje dag.", "childrenInHousehold=no", "acuteDanger=false", "professional=false", "anonymous=true"]));
        var body = await new FormUrlEncodedContent(fields).ReadAsByteArrayAsync(Ct);
        using var request = BrowserForm.Post(path, []);
        request.Content = Encoded(body, "application/x-www-form-urlencoded", "gzip");

        var response = await app.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        SecurityHeaderTests.AssertSecurityHeaders(response, path);
        var page = HtmlDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(notice, page.ById("error-summary-title")!.Text);
        Assert.NotNull(page.ById("intake-form"));
        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Empty(await storage.MessagesAsync(storage.IntakeQueue));
    }

    [Fact]
    public async Task BotMessages_WithAContentEncoding_Answers415AndNoTurnRuns()
    {
        await using var channel = await ChannelStub.StartAsync();
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var activity = JsonSerializer.Serialize(new
        {
            type = "message", id = "a1", channelId = "emulator", serviceUrl = channel.ServiceUrl.ToString().TrimEnd('/'), locale = "sv-SE",
            text = "hej", from = new { id = "user-1" }, conversation = new { id = "conv-gzip" },
        });

        var response = await app.Http.PostAsync("/api/messages", Encoded(Gzip(activity), "application/json", "gzip"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("identity", SecurityHeaderTests.Header(response, "Accept-Encoding"));
        Assert.Empty(channel.Received);
        Assert.Empty(await storage.EntitiesAsync(storage.ConversationsTable));
    }
}
