using Intake.Core.Localization;

namespace Intake.Core.Submissions;

/// <summary>What a person is told right after sending: what happens next, in plain words. Shared by API, form and bot.</summary>
public static class NextSteps
{
    private static readonly LocalizedText Urgent = new(
        "Om någon är i akut fara, ring 112.",
        "If anyone is in immediate danger, call 112.");

    public static string Describe(SubmissionKind kind, Answers answers, Language language)
    {
        var parts = new List<LocalizedText>();
        switch (kind)
        {
            case SubmissionKind.Concern:
                parts.Add(new(
                    "Tack. Vi har tagit emot din orosanmälan och en socialsekreterare bedömer den.",
                    "Thank you. We have received your report of concern and a social worker will assess it."));
                if (answers.Get("about") == "child")
                {
                    parts.Add(new(
                        "En oro för ett barn bedöms skyndsamt, inom 24 timmar.",
                        "A concern about a child is assessed promptly, within 24 hours."));
                }

                parts.Add(answers.IsTrue("anonymous")
                    ? new("Du är anonym, så vi kan inte kontakta dig.", "You are anonymous, so we cannot contact you.")
                    : new("Vi kan komma att kontakta dig om vi behöver veta mer.", "We may contact you if we need to know more."));
                break;
            case SubmissionKind.SupportRequest:
                parts.Add(new(
                    "Tack. Vi har tagit emot din ansökan. En socialsekreterare kontaktar dig under kontorstid.",
                    "Thank you. We have received your request. A social worker will contact you during office hours."));
                break;
            case SubmissionKind.RelativeSupportRequest:
                parts.Add(new(
                    "Tack. Vi har tagit emot din förfrågan om stöd som anhörig. Någon från anhörigstödet kontaktar dig under kontorstid.",
                    "Thank you. We have received your request for support as a relative. Someone from our support for relatives will contact you during office hours."));
                break;
        }

        parts.Add(Urgent);
        return string.Join(" ", parts.Select(p => p[language]));
    }
}
