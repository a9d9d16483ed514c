using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Functions.Pages;

/// <summary>What the form pages say around the questions. The questions themselves come from the question model.</summary>
internal static class FormTexts
{
    private static LocalizedText T(string swedish, string english) => new(swedish, english);

    public static LocalizedText Title(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Concern => T("Anmäl oro för någon", "Report a concern about someone"),
        SubmissionKind.SupportRequest => T("Be om stöd för dig själv", "Ask for support for yourself"),
        _ => T("Be om stöd som anhörig", "Ask for support as a relative"),
    };

    /// <summary>The short text under each choice on the start page.</summary>
    public static LocalizedText Summary(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Concern => T(
            "Du är orolig för någon annan, en vuxen eller ett barn. Du kan vara anonym.",
            "You are worried about someone else, an adult or a child. You can stay anonymous."),
        SubmissionKind.SupportRequest => T(
            "Du vill ha hjälp med ditt eget bruk av alkohol, droger eller spel. En socialsekreterare kontaktar dig.",
            "You want help with your own use of alcohol, drugs or gambling. A social worker will contact you."),
        _ => T(
            "Någon i din närhet har problem med alkohol, droger eller spel, och du vill ha stöd för egen del.",
            "Someone close to you has a problem with alcohol, drugs or gambling, and you want support for yourself."),
    };

    public static IReadOnlyList<LocalizedText> Intro(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Concern =>
        [
            T("Här kan du berätta att du är orolig för någon på grund av alkohol, droger, spel eller något annat. En socialsekreterare läser det du skriver och bedömer om personen behöver stöd.",
              "Here you can tell us that you are worried about someone because of alcohol, drugs, gambling or something else. A social worker reads what you write and assesses whether the person needs support."),
            T("När oron gäller ett barn måste socialtjänsten bedöma den, och det görs skyndsamt.",
              "When a concern is about a child, social services must assess it, and do so promptly."),
        ],
        SubmissionKind.SupportRequest =>
        [
            T("Här kan du be om stöd om du är orolig för hur du använder alkohol, droger eller spel. En socialsekreterare kontaktar dig och erbjuder ett första samtal om din situation och vad du behöver.",
              "Here you can ask for support if you are worried about how you use alcohol, drugs or gambling. A social worker will contact you and offer a first conversation about your situation and what you need."),
            T("Ingen annan får veta att du har kontakt med oss. Personal inom socialtjänsten får inte lämna ut uppgifter om dig.",
              "No one else gets to know that you are in touch with us. Staff in social services may not share information about you."),
        ],
        _ =>
        [
            T("Som anhörig eller närstående kan du få stöd för egen del. Vuxna får stöd hos {Outpatient}. Barn och deras föräldrar får stöd hos {RelativesChildren}. Du behöver inget beslut för att börja.",
              "As a relative or someone close, you can get support for yourself. Adults get support from {Outpatient}. Children and their parents get support from {RelativesChildren}. You do not need a decision to start."),
        ],
    };

    public static readonly LocalizedText NoTimeLimit = T(
        "Det finns ingen tidsgräns. Ta den tid du behöver.",
        "There is no time limit. Take the time you need.");

    /// <summary>Headings that start a part of the form, by the id of the part's first question.</summary>
    public static LocalizedText? SectionBefore(SubmissionKind kind, string questionId) => (kind, questionId) switch
    {
        (SubmissionKind.Concern, "about") => T("Din oro", "Your concern"),
        (SubmissionKind.Concern, "personName") => T("Personen du är orolig för", "The person you are worried about"),
        (SubmissionKind.Concern, "professional") => T("Om dig", "About you"),
        (SubmissionKind.SupportRequest, "name") => T("Om dig", "About you"),
        (SubmissionKind.SupportRequest, "areas") => T("Vad du vill ha stöd med", "What you want support with"),
        (SubmissionKind.RelativeSupportRequest, "name") => T("Om dig", "About you"),
        (SubmissionKind.RelativeSupportRequest, "relation") => T("Personen du är anhörig till", "The person you are close to"),
        _ => null,
    };

    public static LocalizedText? SectionNote(SubmissionKind kind, string questionId) => (kind, questionId) switch
    {
        (SubmissionKind.Concern, "personName") => T(
            "Fyll i det du vet. Du behöver inte veta allt.",
            "Fill in what you know. You do not need to know everything."),
        _ => null,
    };

    /// <summary>More than the question's hint, where the choice needs explaining (anonymity, the duty to report).</summary>
    public static LocalizedText? Explanation(QuestionModel model, string questionId) => questionId switch
    {
        _ when model.Rules.OfType<AtLeastOneOf>().Any(r => r.FieldIds[0] == questionId) => T(
            "Fyll i telefonnummer eller e-postadress, eller båda, så att vi kan kontakta dig.",
            "Enter a phone number or an email address, or both, so that we can contact you."),
        "anonymous" => T(
            "Du kan inte vara anonym om du anmäler i din yrkesroll, eftersom du då har anmälningsskyldighet.",
            "You cannot be anonymous if you report in your professional role, because you then have a duty to report."),
        "professional" => T(
            "Därför kan du inte vara anonym om du svarar ja.",
            "That is why you cannot be anonymous if you answer yes."),
        _ => null,
    };

