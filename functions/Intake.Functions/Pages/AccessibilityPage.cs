using Intake.Core.Localization;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>
/// Tillgänglighetsredogörelse: the accessibility statement that lag (2018:1937) om tillgänglighet till digital
/// offentlig service requires, in the structure the supervising authority (Digg) recommends. It claims only what the
/// tests show; the known gaps are listed.
/// </summary>
internal static class AccessibilityPage
{
    private static LocalizedText T(string swedish, string english) => new(swedish, english);

    private static readonly LocalizedText Title = T("Tillgänglighetsredogörelse", "Accessibility statement");

    private static readonly LocalizedText Intro = T(
        "Den här tjänsten – formulären för att anmäla oro och ansöka om stöd, och chatten – ska kunna användas av alla. Här står hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan meddela oss om du hittar fler.",
        "This service – the forms for reporting a concern and asking for support, and the chat – should be usable by everyone. Here we describe how the service meets the Swedish law (2018:1937) on accessibility to digital public services, the shortcomings we know of, and how you can tell us if you find more.");

    private static readonly LocalizedText HowAccessible = T("Hur tillgänglig är tjänsten?", "How accessible is the service?");

    private static readonly LocalizedText Status = T(
        "Tjänsten är delvis förenlig med WCAG 2.1 nivå AA, på grund av bristerna som står nedan.",
        "The service is partially compliant with WCAG 2.1 level AA, because of the shortcomings listed below.");

    private static readonly LocalizedText Done = T("Det här fungerar", "What works");

    private static readonly LocalizedText[] DoneItems =
    [
        T("Formulären fungerar utan JavaScript, med bara tangentbordet, vid 200 % förstoring och på en skärm som är 320 pixlar bred.",
          "The forms work without JavaScript, with the keyboard alone, at 200 % zoom and on a screen 320 pixels wide."),
        T("Fel i ett formulär visas i en sammanfattning överst och vid varje fält, och det du har skrivit finns kvar.",
          "Errors in a form are shown in a summary at the top and at each field, and what you typed is kept."),
        T("Det finns inga tidsgränser.", "There are no time limits."),
        T("Alla sidor finns på svenska och engelska.", "Every page is available in Swedish and English."),
    ];

    private static readonly LocalizedText Gaps = T("Kända brister", "Known shortcomings");

    private static readonly LocalizedText[] GapItems =
    [
        T("Sidorna har ännu inte granskats manuellt med skärmläsare, tillsammans med personer som använder skärmläsare.",
          "The pages have not yet been reviewed manually with screen readers, together with people who use screen readers."),
        T("Chatten bygger på Microsofts Web Chat. Den testas automatiskt, men vi styr inte själva över hur den fungerar med alla hjälpmedel. Formulären kan alltid användas i stället.",
          "The chat is built on Microsoft's Web Chat. It is tested automatically, but we do not control how it works with every assistive technology. The forms can always be used instead."),
    ];

    private static readonly LocalizedText CannotUse = T("Om du inte kan använda tjänsten", "If you cannot use the service");

    private static readonly LocalizedText CannotUseText = T(
        "Ring {Kundcenter}, så hjälper de dig att lämna det du vill berätta:",
        "Call {Kundcenter}, and they will help you tell us what you want to say:");

    private static readonly LocalizedText Report = T("Rapportera brister", "Report shortcomings");

    private static readonly LocalizedText ReportText = T(
        "Hittar du något som inte fungerar för dig, eller saknar du något? Berätta det för {Kundcenter}, så ser vi till att det blir rättat.",
        "Have you found something that does not work for you, or is something missing? Tell {Kundcenter}, and we will see that it is put right.");

    private static readonly LocalizedText Supervision = T("Tillsyn", "Supervision");

    private static readonly LocalizedText SupervisionText = T(
        "Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Är du inte nöjd med hur vi tar hand om dina synpunkter kan du anmäla det till Digg:",
        "The Agency for Digital Government (Digg) supervises the law on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can report it to Digg:");

    private static readonly LocalizedText HowTested = T("Hur vi har testat tjänsten", "How we tested the service");

    private static readonly LocalizedText HowTestedText = T(
        "Varje sida testas automatiskt vid varje ändring i webbläsaren Chromium: med axe-core mot WCAG 2.1 A och AA, med bara tangentbordet, vid 320 pixlars bredd och vid 200 % förstoring, på svenska och engelska. Redogörelsen uppdaterades senast den 22 november 2026.",
        "Every page is tested automatically at every change in the Chromium browser: with axe-core against WCAG 2.1 A and AA, with the keyboard alone, at 320 pixels wide and at 200 % zoom, in Swedish and English. This statement was last updated on 22 November 2026.");

    public static string Render(PageContext page)
    {
        var l = page.Language;
        var html = new HtmlWriter();
        html.Append($"<h1>{Title[l]}</h1>\n<p class=\"lead\">{Intro[l]}</p>\n");
        html.Append($"<h2>{HowAccessible[l]}</h2>\n<p>{Status[l]}</p>\n");
        html.Append($"<h2>{Done[l]}</h2>\n");
        List(html, DoneItems, l);
        html.Append($"<h2>{Gaps[l]}</h2>\n");
        List(html, GapItems, l);
        html.Append($"<h2>{CannotUse[l]}</h2>\n<p>{page.Text(CannotUseText)} {EmergencyBox.Phone(page.Facts.KundcenterPhone)}, {PageTexts.Weekdays[l]} {EmergencyBox.Hours(page.Contact)}.</p>\n");
        html.Append($"<h2>{Report[l]}</h2>\n<p>{page.Text(ReportText)} {EmergencyBox.Phone(page.Facts.KundcenterPhone)}.</p>\n");
        html.Append($"<h2>{Supervision[l]}</h2>\n<p>{SupervisionText[l]} <a href=\"https://www.digg.se/\">digg.se</a>.</p>\n");
        html.Append($"<h2>{HowTested[l]}</h2>\n<p>{HowTestedText[l]}</p>\n");
        return Layout.Render(page, Title[l], new Markup(html.ToString()));
    }

    /// <summary>The link in every page's footer.</summary>
    public static LocalizedText LinkText => Title;

    private static void List(HtmlWriter html, LocalizedText[] items, Language l)
    {
        html.Append($"<ul>\n");
        foreach (var item in items)
        {
            html.Append($"<li>{item[l]}</li>\n");
        }

        html.Append($"</ul>\n");
    }
}
