namespace Intake.Functions.Tests.Infrastructure.Browser;

/// <summary>
/// The real app serving its own pages on loopback, against Azurite, with offline-directline started on a port chosen
/// first and wired in as <c>Chat:LocalDirectLineUrl</c> (so the chat page works end to end: token, Web Chat, bot).
/// Teams are not notified and no acknowledgement is sent (<see cref="TestStorage.RoutingOnly"/>): forms can be sent.
/// One per test class.
/// </summary>
public sealed class PagesAppFixture(AzuriteFixture azurite) : IAsyncLifetime
{
    private IntakeApp? app;
    private DirectLineEmulator? directLine;

    public IntakeApp App => app ?? throw new InvalidOperationException("Not started.");

    /// <summary>offline-directline's origin, e.g. http://127.0.0.1:41234 (its routes are under /directline).</summary>
    public Uri DirectLineOrigin { get; private set; } = null!;

    public Uri Url(string path) => new(App.Http.BaseAddress!, path);

    public async ValueTask InitializeAsync()
    {
        int port = DirectLineEmulator.FreePort();
        DirectLineOrigin = new Uri($"http://127.0.0.1:{port}");
        app = new IntakeApp(new TestStorage(azurite),
            extraSettings: TestStorage.RoutingOnly(new() { ["Chat:LocalDirectLineUrl"] = DirectLineOrigin + "directline" }));
        directLine = await DirectLineEmulator.StartAsync(new Uri(app.Http.BaseAddress!, "/api/messages"), port);
    }

    public async ValueTask DisposeAsync()
    {
        if (directLine is not null)
        {
            await directLine.DisposeAsync();
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
