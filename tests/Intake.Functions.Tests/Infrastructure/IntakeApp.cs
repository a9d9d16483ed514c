using System.Net;
using Intake.Functions.Functions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>
/// The real app, in standalone mode, on a real Kestrel port on loopback, against Azurite. Tests may swap services
/// (only to inject faults: the storage underneath stays real).
/// </summary>
public sealed class IntakeApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    private readonly string environment;

    public IntakeApp(
        TestStorage storage,
        Action<IServiceCollection>? configureServices = null,
        Dictionary<string, string?>? extraSettings = null,
        string environment = "Testing",
        int port = 0)
    {
        this.environment = environment;
        Storage = storage;
        settings = storage.Settings();
        foreach (var (key, value) in extraSettings ?? [])
        {
            settings[key] = value;
        }

        this.configureServices = configureServices;

        // Not UseKestrel(0): that overload rewrites the server's addresses after the app is built, racing Kestrel's
        // bind, and now and then fails with "IServerAddressesFeature.Addresses cannot be modified after the server has
        // started" (dotnet/aspnetcore#67714). An endpoint configured on Kestrel itself binds port 0 without the race.
        // A fixed port only where the address must be known before the app starts (an identity provider's redirect URI).
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        StartServer();
        Http = CreateClient();
    }

    public TestStorage Storage { get; }

    public HttpClient Http { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services => configureServices?.Invoke(services));
    }

    /// <summary>Calls <paramref name="onTry"/> before each try of one queue function's handler (to count tries).</summary>
    internal static Action<IServiceCollection> WrapQueueFunction<THandler>(Action onTry) => services =>
    {
        var original = services.Single(d => d.ServiceType == typeof(IQueueFunction) && d.ImplementationType == typeof(THandler));
        services.Remove(original);
        services.AddSingleton<IQueueFunction>(sp => new TriedFunction((IQueueFunction)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), onTry));
    };

    private sealed class TriedFunction(IQueueFunction inner, Action onTry) : IQueueFunction
    {
        public string Name => inner.Name;

        public Task RunAsync(QueueDelivery delivery, CancellationToken cancellationToken)
        {
            onTry();
            return inner.RunAsync(delivery, cancellationToken);
        }
    }

    /// <summary>Wraps the configured e-mail sender (to count or to fail sends).</summary>
    internal static Action<IServiceCollection> WrapEmailSender(Func<Intake.Functions.Email.IEmailSender, Intake.Functions.Email.IEmailSender> wrap) => services =>
    {
        var original = services.Single(d => d.ServiceType == typeof(Intake.Functions.Email.IEmailSender));
        services.Remove(original);
        services.AddSingleton(sp => wrap((Intake.Functions.Email.IEmailSender)original.ImplementationFactory!(sp)));
    };

    /// <summary>Wraps every table client the app gets (to inject faults; the real one on Azurite does the rest).</summary>
    internal static Action<IServiceCollection> WrapTables(TestStorage storage, Func<Azure.Data.Tables.TableClient, Azure.Data.Tables.TableClient> wrap) => services =>
        services.Replace(ServiceDescriptor.Singleton<Azure.Data.Tables.TableServiceClient>(new HookedTableService(storage.Azurite.TableService(), wrap)));

    /// <summary>Wraps every queue client the app gets (to inject faults; the real one on Azurite does the rest).</summary>
    internal static Action<IServiceCollection> WrapQueues(TestStorage storage, Func<Azure.Storage.Queues.QueueClient, Azure.Storage.Queues.QueueClient> wrap) => services =>
        services.Replace(ServiceDescriptor.Singleton<Azure.Storage.Queues.QueueServiceClient>(new HookedQueueService(storage.Azurite.QueueService(), wrap)));
}
