using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Functions.Health;
using Intake.Functions.Hosting;
using Intake.Functions.Submissions;
using Intake.Functions.Tickets;

namespace Intake.Functions.Json;

/// <summary>Source-generated JSON for every wire and message type: no reflection, safe to trim.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SubmissionReceiptResponse))]
[JsonSerializable(typeof(IntakeMessage))]
[JsonSerializable(typeof(TicketMessage))]
[JsonSerializable(typeof(AcknowledgementMessage))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(Intake.Functions.Bot.ChatTokenResponse))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
[JsonSerializable(typeof(Intake.Bot.Dialogs.DialogState))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class IntakeJsonContext : JsonSerializerContext;
