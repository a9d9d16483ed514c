using System.Globalization;
using Intake.Core.Localization;
using Intake.Core.Submissions;
using Intake.Functions.Pages;
using Intake.Functions.Pages.Html;
using Intake.Functions.Submissions;
using Intake.Functions.Tickets;

namespace Intake.Functions.Staff;

/// <summary>
/// What a staff page needs besides its content: language, the user, the CSRF token, where the CSS is, and the page the
/// language switch opens in the other language (<paramref name="LanguagePath"/>: the page itself, or for an answer to
/// a post, which cannot be fetched again, the page to go on to).
/// </summary>
internal sealed record StaffPage(Language Language, StaffUser? User, string? Csrf, StaticAssets Assets, IReadOnlyDictionary<string, string> TeamNames, string LanguagePath = "/staff")
{
    public string Query => Language == Language.English ? "?lang=en" : string.Empty;

    public string TeamName(string team) => TeamNames.TryGetValue(team, out var name) ? name : team;
}

/// <summary>
/// The staff pages: server-rendered, no script, Swedish with English (<c>?lang=en</c>), the citizen pages' styles.
/// Nothing personal ever goes into a URL: links carry the ticket's reference number and the team's id only.
/// </summary>
internal static class StaffPages
{
    private static LocalizedText T(string sv, string en) => new(sv, en);

    public static readonly LocalizedText SiteName = T("Intake – personal", "Intake – staff");
    public static readonly LocalizedText Inbox = T("Inkorg", "Inbox");
    public static readonly LocalizedText SignOut = T("Logga ut", "Sign out");
    public static readonly LocalizedText Overdue = T("Försenad", "Overdue");
    public static readonly LocalizedText Urgent = T("Brådskande", "Urgent");
    public static readonly LocalizedText NotClaimed = T("Ingen", "Nobody");

