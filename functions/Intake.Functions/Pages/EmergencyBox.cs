using System.Globalization;
using System.Text;
using Intake.Core.Localization;
using Intake.Functions.Email.Templates;
using Intake.Functions.Pages.Html;

namespace Intake.Functions.Pages;

/// <summary>
/// "Om det är akut", on every page and outside the chat: 112, the national lines that are always listed (Självmordslinjen),
/// those for children (BRIS), and Kundcenter with its hours. The lines and the hours come from configuration section
/// <c>Contact</c>, Kundcenter's name and number from <c>Municipality</c>.
/// </summary>
internal static class EmergencyBox
{
    public const string Id = "emergency";

    public static void Write(HtmlWriter html, PageContext page)
    {
        var l = page.Language;
        var contact = page.Contact;
        html.Append($"<aside class=\"emergency\" id=\"{Id}\" aria-labelledby=\"emergency-title\"><h2 id=\"emergency-title\">{PageTexts.EmergencyTitle[l]}</h2><ul>");
        html.Append($"<li>{PageTexts.EmergencyDanger[l]} {Phone("112")}.</li>");

        var always = contact.Helplines.Where(h => h.IsUnconditional).ToList();
        if (always.Count > 0)
        {
            html.Append($"<li>{PageTexts.EmergencyTalk[l]} {Lines(always, l)}.</li>");
        }

        var children = contact.Helplines.Where(h => h.WhenChild && h.WhenAreas.Count == 0).ToList();
        if (children.Count > 0)
        {
            html.Append($"<li>{PageTexts.EmergencyChildren[l]} {Lines(children, l)}.</li>");
        }

        html.Append($"<li>{page.Text(PageTexts.KundcenterQuestions)} {Phone(page.Facts.KundcenterPhone)}, {PageTexts.Weekdays[l]} {Hours(contact)}.</li>");
        html.Append($"</ul></aside>");
    }

    public static string Hours(ContactOptions contact) =>
        string.Create(CultureInfo.InvariantCulture, $"{contact.KundcenterOpens:hh\\.mm}–{contact.KundcenterCloses:hh\\.mm}");

    /// <summary>A phone number as a link that dials it: Swedish numbers with a leading 0 become +46.</summary>
    public static Markup Phone(string number)
    {
        var digits = new StringBuilder();
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && digits.Length == 0))
            {
                digits.Append(c);
            }
        }

        // Digits and a leading plus only: safe as it is, and left readable (an encoder would write &#x2B;).
        var dial = digits.Length > 6 && digits[0] == '0' ? "+46" + digits.ToString(1, digits.Length - 1) : digits.ToString();
        var html = new HtmlWriter();
        html.Append($"<a class=\"phone\" href=\"tel:{new Markup(dial)}\">{number}</a>");
        return new Markup(html.ToString());
    }

    private static Markup Lines(IEnumerable<HelplineOptions> lines, Language l)
    {
        var html = new HtmlWriter();
        var first = true;
        foreach (var line in lines)
        {
            if (!first)
            {
                html.Append($" {PageTexts.Or[l]} ");
            }

            html.Append($"{line.Name} {PageTexts.On[l]} {Phone(line.Phone)}");
            first = false;
        }

        return new Markup(html.ToString());
    }
}
