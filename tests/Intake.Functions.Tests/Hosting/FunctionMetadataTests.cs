using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Functions.Bot;
using Intake.Functions.Functions;
using Intake.Functions.Hosting.Standalone;
using Intake.Functions.Hosting.Worker;
using Intake.Functions.Redrive;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Intake.Functions.Tests.Hosting;

/// <summary>
/// What the Functions host will index: the <c>functions.metadata</c> the Worker SDK wrote at build time, checked
/// against the functions this app must have, against the standalone host's list, and against each other's routes
/// (the host orders routes itself, so no route may match another function's path).
/// </summary>
public sealed partial class FunctionMetadataTests
{
    private static readonly string Output = AppProcess.AppDirectory;

    /// <summary>name → trigger, route or queue or schedule, methods, connection: what the host must see.</summary>
    private static readonly Dictionary<string, (string Type, string Target, string Methods, string? Connection)> Expected = new()
    {
        ["SubmitConcern"] = ("httpTrigger", "api/concerns", "post", null),
        ["SubmitSupportRequest"] = ("httpTrigger", "api/support-requests", "post", null),
        ["SubmitRelativeSupportRequest"] = ("httpTrigger", "api/relative-support-requests", "post", null),
        ["Messages"] = ("httpTrigger", "api/messages", "post", null),
        ["ChatToken"] = ("httpTrigger", "api/chat/token", "post", null),
        ["OpenApiDocument"] = ("httpTrigger", "api/openapi.json", "get", null),
        ["Health"] = ("httpTrigger", "health", "get", null),
        ["HealthApi"] = ("httpTrigger", "api/health", "get", null),
        ["HealthLive"] = ("httpTrigger", "health/live", "get", null),
        ["HealthReady"] = ("httpTrigger", "health/ready", "get", null),
        ["Pages"] = ("httpTrigger", "{page:regex(^(oro|stod|anhorig|chatt|tillganglighet|en)$)?}", "get,head,post", null),
        ["PagesEnglish"] = ("httpTrigger", "en/{page:regex(^(concern|support|relatives|chat|accessibility)$)}", "get,head,post", null),
        ["PagesSelfTest"] = ("httpTrigger", "sjalvtest/{test:regex(^(alkohol|droger|spel)$)}", "get,head,post", null),
        ["PagesSelfTestEnglish"] = ("httpTrigger", "en/self-test/{test:regex(^(alcohol|drugs|gambling)$)}", "get,head,post", null),
        ["StaticAssets"] = ("httpTrigger", "static/{file}", "get,head", null),
        ["StaffInbox"] = ("httpTrigger", "staff", "get,head", null),
        ["StaffTeamInbox"] = ("httpTrigger", "staff/team/{team:regex(^[a-z0-9-]{{1,64}}$)}", "get,head", null),
        ["StaffTicket"] = ("httpTrigger", "staff/tickets/{id:regex(^[A-Za-z0-9-]{{1,64}}$)}", "get,head", null),
        ["StaffTicketChange"] = ("httpTrigger", "staff/tickets/{id:regex(^[A-Za-z0-9-]{{1,64}}$)}/{action:regex(^(claim|note|handover|close)$)}", "post", null),
        ["StaffAccount"] = ("httpTrigger", "staff/{page:regex(^(signin-oidc|signout-callback|signout|signin-failed|signed-out|report|report.csv)$)}", "get,head,post", null),
        ["RouteSubmission"] = ("queueTrigger", "%Storage:IntakeQueue%", string.Empty, "AzureWebJobsStorage"),
        ["SendAcknowledgement"] = ("queueTrigger", "%Storage:EmailOutboxQueue%", string.Empty, "AzureWebJobsStorage"),
        ["NotifyTeam"] = ("queueTrigger", "%Storage:TeamNoticesQueue%", string.Empty, "AzureWebJobsStorage"),
        ["RedriveSubmissions"] = ("timerTrigger", "%Redrive:Schedule%", string.Empty, null),
        ["PurgeConversations"] = ("timerTrigger", "%PurgeConversations:Schedule%", string.Empty, null),
        ["PurgeStaffRecords"] = ("timerTrigger", "%PurgeStaffRecords:Schedule%", string.Empty, null),
    };

    private static IConfiguration AppSettings() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json"))
        .Build();

