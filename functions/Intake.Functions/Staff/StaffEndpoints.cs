using System.Globalization;
using System.Text;
using Intake.Core.Localization;
using Intake.Core.Routing;
using Intake.Functions.Pages;
using Intake.Functions.Security;
using Intake.Functions.Storage;
using Intake.Functions.Submissions;
using Intake.Functions.Tickets;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Staff;

/// <summary>
/// The staff side: sign-in, the team inbox, a ticket and what staff do with it, the log-review report. Deny by
/// default: every request is authenticated from the app's own session cookie and authorised on the ticket's own team
/// (never on a link or the inbox index); a ticket of another team is "not found", the same as one that does not exist;
/// every read and change is audited before anything is returned, and a failed audit write returns no data.
/// </summary>
internal static partial class StaffEndpoints
{
    /// <summary>The sign-in's own return paths: the OpenID Connect handler answers them.</summary>
    public static async Task<IResult> RemoteAsync(HttpContext http)
    {
        NoStore(http);
        if (!Options(http).IsConfigured)
        {
            return NotConfigured(http);
        }

        var handlers = http.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        if (await handlers.GetHandlerAsync(http, StaffAuthentication.OidcScheme) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
        {
            return Results.Empty;  // The handler wrote its answer (the redirect into the app, or to the failure page).
        }

        return Page(http, null, StatusCodes.Status400BadRequest, p => StaffPages.Message(p, T("Inloggningen kunde inte slutföras", "The sign-in could not be completed")[p.Language], Retry[p.Language], SignInLink(p)));
    }

    public static IResult SignInFailed(HttpContext http) =>
        Page(http, null, StatusCodes.Status401Unauthorized, p => StaffPages.Message(p, T("Inloggningen misslyckades", "The sign-in failed")[p.Language], Retry[p.Language], SignInLink(p)));

    public static IResult SignedOut(HttpContext http) =>
        Page(http, null, StatusCodes.Status200OK, p => StaffPages.Message(p, T("Du är utloggad", "You are signed out")[p.Language],
            T("Stäng webbläsaren om du använder en delad dator.", "Close the browser if the computer is shared.")[p.Language], SignInLink(p)));

    /// <summary>
    /// Signs out: the session is recorded as signed out (so that no copy of its cookie works any more), the cookie is
    /// deleted, and the provider's session is ended too. Anyone signed in may, a person with no team as well.
    /// </summary>
    public static Task<IResult> SignOutAsync(HttpContext http) => WithUserAsync(http, "StaffAccount", async (user, page) =>
    {
        // The cookie handler's result for this request, read once already by WithUserAsync.
        var session = await http.AuthenticateAsync(StaffAuthentication.CookieScheme);
        if (session.Properties is { } properties && StaffAuthentication.SessionIdOf(properties) is { } id)
        {
            var services = http.RequestServices;
            var endsAt = (StaffAuthentication.SignedInAtOf(properties) ?? services.GetRequiredService<TimeProvider>().GetUtcNow()) + Options(http).AbsoluteTimeout;
            try
            {
                await services.GetRequiredService<StaffSessions>().SignOutAsync(id, endsAt, http.RequestAborted);
            }
            catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, http.RequestAborted))
            {
                // The browser is still signed out below (its cookie deleted, the provider's session ended); only a
                // copy of the cookie made before would outlive this, as it would have without the record.
                LogSignOutNotRecorded(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffEndpoints)), ex.GetType().Name);
            }
        }

        await http.SignOutAsync(StaffAuthentication.CookieScheme);
        await http.SignOutAsync(StaffAuthentication.OidcScheme, new AuthenticationProperties { RedirectUri = "/staff/signed-out" + page.Query });
        return Results.Empty;
    }, anyTeam: true);

    /// <summary>The inbox of <paramref name="team"/>, or of the user's first team.</summary>
    public static Task<IResult> InboxAsync(HttpContext http, string? team, string function, CancellationToken cancellationToken) =>
        WithUserAsync(http, function, async (user, page) =>
        {
            team ??= user.Teams.Order(StringComparer.Ordinal).First();
            if (!user.MayWork(team))
            {
                return NotFound(http, page);
            }

            var services = http.RequestServices;
            var inbox = services.GetRequiredService<TeamInbox>();
            if (!await AuditAsync(http, user, team, null, AuditActions.ListInbox, function, cancellationToken))
            {
                return AuditFailed(http, page);
            }

            var entries = await inbox.ListAsync(team, cancellationToken);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var number = int.TryParse(http.Request.Query["page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            return Html(http, StaffPages.InboxPage(page, team, entries, now, http.Request.Path.Value ?? "/staff", number), StatusCodes.Status200OK);
        });

    public static Task<IResult> TicketAsync(HttpContext http, string id, string function, CancellationToken cancellationToken) =>
        WithUserAsync(http, function, async (user, page) =>
        {
            var services = http.RequestServices;
            var cases = services.GetRequiredService<TicketCases>();
            var ticket = await cases.FindAsync(id, user, cancellationToken);
            if (ticket is null)
            {
                return NotFound(http, page);
            }

            // Audited before anything of the ticket is read further or returned; no record, no data.
            if (!await AuditAsync(http, user, ticket.Team, ticket.TicketId, AuditActions.ReadTicket, function, cancellationToken))
            {
                return AuditFailed(http, page);
            }

            ticket = await cases.MendAsync(ticket, cancellationToken);
            var tables = services.GetRequiredService<IntakeTables>();
            var row = await tables.Submissions.GetOrNullAsync(ticket.SubmissionId, SubmissionRecord.RowKey, cancellationToken);
            var submission = row is null ? null : SubmissionRecord.FromEntity(row);
            var events = await cases.TimelineAsync(ticket.TicketId, cancellationToken);
            var teams = services.GetRequiredService<IOptions<RoutingOptions>>().Value.Teams.Keys.Where(t => t != ticket.Team).Order(StringComparer.Ordinal);
            var done = http.Request.Query["done"].FirstOrDefault();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            return Html(http, StaffPages.TicketPage(page, ticket, submission, events, teams, done, now), StatusCodes.Status200OK);
        });

    /// <summary>A change to a ticket (a form post with the CSRF token): claim, note, hand over or close.</summary>
    public static Task<IResult> ChangeAsync(HttpContext http, string id, string action, string function, CancellationToken cancellationToken) =>
        WithUserAsync(http, function, async (user, page) =>
        {
            var services = http.RequestServices;
            var cases = services.GetRequiredService<TicketCases>();
            var ticket = await cases.FindAsync(id, user, cancellationToken);
            if (ticket is null)
            {
                return NotFound(http, page);
            }

            var auditAction = action switch
            {
                "claim" => AuditActions.Claim,
                "note" => AuditActions.Note,
                "handover" => AuditActions.HandOver,
                _ => AuditActions.Close,
            };
            if (!await AuditAsync(http, user, ticket.Team, ticket.TicketId, auditAction, function, cancellationToken))
            {
                return AuditFailed(http, page);
            }

            var form = await http.Request.ReadFormAsync(cancellationToken);
            var (change, changed) = action switch
            {
                "claim" => await cases.ClaimAsync(id, user, cancellationToken),
                "note" => (await cases.AddNoteAsync(id, user, form["note"].FirstOrDefault() ?? string.Empty, cancellationToken), null),
                "handover" => await cases.HandOverAsync(id, user, form["team"].FirstOrDefault() ?? string.Empty, cancellationToken),
                _ => await cases.CloseAsync(id, user, form["outcome"].FirstOrDefault() ?? string.Empty, cancellationToken),
            };

            // An answer to a post: its language switch, and its link onwards, lead to a page that can be fetched.
            var l = page.Language;
            var ticketPath = $"/staff/tickets/{id}";
            var back = (T("Tillbaka till ärendet", "Back to the ticket")[l], ticketPath + page.Query);
            return change switch
            {
                CaseChange.Done when action == "handover" => Page(http, user, StatusCodes.Status200OK, p => StaffPages.Message(p,
                    T("Ärendet är överlämnat", "The ticket is handed over")[l],
                    $"{T("Ärende", "Ticket")[l]} {id} {T("ligger nu hos", "is now with")[l]} {p.TeamName(changed!.Team)}.",
                    (T("Till inkorgen", "To the inbox")[l], "/staff" + p.Query))),
                CaseChange.Done => Results.Redirect($"{ticketPath}?done={(action switch { "claim" => "claimed", "note" => "noted", _ => "closed" })}{(l == Language.English ? "&lang=en" : string.Empty)}", permanent: false, preserveMethod: false),
                CaseChange.ClaimedByOther => Page(http, user, StatusCodes.Status409Conflict, p => StaffPages.Message(p,
                    T("Någon annan har redan ärendet", "Someone else has the ticket")[l],
                    $"{T("Ärende", "Ticket")[l]} {id} {T("är redan tilldelat", "is already claimed by")[l]} {changed?.ClaimedByName}.", back), ticketPath),
                CaseChange.Closed => Page(http, user, StatusCodes.Status409Conflict, p => StaffPages.Message(p,
                    T("Ärendet är avslutat", "The ticket is closed")[l], T("Ett avslutat ärende ändras inte.", "A closed ticket is not changed.")[l], back), ticketPath),
                CaseChange.NotFound => NotFound(http, page),
                _ => Page(http, user, StatusCodes.Status400BadRequest, p => StaffPages.Message(p,
                    T("Det gick inte att spara", "It could not be saved")[l],
                    T("Något fält saknades eller var ogiltigt. Gå tillbaka och försök igen.", "A field was missing or not valid. Go back and try again.")[l], back), ticketPath),
            };
        });

    public static Task<IResult> ReportAsync(HttpContext http, string function, CancellationToken cancellationToken) =>
        WithUserAsync(http, function, (user, page) =>
        {
            if (!user.IsLead)
            {
                return Task.FromResult(NotFound(http, page));
            }

            var month = AuditLog.MonthOf(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
            return Task.FromResult(Html(http, StaffPages.ReportPage(page, [.. user.Teams.Order(StringComparer.Ordinal)], month), StatusCodes.Status200OK));
        });

    /// <summary>The month's audit records of one of the lead's teams, as CSV (UTF-8 with BOM, semicolons: opens in Excel).</summary>
    public static Task<IResult> ReportCsvAsync(HttpContext http, string function, CancellationToken cancellationToken) =>
        WithUserAsync(http, function, async (user, page) =>
        {
            var month = http.Request.Query["month"].FirstOrDefault() ?? string.Empty;
            var team = http.Request.Query["team"].FirstOrDefault() ?? string.Empty;
            if (!user.IsLead || !user.MayWork(team))
            {
                return NotFound(http, page);
            }

            if (!MonthShape().IsMatch(month))
            {
                return Page(http, user, StatusCodes.Status400BadRequest, p => StaffPages.Message(p,
                    T("Ogiltig månad", "Not a valid month")[p.Language], T("Skriv månaden som ÅÅÅÅ-MM, till exempel 2026-11.", "Write the month as YYYY-MM, for example 2026-11.")[p.Language]));
            }

            if (!await AuditAsync(http, user, team, null, AuditActions.DownloadReport, function, cancellationToken))
            {
                return AuditFailed(http, page);
            }

            var records = await http.RequestServices.GetRequiredService<AuditLog>().MonthAsync(month, new HashSet<string>([team], StringComparer.Ordinal), cancellationToken);
            var csv = new StringBuilder();
            csv.Append("tid;användar-id;namn;team;ärende;åtgärd;funktion\r\n");
            foreach (var r in records.OrderBy(r => r.At))
            {
                csv.Append(string.Join(';', new[]
                {
                    TimeZoneInfo.ConvertTime(r.At, SwedishTime.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    r.UserId, r.UserName, r.Team, r.TicketId ?? string.Empty, r.Action, r.Function,
                }.Select(Cell))).Append("\r\n");
            }

            http.Response.Headers.ContentDisposition = $"attachment; filename=\"loggranskning-{team}-{month}.csv\"";
            return Results.Text("\uFEFF" + csv, "text/csv; charset=utf-8", Encoding.UTF8);  // The BOM: Excel reads it as UTF-8.
        });

    /// <summary>
    /// Authenticates from the session cookie, then: no session (none, expired, signed out) → sign-in (a GET) or 401 (a
    /// post); no team → 403 (unless <paramref name="anyTeam"/>: signing out); a post without a valid CSRF token → 400.
    /// Only then <paramref name="work"/>, with the user.
    /// </summary>
    private static async Task<IResult> WithUserAsync(HttpContext http, string function, Func<StaffUser, StaffPage, Task<IResult>> work, bool anyTeam = false)
    {
        NoStore(http);
        var options = Options(http);
        if (!options.IsConfigured)
        {
            return NotConfigured(http);
        }

        var result = await http.AuthenticateAsync(StaffAuthentication.CookieScheme);
        var user = result.Succeeded ? StaffUser.From(result.Principal!, options) : null;
        if (user is not null)
        {
            // A session that was signed out (a copy of its cookie) or that carries no id of its own is no session.
            var id = StaffAuthentication.SessionIdOf(result.Properties!);
            bool ended;
            try
            {
                ended = !StaffSessions.IsId(id) || await http.RequestServices.GetRequiredService<StaffSessions>().IsSignedOutAsync(id!, http.RequestAborted);
            }
            catch (Exception ex) when (StorageFailures.IsStorageFailure(ex, http.RequestAborted))
            {
                LogSessionUnchecked(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffEndpoints)), ex.GetType().Name, function);
                http.Response.Headers.RetryAfter = "30";
                return Page(http, null, StatusCodes.Status503ServiceUnavailable, p => StaffPages.Message(p,
                    T("Tillfälligt fel", "Temporary error")[p.Language],
                    T("Inloggningen kunde inte kontrolleras, så ingenting visas. Försök igen om en stund.", "The sign-in could not be checked, so nothing is shown. Try again in a while.")[p.Language]));
            }

            if (ended)
            {
                await http.SignOutAsync(StaffAuthentication.CookieScheme);
                user = null;
            }
        }

        var post = HttpMethods.IsPost(http.Request.Method);
        if (user is null)
        {
            if (post)
            {
                return Page(http, null, StatusCodes.Status401Unauthorized, p => StaffPages.Message(p, T("Du är inte inloggad", "You are not signed in")[p.Language], Retry[p.Language], SignInLink(p)));
            }

            // Back to where the person was going after the sign-in: a local path only, never an address from outside.
            var target = http.Request.Path.Value + http.Request.QueryString.Value;
            try
            {
                await http.ChallengeAsync(StaffAuthentication.OidcScheme, new AuthenticationProperties { RedirectUri = target });
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException && !http.Response.HasStarted)
            {
                // The identity provider's metadata could not be read (it is down, or the network is): no sign-in now.
                LogSignInUnavailable(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffEndpoints)), ex.GetType().Name);
                http.Response.Headers.RetryAfter = "60";
                return Page(http, null, StatusCodes.Status503ServiceUnavailable, p => StaffPages.Message(p,
                    T("Inloggningen fungerar inte just nu", "The sign-in is not working right now")[p.Language],
                    T("Inloggningstjänsten svarar inte. Försök igen om en stund.", "The sign-in service does not answer. Try again in a while.")[p.Language]));
            }

            return Results.Empty;
        }

        if (user.Teams.Count == 0 && !anyTeam)
        {
            return Page(http, user with { Teams = new HashSet<string>() }, StatusCodes.Status403Forbidden, p => StaffPages.Message(p,
                T("Du har ingen behörighet", "You have no access")[p.Language],
                T("Ditt konto hör inte till något team i Intake. Be din chef att ge dig en roll.", "Your account belongs to no team in Intake. Ask your manager for a role.")[p.Language]),
                languagePath: "/staff");
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (post && !await antiforgery.IsRequestValidAsync(http))
        {
            return Page(http, user, StatusCodes.Status400BadRequest, p => StaffPages.Message(p,
                T("Formuläret hade gått ut", "The form had expired")[p.Language],
                T("Ladda om sidan och försök igen.", "Reload the page and try again.")[p.Language]));
        }

        return await work(user, PageOf(http, user));
    }

    private static async Task<bool> AuditAsync(HttpContext http, StaffUser user, string team, string? ticketId, string action, string function, CancellationToken cancellationToken)
    {
        try
        {
            await http.RequestServices.GetRequiredService<AuditLog>().RecordAsync(user, team, ticketId, action, function, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAuditFailed(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffEndpoints)), ex.GetType().Name, action, function);
            return false;
        }
    }

    // A refusal's page never repeats the address asked for (its language link goes to the inbox): nothing of a ticket
    // the person may not see, not even the reference they typed, is in the answer.
    private static IResult AuditFailed(HttpContext http, StaffPage page) =>
        Html(http, StaffPages.Message(page with { LanguagePath = "/staff" }, T("Tillfälligt fel", "Temporary error")[page.Language],
            T("Läsningen kunde inte loggas, så ingenting visas. Försök igen om en stund.", "The read could not be logged, so nothing is shown. Try again in a while.")[page.Language]),
            StatusCodes.Status503ServiceUnavailable);

    private static IResult NotFound(HttpContext http, StaffPage page) =>
        Html(http, StaffPages.Message(page with { LanguagePath = "/staff" }, T("Hittades inte", "Not found")[page.Language],
            T("Det finns inget sådant ärende bland ditt teams ärenden.", "There is no such ticket among your team's tickets.")[page.Language]), StatusCodes.Status404NotFound);

    private static IResult NotConfigured(HttpContext http) =>
        Page(http, null, StatusCodes.Status404NotFound, p => StaffPages.Message(p, T("Hittades inte", "Not found")[p.Language],
            T("Personalinloggningen är inte konfigurerad.", "The staff sign-in is not configured.")[p.Language]));

    private static IResult Page(HttpContext http, StaffUser? user, int status, Func<StaffPage, string> render, string? languagePath = null) =>
        Html(http, render(PageOf(http, user, languagePath)), status);

    /// <summary>
    /// The page's frame for this request. The language switch leads to this page in the other language, or, on an
    /// answer to a post (which a link cannot fetch again), to <paramref name="languagePath"/> or the inbox. A page with
    /// a user carries the sign-out form, whose post ends at the identity provider's sign-out: its origin is allowed as
    /// a form's destination in this page's Content Security Policy (browsers check the redirects of a post too).
    /// </summary>
    private static StaffPage PageOf(HttpContext http, StaffUser? user, string? languagePath = null)
    {
        var services = http.RequestServices;
        var language = http.Request.Query["lang"].FirstOrDefault() == "en" ? Language.English : Language.Swedish;
        var csrf = user is null ? null : services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken;
        if (user is not null && Uri.TryCreate(Options(http).Authority, UriKind.Absolute, out var authority))
        {
            http.Features.Get<ContentSecurityPolicy>()?.AllowFormActionTo(authority.GetLeftPart(UriPartial.Authority));
        }

        var names = services.GetRequiredService<IOptions<RoutingOptions>>().Value.Teams.ToDictionary(t => t.Key, t => t.Value.Name ?? t.Key, StringComparer.Ordinal);
        var path = http.Request.Path.Value;
        var fetchable = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        languagePath ??= fetchable && path is not null && path.StartsWith("/staff", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal) && !path.Contains('\\', StringComparison.Ordinal)
            ? path
            : "/staff";
        return new StaffPage(language, user, csrf, services.GetRequiredService<StaticAssets>(), names, languagePath);
    }

    private static IResult Html(HttpContext http, string html, int status) => PagesEndpoints.Html(http, html, status);

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = SecurityHeaders.NoStore;

    private static StaffAuthOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<StaffAuthOptions>>().Value;

    /// <summary>A cell that a spreadsheet will not run as a formula, quoted.</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static LocalizedText T(string sv, string en) => new(sv, en);

    private static readonly LocalizedText Retry = T("Inga uppgifter har visats eller ändrats.", "Nothing has been shown or changed.");

    private static (string, string) SignInLink(StaffPage page) => (T("Logga in igen", "Sign in again")[page.Language], "/staff" + page.Query);

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial System.Text.RegularExpressions.Regex MonthShape();

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "The staff sign-in could not start: the identity provider's metadata could not be read ({ExceptionType}).")]
    private static partial void LogSignInUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Whether the staff session was signed out could not be read ({ExceptionType}) in {Function}; no data was returned.")]
    private static partial void LogSessionUnchecked(ILogger logger, string exceptionType, string function);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "A staff sign-out could not be recorded ({ExceptionType}); the browser was signed out, a copy of its cookie was not.")]
    private static partial void LogSignOutNotRecorded(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "The audit record could not be written ({ExceptionType}) for {Action} in {Function}; no data was returned.")]
    private static partial void LogAuditFailed(ILogger logger, string exceptionType, string action, string function);
}
