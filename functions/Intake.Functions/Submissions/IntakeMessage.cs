using System.Text.Json;
using Intake.Functions.Json;

namespace Intake.Functions.Submissions;

/// <summary>The message on queue <c>intake</c>: only the submission's id, never its content.</summary>
internal sealed record IntakeMessage(string SubmissionId)
{
    public static string Serialize(string submissionId) =>
        JsonSerializer.Serialize(new IntakeMessage(submissionId), IntakeJsonContext.Default.IntakeMessage);

    public static IntakeMessage Parse(string text) =>
        JsonSerializer.Deserialize(text, IntakeJsonContext.Default.IntakeMessage) is { SubmissionId.Length: > 0 } message
            ? message
            : throw new InvalidDataException("The intake message has no submissionId.");
}
