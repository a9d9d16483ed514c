using System.Text.RegularExpressions;
using Intake.Core.Localization;
using Intake.Functions.Tests.Browser;
using Intake.Functions.Tests.Flow;
using Intake.Functions.Tests.Infrastructure;
using Intake.Functions.Tests.Infrastructure.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace Intake.Functions.Tests.Staff;

/// <summary>
/// The staff side in a real Chromium, through the real sign-in: the local OpenID Connect provider's own login page
/// (npm oidc-provider, scripts/dev-oidc.mjs), typed into and sent by keyboard as a person would, and the real app on
/// Azurite. End to end from the team notice's link to the other team's outcome and the sign-out, with what a person
/// sees after each step and the audit record of every ticket page shown; every staff page in every state it has, in
/// Swedish and English, through axe-core (nothing serious or critical; every finding to artifacts/axe-summary.txt),
/// without a console error, a CSP violation or an unexpected failed request, with the pages' security headers; the
/// keyboard order of the inbox and of a ticket's forms; overdue said in words, not only in colour.
/// </summary>
public sealed partial class StaffBrowserTests(AzuriteFixture azurite, ChromiumFixture chromium)
{
    private const string VuxenId = "7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0001";
    private const string NexusId = "7d2f1a3c-5b4e-4c6d-9a01-1e5a0c7b0003";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SocialWorker_FromTheNoticeLink_ThroughTheLoginPage_ClaimsNotesHandsOver_TheOtherTeamCloses_AndEveryViewIsAudited()
    {
        // The team notice is sent for real (to the pickup folder): its link is what the social worker follows.
        await using var site = await StaffSite.StartAsync(azurite, settings: new() { ["AzureWebJobs.NotifyTeam.Disabled"] = "false" });
        var id = await RoutingReliabilityTests.SubmitAsync(site.App, "support-request", "/api/support-requests");
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));
        var link = await NoticeLinkAsync(site, id);
        Assert.Equal($"/staff/tickets/{id}", link.AbsolutePath);

        await using var vera = await chromium.NewPageAsync();
        var page = vera.Page;
        var keyboard = new KeyboardRun(page);

        // The link → the provider's login page → back on that very ticket, signed in.
        await page.GotoAsync(Url(site, link.PathAndQuery), new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(site.Provider.Authority.Port, new Uri(page.Url).Port);
        await SignInAsync(vera, "vuxen", Url(site, link.PathAndQuery));
        Assert.Equal($"Ärende {id}", await Heading(page));
        Assert.Contains("Inloggad som Vera Vuxen (test).", await page.Locator("nav.staff-nav").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Team Vuxen", await Fact(page, "Team"));
        Assert.Equal("Öppet", await Fact(page, "Status"));
        Assert.Equal("Ingen", await Fact(page, "Tilldelad"));
        var answers = await page.Locator("dl.answers").InnerTextAsync();
        Assert.Contains("Bo Berg", answers, StringComparison.Ordinal);
        Assert.Contains("Jag vill ha hjälp att dricka mindre.", answers, StringComparison.Ordinal);

        // The inbox, by the nav's link: the ticket is listed, nobody has it yet.
        await keyboard.TabToLinkAsync("Inkorg: Team Vuxen");
        await NavigateAsync(page, keyboard.PressEnterAsync);
        Assert.Equal("Inkorg: Team Vuxen", await Heading(page));
        var row = InboxRow(page, id);
        Assert.Contains("Ansökan om stöd", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Ingen", (await row.Locator("td").Last.InnerTextAsync()).Trim());

        // Open it from the list, claim it, add a note: each time the page says what happened.
        await keyboard.TabToLinkAsync(id);
        await NavigateAsync(page, keyboard.PressEnterAsync);
        Assert.Equal(Url(site, $"/staff/tickets/{id}"), page.Url);

        keyboard = new KeyboardRun(page);
        await keyboard.TabToButtonAsync("Ta ärendet");
        await NavigateAsync(page, keyboard.PressEnterAsync);
        Assert.Equal("Ärendet är ditt.", await Status(page));
        Assert.Equal("Vera Vuxen (test)", await Fact(page, "Tilldelad"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Ta ärendet", Exact = true }).CountAsync());

        keyboard = new KeyboardRun(page);
        await keyboard.TabToLabelAsync("Ny anteckning");
        await keyboard.TypeAsync("Ringde kl 9, inget svar. Försöker igen i morgon.");
        await keyboard.TabToButtonAsync("Spara anteckningen", maxPresses: 1);
        await NavigateAsync(page, keyboard.PressEnterAsync);
        Assert.Equal("Anteckningen är sparad.", await Status(page));
        var timeline = await page.Locator("ol.timeline").InnerTextAsync();
        Assert.Contains("Anteckning av Vera Vuxen (test)", timeline, StringComparison.Ordinal);
        Assert.Contains("Ringde kl 9, inget svar. Försöker igen i morgon.", timeline, StringComparison.Ordinal);

        // Hand it over to Anhörigstöd Nexus: the select by its arrow keys, the button by Enter.
        keyboard = new KeyboardRun(page);
        await keyboard.TabToLabelAsync("Lämna över till team");
        await ChooseByKeyboardAsync(page, "#team", "Anhörigstöd Nexus");
        await keyboard.TabToButtonAsync("Lämna över", maxPresses: 1);
        await NavigateAsync(page, keyboard.PressEnterAsync);
        Assert.Equal("Ärendet är överlämnat", await Heading(page));
        Assert.Contains($"Ärende {id} ligger nu hos Anhörigstöd Nexus.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // Gone from Vera's inbox.
        await Open(vera, site, "/staff");
        Assert.Equal("Inkorg: Team Vuxen", await Heading(page));
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = id, Exact = true }).CountAsync());
        Assert.Contains("0 öppna ärenden", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        vera.AssertNoCspViolations();
        vera.AssertClean();

        // Nexus, in a browser of its own: the inbox lists it, unclaimed; Nils closes it with an outcome.
        await using var nils = await chromium.NewPageAsync();
        var nexusPage = nils.Page;
        await nexusPage.GotoAsync(Url(site, "/staff"), new() { WaitUntil = WaitUntilState.Load });
        await SignInAsync(nils, "nexus", Url(site, "/staff"));
        Assert.Equal("Inkorg: Anhörigstöd Nexus", await Heading(nexusPage));
        Assert.Equal("Ingen", (await InboxRow(nexusPage, id).Locator("td").Last.InnerTextAsync()).Trim());
        keyboard = new KeyboardRun(nexusPage);
        await keyboard.TabToLinkAsync(id);
        await NavigateAsync(nexusPage, keyboard.PressEnterAsync);
        Assert.Equal("Anhörigstöd Nexus", await Fact(nexusPage, "Team"));
        Assert.Contains("Överlämnat till Anhörigstöd Nexus av Vera Vuxen (test)", await nexusPage.Locator("ol.timeline").InnerTextAsync(), StringComparison.Ordinal);

        keyboard = new KeyboardRun(nexusPage);
        await keyboard.TabToLabelAsync("Kontakt tagen");
        await keyboard.PressSpaceAsync();
        Assert.True(await nexusPage.GetByLabel("Kontakt tagen", new() { Exact = true }).IsCheckedAsync());
        await keyboard.TabToButtonAsync("Avsluta ärendet");
        await NavigateAsync(nexusPage, keyboard.PressEnterAsync);
        Assert.Equal("Ärendet är avslutat.", await Status(nexusPage));
        Assert.Equal("Avslutat: Kontakt tagen", await Fact(nexusPage, "Status"));
        Assert.Contains("Avslutat (Kontakt tagen) av Nils Nexus (test)", await nexusPage.Locator("ol.timeline").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await nexusPage.Locator("main form").CountAsync());

        await Open(nils, site, "/staff");
        Assert.Equal(0, await nexusPage.GetByRole(AriaRole.Link, new() { Name = id, Exact = true }).CountAsync());

        // Sign out (by keyboard): out of the app and of the provider; the next visit asks for the login again.
        keyboard = new KeyboardRun(nexusPage);
        await keyboard.TabToButtonAsync("Logga ut");
        await SignOutAsync(nils, keyboard.PressEnterAsync, Url(site, "/staff/signed-out"));
        Assert.Equal("Du är utloggad", await Heading(nexusPage));
        Assert.Equal(0, await nexusPage.Locator("nav.staff-nav").CountAsync());
        await nexusPage.GotoAsync(Url(site, "/staff"), new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(site.Provider.Authority.Port, new Uri(nexusPage.Url).Port);
        Assert.Equal("Logga in", await Heading(nexusPage));
        nils.AssertNoCspViolations();
        nils.AssertClean();

        // Every ticket page either browser was shown has its audit record (read), and every change its own.
        var audit = await site.Storage.EntitiesAsync(site.Storage.AuditTable);
        int Recorded(string user, string action) => audit.Count(a => a.GetString("UserId") == user && a.GetString("TicketId") == id && a.GetString("Action") == action);
        Assert.Equal(TicketViews(vera, id), Recorded(VuxenId, "read"));
        Assert.Equal(TicketViews(nils, id), Recorded(NexusId, "read"));
        Assert.Equal(4, TicketViews(vera, id));  // From the link, from the inbox, after the claim, after the note.
        Assert.Equal(2, TicketViews(nils, id));  // From the inbox, after the close.
        Assert.Equal((1, 1, 1, 1), (Recorded(VuxenId, "claim"), Recorded(VuxenId, "note"), Recorded(VuxenId, "hand-over"), Recorded(NexusId, "close")));
        Assert.All(audit.Where(a => a.GetString("Action") == "read"), a => Assert.Equal("StaffTicket", a.GetString("Function")));
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task EveryStaffPage_InEachState_IsAccessible_Clean_AndSaysOverdueInWords(string code)
    {
        var language = code == "en" ? Language.English : Language.Swedish;
        string T(string sv, string en) => language == Language.English ? en : sv;
        var lang = language == Language.English ? "?lang=en" : string.Empty;
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var site = await StaffSite.StartAsync(azurite, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var profile = BrowserProfile.Desktop(PagesSweepTests.Locale(language));

        // The inbox before any ticket.
        await using var vera = await chromium.NewPageAsync(profile);
        var document = await Open(vera, site, "/staff" + lang, "vuxen");
        Assert.Equal(T("Inkorg: Team Vuxen", "Inbox: Team Vuxen"), await Heading(vera.Page));
        Assert.Contains(T("Inga öppna ärenden.", "No open tickets."), await vera.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(vera, "staff-inbox", language, "empty", document);

        // Three tickets: a concern (anonymous) and two applications.
        var open = await SubmitAsync(site, "concern-adult", "/api/concerns");
        var worked = await SubmitAsync(site, "support-request", "/api/support-requests");
        var handed = await SubmitAsync(site, "support-request", "/api/support-requests");
        document = await Open(vera, site, "/staff" + lang);
        Assert.Equal(3, await vera.Page.Locator("table.inbox tbody tr").CountAsync());
        await CheckAsync(vera, "staff-inbox", language, "tickets", document);

        document = await Open(vera, site, $"/staff/tickets/{open}{lang}");
        Assert.Contains(T("Anmälaren är anonym.", "The reporter is anonymous."), await vera.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(vera, "staff-ticket", language, "open", document);

        await Open(vera, site, $"/staff/tickets/{worked}{lang}");
        document = await PressAsync(vera.Page, T("Ta ärendet", "Claim the ticket"));
        Assert.Equal(T("Ärendet är ditt.", "The ticket is yours."), await Status(vera.Page));
        await CheckAsync(vera, "staff-ticket", language, "claimed", document);

        await vera.Page.GetByLabel(T("Ny anteckning", "New note"), new() { Exact = true }).FillAsync("Ringde, inget svar.");
        document = await PressAsync(vera.Page, T("Spara anteckningen", "Save the note"));
        Assert.Equal(T("Anteckningen är sparad.", "The note is saved."), await Status(vera.Page));
        Assert.Contains("Ringde, inget svar.", await vera.Page.Locator("ol.timeline").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(vera, "staff-ticket", language, "notes", document);

        // Someone else has it: the lead (also of Team Vuxen) tries to claim what Vera has.
        await using var lena = await chromium.NewPageAsync(profile);
        await Open(lena, site, $"/staff/tickets/{worked}{lang}", "lead");
        lena.AllowResponse(409, $"/staff/tickets/{worked}/claim");
        document = await PressAsync(lena.Page, T("Ta ärendet", "Claim the ticket"));
        Assert.Equal(409, document.Status);
        Assert.Equal(T("Någon annan har redan ärendet", "Someone else has the ticket"), await Heading(lena.Page));
        Assert.Contains("Vera Vuxen (test)", await lena.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(lena, "staff-conflict", language, null, document);
        await AssertLanguageSwitchOpensAsync(lena, language, $"/staff/tickets/{worked}");

        document = await Open(lena, site, "/staff/report" + lang);
        Assert.Equal(T("Loggranskning", "Log review"), await Heading(lena.Page));
        await CheckAsync(lena, "staff-report", language, null, document);

        // Hand-over confirmation.
        await Open(vera, site, $"/staff/tickets/{handed}{lang}");
        await vera.Page.GetByLabel(T("Lämna över till team", "Hand over to team"), new() { Exact = true }).SelectOptionAsync("anhorigstod-nexus");
        document = await PressAsync(vera.Page, T("Lämna över", "Hand over"));
        Assert.Equal(T("Ärendet är överlämnat", "The ticket is handed over"), await Heading(vera.Page));
        Assert.Equal("/staff" + lang, await vera.Page.Locator("main a").Last.GetAttributeAsync("href"));
        await CheckAsync(vera, "staff-handover", language, null, document);
        await AssertLanguageSwitchOpensAsync(vera, language, "/staff");

        // Closed, with its outcome.
        await Open(vera, site, $"/staff/tickets/{worked}{lang}");
        await vera.Page.GetByLabel(T("Ingen åtgärd", "No action"), new() { Exact = true }).CheckAsync();
        document = await PressAsync(vera.Page, T("Avsluta ärendet", "Close the ticket"));
        Assert.Equal(T("Ärendet är avslutat.", "The ticket is closed."), await Status(vera.Page));
        await CheckAsync(vera, "staff-ticket", language, "closed", document);

        // Not found (no such ticket), and no access (a person with no team role).
        document = await Open(vera, site, $"/staff/tickets/ABCDEFGHJK{lang}", expectedStatus: 404);
        Assert.Equal(T("Hittades inte", "Not found"), await Heading(vera.Page));
        await CheckAsync(vera, "staff-not-found", language, null, document);

        await using (var ingvar = await chromium.NewPageAsync(profile))
        {
            document = await Open(ingvar, site, "/staff" + lang, "ingen", expectedStatus: 403);
            Assert.Equal(T("Du har ingen behörighet", "You have no access"), await Heading(ingvar.Page));
            Assert.Equal(0, await ingvar.Page.Locator("nav.staff-nav ul").CountAsync());  // No empty list of teams.
            await CheckAsync(ingvar, "staff-no-access", language, null, document);
        }

        // A month on: the concern is overdue (said in words in its row and on its page), a new ticket is not.
        clock.Advance(TimeSpan.FromDays(30));
        var fresh = await SubmitAsync(site, "support-request", "/api/support-requests");
        document = await Open(vera, site, "/staff" + lang, "vuxen");
        var overdue = T("Försenad", "Overdue");
        Assert.Contains(overdue, await InboxRow(vera.Page, open).InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(overdue, await InboxRow(vera.Page, fresh).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"1 {T("försenade", "overdue")}", await vera.Page.Locator("main > p").First.InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(vera, "staff-inbox", language, "overdue", document);

        document = await Open(vera, site, $"/staff/tickets/{open}{lang}");
        Assert.Contains(overdue, await Fact(vera.Page, T("Ska bedömas senast", "Assessment due")), StringComparison.Ordinal);
        await CheckAsync(vera, "staff-ticket", language, "overdue", document);

        // A long inbox: sixty more open tickets (rows as the routing writes them) make it three pages of fifty.
        for (var n = 1; n <= 60; n++)
        {
            var due = clock.GetUtcNow().AddDays(2).AddMinutes(n);
            await site.Storage.Tables.InsertEntityAsync(site.Storage.TeamInboxTable, new Azure.Data.Tables.TableEntity("team-vuxen", $"{due.UtcTicks:D19}-PAGE{n:D4}")
            {
                ["TicketId"] = $"PAGE{n:D4}", ["State"] = "open", ["Version"] = 1, ["Kind"] = "concern", ["Urgent"] = false,
                ["ReceivedAt"] = clock.GetUtcNow(), ["DueAt"] = due,
            }, Ct);
        }

        document = await Open(vera, site, "/staff?page=2" + (language == Language.English ? "&lang=en" : string.Empty));
        Assert.Equal(T("Inkorg: Team Vuxen – sida 2 av 2", "Inbox: Team Vuxen – page 2 of 2"), await Heading(vera.Page));
        var pager = vera.Page.GetByRole(AriaRole.Navigation, new() { Name = T("Sidor i inkorgen", "Pages of the inbox"), Exact = true });
        Assert.Equal(T("Föregående sida", "Previous page"), (await pager.GetByRole(AriaRole.Link).InnerTextAsync()).Trim());
        await CheckAsync(vera, "staff-inbox", language, "pages", document);

        // Signed out.
        await SignOutAsync(vera, () => vera.Page.GetByRole(AriaRole.Button, new() { Name = T("Logga ut", "Sign out"), Exact = true }).ClickAsync(), Url(site, "/staff/signed-out" + lang));
        Assert.Equal(T("Du är utloggad", "You are signed out"), await Heading(vera.Page));
        Assert.Equal(0, await vera.Page.Locator("nav.staff-nav").CountAsync());
        await CheckAsync(vera, "staff-signed-out", language, null, LastDocument(vera, vera.Page.Url));
    }

    [Fact]
    public async Task ByKeyboard_TheInboxStartsWithTheSkipLinkThenTheTickets_AndEveryControlOfATicketIsReachableAndLabelled()
    {
        await using var site = await StaffSite.StartAsync(azurite);
        var first = await SubmitAsync(site, "support-request", "/api/support-requests");
        var second = await SubmitAsync(site, "concern-adult", "/api/concerns");

        await using var vera = await chromium.NewPageAsync();
        var page = vera.Page;
        await Open(vera, site, "/staff", "vuxen");
        var links = await page.Locator("table.inbox tbody a").AllInnerTextsAsync();
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));

        // The skip link first; through it into main, where the ticket links come next, in the list's order.
        var keyboard = new KeyboardRun(page);
        await PagesSweepTests.AssertSkipLinkAsync(page, keyboard, "Till innehållet");
        await keyboard.TabToLinkAsync(links[0], maxPresses: 1);
        await keyboard.TabToLinkAsync(links[1], maxPresses: 1);

        // Without the skip link: the header, the team's inbox, the sign-out, then the tickets.
        await Open(vera, site, "/staff");
        keyboard = new KeyboardRun(page);
        await keyboard.TabToLinkAsync(links[0], maxPresses: 8);
        Assert.Equal(
            ["a \"Till innehållet\"", "a \"Intake – personal\"", "a \"English\"", "a \"Inkorg: Team Vuxen\"", "button type=submit \"Logga ut\"", $"a \"{links[0]}\""],
            keyboard.FocusOrder);

        // A ticket page: Tab from the top goes through every control of every form, each with a label one can see, and
        // the outcome's choices are one stop, its options reached with the arrow keys.
        await keyboard.PressEnterAsync();
        await page.WaitForURLAsync(url => url == Url(site, $"/staff/tickets/{links[0]}"), new() { WaitUntil = WaitUntilState.Load });
        var controls = await page.EvaluateAsync<string[]>(TagControls);
        Assert.True(controls.Length >= 8, "The ticket page's forms: " + string.Join(", ", controls));
        var unlabelled = await page.EvaluateAsync<string[]>(UnlabelledControls);
        Assert.True(unlabelled.Length == 0, "Controls without a visible label: " + string.Join(", ", unlabelled));

        var reached = new List<string>();
        var unfocusable = new List<string>();
        for (var press = 0; press < 40; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (reached.Count > 0 && await page.EvaluateAsync<bool>("() => document.activeElement === document.body || document.activeElement.matches('a.skip-link')"))
            {
                break;  // Past the end of the page, round to its start.
            }

            var at = await page.EvaluateAsync<string?>(FocusedControl);
            if (at is null)
            {
                continue;
            }

            if (!reached.Contains(at))
            {
                reached.Add(at);
            }

            if (!await page.EvaluateAsync<bool>(FocusVisible))
            {
                unfocusable.Add(at);
            }

            if (at.StartsWith("input[radio]", StringComparison.Ordinal))
            {
                // The group's first stop: the other options by arrow key, and back.
                for (var option = 1; option < controls.Count(c => c.StartsWith("input[radio]", StringComparison.Ordinal)); option++)
                {
                    await page.Keyboard.PressAsync("ArrowDown");
                    var next = await page.EvaluateAsync<string?>(FocusedControl);
                    Assert.NotNull(next);
                    reached.Add(next);
                }
            }
        }

        Assert.Equal(controls.Order(StringComparer.Ordinal), reached.Distinct().Order(StringComparer.Ordinal));
        Assert.True(unfocusable.Count == 0, "Focus not visible on: " + string.Join(", ", unfocusable));
        vera.AssertNoCspViolations();
        vera.AssertClean();
    }

    /// <summary>
    /// Gives every visible control in main an index and returns their descriptions ("textarea \"Ny anteckning\"",
    /// "input[radio] \"Kontakt tagen\"", "button \"Ta ärendet\"" …).
    /// </summary>
    private const string TagControls = """
        () => Array.from(document.querySelectorAll('main button, main input:not([type=hidden]), main select, main textarea'))
          .map((el, i) => {
            el.dataset.kb = String(i);
            const label = el.tagName === 'BUTTON' ? el.textContent : Array.from(el.labels || []).map(l => l.textContent).join(' ');
            return (el.tagName === 'INPUT' ? 'input[' + el.type + ']' : el.tagName.toLowerCase()) + ' "' + label.trim() + '"';
          })
        """;

    /// <summary>The focused control of those tagged, described as <see cref="TagControls"/> does; null for anything else.</summary>
    private const string FocusedControl = """
        () => {
          const el = document.activeElement;
          if (!el || el.dataset.kb === undefined) return null;
          const label = el.tagName === 'BUTTON' ? el.textContent : Array.from(el.labels || []).map(l => l.textContent).join(' ');
          return (el.tagName === 'INPUT' ? 'input[' + el.type + ']' : el.tagName.toLowerCase()) + ' "' + label.trim() + '"';
        }
        """;

    /// <summary>Controls in main whose name is not text one can see: a button without visible text, a field without a visible label.</summary>
    private const string UnlabelledControls = """
        () => {
          const visible = (el) => {
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            return box.width > 2 && box.height > 2 && style.visibility === 'visible' && style.display !== 'none'
              && style.clipPath === 'none' && el.textContent.trim().length > 0;
          };
          return Array.from(document.querySelectorAll('main button, main input:not([type=hidden]), main select, main textarea'))
            .filter(el => el.tagName === 'BUTTON' ? !visible(el) : !Array.from(el.labels || []).some(visible))
            .map(el => el.outerHTML.slice(0, 120));
        }
        """;

    /// <summary>Whether the focused element shows it: an outline or a ring (box shadow) in its computed style.</summary>
    private const string FocusVisible = """
        () => {
          const style = getComputedStyle(document.activeElement);
          return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        }
        """;

    /// <summary>
    /// axe-core (every finding to the summary, a screenshot; then nothing serious or critical), the page's language,
    /// the security headers of the staff document, no CSP violation, no console error, no unexpected failed request.
    /// </summary>
    private static async Task CheckAsync(BrowserPage browser, string pageName, Language language, string? state, IResponse document)
    {
        var violations = await Axe.AxeAsync(browser);
        AxeSummary.Record(pageName, language.ToCode(), state, violations);
        await Screenshots.SaveAsync(browser, pageName, state);

        var where = $"{pageName} ({language.ToCode()}{(state is null ? string.Empty : ", " + state)})";
        Axe.AssertNoSeriousViolations(violations, where);
        Assert.Equal(language.ToCode(), await browser.Page.Locator("html").GetAttributeAsync("lang"));
        var headers = await document.AllHeadersAsync();
        string Header(string name) => headers.TryGetValue(name, out var value) ? value : $"(no {name} on {where})";
        Assert.StartsWith("default-src 'self'; script-src 'self';", Header("content-security-policy"), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", Header("content-security-policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("x-content-type-options"));
        Assert.Equal("no-referrer", Header("referrer-policy"));
        Assert.Equal("no-store", Header("cache-control"));
        browser.AssertNoCspViolations();
        browser.AssertClean();
    }

    /// <summary>
    /// The language switch of an answer to a post (which a link cannot fetch again) opens <paramref name="path"/> in the
    /// other language: fetched with the browser's cookies, it is that page, 200.
    /// </summary>
    private static async Task AssertLanguageSwitchOpensAsync(BrowserPage browser, Language language, string path)
    {
        var href = await browser.Page.Locator("a.language-switch").GetAttributeAsync("href");
        var target = new Uri(new Uri(browser.Page.Url), href!);
        Assert.Equal(path, target.AbsolutePath);
        var response = await browser.Context.APIRequest.GetAsync(target.ToString());
        Assert.Equal(200, response.Status);
        Assert.Contains($"<html lang=\"{(language == Language.English ? "sv" : "en")}\">", await response.TextAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Opens a page of the app; when the provider asks for a login, signs in as <paramref name="login"/> (by keyboard)
    /// and is sent back. Returns the app's answer for the page, checked to have <paramref name="expectedStatus"/>.
    /// </summary>
    private static async Task<IResponse> Open(BrowserPage browser, StaffSite site, string path, string? login = null, int expectedStatus = 200)
    {
        var url = Url(site, path);
        if (expectedStatus != 200)
        {
            browser.AllowResponse(expectedStatus, new Uri(url).AbsolutePath);
        }

        await browser.Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        if (new Uri(browser.Page.Url).Port == site.Provider.Authority.Port)
        {
            Assert.True(login is not null, $"{path} asked for a sign-in.");
            await SignInAsync(browser, login!, url);
        }

        Assert.Equal(url, browser.Page.Url);
        var document = LastDocument(browser, url);
        Assert.Equal(expectedStatus, document.Status);
        return document;
    }

    /// <summary>
    /// On the provider's login page: types the name into the field that has focus, Tab, any password, Tab to the
    /// button, Enter; then waits until the app has sent the browser back to <paramref name="returnUrl"/>.
    /// </summary>
    private static async Task SignInAsync(BrowserPage browser, string login, string returnUrl)
    {
        var page = browser.Page;
        Assert.Equal("Logga in", await Heading(page));
        var keyboard = new KeyboardRun(page);
        if (await page.EvaluateAsync<string>("() => document.activeElement.id") != "login")
        {
            await keyboard.TabToIdAsync("login", maxPresses: 3);
        }

        await keyboard.TypeAsync(login);
        await keyboard.TabToIdAsync("password", maxPresses: 1);
        await keyboard.TypeAsync("vilket-som-helst");
        await keyboard.TabToButtonAsync("Logga in", maxPresses: 1);
        Task back = page.WaitForURLAsync(url => url == returnUrl, new() { WaitUntil = WaitUntilState.Load });
        await keyboard.PressEnterAsync();
        await back;
    }

    /// <summary>
    /// Presses "Sign out" and follows the browser through the provider's sign-out (its page sends itself on) back to
    /// the app's signed-out page. If it never gets there, says what the browser reported (a blocked form, a CSP rule).
    /// </summary>
    private static async Task SignOutAsync(BrowserPage browser, Func<Task> press, string signedOutUrl)
    {
        Task arrived = browser.Page.WaitForURLAsync(url => url == signedOutUrl, new() { WaitUntil = WaitUntilState.Load, Timeout = 15_000 });
        await press();
        try
        {
            await arrived;
        }
        catch (PlaywrightException ex)
        {
            Assert.Fail($"The sign-out did not end on {signedOutUrl} but on {browser.Page.Url} ({ex.Message.Split('\n')[0]}).\n  "
                + string.Join("\n  ", browser.CspViolations.Concat(browser.ConsoleErrors).Concat(browser.FailedRequests)));
        }
    }

    /// <summary>Clicks the button with this name and returns the answer of the page it leads to (after redirects).</summary>
    private static Task<IResponse> PressAsync(IPage page, string button) =>
        NavigateAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(), anyStatus: true);

    /// <summary>
    /// Does something that navigates (a key press on a link or a button, a click) and waits until the page it leads to
    /// (after any redirects) has loaded; returns that page's answer, a 2xx unless <paramref name="anyStatus"/>.
    /// </summary>
    /// <remarks>
    /// The page being left is marked first, and the wait ends on a document without the mark, loaded, at the answer's
    /// address. Waiting for the URL and then Playwright's load state was flaky where a form posts back to the page it
    /// is on (claim, note, close): the URL matches at once, and the load event of the new document could pass before
    /// the wait for it began, so the wait ran into its timeout with the page long loaded.
    /// </remarks>
    private static async Task<IResponse> NavigateAsync(IPage page, Func<Task> action, bool anyStatus = false)
    {
        await page.EvaluateAsync("() => { window.intakeTestLeaving = true; }");
        var response = await page.RunAndWaitForResponseAsync(action, r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        await page.WaitForFunctionAsync(
            "url => !window.intakeTestLeaving && document.readyState === 'complete' && location.href === url",
            response.Url,
            new() { PollingInterval = 50 });
        Assert.True(anyStatus || response.Ok, $"{response.Url} answered {response.Status}.");
        return response;
    }

    /// <summary>Arrow keys on a focused select until the wanted option is chosen (as a person does without a mouse).</summary>
    private static async Task ChooseByKeyboardAsync(IPage page, string select, string option)
    {
        var control = page.Locator(select);
        var options = await control.Locator("option").AllInnerTextsAsync();
        Assert.Contains(option, options);
        for (var press = 0; press < options.Count && (await control.EvaluateAsync<string>("el => el.selectedOptions[0].textContent")) != option; press++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(option, await control.EvaluateAsync<string>("el => el.selectedOptions[0].textContent"));
    }

    /// <summary>Posts the sample through the API (numbered: each a submission of its own) and waits until it is routed.</summary>
    private static async Task<string> SubmitAsync(StaffSite site, string sample, string route)
    {
        var response = await site.App.Http.SendAsync(Samples.Post(route, Samples.Json(Samples.Numbered(sample, Interlocked.Increment(ref submitted)))), Ct);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        using var receipt = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var id = receipt.RootElement.GetProperty("reference").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        Assert.True(await RoutingReliabilityTests.RoutedAsync(site.Storage, id));
        return id;
    }

    private static int submitted;

    /// <summary>The link in the team notice for the ticket (the e-mail written to the pickup folder).</summary>
    private static async Task<Uri> NoticeLinkAsync(StaffSite site, string id)
    {
        Uri? link = null;
        Assert.True(await TestStorage.EventuallyAsync(() =>
        {
            var mail = Directory.Exists(site.Storage.MailDirectory) ? Directory.GetFiles(site.Storage.MailDirectory, "*.eml").Select(Eml.Read) : [];
            link = mail.Select(m => NoticeLink().Match(m.PlainText)).Where(m => m.Success).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.EndsWith(id, StringComparison.Ordinal));
            return Task.FromResult(link is not null);
        }, TimeSpan.FromSeconds(30)), "No team notice with the ticket's link was written.");
        return link!;
    }

    private static string Url(StaffSite site, string path) => new Uri(site.App.Http.BaseAddress!, path).ToString();

    /// <summary>The last answer to the document at <paramref name="url"/> (not a redirect).</summary>
    private static IResponse LastDocument(BrowserPage browser, string url) =>
        browser.Responses.Last(r => r.Request.ResourceType == "document" && r.Url == url && r.Status is < 300 or >= 400);

    /// <summary>How many times the ticket's page was shown in this browser (a GET answered 200).</summary>
    private static int TicketViews(BrowserPage browser, string id) =>
        browser.Responses.Count(r => r.Request.ResourceType == "document" && r.Request.Method == "GET" && r.Status == 200
            && new Uri(r.Url).AbsolutePath == $"/staff/tickets/{id}");

    private static async Task<string> Heading(IPage page) => (await page.Locator("h1").InnerTextAsync()).Trim();

    private static async Task<string> Status(IPage page) => (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim();

    /// <summary>The value under a term of the ticket's facts.</summary>
    private static async Task<string> Fact(IPage page, string term) =>
        (await page.Locator("dl.facts dt", new() { HasTextRegex = new Regex("^" + Regex.Escape(term) + "$") }).Locator("xpath=following-sibling::dd[1]").InnerTextAsync()).Trim();

    private static ILocator InboxRow(IPage page, string id) =>
        page.Locator("table.inbox tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = id, Exact = true }) });

    [GeneratedRegex(@"https?://\S+/staff/tickets/[A-Za-z0-9-]+")]
    private static partial Regex NoticeLink();
}