    public static string Layout(StaffPage page, string title, Markup main)
    {
        var l = page.Language;
        var html = new HtmlWriter();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{l.ToCode()}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n");
        html.Append($"<title>{title} – {SiteName[l]}</title>\n");
        html.Append($"<link rel=\"stylesheet\" href=\"{page.Assets.Url(StaticAssets.SiteCss)}\">\n");
        html.Append($"<link rel=\"icon\" href=\"{page.Assets.Url(StaticAssets.Icon)}\" type=\"image/svg+xml\">\n</head>\n<body class=\"staff\">\n");
        html.Append($"<a class=\"skip-link\" href=\"#{Pages.Layout.MainId}\">{T("Till innehållet", "Skip to content")[l]}</a>\n");
        html.Append($"<header class=\"site-header\"><div class=\"wrap\"><a class=\"site-name\" href=\"/staff{page.Query}\">{SiteName[l]}</a>");
        var other = l == Language.English ? Language.Swedish : Language.English;
        var switchTo = other == Language.English ? page.LanguagePath + "?lang=en" : page.LanguagePath;
        html.Append($"<a class=\"language-switch\" href=\"{switchTo}\" lang=\"{other.ToCode()}\" hreflang=\"{other.ToCode()}\">{T("Svenska", "English")[other]}</a>");
        html.Append($"</div></header>\n<div class=\"wrap\">\n");
        if (page.User is { } user)
        {
            html.Append($"<nav aria-label=\"{T("Team och konto", "Teams and account")[l]}\" class=\"staff-nav\"><p>{T("Inloggad som", "Signed in as")[l]} {user.Name}.</p>");
            var links = user.Teams.Order(StringComparer.Ordinal).Select(team => ($"/staff/team/{team}{page.Query}", $"{Inbox[l]}: {page.TeamName(team)}")).ToList();
            if (user.IsLead)
            {
                links.Add(($"/staff/report{page.Query}", T("Loggranskning", "Log review")[l]));
            }

            // No list at all for a person with no team (the 403 page): an empty list is still announced as one.
            if (links.Count > 0)
            {
                html.Append($"<ul>");
                foreach (var (href, text) in links)
                {
                    html.Append($"<li><a href=\"{href}\">{text}</a></li>");
                }

                html.Append($"</ul>");
            }

            html.Append($"<form method=\"post\" action=\"/staff/signout{page.Query}\">{Csrf(page)}<button type=\"submit\" class=\"button button-secondary\">{SignOut[l]}</button></form></nav>\n");
        }

        html.Append($"<main id=\"{Pages.Layout.MainId}\" tabindex=\"-1\">\n");
        html.Append(main);
        html.Append($"\n</main>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A page that only tells something, with a link onwards when there is one (to sign in again).</summary>
    public static string Message(StaffPage page, string title, string text, (string Text, string Href)? link = null)
    {
        var html = new HtmlWriter();
        html.Append($"<h1>{title}</h1>\n<p>{text}</p>\n");
        if (link is { } l)
        {
            html.Append($"<p><a href=\"{l.Href}\">{l.Text}</a></p>\n");
        }

        return Layout(page, title, new Markup(html.ToString()));
    }

    /// <summary>How many tickets one page of the inbox lists (a table a screen reader can still be walked through).</summary>
    public const int InboxPageSize = 50;

    /// <summary>
    /// One page of a team's inbox: all its open tickets ordered (overdue, then urgent, then by due time; the ticket id
    /// breaks ties, so the pages never overlap), the counts over all of them, and links to the neighbouring pages.
    /// <paramref name="requested"/> is the page asked for (1-based), brought into range.
    /// </summary>
    public static string InboxPage(StaffPage page, string team, IReadOnlyList<InboxEntry> entries, DateTimeOffset now, string path, int requested = 1)
    {
        var l = page.Language;
        var html = new HtmlWriter();
        var title = $"{Inbox[l]}: {page.TeamName(team)}";
        var ordered = entries
            .OrderByDescending(e => e.NextDueAt(now) < now)
            .ThenByDescending(e => e.Urgent)
            .ThenBy(e => e.NextDueAt(now))
            .ThenBy(e => e.TicketId, StringComparer.Ordinal)
            .ToList();
        var pages = Math.Max(1, (ordered.Count + InboxPageSize - 1) / InboxPageSize);
        var number = Math.Clamp(requested, 1, pages);
        if (pages > 1)
        {
            title += $" – {T("sida", "page")[l]} {number} {T("av", "of")[l]} {pages}";
        }

        html.Append($"<h1>{title}</h1>\n");
        var overdue = ordered.Count(e => e.NextDueAt(now) < now);
        html.Append($"<p>{ordered.Count} {T("öppna ärenden", "open tickets")[l]}, {overdue} {T("försenade", "overdue")[l]}.</p>\n");
        if (ordered.Count == 0)
        {
            html.Append($"<p>{T("Inga öppna ärenden.", "No open tickets.")[l]}</p>\n");
            return Layout(page, title, new Markup(html.ToString()));
        }

        var first = (number - 1) * InboxPageSize;
        var shown = ordered.Skip(first).Take(InboxPageSize).ToList();
        var caption = T("Öppna ärenden, försenade och brådskande först", "Open tickets, overdue and urgent first")[l];
        if (pages > 1)
        {
            caption += $" ({first + 1}–{first + shown.Count} {T("av", "of")[l]} {ordered.Count})";
        }

        html.Append($"<table class=\"inbox\">\n<caption>{caption}</caption>\n<thead><tr>");
        foreach (var header in new[] { T("Referens", "Reference"), T("Typ", "Kind"), T("Mottaget", "Received"), T("Ska vara klart", "Due"), T("Läge", "State"), T("Tilldelad", "Claimed by") })
        {
            html.Append($"<th scope=\"col\">{header[l]}</th>");
        }

        html.Append($"</tr></thead>\n<tbody>\n");
        foreach (var e in shown)
        {
            var due = e.NextDueAt(now);
            // Overdue in words (and a sign hidden from screen readers), never by colour alone.
            var late = due < now;
            var state = late ? $"<strong class=\"overdue\"><span aria-hidden=\"true\">⚠ </span>{Overdue[l]}</strong>" : e.Urgent ? $"<strong>{Urgent[l]}</strong>" : "–";
            html.Append($"<tr{(late ? new Markup(" class=\"is-overdue\"") : Markup.Empty)}><th scope=\"row\"><a href=\"/staff/tickets/{e.TicketId}{page.Query}\">{e.TicketId}</a></th><td>{KindName(e.Kind)[l]}</td>");
            html.Append($"<td>{Time(e.ReceivedAt, l)}</td><td>{Time(due, l)}</td><td>{new Markup(state)}</td><td>{e.ClaimedByName ?? NotClaimed[l]}</td></tr>\n");
        }

