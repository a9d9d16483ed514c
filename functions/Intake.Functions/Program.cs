using Intake.Functions.Functions;
using Intake.Functions.Health;
using Intake.Functions.Hosting;
using Intake.Functions.Json;
using Intake.Functions.OpenApi;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;

var builder = WebApplication.CreateSlimBuilder(args);

var hosting = builder.AddIntakeHosting();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, IntakeJsonContext.Default));
builder.Services.AddProblemDetails();
builder.Services.AddIntakeStorage();
builder.Services.AddSubmissionFlow();

var app = builder.Build();

app.MapSubmissions();
app.MapHealth();
app.MapOpenApiDocument();
app.MapFunctionHost(hosting);

app.Run();

/// <summary>The entry point, visible to the application tests.</summary>
public partial class Program;