    private static List<JsonElement> Metadata()
    {
        var path = Path.Combine(Output, "functions.metadata");
        Assert.True(File.Exists(path), $"The Worker SDK wrote no {path}.");
        return [.. JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray()];
    }

    private static JsonElement Trigger(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    [Fact]
    public void FunctionsMetadata_ListsExactlyTheExpectedFunctionsAndTriggers()
    {
        var actual = Metadata().ToDictionary(f => f.GetProperty("name").GetString()!, f =>
        {
            var t = Trigger(f);
            var type = t.GetProperty("type").GetString()!;
            var target = type switch
            {
                "httpTrigger" => t.GetProperty("route").GetString()!,
                "queueTrigger" => t.GetProperty("queueName").GetString()!,
                _ => t.GetProperty("schedule").GetString()!,
            };
            var methods = t.TryGetProperty("methods", out var m) ? string.Join(",", m.EnumerateArray().Select(x => x.GetString())) : string.Empty;
            if (type == "httpTrigger")
            {
                // Anonymous: citizens have no function key; the bot's calls are authenticated by its own token check.
                Assert.Equal("Anonymous", t.GetProperty("authLevel").GetString());
            }

            return (type, target, methods, t.TryGetProperty("connection", out var c) ? c.GetString() : null);
        });

        Assert.Equal(Expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Fact]
    public void FunctionsMetadata_IsTheStandaloneHostsListOfFunctions()
    {
        var metadata = Metadata().Select(f => (Name: f.GetProperty("name").GetString()!, Trigger: Trigger(f))).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(metadata.Select(f => f.Name), FunctionCatalog.All.Select(f => f.Name));
        foreach (var (name, trigger) in metadata)
        {
            var standalone = FunctionCatalog.Get(name).Trigger;
            switch (standalone)
            {
                case HttpFunctionTrigger http:
                    Assert.Equal(trigger.GetProperty("route").GetString(), http.Route);
                    Assert.Equal(trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()), http.Methods);
                    break;
                case QueueFunctionTrigger queue:
                    Assert.Equal(trigger.GetProperty("queueName").GetString(), queue.QueueName);
                    Assert.Equal(trigger.GetProperty("connection").GetString(), queue.Connection);
                    break;
                case TimerFunctionTrigger timer:
                    Assert.Equal(trigger.GetProperty("schedule").GetString(), timer.Schedule);
                    break;
            }
        }
    }

    [Fact]
    public void HttpRoutes_NoRouteMatchesAnotherFunctionsPath_AndNoneIsACatchAll()
    {
        var routes = Metadata().Where(f => Trigger(f).GetProperty("type").GetString() == "httpTrigger")
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => Trigger(f).GetProperty("route").GetString()!);
        Assert.All(routes, r => Assert.DoesNotContain("{*", r.Value, StringComparison.Ordinal));

        // Every path the app serves, every path of the API, and the paths a prober would try for each function.
        var paths = Intake.Functions.Pages.PageRoutes.All.Select(p => p.Path.TrimStart('/'))
            .Concat(["static/site.css", "api/concerns", "api/support-requests", "api/relative-support-requests", "api/messages", "api/chat/token", "api/openapi.json", "health", "api/health", "health/live", "health/ready"])
            .Concat(Expected.Keys.SelectMany(n => new[] { n, "api/" + n, n.ToLowerInvariant(), "api/" + n.ToLowerInvariant() }))
            .ToList();
        foreach (var path in paths)
        {
            var matching = routes.Where(r => RouteMatcher.Matches(r.Value, path)).Select(r => r.Key).ToList();
            Assert.True(matching.Count <= 1, $"/{path} matches {string.Join(" and ", matching)}");
        }

        // Each page is served by a page function, and api/… never by one.
        foreach (var page in Intake.Functions.Pages.PageRoutes.All)
        {
            Assert.Single(routes, r => r.Key.StartsWith("Pages", StringComparison.Ordinal) && RouteMatcher.Matches(r.Value, page.Path.TrimStart('/')));
        }

        Assert.DoesNotContain(routes, r => r.Key.StartsWith("Pages", StringComparison.Ordinal) && paths.Where(p => p.StartsWith("api/", StringComparison.Ordinal)).Any(p => RouteMatcher.Matches(r.Value, p)));
    }

