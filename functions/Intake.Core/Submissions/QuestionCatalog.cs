using Intake.Core.Localization;

namespace Intake.Core.Submissions;

/// <summary>
/// The questions of each submission kind. Texts follow the municipality's own pages (shared/seeds): plain Swedish
/// first, English second. Field ids are the JSON property names and the HTML form field names.
/// </summary>
public static partial class QuestionCatalog
{
    private static LocalizedText T(string swedish, string english) => new(swedish, english);

    // Properties, not fields: the kinds' models live in other parts of this partial class, and static field
    // initializers across partial files run in no defined order.
    private static IReadOnlyList<AnswerOption> AreaOptions =>
    [
        new("alcohol", T("Alkohol", "Alcohol")),
        new("drugs", T("Narkotika eller andra droger", "Drugs")),
        new("gambling", T("Spel om pengar", "Gambling")),
        new("other", T("Annat", "Something else")),
    ];

    private static Question Areas(LocalizedText label) => new("areas", FieldType.MultiChoice, label, T("vad det gäller", "what it is about"))
    {
        Required = true,
        Options = AreaOptions,
        Hint = T("Du kan välja flera.", "You can choose more than one."),
    };

    private static Question Phone(string id, Condition? askWhen = null) =>
        new(id, FieldType.Phone, T("Telefonnummer", "Phone number"), T("telefonnummer", "phone number"))
        {
            MaxLength = Limits.Phone,
            AskWhen = askWhen,
        };

    private static Question Email(string id, Condition? askWhen = null) =>
        new(id, FieldType.Email, T("E-postadress", "Email address"), T("e-postadress", "email address"))
        {
            MaxLength = Limits.Email,
            AskWhen = askWhen,
            Hint = T("Vi skickar en bekräftelse med ditt ärendenummer hit.", "We send a confirmation with your reference number here."),
        };

    private static Question OwnName(string id, Condition? askWhen = null) =>
        new(id, FieldType.Text, T("Ditt namn", "Your name"), T("ditt namn", "your name")) { Required = true, AskWhen = askWhen };

    private static Question Message() =>
        new("message", FieldType.LongText, T("Vill du berätta något mer?", "Is there anything else you want to tell us?"), T("meddelandet", "the message"))
        {
            MaxLength = Limits.LongText,
        };

    private static Question Consent() =>
        new("consent", FieldType.YesNo,
            T("Jag vill att en socialsekreterare kontaktar mig", "I want a social worker to contact me"),
            T("samtycke till kontakt", "consent to be contacted"))
        {
            Required = true,
            MustBe = "true",
        };

    private static AtLeastOneOf PhoneOrEmail(string phoneId, string emailId) =>
        new([phoneId, emailId], phoneId, ValidationCodes.ContactRequired);
}
