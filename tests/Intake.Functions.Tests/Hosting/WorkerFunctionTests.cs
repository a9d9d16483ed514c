using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using Intake.Functions.Functions;
using Intake.Functions.Hosting.Worker;
using Intake.Functions.Submissions;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Intake.Functions.Tests.Hosting;

/// <summary>
/// The function classes as the Functions host invokes them: each one called directly, the way the worker calls it
/// (a new instance from the container, the trigger's value), with the app's real services and Azurite behind them;
/// HTTP functions through the worker's middleware with a substitute <see cref="FunctionContext"/>.
/// </summary>
public sealed class WorkerFunctionTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>No background function runs by itself: the test invokes them.</summary>
    private static Dictionary<string, string?> NothingRuns() => FunctionCatalog.All.Where(f => f.Trigger is not HttpFunctionTrigger)
        .ToDictionary(f => $"AzureWebJobs.{f.Name}.Disabled", _ => (string?)"true");

    private static QueueMessage Delivered(string text, long dequeueCount = 1) =>
        QueuesModelFactory.QueueMessage("m-" + Guid.NewGuid().ToString("N"), "receipt", text, dequeueCount, insertedOn: DateTimeOffset.UtcNow);

    [Fact]
    public async Task RouteSubmission_InvokedTwiceWithTheSameMessage_GivesOneTicketOneTeamMessageAndOneNotice()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: NothingRuns());
        var id = await RoutingReliabilityTests.SubmitAsync(app, "support-request", "/api/support-requests");
        var intake = Assert.Single(await storage.MessagesAsync(storage.IntakeQueue));

        var functions = ActivatorUtilities.CreateInstance<QueueFunctions>(app.Services);
        await functions.RouteSubmissionAsync(Delivered(intake.MessageText), Ct);
        await ActivatorUtilities.CreateInstance<QueueFunctions>(app.Services).RouteSubmissionAsync(Delivered(intake.MessageText, 2), Ct);

        Assert.Equal("routed", (await storage.Tables.GetEntityAsync(storage.SubmissionsTable, id, "submission", Ct))!.GetString("Status"));
        Assert.Single(await storage.EntitiesAsync(storage.TicketsTable));
        var handedOver = Assert.Single(await storage.MessagesAsync(storage.TeamQueue("team-vuxen")));
        var notice = Assert.Single(await storage.MessagesAsync(storage.TeamNoticesQueue));
        Assert.Equal(handedOver.MessageText, notice.MessageText);
        Assert.Single(await storage.MessagesAsync(storage.EmailOutboxQueue));
    }

    [Fact]
    public async Task RouteSubmission_WhenItsHandlerFails_Throws_SoTheHostRetries()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: NothingRuns());
        var functions = ActivatorUtilities.CreateInstance<QueueFunctions>(app.Services);

        await Assert.ThrowsAsync<InvalidOperationException>(() => functions.RouteSubmissionAsync(Delivered("{\"submissionId\":\"NOSUCHSUBMISSN\"}"), Ct));

        Assert.Empty(await storage.EntitiesAsync(storage.TicketsTable));
    }

    [Fact]
    public async Task TeamQueue_AfterRoutingAndTheNotice_StillHoldsTheTicketMessage_AndTheNoticeWasSentOnce()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage);
        var id = await RoutingReliabilityTests.SubmitAsync(app, "concern-adult", "/api/concerns");

        // The notice is sent once the ticket records it; the team queue is nobody's inbox in this app.
        Assert.True(await TestStorage.EventuallyAsync(async () =>
            (await storage.Tables.GetEntityAsync(storage.TicketsTable, id, "ticket"))?.GetDateTimeOffset("TeamNoticeSentAt") is not null, TimeSpan.FromSeconds(30)));
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.MessagesAsync(storage.TeamNoticesQueue)).Count == 0));

        var message = Assert.Single(await storage.MessagesAsync(storage.TeamQueue("team-vuxen")));
        using var ticket = JsonDocument.Parse(message.MessageText);
        Assert.Equal(id, ticket.RootElement.GetProperty("ticketId").GetString());
        var notices = Directory.GetFiles(storage.MailDirectory, "*.eml").Where(f => File.ReadAllText(f).Contains(TestStorage.TeamMailbox("team-vuxen"), StringComparison.Ordinal));
        Assert.Single(notices);
    }

    [Fact]
    public async Task Timers_InvokedDirectly_Succeed()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: NothingRuns());
        var functions = ActivatorUtilities.CreateInstance<TimerFunctions>(app.Services);

        await functions.RedriveSubmissionsAsync(new TimerInfo(), Ct);
        await functions.PurgeConversationsAsync(new TimerInfo(), Ct);
        await functions.PurgeStaffRecordsAsync(new TimerInfo(), Ct);
    }

    [Fact]
    public async Task HttpSweep_OverEveryQueueAndTimerFunctionsName_Answers404Or405AndChangesNothing()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: NothingRuns());
        var names = FunctionCatalog.All.Where(f => f.Trigger is not HttpFunctionTrigger).Select(f => f.Name).ToList();
        Assert.Equal(6, names.Count);

        foreach (var name in names)
        {
            foreach (var path in new[] { "/" + name, "/api/" + name, "/" + name.ToLowerInvariant(), "/api/" + name.ToLowerInvariant(), "/admin/functions/" + name })
            {
                foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
                {
                    using var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Post ? Samples.Json("{\"submissionId\":\"X\"}") : null };
                    var response = await app.Http.SendAsync(request, Ct);
                    Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method} {path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(await storage.EntitiesAsync(storage.SubmissionsTable));
        Assert.Empty(await storage.EntitiesAsync(storage.TicketsTable));
        foreach (var queue in new[] { storage.IntakeQueue, storage.EmailOutboxQueue, storage.TeamNoticesQueue })
        {
            Assert.Empty(await storage.MessagesAsync(queue));
        }
    }

    [Fact]
    public async Task HttpFunction_ThroughTheWorkerMiddleware_AnswersWithTheSecurityHeaders()
    {
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, extraSettings: NothingRuns());
        await using var scope = app.Services.CreateAsyncScope();
        var (http, response) = Request(scope.ServiceProvider, "POST", "/api/concerns", Samples.Read("concern-adult"));

        await Middleware(app).Invoke(Context(http, "SubmitConcern"), async _ =>
        {
            var result = await ActivatorUtilities.CreateInstance<SubmissionFunctions>(scope.ServiceProvider).SubmitConcernAsync(http.Request, Ct);
            await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));  // as the integration does
        });
        await response.StartAsync();

        Assert.Equal(StatusCodes.Status202Accepted, http.Response.StatusCode);
        AssertSecurityHeaders(http);
        Assert.Contains("\"reference\"", Body(http), StringComparison.Ordinal);
        Assert.Single(await storage.EntitiesAsync(storage.SubmissionsTable));
    }

    [Fact]
    public async Task HttpFunction_ThatThrows_ThroughTheWorkerMiddleware_AnswersA500ProblemInSwedishWithoutInternals()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: NothingRuns());
        await using var scope = app.Services.CreateAsyncScope();
        var (http, response) = Request(scope.ServiceProvider, "POST", "/api/concerns", "{}");

        await Middleware(app).Invoke(Context(http, "SubmitConcern"), _ => throw new InvalidOperationException("SECRET-INTERNAL-DETAIL"));
        await response.StartAsync();

        Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType, StringComparison.Ordinal);
        var body = Body(http);
        Assert.Contains("Något gick fel hos oss.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-INTERNAL-DETAIL", body, StringComparison.Ordinal);
        AssertSecurityHeaders(http);
    }

    [Fact]
    public async Task QueueInvocation_PassesThroughTheWorkerMiddlewareUntouched()
    {
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: NothingRuns());
        var context = Substitute.For<FunctionContext>();
        context.Items.Returns(new Dictionary<object, object>());
        var ran = false;

        await Middleware(app).Invoke(context, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        Assert.True(ran);
    }

    [Fact]
    public void WorkerServices_NeverApplyTheClientAddressFromForwardedHeaders()
    {
        var services = WorkerHost.Configure(new ServiceCollection());
        using var provider = services.BuildServiceProvider();

        var forwarded = provider.GetRequiredService<IOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>>().Value;

        Assert.Equal(Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto, forwarded.ForwardedHeaders);
    }

    private static HttpMiddleware Middleware(IntakeApp app) =>
        new(app.Services.GetRequiredService<IOptions<Intake.Functions.Pages.PagesOptions>>(), app.Services.GetRequiredService<Intake.Functions.RateLimits.RateLimitGate>(), NullLogger<HttpMiddleware>.Instance);

    internal static FunctionContext Context(HttpContext http, string name)
    {
        var context = Substitute.For<FunctionContext>();
        context.Items.Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        var definition = Substitute.For<FunctionDefinition>();
        definition.Name.Returns(name);
        context.FunctionDefinition.Returns(definition);
        return context;
    }

    internal static (HttpContext Http, StartingResponse Response) Request(IServiceProvider services, string method, string path, string json)
    {
        var response = new StartingResponse();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Method = method,
            Path = path,
            Headers = new HeaderDictionary { ["Content-Type"] = "application/json" },
            Body = new MemoryStream(Encoding.UTF8.GetBytes(json)),
        });
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(new MemoryStream()));
        var http = new DefaultHttpContext(features) { RequestServices = services };
        http.Request.ContentLength = Encoding.UTF8.GetByteCount(json);
        return (http, response);
    }

    internal static string Body(HttpContext http)
    {
        var stream = (MemoryStream)http.Features.Get<IHttpResponseBodyFeature>()!.Stream;
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static void AssertSecurityHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        Assert.Contains("default-src 'self'", headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("no-referrer", headers["Referrer-Policy"].ToString());
        Assert.Equal("no-store", headers.CacheControl.ToString());
    }

    /// <summary>A response that runs its OnStarting callbacks when the test says it starts (as a server would on the
    /// first write); DefaultHttpContext's own never runs them.</summary>
    internal sealed class StartingResponse : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> starting = [];

        public override void OnStarting(Func<object, Task> callback, object state) => starting.Add((callback, state));

        public async Task StartAsync()
        {
            for (var i = starting.Count - 1; i >= 0; i--)
            {
                await starting[i].Callback(starting[i].State);
            }
        }
    }
}
