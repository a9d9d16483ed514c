using System.Globalization;
using Intake.Core.Submissions;

namespace Intake.Core.Localization;

/// <summary>Words each validation error for the person who made it, in Swedish or English.</summary>
public static class ValidationMessages
{
    public static string Format(FieldError error, QuestionModel model, Language language)
    {
        var name = model.TryGetQuestion(error.Field, out var question) ? question.Name[language] : error.Field;
        var template = Template(error.Code, question)[language];
        var text = template
            .Replace("{name}", name, StringComparison.Ordinal)
            .Replace("{field}", error.Field, StringComparison.Ordinal)
            .Replace("{max}", error.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal);
        return Capitalize(text);
    }

    /// <summary>The title of a problem response that lists field errors.</summary>
    public static LocalizedText ProblemTitle { get; } = new(
        "Formuläret innehåller fel. Rätta det som står vid varje fält och skicka igen.",
        "The form has errors. Correct what is shown at each field and send it again.");

    private static LocalizedText Template(string code, Question? question) => code switch
    {
        ValidationCodes.Required when question?.MustBe is not null => Template(ValidationCodes.MustAccept, question),
        ValidationCodes.Required when question?.Type is FieldType.Choice or FieldType.MultiChoice or FieldType.YesNo =>
            new("Svara på {name}.", "Answer {name}."),
        ValidationCodes.Required => new("Fyll i {name}.", "Enter {name}."),
        ValidationCodes.TooLong => new("{name} får vara högst {max} tecken.", "{name} must be {max} characters or fewer."),
        ValidationCodes.InvalidCharacters => new(
            "{name} innehåller tecken som inte är tillåtna, till exempel radbrytningar eller styrtecken.",
            "{name} contains characters that are not allowed, such as line breaks or control characters."),
        ValidationCodes.InvalidYesNo => new("Svara ja eller nej på {name}.", "Answer yes or no to {name}."),
        ValidationCodes.InvalidOption => new("Välj ett av alternativen för {name}.", "Choose one of the options for {name}."),
        ValidationCodes.InvalidEmail => new(
            "Skriv e-postadressen i rätt format, till exempel namn@exempel.se.",
            "Enter the email address in the right format, for example name@example.com."),
        ValidationCodes.InvalidPhone => new(
            "Skriv telefonnumret med siffror, till exempel 070-123 45 67.",
            "Enter the phone number in digits, for example 070-123 45 67."),
        ValidationCodes.InvalidPersonalIdentityNumber => new(
            "Personnumret stämmer inte. Skriv det som ÅÅÅÅMMDD-NNNN och kontrollera siffrorna.",
            "The personal identity number is not valid. Write it as YYYYMMDD-NNNN and check the digits."),
        ValidationCodes.InvalidType => new("{name} har fel format.", "{name} has the wrong format."),
        ValidationCodes.UnknownField => new("Fältet {field} finns inte i formuläret.", "The field {field} is not part of this form."),
        ValidationCodes.DuplicateField => new("{name} har angetts mer än en gång.", "{name} was given more than once."),
        ValidationCodes.NotApplicable when question?.AskWhen?.FieldId == "anonymous" => new(
            "Du har valt att vara anonym. Ta bort {name}, eller välj att inte vara anonym.",
            "You chose to be anonymous. Remove {name}, or choose not to be anonymous."),
        ValidationCodes.NotApplicable => new("{name} ska inte fyllas i med de svar du har gett.", "{name} does not apply given your other answers."),
        ValidationCodes.MustAccept => new(
            "Vi behöver ditt samtycke för att kunna kontakta dig.",
            "We need your consent to be able to contact you."),
        ValidationCodes.ContactRequired => new(
            "Fyll i telefonnummer eller e-postadress, så att vi kan kontakta dig.",
            "Enter a phone number or an email address, so that we can contact you."),
        ValidationCodes.ProfessionalCannotBeAnonymous => new(
            "Du kan inte vara anonym när du anmäler i din yrkesroll. Yrkesverksamma har anmälningsskyldighet och måste uppge namn och arbetsplats.",
            "You cannot be anonymous when you report in your professional role. Professionals have a duty to report and must give their name and workplace."),
        _ => new("{name} är inte giltigt.", "{name} is not valid."),
    };

    private static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
