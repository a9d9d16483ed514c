using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Staff;

/// <summary>The app with the staff sign-in against the real local OpenID Connect provider, on Azurite.</summary>
internal sealed class StaffSite : IAsyncDisposable
{
    private StaffSite(TestStorage storage, IntakeApp app, DevOidcProvider provider)
    {
        Storage = storage;
        App = app;
        Provider = provider;
    }

    public TestStorage Storage { get; }

    public IntakeApp App { get; }

    public DevOidcProvider Provider { get; }

    public static async Task<StaffSite> StartAsync(AzuriteFixture azurite, Action<IServiceCollection>? services = null, Dictionary<string, string?>? settings = null)
    {
        var port = DirectLineEmulator.FreePort();
        var provider = await DevOidcProvider.StartAsync(new Uri($"http://127.0.0.1:{port}/"));
        var storage = new TestStorage(azurite);
        var all = TestStorage.RoutingOnly(provider.Settings());
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var app = new IntakeApp(storage, services, all, port: port);
        return new StaffSite(storage, app, provider);
    }

    public StaffBrowser Browser(string? login) => new(App.Http.BaseAddress!, login);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
