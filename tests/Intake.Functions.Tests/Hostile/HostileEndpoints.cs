using System.Text.Json.Nodes;
using Intake.Core.Submissions;
using Intake.Functions.Tests.Infrastructure;

namespace Intake.Functions.Tests.Hostile;

/// <summary>A concrete address of an HTTP function, and for a submitting one the kind it takes.</summary>
internal sealed record Endpoint(string Function, string Path, SubmissionKind? Kind = null)
{
    public bool IsApi => Function.StartsWith("Submit", StringComparison.Ordinal);

    public bool IsFormPage => Kind is not null && !IsApi;
}

/// <summary>
/// Every public HTTP endpoint at a concrete address (each page, each form, a static file of each type), and valid
/// bodies for the submitting ones. The suite checks this list against the functions the app declares.
/// </summary>
internal static class HostileEndpoints
{
    public static readonly IReadOnlySet<string> SubmittingFunctions = new HashSet<string>(StringComparer.Ordinal)
    {
        "SubmitConcern", "SubmitSupportRequest", "SubmitRelativeSupportRequest", "Pages", "PagesEnglish",
    };

    public static readonly IReadOnlyList<Endpoint> Api =
    [
        new("SubmitConcern", "/api/concerns", SubmissionKind.Concern),
        new("SubmitSupportRequest", "/api/support-requests", SubmissionKind.SupportRequest),
        new("SubmitRelativeSupportRequest", "/api/relative-support-requests", SubmissionKind.RelativeSupportRequest),
    ];

    public static readonly IReadOnlyList<Endpoint> FormPages =
    [
        new("Pages", "/oro", SubmissionKind.Concern),
        new("Pages", "/stod", SubmissionKind.SupportRequest),
        new("Pages", "/anhorig", SubmissionKind.RelativeSupportRequest),
        new("PagesEnglish", "/en/concern", SubmissionKind.Concern),
        new("PagesEnglish", "/en/support", SubmissionKind.SupportRequest),
        new("PagesEnglish", "/en/relatives", SubmissionKind.RelativeSupportRequest),
    ];

    public static readonly IReadOnlyList<Endpoint> OtherPages =
    [
        new("Pages", "/"), new("Pages", "/chatt"), new("Pages", "/tillganglighet"), new("Pages", "/en"),
        new("PagesEnglish", "/en/chat"), new("PagesEnglish", "/en/accessibility"),

        // A self-test takes a post too, but stores and sends nothing: never a submission.
        new("PagesSelfTest", "/sjalvtest/alkohol"), new("PagesSelfTest", "/sjalvtest/droger"), new("PagesSelfTest", "/sjalvtest/spel"),
        new("PagesSelfTestEnglish", "/en/self-test/alcohol"), new("PagesSelfTestEnglish", "/en/self-test/drugs"), new("PagesSelfTestEnglish", "/en/self-test/gambling"),
    ];

    public static readonly IReadOnlyList<Endpoint> Services =
    [
        new("Health", "/health"), new("HealthApi", "/api/health"), new("HealthLive", "/health/live"), new("HealthReady", "/health/ready"),
        new("OpenApiDocument", "/api/openapi.json"),
        new("Messages", "/api/messages"), new("ChatToken", "/api/chat/token"),
    ];

    /// <summary>The staff side, without a session (the suite has none): sign-in, refusal, never a 5xx.</summary>
    public static readonly IReadOnlyList<Endpoint> Staff =
    [
        new("StaffInbox", "/staff"), new("StaffTeamInbox", "/staff/team/team-vuxen"), new("StaffTicket", "/staff/tickets/ABCDEFGHJK"),
        new("StaffTicketChange", "/staff/tickets/ABCDEFGHJK/claim"), new("StaffAccount", "/staff/signin-oidc"), new("StaffAccount", "/staff/report.csv"),
        new("StaffAccount", "/staff/signout"),
    ];

    public static IReadOnlyList<Endpoint> Submitting => [.. Api, .. FormPages];

    /// <summary>Every endpoint, with the static files the app served at start (one per type is enough).</summary>
    public static IReadOnlyList<Endpoint> All(IReadOnlyList<string> staticFiles) =>
        [.. Api, .. FormPages, .. OtherPages, .. Services, .. Staff, .. staticFiles.Select(f => new Endpoint("StaticAssets", f))];

    /// <summary>The sample for a kind with the marker in its free text (found again in a row stored by mistake).</summary>
    public static JsonObject Valid(SubmissionKind kind, string marker)
    {
        var (sample, text) = kind switch
        {
            SubmissionKind.Concern => ("concern-adult", "description"),
            SubmissionKind.SupportRequest => ("support-request", "message"),
            _ => ("relative-support-children", "message"),
        };
        var body = JsonNode.Parse(Samples.Read(sample))!.AsObject();
        body[text] = $"Testtext {marker}.";
        return body;
    }

    /// <summary>A JSON body as a plain form post: strings as they are, booleans as true/false, arrays as repeated fields.</summary>
    public static string Form(JsonObject body) => string.Join("&", body.SelectMany(p => p.Value switch
    {
        JsonArray array => array.Select(v => Pair(p.Key, v!.ToString())),
        null => [Pair(p.Key, string.Empty)],
        var v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => [Pair(p.Key, v.ToJsonString())],
        var v => [Pair(p.Key, v.GetValue<string>())],
    }));

    private static string Pair(string name, string value) => Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);
}
