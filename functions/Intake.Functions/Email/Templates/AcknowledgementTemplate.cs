using System.Globalization;
using Intake.Core.Localization;
using Intake.Core.References;
using Intake.Core.Submissions;

namespace Intake.Functions.Email.Templates;

/// <summary>What an acknowledgement needs, and nothing more: no free text, no names, no kind of problem.</summary>
internal sealed record AcknowledgementModel(
    ReferenceNumber Reference,
    SubmissionKind Kind,
    Language Language,
    DateOnly ContactBy,
    bool AssessedWithin24Hours,
    IReadOnlyList<HelplineOptions> Helplines,
    ContactOptions Contact,
    MunicipalFacts Facts,
    string Signature);

/// <summary>
/// The acknowledgement e-mail. Its subject is neutral (the reference only) and its body says that the message
/// arrived, what happens next and by when, and where to turn if it is urgent — so that someone else who sees it learns
/// nothing about what was written.
/// </summary>
internal static class AcknowledgementTemplate
{
    private static LocalizedText T(string sv, string en) => new(sv, en);

    public static RenderedEmail Render(AcknowledgementModel m)
    {
        var l = m.Language;

        // Every text in the municipality's words: {Name} becomes its fact (Kundcenter, its number).
        string S(LocalizedText text) => m.Facts.Render(text, l);

        var culture = CultureInfo.GetCultureInfo(l == Language.English ? "en-GB" : "sv-SE");
        var day = m.ContactBy.ToString(l == Language.English ? "dddd d MMMM" : "dddd d MMMM", culture);
        var hours = string.Create(culture, $"{m.Contact.KundcenterOpens:hh\\.mm}–{m.Contact.KundcenterCloses:hh\\.mm}");

        var nextStep = m.Kind switch
        {
            SubmissionKind.Concern when m.AssessedWithin24Hours => T(
                "En socialsekreterare bedömer det du skrev inom 24 timmar och kontaktar dig om vi behöver veta mer.",
                "A social worker will assess what you wrote within 24 hours and contact you if we need to know more."),
            SubmissionKind.Concern => T(
                $"En socialsekreterare går igenom det du skrev senast {day} och kontaktar dig om vi behöver veta mer.",
                $"A social worker will go through what you wrote by {day} and contact you if we need to know more."),
            _ => T(
                $"En socialsekreterare kontaktar dig senast {day}.",
                $"A social worker will contact you by {day}."),
        };

        var urgent = new List<string>
        {
            S(T("Ring 112 om någon är i akut fara.", "Call 112 if anyone is in immediate danger.")),
        };
        urgent.AddRange(m.Helplines.Select(h => S(T($"{h.Name}: ring {h.Phone}.", $"{h.Name}: call {h.Phone}."))));

        return new EmailDocument(l.ToCode())
            .Paragraph(S(T("Hej!", "Hello,")))
            .Paragraph(S(T("Tack för att du hörde av dig. Vi har tagit emot ditt ärende.", "Thank you for getting in touch. We have received your message.")))
            .Paragraph(
                S(T($"Ditt ärendenummer är {m.Reference}.", $"Your reference number is {m.Reference}.")),
                S(T("Ange det om du kontaktar oss.", "Please quote it if you contact us.")))
            .Heading(S(T("Vad händer nu?", "What happens next?")))
            .Paragraph(S(nextStep))
            .Paragraph(S(T(
                $"Har du frågor kan du ringa {{Kundcenter}} på {{KundcenterPhone}}, vardagar {hours}.",
                $"If you have questions, call {{KundcenterShort}} on {{KundcenterPhone}}, weekdays {hours}.")))
            .Heading(S(T("Om det är akut", "If it is urgent")))
            .List(urgent)
            .Paragraph(S(T("Det här mejlet går inte att svara på.", "This e-mail cannot be replied to.")))
            .Paragraph(S(T("Med vänliga hälsningar", "Kind regards")), m.Signature)
            .Render(S(T($"Vi har tagit emot ditt ärende {m.Reference}", $"We have received your message {m.Reference}")));
    }

    /// <summary>The lines that fit: every unconditional one, those for what the person wrote about, and those for a
    /// child where a child is concerned.</summary>
    public static IReadOnlyList<HelplineOptions> HelplinesFor(ContactOptions contact, Answers answers)
    {
        var areas = answers.GetAll("areas");
        var childConcerned = answers.Get("about") == "child" || answers.Get("childrenInHousehold") == "yes" || answers.IsTrue("childrenAffected");
        return contact.Helplines
            .Where(h => h.IsUnconditional || h.WhenAreas.Intersect(areas, StringComparer.Ordinal).Any() || (h.WhenChild && childConcerned))
            .ToList();
    }
}