    [Fact]
    public void HostJson_IsTheIsolatedWorkersWithTheStandaloneQueueSettings()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "host.json")));
        var root = host.RootElement;
        var queues = root.GetProperty("extensions").GetProperty("queues");
        var options = AppSettings().GetSection(QueueProcessingOptions.SectionName).Get<QueueProcessingOptions>()!;

        Assert.False(root.TryGetProperty("customHandler", out _));
        Assert.False(root.TryGetProperty("extensionBundle", out _));  // the worker's extensions are built into .azurefunctions/
        Assert.Equal(string.Empty, root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal(TimeSpan.Parse(queues.GetProperty("maxPollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture), options.MaxPollingInterval);
        Assert.Equal(TimeSpan.Parse(queues.GetProperty("visibilityTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture), options.VisibilityTimeout);
        Assert.Equal(queues.GetProperty("batchSize").GetInt32(), options.BatchSize);
        Assert.Equal(queues.GetProperty("maxDequeueCount").GetInt32(), options.MaxDequeueCount);
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.True(File.Exists(Path.Combine(Output, "worker.config.json")));
        Assert.True(Directory.Exists(Path.Combine(Output, ".azurefunctions")));
    }

    [Fact]
    public void TriggerSettings_AreInAppSettingsJsonWithTheOptionsDefaults()
    {
        var settings = AppSettings();

        Assert.Empty(FunctionSettings.Missing(settings));
        Assert.Equal(new RedriveOptions().Schedule, FunctionCatalog.Resolve("%Redrive:Schedule%", settings));
        Assert.Equal(new PurgeConversationsOptions().Schedule, FunctionCatalog.Resolve("%PurgeConversations:Schedule%", settings));
        Assert.Equal(new Intake.Functions.Staff.PurgeStaffRecordsOptions().Schedule, FunctionCatalog.Resolve("%PurgeStaffRecords:Schedule%", settings));
    }

    [Fact]
    public void Worker_WithoutTheTriggerSettingsInTheAppSettings_RefusesToStartNamingEach()
    {
        var none = new ConfigurationBuilder().Build();

        var refused = Assert.Throws<InvalidOperationException>(() => FunctionSettings.EnsurePresent(none));

        foreach (var setting in new[] { "Storage__IntakeQueue", "Storage__EmailOutboxQueue", "Storage__TeamNoticesQueue", "Redrive__Schedule", "PurgeConversations__Schedule", "PurgeStaffRecords__Schedule" })
        {
            Assert.Contains(setting, refused.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "--host", "127.0.0.1", "--port", "7071", "--workerId", "w", "--requestId", "r" }, true)]
    [InlineData(new[] { "--functions-uri", "http://127.0.0.1:7071/", "--functions-worker-id", "w" }, true)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:7071" }, false)]
    public void Program_RunsAsTheWorkerOnlyWhenTheFunctionsHostStartsIt(string[] args, bool worker) =>
        Assert.Equal(worker, WorkerHost.IsStartedByFunctionsHost(args));

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

    /// <summary>
    /// Matches a path against a route template of the forms the app uses (literal segments, <c>{name}</c>,
    /// <c>{name?}</c> last, <c>{name:regex(…)}</c>), case-insensitively as ASP.NET Core routing does. Any other form
    /// fails the test: a new form needs this matcher to learn it first.
    /// </summary>
    private static partial class RouteMatcher
    {
        public static bool Matches(string template, string path)
        {
            var parts = template.Split('/');
            var segments = path.Length == 0 ? [] : path.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (!part.StartsWith('{'))
                {
                    if (i >= segments.Length || !string.Equals(part, segments[i], StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }

                    continue;
                }

                var parameter = Parameter().Match(part);
                Assert.True(parameter.Success, $"Route part {part} is of a form the test does not know.");
                var optional = parameter.Groups["optional"].Success;
                if (i >= segments.Length)
                {
                    return optional && i == parts.Length - 1;
                }

                if (parameter.Groups["regex"].Success
                    && !Regex.IsMatch(segments[i], parameter.Groups["regex"].Value, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                {
                    return false;
                }
            }

            return segments.Length == parts.Length;
        }

        [GeneratedRegex(@"^\{(?<name>[a-z]+)(:regex\((?<regex>.+)\))?(?<optional>\?)?\}$", RegexOptions.CultureInvariant)]
        private static partial Regex Parameter();
    }
}
