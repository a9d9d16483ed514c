using System.Net;
using System.Text.Json;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hosting;

public sealed class PublicEndpointTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_WithStorageReachable_IsHealthyAndNotCached()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        var response = await app.Http.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("\"healthy\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesEverySubmissionRouteWithItsFieldsAndAnswers()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));

        using var document = JsonDocument.Parse(await app.Http.GetStringAsync("/api/openapi.json", Ct));

        var paths = document.RootElement.GetProperty("paths");
        foreach (var route in new[] { "/api/concerns", "/api/support-requests", "/api/relative-support-requests" })
        {
            var responses = paths.GetProperty(route).GetProperty("post").GetProperty("responses");
            Assert.All(new[] { "202", "400", "413", "415", "503" }, code => Assert.True(responses.TryGetProperty(code, out _), $"{route} {code}"));
        }

        Assert.True(paths.TryGetProperty("/health", out _));
        var concern = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ConcernRequest");
        Assert.False(concern.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains("description", concern.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            ["alcohol", "drugs", "gambling", "other"],
            concern.GetProperty("properties").GetProperty("areas").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task EverySample_IsAcceptedByItsRoute()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var routes = new Dictionary<string, string>
        {
            ["concern-adult"] = "/api/concerns",
            ["concern-child"] = "/api/concerns",
            ["support-request"] = "/api/support-requests",
            ["relative-support"] = "/api/relative-support-requests",
            ["relative-support-children"] = "/api/relative-support-requests",
        };
        Assert.Equal(routes.Keys.Order(), Directory.GetFiles(Path.Combine(Samples.RepoRoot, "samples", "requests"), "*.json").Select(Path.GetFileNameWithoutExtension).Order());

        foreach (var (sample, route) in routes)
        {
            var response = await app.Http.SendAsync(Samples.Post(route, Samples.Json(Samples.Read(sample))), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{sample}: {await response.Content.ReadAsStringAsync(Ct)}");
        }
    }
}
