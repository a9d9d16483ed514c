using System.Collections.Concurrent;
using System.Net;
using Intake.Functions.Pages;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Functions.Tests.Pages;

/// <summary>Nothing a person types reaches a log, and the Direct Line secret reaches no browser.</summary>
public sealed class PrivacyTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FormsAndApi_WhatPeopleType_NeverAppearsInAnyLog()
    {
        var logs = new CapturingLoggerProvider();
        var storage = new TestStorage(azurite);
        await using var app = new IntakeApp(storage, services => services.AddSingleton<ILoggerProvider>(logs), TestStorage.RoutingOnly(new()
        {
            ["Logging:LogLevel:Default"] = "Trace",
        }));
        string[] typed = ["Kanarie Fågelsson", "kanarie@example.com", "070-999 88 77", "zxqv kanariefågeln sjunger"];
        var form = HtmlDocument.Parse(await app.Http.GetStringAsync("/oro", Ct));
        var valid = FormPostTests.Answers(["about=adult", "areas=alcohol", $"description={typed[3]}", "childrenInHousehold=no", "acuteDanger=false",
            "professional=false", "anonymous=false", $"reporterName={typed[0]}", $"reporterEmail={typed[1]}", $"reporterPhone={typed[2]}"]);
        var invalid = FormPostTests.Answers([$"description={typed[3]}", $"reporterName={typed[0]}", "reporterEmail=kanarie@@example", "anonymous=true"]);

        var accepted = await app.Http.SendAsync(BrowserForm.Post("/oro", BrowserForm.Fill(form, valid)), Ct);
        var rejected = await app.Http.SendAsync(BrowserForm.Post("/oro", BrowserForm.Fill(form, invalid)), Ct);
        var json = await app.Http.SendAsync(Samples.Post("/api/support-requests", Samples.Json(
            $$"""{"name":"{{typed[0]}}","email":"{{typed[1]}}","phone":"{{typed[2]}}","areas":["alcohol"],"adult":true,"message":"{{typed[3]}}","consent":true}""")), Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Accepted), (accepted.StatusCode, rejected.StatusCode, json.StatusCode));
        Assert.True(await TestStorage.EventuallyAsync(async () => (await storage.EntitiesAsync(storage.TicketsTable)).Count == 2));
        Assert.Contains(logs.Lines, l => l.Contains("accepted: kind concern, channel web", StringComparison.Ordinal));
        foreach (var value in typed.Append("+46709998877").Append("kanarie@@example"))
        {
            Assert.DoesNotContain(logs.Lines, l => l.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task DirectLineSecret_AppearsInNoPageNorAsset()
    {
        const string Secret = "dl-secret-kanarie-3f9a1c";
        await using var app = new IntakeApp(new TestStorage(azurite), extraSettings: new() { ["Chat:DirectLineSecret"] = Secret });
        var assets = app.Services.GetRequiredService<StaticAssets>();

        var urls = PageRoutes.All.Select(r => r.Path).Concat(assets.All.Select(a => a.Url)).Append("/finns-inte").ToList();
        foreach (var url in urls)
        {
            var response = await app.Http.GetAsync(url, Ct);
            var everything = response.Headers.ToString() + response.Content.Headers + await response.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain(Secret, everything, StringComparison.Ordinal);
        }

        // With a secret configured, the chat page may connect to Direct Line in Azure (and nothing else).
        var chat = await app.Http.GetAsync("/chatt", Ct);
        Assert.Contains("connect-src 'self' https://directline.botframework.com wss://directline.botframework.com;",
            SecurityHeaderTests.Header(chat, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> lines = new();

        public IReadOnlyList<string> Lines => [.. lines];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                lines.Enqueue($"{category} {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
