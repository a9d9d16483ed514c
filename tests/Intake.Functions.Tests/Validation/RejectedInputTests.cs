using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Validation;

/// <summary>One app for the class: every request here is rejected, and afterwards nothing at all is stored.</summary>
public sealed class RejectedInputFixture(AzuriteFixture azurite) : IAsyncLifetime
{
    public IntakeApp App { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        App = new IntakeApp(new TestStorage(azurite));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        // Rejected input changes nothing: no submission stored, nothing queued.
        Assert.Empty(await App.Storage.EntitiesAsync(App.Storage.SubmissionsTable));
        Assert.Empty(await App.Storage.MessagesAsync(App.Storage.IntakeQueue));
        await App.DisposeAsync();
    }
}

public sealed class RejectedInputTests(RejectedInputFixture fixture) : IClassFixture<RejectedInputFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string With(string sample, string field, object? value)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Samples.Read(sample))!;
        body[field] = JsonSerializer.SerializeToElement(value);
        return JsonSerializer.Serialize(body);
    }

    private static string Without(string sample, params string[] fields)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Samples.Read(sample))!;
        foreach (var field in fields)
        {
            body.Remove(field);
        }

        return JsonSerializer.Serialize(body);
    }

    public static TheoryData<string, string, string, string, string> Cases() => new()
    {
        // route, body, field, Swedish, English
        { "/api/concerns", Without("concern-adult", "description"), "description", "Fyll i beskrivning.", "Enter description." },
        { "/api/concerns", With("concern-adult", "description", new string('x', 4001)), "description", "högst 4000 tecken", "4000 characters or fewer" },
        { "/api/concerns", With("concern-adult", "description", "hej\u0007"), "description", "tecken som inte är tillåtna", "characters that are not allowed" },
        { "/api/concerns", With("concern-adult", "about", "cat"), "about", "Välj ett av alternativen", "Choose one of the options" },
        { "/api/concerns", With("concern-adult", "acuteDanger", 1), "acuteDanger", "har fel format", "has the wrong format" },
        { "/api/concerns", With("concern-adult", "reporterName", "Anna"), "reporterName", "Du har valt att vara anonym", "You chose to be anonymous" },
        { "/api/concerns", With("concern-adult", "professional", true), "anonymous", "Du kan inte vara anonym", "You cannot be anonymous" },
        { "/api/concerns", With("concern-adult", "personIdentityNumber", "19121212-1213"), "personIdentityNumber", "Personnumret stämmer inte", "personal identity number is not valid" },
        { "/api/concerns", With("concern-adult", "isAdmin", true), "isAdmin", "finns inte i formuläret", "is not part of this form" },
        { "/api/support-requests", With("support-request", "email", "bo@example.se\r\nBcc: x@example.org"), "email", "tecken som inte är tillåtna", "characters that are not allowed" },
        { "/api/support-requests", With("support-request", "email", "bo.example.se"), "email", "namn@exempel.se", "name@example.com" },
        { "/api/support-requests", With("support-request", "phone", "070 123\n4567"), "phone", "tecken som inte är tillåtna", "characters that are not allowed" },
        { "/api/support-requests", With("support-request", "phone", "12"), "phone", "070-123 45 67", "070-123 45 67" },
        { "/api/support-requests", With("support-request", "consent", false), "consent", "samtycke", "consent" },
        { "/api/relative-support-requests", Without("relative-support", "email", "phone"), "phone", "telefonnummer eller e-postadress", "phone number or an email address" },
        { "/api/relative-support-requests", With("relative-support", "relation", "boss"), "relation", "Välj ett av alternativen", "Choose one of the options" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Submit_InvalidField_Answers400NamingTheFieldInSwedishAndEnglish(string route, string body, string field, string swedish, string english)
    {
        foreach (var (language, expected) in new[] { ((string?)null, swedish), ("en", english) })
        {
            var response = await fixture.App.Http.SendAsync(Samples.Post(route, Samples.Json(body), language), Ct);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            var messages = problem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!).ToList();
            Assert.Contains(messages, m => m.Contains(expected, StringComparison.Ordinal));
            Assert.True(problem.RootElement.GetProperty("errorCodes").TryGetProperty(field, out _));
        }
    }

    [Fact]
    public async Task Submit_ManyErrors_ReportsEveryFieldAtOnce()
    {
        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/support-requests", Samples.Json("{\"email\":\"x\",\"areas\":[\"shopping\"]}")), Ct);

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var fields = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "email", "areas", "adult", "consent" }, fields);
    }

    [Fact]
    public async Task Submit_FormPostWithErrors_IsRejectedLikeJson()
    {
        var form = new FormUrlEncodedContent([new("name", "Bo"), new("email", "bo@example.se"), new("areas", "drugs"), new("areas", "fishing")]);

        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/support-requests", form, "en"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("The form has errors. Correct what is shown at each field and send it again.", problem.RootElement.GetProperty("title").GetString());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("areas", out _));
    }

    [Fact]
    public async Task Submit_BodyOver64KiB_Answers413()
    {
        var huge = "{\"description\":\"" + new string('a', 70 * 1024) + "\"}";

        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(huge)), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("för stort", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ChunkedBodyOver64KiB_Answers413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"description\":\"" + new string('a', 70 * 1024) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = Samples.Post("/api/concerns", content);
        request.Headers.TransferEncodingChunked = true;

        var response = await fixture.App.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/xml")]
    public async Task Submit_WrongContentType_Answers415(string contentType)
    {
        var content = new StringContent(Samples.Read("concern-adult"), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/concerns", content, "en"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"about\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}")]
    public async Task Submit_UnreadableJson_Answers400WithoutStoring(string body)
    {
        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(body)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kunde inte läsas", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"about\":\"adult\",\"name\":\"\\ud800\"}")]
    [InlineData("{\"about\":\"adult\",\"description\":\"a\\udc00b\"}")]
    [InlineData("{\"\\ud800\":\"x\"}")]
    public async Task Submit_JsonWithALoneSurrogateEscape_Answers400WithoutStoring(string body)
    {
        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(body)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kunde inte läsas", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Submit_JsonWithInvalidUtf8InAStringOrAName_Answers400WithoutStoring(bool inName)
    {
        byte[] head = Encoding.UTF8.GetBytes(inName ? "{\"a" : "{\"about\":\"adult\",\"description\":\"a");
        byte[] tail = Encoding.UTF8.GetBytes(inName ? "\":\"x\"}" : "\"}");
        var content = new ByteArrayContent([.. head, 0xC3, 0x28, .. tail]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/concerns", content), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Submit_NoncharacterInAText_Answers400NamingTheField()
    {
        var body = With("concern-adult", "description", "a\ufffe");

        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/concerns", Samples.Json(body)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("description", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zz\r\n{}\r\n0\r\n\r\n")]      // a chunk size that is not hexadecimal
    [InlineData("2\r\n{}XX0\r\n\r\n")]           // a chunk without its line end
    [InlineData("fffffffffffffffffffff\r\n{}\r\n0\r\n\r\n")] // a chunk size too large for a number (Kestrel: a plain IOException)
    public async Task Submit_BrokenChunkedBody_Answers400ProblemNot500(string chunked)
    {
        var address = fixture.App.Http.BaseAddress!;
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(address.Host, address.Port, Ct);
        await using var stream = client.GetStream();
        var request = "POST /api/concerns HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunked;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync(Ct);

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
        Assert.Contains("Begäran kunde inte läsas.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_InvalidUtf8Form_Answers400()
    {
        var content = new ByteArrayContent([(byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)'=', 0xC3, 0x28]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await fixture.App.Http.SendAsync(Samples.Post("/api/support-requests", content), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
