using System.Text.Json.Nodes;
using Intake.Core.Submissions;
using Intake.Functions.Functions;
using Intake.Functions.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.OpenApi;

/// <summary>
/// The OpenAPI 3.1 description of the public API, built from the same question model that validates requests, so
/// the document cannot drift from the code. Served at <c>GET /api/openapi.json</c>.
/// </summary>
internal static class OpenApiDocument
{
    public const string Route = "api/openapi.json";

    // Built on first request, not at start: cold starts should not pay for a page few will read.
    private static readonly Lazy<string> Document = new(() => Build().ToJsonString());

    [Function("OpenApiDocument")]
    public static IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request) =>
        new ResultAction(TypedResults.Text(Document.Value, "application/json"));

    public static JsonObject Build()
    {
        var paths = new JsonObject();
        var schemas = new JsonObject
        {
            ["SubmissionReceipt"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("reference", "receivedAt", "whatHappensNext"),
                ["properties"] = new JsonObject
                {
                    ["reference"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", ["description"] = "Reference number to quote (no 0/O, no 1/I; the last symbol is a check symbol)." },
                    ["receivedAt"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                    ["whatHappensNext"] = new JsonObject { ["type"] = "string" },
                },
            },
            ["ProblemDetails"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["title"] = new JsonObject { ["type"] = "string" },
                    ["status"] = new JsonObject { ["type"] = "integer" },
                    ["detail"] = new JsonObject { ["type"] = "string" },
                    ["errors"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } },
                    ["errorCodes"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } },
                },
            },
        };

        foreach (var (kind, route) in SubmissionEndpoints.Routes)
        {
            var name = kind.ToString() + "Request";
            schemas[name] = RequestSchema(QuestionModel.For(kind));
            paths[route] = new JsonObject { ["post"] = SubmitOperation(kind, name) };
        }

        paths["/health"] = new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["operationId"] = "Health",
                ["summary"] = "Whether the app reaches its storage.",
                ["responses"] = new JsonObject
                {
                    ["200"] = new JsonObject { ["description"] = "Healthy." },
                    ["503"] = new JsonObject { ["description"] = "Storage unreachable." },
                },
            },
        };
        paths["/health/live"] = ProbeOperation("HealthLive", "Liveness: the process answers (no dependency is asked).", "alive", null);
        paths["/health/ready"] = ProbeOperation("HealthReady", "Readiness: tables and queues answer within 2 seconds.", "ready", "unavailable");

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Intake",
                ["version"] = "1.0",
                ["description"] = "Reports of concern, requests for support and support for relatives, for the social services. Messages are Swedish by default; send Accept-Language: en for English.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
    }

    /// <summary>A platform probe: <c>text/plain</c>, 200 with <paramref name="up"/>, 503 with <paramref name="down"/> (if it can be down).</summary>
    private static JsonObject ProbeOperation(string operationId, string summary, string up, string? down)
    {
        var responses = new JsonObject { ["200"] = new JsonObject { ["description"] = up } };
        if (down is not null)
        {
            responses["503"] = new JsonObject { ["description"] = down };
        }

        return new JsonObject { ["get"] = new JsonObject { ["operationId"] = operationId, ["summary"] = summary, ["responses"] = responses } };
    }

    private static JsonObject SubmitOperation(SubmissionKind kind, string schemaName)
    {
        JsonObject Ref(string schema) => new() { ["$ref"] = "#/components/schemas/" + schema };
        JsonObject Problem(string description) => new()
        {
            ["description"] = description,
            ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("ProblemDetails") } },
        };

        return new JsonObject
        {
            ["operationId"] = "Submit" + kind,
            ["parameters"] = new JsonArray(new JsonObject
            {
                ["name"] = "Idempotency-Key",
                ["in"] = "header",
                ["required"] = false,
                ["description"] = "The sender's name for this submission. Posted again with the same key and the same answers, "
                    + "it gives the first reference back (202) and stores nothing new; with other answers it is a new submission.",
                ["schema"] = new JsonObject { ["type"] = "string", ["minLength"] = 16, ["maxLength"] = 128, ["pattern"] = "^[A-Za-z0-9._:-]+$" },
            }),
            ["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject { ["schema"] = Ref(schemaName) },
                    ["application/x-www-form-urlencoded"] = new JsonObject { ["schema"] = Ref(schemaName) },
                },
            },
            ["responses"] = new JsonObject
            {
                ["202"] = new JsonObject
                {
                    ["description"] = "Stored; routing follows.",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref("SubmissionReceipt") } },
                },
                ["400"] = Problem("Invalid input (or Idempotency-Key); errors per field. Nothing stored."),
                ["413"] = Problem("Body larger than 64 KiB."),
                ["415"] = Problem("Content type other than JSON or a URL-encoded form, or a compressed body (any Content-Encoding but identity): send it uncompressed. Nothing stored."),
                ["429"] = Problem("Too many requests from this client (address); nothing received. Retry after the Retry-After header."),
                ["503"] = Problem("Storage unavailable; nothing stored. Retry after the Retry-After header."),
            },
        };
    }

    private static JsonObject RequestSchema(QuestionModel model)
    {
        var properties = new JsonObject();
        foreach (var q in model.Questions)
        {
            var schema = q.Type switch
            {
                FieldType.YesNo => new JsonObject { ["type"] = "boolean" },
                FieldType.Choice => new JsonObject { ["type"] = "string", ["enum"] = Values(q) },
                FieldType.MultiChoice => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Values(q) } },
                FieldType.Email => new JsonObject { ["type"] = "string", ["format"] = "email", ["maxLength"] = q.MaxLength },
                _ => new JsonObject { ["type"] = "string", ["maxLength"] = q.MaxLength },
            };
            schema["description"] = q.Label.English + (q.AskWhen is { } when ? $" Only when {when.FieldId} is {when.Value}." : string.Empty);
            properties[q.Id] = schema;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray(model.Questions.Where(q => q.Required && q.AskWhen is null).Select(q => (JsonNode)q.Id).ToArray()),
            ["properties"] = properties,
        };
    }

    private static JsonArray Values(Question question) => new(question.Options.Select(o => (JsonNode)o.Value).ToArray());
}
