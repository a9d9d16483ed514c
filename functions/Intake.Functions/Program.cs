using Intake.Functions.Bot;
using Intake.Functions.Email;
using Intake.Functions.Errors;
using Intake.Functions.Functions;
using Intake.Functions.Health;
using Intake.Functions.Hosting;
using Intake.Functions.Json;
using Intake.Functions.OpenApi;
using Intake.Functions.Pages;
using Intake.Functions.Security;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;

// Settings are read from beside the executable, wherever it is started from (the Functions host, a script, a test).
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, IntakeJsonContext.Default));
builder.Services.AddProblemDetails();
builder.Services.AddIntakeStorage();      // first: its initializer creates tables and queues before any worker polls
builder.Services.AddSubmissionFlow();
builder.Services.AddEmail(builder.Configuration);
builder.Services.AddBot();
builder.Services.AddSecurityHeaders();
builder.Services.AddPages();
var hosting = builder.AddIntakeHosting();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseIntakeErrorHandling();
app.MapSubmissions();
app.MapHealth();
app.MapBot();
app.MapChatToken();
app.MapOpenApiDocument();
app.MapPages();
app.MapFunctionHost(hosting);

app.Run();

/// <summary>The entry point, visible to the application tests.</summary>
public partial class Program;
