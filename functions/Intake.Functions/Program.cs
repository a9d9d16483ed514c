using Intake.Functions.Hosting.Standalone;
using Intake.Functions.Hosting.Worker;

// Under Azure Functions the host starts this app as its isolated worker (with its own arguments); anywhere else (a
// laptop, a container, the tests) the same functions run in a standalone ASP.NET Core host.
if (WorkerHost.IsStartedByFunctionsHost(args))
{
    WorkerHost.Run(args);
}
else
{
    StandaloneHost.Build(args).Run();
}

/// <summary>The entry point, visible to the application tests.</summary>
public partial class Program;