        html.Append($"</tbody>\n</table>\n");
        if (pages > 1)
        {
            Pager(html, page, path, number, pages);
        }

        return Layout(page, title, new Markup(html.ToString()));
    }

    /// <summary>The links to the previous and the next page of the inbox, and where this one is.</summary>
    private static void Pager(HtmlWriter html, StaffPage page, string path, int number, int pages)
    {
        var l = page.Language;
        string Link(int n) => path + "?page=" + n.ToString(CultureInfo.InvariantCulture) + (page.Language == Language.English ? "&lang=en" : string.Empty);
        html.Append($"<nav class=\"pager\" aria-label=\"{T("Sidor i inkorgen", "Pages of the inbox")[l]}\"><ul>");
        if (number > 1)
        {
            html.Append($"<li><a href=\"{Link(number - 1)}\" rel=\"prev\">{T("Föregående sida", "Previous page")[l]}</a></li>");
        }

        html.Append($"<li aria-current=\"page\">{T("Sida", "Page")[l]} {number} {T("av", "of")[l]} {pages}</li>");
        if (number < pages)
        {
            html.Append($"<li><a href=\"{Link(number + 1)}\" rel=\"next\">{T("Nästa sida", "Next page")[l]}</a></li>");
        }

        html.Append($"</ul></nav>\n");
    }

    public static string TicketPage(StaffPage page, TicketRecord ticket, SubmissionRecord? submission, IReadOnlyList<TicketEvent> events, IEnumerable<string> otherTeams, string? done, DateTimeOffset now)
    {
        var l = page.Language;
        var html = new HtmlWriter();
        var title = $"{T("Ärende", "Ticket")[l]} {ticket.TicketId}";
        html.Append($"<h1>{title}</h1>\n");
        if (done is not null && Done(done) is { } message)
        {
            html.Append($"<p class=\"notice\" role=\"status\">{message[l]}</p>\n");
        }

        html.Append($"<dl class=\"facts\">");
        Fact(html, T("Typ", "Kind")[l], KindName(ticket.Kind)[l]);
        Fact(html, T("Team", "Team")[l], page.TeamName(ticket.Team));
        Fact(html, T("Status", "Status")[l], ticket.IsOpen ? T("Öppet", "Open")[l] : $"{T("Avslutat", "Closed")[l]}: {OutcomeName(ticket.Outcome)[l]}");
        Fact(html, T("Mottaget", "Received")[l], Time(submission?.ReceivedAt ?? ticket.CreatedAt, l));
        Clock(html, T("Ska bedömas senast", "Assessment due")[l], ticket.DueAt, ticket.IsOpen, now, l);
        if (ticket.DecisionDueAt is { } decision)
        {
            Clock(html, T("Beslut om utredning senast", "Decision on investigation due")[l], decision, ticket.IsOpen, now, l);
        }

        Fact(html, T("Tilldelad", "Claimed by")[l], ticket.ClaimedByName ?? NotClaimed[l]);
        html.Append($"</dl>\n");

        html.Append($"<h2>{T("Det personen skrev", "What the person sent")[l]}</h2>\n");
        if (submission is null)
        {
            html.Append($"<p>{T("Inlämningen finns inte längre.", "The submission no longer exists.")[l]}</p>\n");
        }
        else
        {
            if (submission.Answers.IsTrue("anonymous"))
            {
                html.Append($"<p><strong>{T("Anmälaren är anonym.", "The reporter is anonymous.")[l]}</strong></p>\n");
            }

            html.Append($"<dl class=\"answers\">");
            var model = QuestionModel.For(submission.Kind);
            foreach (var question in model.Questions.Where(q => submission.Answers.Has(q.Id)))
            {
                var values = submission.Answers.GetAll(question.Id).Select(v => AnswerText(question, v, l));
                html.Append($"<dt>{question.Label[Language.Swedish]}</dt><dd class=\"answer\">{string.Join(", ", values)}</dd>");
            }

            html.Append($"</dl>\n");
        }

        html.Append($"<h2>{T("Händelser", "Timeline")[l]}</h2>\n<ol class=\"timeline\">");
        if (submission is not null)
        {
            Event(html, submission.ReceivedAt, T("Mottaget", "Received")[l], null, l);
        }

        // Routed to the team it had before its first hand-over, if any.
        var routedTo = events.Where(e => e.Type == AuditActions.HandOver && e.FromTeam is not null).MinBy(e => e.At)?.FromTeam ?? ticket.Team;
        Event(html, ticket.CreatedAt, $"{T("Fördelat till", "Routed to")[l]} {page.TeamName(routedTo)}", null, l);
        if (ticket.AcknowledgementQueued)
        {
            Event(html, ticket.CreatedAt, T("Mottagningsbekräftelse skickas", "Acknowledgement sent")[l], null, l);
        }

        foreach (var e in events.OrderBy(e => e.At))
        {
            var what = e.Type switch
            {
                AuditActions.Claim => $"{T("Tilldelat", "Claimed by")[l]} {e.ByName}",
                AuditActions.Note => $"{T("Anteckning av", "Note by")[l]} {e.ByName}",
                AuditActions.HandOver => $"{T("Överlämnat till", "Handed over to")[l]} {page.TeamName(e.Team ?? string.Empty)} {T("av", "by")[l]} {e.ByName}",
                AuditActions.Close => $"{T("Avslutat", "Closed")[l]} ({OutcomeName(e.Text)[l]}) {T("av", "by")[l]} {e.ByName}",
                _ => e.Type,
            };
            Event(html, e.At, what, e.Type == AuditActions.Note ? e.Text : null, l);
        }

        html.Append($"</ol>\n");
        if (ticket.IsOpen)
        {
            Actions(html, page, ticket, otherTeams);
        }

        return Layout(page, title, new Markup(html.ToString()));
    }

    private static void Actions(HtmlWriter html, StaffPage page, TicketRecord ticket, IEnumerable<string> otherTeams)
    {
        var l = page.Language;
        var action = $"/staff/tickets/{ticket.TicketId}";
        html.Append($"<h2>{T("Åtgärder", "Actions")[l]}</h2>\n");
        if (ticket.ClaimedBy != page.User?.Id)
        {
            html.Append($"<form class=\"staff-form\" method=\"post\" action=\"{action}/claim{page.Query}\">{Csrf(page)}<button type=\"submit\" class=\"button\">{T("Ta ärendet", "Claim the ticket")[l]}</button></form>\n");
        }

        html.Append($"<form class=\"staff-form\" method=\"post\" action=\"{action}/note{page.Query}\">{Csrf(page)}<label class=\"label\" for=\"note\">{T("Ny anteckning", "New note")[l]}</label>");
        html.Append($"<textarea class=\"textarea\" id=\"note\" name=\"note\" rows=\"4\" maxlength=\"{TicketCases.MaxNoteLength}\" required></textarea><button type=\"submit\" class=\"button\">{T("Spara anteckningen", "Save the note")[l]}</button></form>\n");

        html.Append($"<form class=\"staff-form\" method=\"post\" action=\"{action}/handover{page.Query}\">{Csrf(page)}<label class=\"label\" for=\"team\">{T("Lämna över till team", "Hand over to team")[l]}</label><select class=\"select\" id=\"team\" name=\"team\">");
        foreach (var team in otherTeams)
        {
            html.Append($"<option value=\"{team}\">{page.TeamName(team)}</option>");
        }

        html.Append($"</select><button type=\"submit\" class=\"button\">{T("Lämna över", "Hand over")[l]}</button></form>\n");

        html.Append($"<form class=\"staff-form\" method=\"post\" action=\"{action}/close{page.Query}\">{Csrf(page)}<fieldset class=\"fieldset\"><legend class=\"legend\">{T("Utfall", "Outcome")[l]}</legend><div class=\"options\">");
        foreach (var outcome in TicketOutcomes.All)
        {
            html.Append($"<div class=\"option\"><input class=\"option-input\" type=\"radio\" id=\"outcome-{outcome}\" name=\"outcome\" value=\"{outcome}\" required><label class=\"option-label\" for=\"outcome-{outcome}\">{OutcomeName(outcome)[l]}</label></div>");
        }

        html.Append($"</div></fieldset><button type=\"submit\" class=\"button\">{T("Avsluta ärendet", "Close the ticket")[l]}</button></form>\n");
    }

    public static string ReportPage(StaffPage page, IReadOnlyList<string> teams, string month)
    {
        var l = page.Language;
        var title = T("Loggranskning", "Log review")[l];
        var html = new HtmlWriter();
        html.Append($"<h1>{title}</h1>\n<p>{T("Vem som läst eller ändrat vilket ärende och när, för en månad, som CSV.", "Who read or changed which ticket and when, for one month, as CSV.")[l]}</p>\n");
        html.Append($"<form class=\"staff-form\" method=\"get\" action=\"/staff/report.csv\">");
        if (l == Language.English)
        {
            html.Append($"<input type=\"hidden\" name=\"lang\" value=\"en\">");
        }

        html.Append($"<div class=\"field\"><label class=\"label\" for=\"month\">{T("Månad (ÅÅÅÅ-MM)", "Month (YYYY-MM)")[l]}</label><input class=\"input input-short\" id=\"month\" name=\"month\" value=\"{month}\" pattern=\"[0-9]{{4}}-[0-9]{{2}}\" required></div>");
        html.Append($"<div class=\"field\"><label class=\"label\" for=\"report-team\">{T("Team", "Team")[l]}</label><select class=\"select\" id=\"report-team\" name=\"team\">");
        foreach (var team in teams)
        {
            html.Append($"<option value=\"{team}\">{page.TeamName(team)}</option>");
        }

        html.Append($"</select></div><button type=\"submit\" class=\"button\">{T("Ladda ner CSV", "Download CSV")[l]}</button></form>\n");
        return Layout(page, title, new Markup(html.ToString()));
    }

    public static LocalizedText KindName(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Concern => T("Orosanmälan", "Report of concern"),
        SubmissionKind.SupportRequest => T("Ansökan om stöd", "Application for support"),
        _ => T("Stöd som anhörig", "Support as a relative"),
    };

    public static LocalizedText OutcomeName(string? outcome) => outcome switch
    {
        TicketOutcomes.Contacted => T("Kontakt tagen", "Contacted"),
        TicketOutcomes.InvestigationOpened => T("Utredning inledd", "Investigation opened"),
        TicketOutcomes.NoAction => T("Ingen åtgärd", "No action"),
        TicketOutcomes.Referred => T("Hänvisad vidare", "Referred elsewhere"),
        _ => T("–", "–"),
    };

    private static LocalizedText? Done(string done) => done switch
    {
        "claimed" => T("Ärendet är ditt.", "The ticket is yours."),
        "noted" => T("Anteckningen är sparad.", "The note is saved."),
        "closed" => T("Ärendet är avslutat.", "The ticket is closed."),
        _ => null,
    };

    private static string AnswerText(Question question, string value, Language l)
    {
        if (question.Options.FirstOrDefault(o => o.Value == value) is { } option)
        {
            return option.Label[l];
        }

        return question.Type == FieldType.YesNo ? value switch { "true" => T("Ja", "Yes")[l], "false" => T("Nej", "No")[l], _ => value } : value;
    }

    private static void Fact(HtmlWriter html, string term, string value) => html.Append($"<dt>{term}</dt><dd>{value}</dd>");

    private static void Clock(HtmlWriter html, string term, DateTimeOffset due, bool open, DateTimeOffset now, Language l)
    {
        if (open && due < now)
        {
            html.Append($"<dt>{term}</dt><dd><strong class=\"overdue\"><span aria-hidden=\"true\">⚠ </span>{Overdue[l]}:</strong> {Time(due, l)}</dd>");
        }
        else
        {
            Fact(html, term, Time(due, l));
        }
    }

    private static void Event(HtmlWriter html, DateTimeOffset at, string what, string? text, Language l)
    {
        html.Append($"<li><time datetime=\"{at.ToString("o", CultureInfo.InvariantCulture)}\">{Time(at, l)}</time> {what}");
        if (text is not null)
        {
            html.Append($"<p class=\"note\">{text}</p>");
        }

        html.Append($"</li>");
    }

    private static Markup Csrf(StaffPage page) =>
        page.Csrf is null ? Markup.Empty : new Markup($"<input type=\"hidden\" name=\"__csrf\" value=\"{HtmlWriter.Encode(page.Csrf)}\">");

    public static string Time(DateTimeOffset at, Language l) =>
        TimeZoneInfo.ConvertTime(at, SwedishTime.Zone).ToString(l == Language.English ? "d MMM yyyy HH:mm" : "d MMM yyyy 'kl.' HH:mm", CultureInfo.GetCultureInfo(l == Language.English ? "en-GB" : "sv-SE"));
}
