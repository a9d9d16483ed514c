using Intake.Functions.Functions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Staff;

/// <summary>
/// The staff side as HTTP functions with explicit routes, none a catch-all (the Functions host orders routes itself;
/// a test checks every route against every other). The sign-in's return paths are functions too, so that the host
/// forwards them to the app.
/// </summary>
internal static class StaffFunctions
{
    public const string AccountRoute = "staff/{page:regex(^(signin-oidc|signout-callback|signout|signin-failed|signed-out|report|report.csv)$)}";

    [Function("StaffInbox")]
    public static async Task<IActionResult> InboxAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await StaffEndpoints.InboxAsync(request.HttpContext, null, "StaffInbox", cancellationToken));

    [Function("StaffTeamInbox")]
    public static async Task<IActionResult> TeamInboxAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff/team/{team:regex(^[a-z0-9-]{{1,64}}$)}")] HttpRequest request, string team, CancellationToken cancellationToken) =>
        new ResultAction(await StaffEndpoints.InboxAsync(request.HttpContext, team, "StaffTeamInbox", cancellationToken));

    [Function("StaffTicket")]
    public static async Task<IActionResult> TicketAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff/tickets/{id:regex(^[A-Za-z0-9-]{{1,64}}$)}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        new ResultAction(await StaffEndpoints.TicketAsync(request.HttpContext, id, "StaffTicket", cancellationToken));

    [Function("StaffTicketChange")]
    public static async Task<IActionResult> ChangeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/tickets/{id:regex(^[A-Za-z0-9-]{{1,64}}$)}/{action:regex(^(claim|note|handover|close)$)}")] HttpRequest request,
        string id,
        string action,
        CancellationToken cancellationToken) =>
        new ResultAction(await StaffEndpoints.ChangeAsync(request.HttpContext, id, action, "StaffTicketChange", cancellationToken));

    [Function("StaffAccount")]
    public static async Task<IActionResult> AccountAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = AccountRoute)] HttpRequest request, string page, CancellationToken cancellationToken)
    {
        var http = request.HttpContext;
        var post = HttpMethods.IsPost(request.Method);
        var result = page switch
        {
            "signin-oidc" or "signout-callback" => await StaffEndpoints.RemoteAsync(http),
            "signout" when post => await StaffEndpoints.SignOutAsync(http),
            "signin-failed" when !post => StaffEndpoints.SignInFailed(http),
            "signed-out" when !post => StaffEndpoints.SignedOut(http),
            "report" when !post => await StaffEndpoints.ReportAsync(http, "StaffAccount", cancellationToken),
            "report.csv" when !post => await StaffEndpoints.ReportCsvAsync(http, "StaffAccount", cancellationToken),
            _ => TypedResults.StatusCode(StatusCodes.Status405MethodNotAllowed),
        };
        return new ResultAction(result);
    }
}