    /// <summary>When a question applies only given another answer: said in words, for everyone who sees all questions.</summary>
    public static string ConditionNote(QuestionModel model, Condition when, Language language) => (when.FieldId, when.Value) switch
    {
        ("anonymous", "false") => T("Svara bara om du inte vill vara anonym.", "Answer only if you do not want to be anonymous.")[language],
        ("professional", "true") => T("Svara bara om du gör anmälan i din yrkesroll.", "Answer only if you are reporting in your professional role.")[language],
        _ when model.TryGetQuestion(when.FieldId, out var other) => T(
            $"Svara bara om du svarade ”{OptionLabel(other, when.Value, Language.Swedish)}” på frågan ”{other.Label.Swedish}”.",
            $"Answer only if you answered “{OptionLabel(other, when.Value, Language.English)}” to the question “{other.Label.English}”.")[language],
        _ => string.Empty,
    };

    public static string OptionLabel(Question question, string value, Language language) => question.Type == FieldType.YesNo
        ? (value == "true" ? Yes : No)[language]
        : question.Options.FirstOrDefault(o => o.Value == value)?.Label[language] ?? value;

    public static readonly LocalizedText Yes = T("Ja", "Yes");
    public static readonly LocalizedText No = T("Nej", "No");
    public static readonly LocalizedText RequiredText = T("(måste fyllas i)", "(required)");
    public static readonly LocalizedText RequiredChoice = T("(måste besvaras)", "(required)");
    public static readonly LocalizedText RequiredConsent = T("(måste kryssas i)", "(required)");
    public static readonly LocalizedText RequiredExplained = T(
        "Frågor som måste besvaras är märkta. Allt annat är frivilligt.",
        "Questions that must be answered are marked. Everything else is optional.");

    public static readonly LocalizedText BeforeSend = T(
        "När du har skickat får du ett ärendenummer direkt.",
        "When you have sent it, you get a reference number straight away.");
    public static readonly LocalizedText Send = T("Skicka", "Send");

    public static readonly LocalizedText ErrorSummaryTitle = T("Det finns fel i formuläret", "There are errors in the form");
    public static readonly LocalizedText ErrorSummaryText = T(
        "Rätta det som står vid varje fält och skicka igen. Det du har skrivit finns kvar.",
        "Correct what is shown at each field and send again. What you have written is still here.");
    public static readonly LocalizedText ErrorPrefix = T("Fel:", "Error:");
    public static readonly LocalizedText ErrorTitlePrefix = T("Fel: ", "Error: ");

    public static readonly LocalizedText UnavailableTitle = T("Vi kunde inte bekräfta att ditt ärende kom fram", "We could not confirm that your message arrived");

    public static readonly LocalizedText UnavailableText = T(
        "Det du skrev finns kvar här nedan. Skicka igen om en stund: har det redan kommit fram får du samma ärendenummer, det blir aldrig två ärenden. Du kan också ringa {Kundcenter} på {KundcenterPhone}. Om någon är i akut fara, ring 112.",
        "What you wrote is still here below. Send it again in a while: if it did arrive, you get the same reference number, there will never be two cases. You can also call {KundcenterShort} on {KundcenterPhone}. If anyone is in immediate danger, call 112.");

    public static readonly LocalizedText NotFromHereTitle = T("Formuläret kunde inte skickas", "The form could not be sent");
    public static readonly LocalizedText NotFromHereText = T(
        "Formuläret kan bara skickas från den här webbplatsen. Fyll i det här och skicka igen.",
        "The form can only be sent from this website. Fill it in here and send it again.");

    public static readonly LocalizedText TooManyTitle = T("Väldigt många ärenden har skickats från din uppkoppling", "Very many messages have been sent from your connection");

    /// <summary>{0}: how long to wait.</summary>
    public static readonly LocalizedText TooManyText = T(
        "Inget har skickats, men det du skrev finns kvar här nedan. Vänta {0} och skicka igen, eller ring {Kundcenter} på {KundcenterPhone}. Om någon är i akut fara, ring 112.",
        "Nothing has been sent, but what you wrote is still here below. Wait {0} and send it again, or call {KundcenterShort} on {KundcenterPhone}. If anyone is in immediate danger, call 112.");

    public static readonly LocalizedText UnreadableTitle = T("Det du skickade kunde inte tas emot", "What you sent could not be received");
    public static readonly LocalizedText UnreadableText = T(
        "Texten var för lång eller kunde inte läsas. Korta texten och försök igen, eller ring {Kundcenter} på {KundcenterPhone}.",
        "The text was too long or could not be read. Shorten the text and try again, or call {KundcenterShort} on {KundcenterPhone}.");

    public static readonly LocalizedText DraftNote = T(
        "Det du skriver sparas i den här fliken i webbläsaren tills du skickar, så att inget försvinner om sidan laddas om. Inget skickas till oss förrän du trycker på Skicka. Använder du en dator som andra också använder? Rensa formuläret när du är klar.",
        "What you write is kept in this browser tab until you send it, so that nothing is lost if the page reloads. Nothing is sent to us until you press Send. Using a computer that others also use? Clear the form when you are done.");
    public static readonly LocalizedText DraftClear = T("Rensa formuläret", "Clear the form");
    public static readonly LocalizedText Sending = T("Skickar …", "Sending …");
}
