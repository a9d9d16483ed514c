using System.Text.Json;
using Intake.Functions.Bot;
using Intake.Functions.Functions;
using Intake.Functions.Hosting;
using Intake.Functions.Redrive;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Hosting;

/// <summary>host.json and every function.json in the repo agree with the code they describe.</summary>
public sealed class FunctionMetadataTests(AzuriteFixture azurite)
{
    private static readonly string Triggers = Path.Combine(Samples.RepoRoot, "triggers");

    private static IConfiguration AppSettings() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json"))
        .Build();

    private static JsonElement Binding(string function, string type) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Triggers, function, "function.json"))).RootElement
            .GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == type);

    private static IEnumerable<string> FunctionsWith(string type) =>
        Directory.GetDirectories(Triggers).Select(Path.GetFileName).OfType<string>()
            .Where(f => File.ReadAllText(Path.Combine(Triggers, f, "function.json")).Contains($"\"{type}\"", StringComparison.Ordinal));

    [Fact]
    public async Task EveryFunctionJson_NamesAHandlerThatExists()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var queueFunctions = app.Services.GetServices<IQueueFunction>().ToDictionary(f => f.Name);
        var timerFunctions = app.Services.GetServices<ITimerFunction>().ToDictionary(f => f.Name);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var settings = AppSettings();

        foreach (var name in FunctionsWith("queueTrigger"))
        {
            Assert.True(queueFunctions.ContainsKey(name), $"{name}: no queue function of that name");
            var configured = name switch
            {
                "RouteSubmission" => settings["Storage:IntakeQueue"],
                "SendAcknowledgement" => settings["Storage:EmailOutboxQueue"],
                _ when name.StartsWith("NotifyTeam-", StringComparison.Ordinal) => settings[$"Routing:Teams:{name["NotifyTeam-".Length..]}:Queue"],
                _ => null,
            };
            Assert.True(configured is not null, $"{name}: which queue it reads is not known to this test");
            Assert.Equal(configured, Binding(name, "queueTrigger").GetProperty("queueName").GetString());
        }

        foreach (var name in FunctionsWith("timerTrigger"))
        {
            Assert.True(timerFunctions.ContainsKey(name), $"{name}: no timer function of that name");
            var (configured, byDefault) = name switch
            {
                "RedriveSubmissions" => (settings["Redrive:Schedule"], new RedriveOptions().Schedule),
                "PurgeConversations" => (settings["PurgeConversations:Schedule"], new PurgeConversationsOptions().Schedule),
                _ => (null, null),
            };
            Assert.True(configured is not null, $"{name}: which setting holds its schedule is not known to this test");
            var schedule = Binding(name, "timerTrigger").GetProperty("schedule").GetString();
            Assert.Equal(configured, schedule);
            Assert.Equal(byDefault, schedule);
            Assert.Equal(schedule, timerFunctions[name].Schedule);
        }

        foreach (var name in FunctionsWith("httpTrigger").Where(n => !IsCatchAll(n)))
        {
            var trigger = Binding(name, "httpTrigger");
            var route = "/" + RoutePrefix() + trigger.GetProperty("route").GetString();
            var method = trigger.GetProperty("methods")[0].GetString()!.ToUpperInvariant();
            var endpoint = Endpoint(endpoints, route, method);
            Assert.True(endpoint is not null, $"{name}: no endpoint {method} {route}");
            Assert.Equal(name, endpoint!.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? name);
        }

        // And the other way round: every handler in the code has its function folder.
        Assert.Subset(Directory.GetDirectories(Triggers).Select(Path.GetFileName).ToHashSet()!, queueFunctions.Keys.Concat(timerFunctions.Keys).ToHashSet());
    }

    [Fact]
    public async Task PagesFunction_CatchesEveryPageAndStaticFile_ForGetAndTheFormPosts()
    {
        await using var app = new IntakeApp(new TestStorage(azurite));
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var trigger = Binding("Pages", "httpTrigger");

        // The one catch-all HTTP function forwards whatever no other function claims (the pages, /static/, a 404).
        Assert.Equal("{*path}", trigger.GetProperty("route").GetString());
        Assert.Equal(["get", "head", "post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["Pages"], FunctionsWith("httpTrigger").Where(IsCatchAll));
        foreach (var page in Intake.Functions.Pages.PageRoutes.All)
        {
            Assert.True(Endpoint(endpoints, page.Path, "GET") is not null, $"no endpoint GET {page.Path}");
            Assert.True(Endpoint(endpoints, page.Path, "HEAD") is not null, $"no endpoint HEAD {page.Path}");
            if (page.Page == Intake.Functions.Pages.PageKind.Form)
            {
                Assert.True(Endpoint(endpoints, page.Path, "POST") is not null, $"no endpoint POST {page.Path}");
            }
        }

        Assert.NotNull(Endpoint(endpoints, "/static/{file}", "GET"));
    }

    private static bool IsCatchAll(string function) => Binding(function, "httpTrigger").GetProperty("route").GetString()!.StartsWith("{*", StringComparison.Ordinal);

    private static string RoutePrefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.RepoRoot, "host.json")));
        var prefix = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;
        return prefix.Length == 0 ? prefix : prefix + "/";
    }

    private static RouteEndpoint? Endpoint(List<RouteEndpoint> endpoints, string route, string method) =>
        endpoints.SingleOrDefault(e => "/" + e.RoutePattern.RawText?.TrimStart('/') == route
            && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) == true);

    [Fact]
    public void HostJson_QueueSettings_EqualTheStandaloneWorkersSettings()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.RepoRoot, "host.json")));
        var queues = host.RootElement.GetProperty("extensions").GetProperty("queues");
        var options = AppSettings().GetSection(QueueProcessingOptions.SectionName).Get<QueueProcessingOptions>()!;

        Assert.Equal(TimeSpan.Parse(queues.GetProperty("maxPollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture), options.MaxPollingInterval);
        Assert.Equal(TimeSpan.Parse(queues.GetProperty("visibilityTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture), options.VisibilityTimeout);
        Assert.Equal(queues.GetProperty("batchSize").GetInt32(), options.BatchSize);
        Assert.Equal(queues.GetProperty("maxDequeueCount").GetInt32(), options.MaxDequeueCount);
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public void HostJson_CustomHandler_StartsThePublishedExecutableWithForwardedHttp()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.RepoRoot, "host.json")));
        var handler = host.RootElement.GetProperty("customHandler");

        Assert.Equal("Intake.Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        // No prefix: the pages live at the site root; the API's functions name their "api/" routes themselves.
        Assert.Equal(string.Empty, host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.StartsWith("[4.", host.RootElement.GetProperty("extensionBundle").GetProperty("version").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PurgeConversationsSchedule_InAppSettings_IsHourlyAtFivePast()
    {
        var schedule = AppSettings().GetSection(PurgeConversationsOptions.SectionName)["Schedule"]!;

        var parsed = TimerSchedule.Parse(schedule);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 4, 5, 0, TimeSpan.Zero), parsed.NextAfter(new DateTimeOffset(2026, 11, 22, 3, 5, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void RedriveSchedule_InAppSettings_IsAValidSixFieldSchedule()
    {
        var schedule = AppSettings().GetSection(RedriveOptions.SectionName)["Schedule"]!;

        var parsed = TimerSchedule.Parse(schedule);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 3, 2, 0, TimeSpan.Zero), parsed.NextAfter(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero)));
    }
}
