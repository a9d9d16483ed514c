using Intake.Functions.Tests.Infrastructure.Browser;

namespace Intake.Functions.Tests.Browser;

/// <summary>
/// A form filled in as a person would, and what must come of it: the stored answers (exactly these questions, so that
/// a question that does not apply is not sent), the team whose queue gets the ticket (appsettings.json Routing:Rules),
/// and a phrase of the receipt's "what happens next".
/// </summary>
public sealed record FormCase(
    string Name,
    string Locale,
    string Path,
    string Api,
    string Kind,
    IReadOnlyList<Answer> Answers,
    IReadOnlyDictionary<string, string> Stored,
    string Team,
    string NextSteps);

public static class FormCases
{
    public const string ReceiptTitleSv = "Tack! Vi har tagit emot ditt ärende";
    public const string ReceiptTitleEn = "Thank you! We have received your message";

    private const string Adult = "Min granne verkar må dåligt, har slutat gå ut och lägger ut pengar på \"piller\" & sprit.\nIgår låg han i trappan.";

    public static readonly IReadOnlyList<FormCase> All =
    [
        new("concern-adult-anonymous", BrowserProfile.Swedish, "/oro", "/api/concerns", "concern",
            [
                new Choose("Vem gäller din oro?", "En vuxen, 18 år eller äldre"),
                new Tick("Vad gäller oron?", "Alkohol", "Narkotika eller andra droger"),
                new Write("Beskriv din oro", Adult),
                new Choose("Bor det barn hos personen?", "Nej"),
                new Choose("Är någon i akut fara just nu?", "Nej"),
                new Write("Personens namn", "Åke Öberg"),
                new Choose("Gör du anmälan i din yrkesroll?", "Nej"),
                new Choose("Vill du vara anonym?", "Ja"),
            ],
            new Dictionary<string, string>
            {
                ["about"] = "adult", ["areas"] = "alcohol,drugs", ["description"] = Adult, ["childrenInHousehold"] = "no",
                ["acuteDanger"] = "false", ["personName"] = "Åke Öberg", ["professional"] = "false", ["anonymous"] = "true",
            },
            "team-vuxen", "Du är anonym, så vi kan inte kontakta dig."),
        new("concern-child-professional", BrowserProfile.Swedish, "/oro", "/api/concerns", "concern",
            [
                new Choose("Vem gäller din oro?", "Ett barn eller en ungdom under 18 år"),
                new Tick("Vad gäller oron?", "Alkohol"),
                new Write("Beskriv din oro", "Eleven luktar alkohol på morgnarna."),
                new Choose("Bor det barn hos personen?", "Vet inte"),
                new Choose("Är någon i akut fara just nu?", "Nej"),
                new Write("Personens personnummer", "20120212-1214"),
                new Choose("Gör du anmälan i din yrkesroll?", "Ja"),
                new Choose("Vill du vara anonym?", "Nej"),
                new Write("Ditt namn", "Lena Lind"),
                new Write("Din arbetsplats eller organisation", "Ekbackens skola"),
                new Write("Telefonnummer", "070-123 45 67"),
                new Write("Din relation till personen", "Mentor"),
            ],
            new Dictionary<string, string>
            {
                ["about"] = "child", ["areas"] = "alcohol", ["description"] = "Eleven luktar alkohol på morgnarna.",
                ["childrenInHousehold"] = "unknown", ["acuteDanger"] = "false", ["personIdentityNumber"] = "20120212-1214",
                ["professional"] = "true", ["anonymous"] = "false", ["reporterName"] = "Lena Lind",
                ["reporterOrganisation"] = "Ekbackens skola", ["reporterPhone"] = "0701234567", ["reporterRelation"] = "Mentor",
            },
            "barn-och-unga", "inom 24 timmar"),
        new("support", BrowserProfile.Swedish, "/stod", "/api/support-requests", "support-request",
            [
                new Write("Ditt namn", "Bo Berg"),
                new Write("Telefonnummer", "070-123 45 67"),
                new Choose("När passar det bäst att vi hör av oss?", "Förmiddag"),
                new Tick("Vad vill du ha stöd med?", "Spel om pengar"),
                new Choose("Är du 18 år eller äldre?", "Ja"),
                new Choose("Är du gravid?", "Nej"),
                new Write("Vill du berätta något mer?", "Jag vill sluta spela."),
                new Agree("Jag vill att en socialsekreterare kontaktar mig"),
            ],
            new Dictionary<string, string>
            {
                ["name"] = "Bo Berg", ["phone"] = "0701234567", ["contactTime"] = "morning", ["areas"] = "gambling",
                ["adult"] = "true", ["pregnant"] = "false", ["message"] = "Jag vill sluta spela.", ["consent"] = "true",
            },
            "team-vuxen", "En socialsekreterare kontaktar dig"),
        new("relative-children-affected", BrowserProfile.Swedish, "/anhorig", "/api/relative-support-requests", "relative-support-request",
            [
                new Write("Ditt namn", "Cia Carlsson"),
                new Write("E-postadress", "cia@example.se"),
                new Choose("Vem är personen för dig?", "Förälder"),
                new Choose("Berörs barn under 18 år?", "Ja"),
                new Agree("Jag vill att en socialsekreterare kontaktar mig"),
            ],
            new Dictionary<string, string>
            {
                ["name"] = "Cia Carlsson", ["email"] = "cia@example.se", ["relation"] = "parent", ["childrenAffected"] = "true", ["consent"] = "true",
            },
            "anhorigstod-fjarilen", "anhörigstödet"),
        new("relative", BrowserProfile.Swedish, "/anhorig", "/api/relative-support-requests", "relative-support-request",
            [
                new Write("Ditt namn", "Dan Dahl"),
                new Write("Telefonnummer", "070-765 43 21"),
                new Choose("Vem är personen för dig?", "Partner"),
                new Choose("Berörs barn under 18 år?", "Nej"),
                new Write("Vill du berätta något mer?", "Min sambo spelar bort våra pengar."),
                new Agree("Jag vill att en socialsekreterare kontaktar mig"),
            ],
            new Dictionary<string, string>
            {
                ["name"] = "Dan Dahl", ["phone"] = "0707654321", ["relation"] = "partner", ["childrenAffected"] = "false",
                ["message"] = "Min sambo spelar bort våra pengar.", ["consent"] = "true",
            },
            "anhorigstod-nexus", "anhörigstödet"),
        new("concern-adult-en", BrowserProfile.English, "/en/concern", "/api/concerns", "concern",
            [
                new Choose("Who are you worried about?", "An adult, 18 or older"),
                new Tick("What is the concern about?", "Gambling"),
                new Write("Describe your concern", "My brother has lost his flat because of gambling."),
                new Choose("Do children live with the person?", "Don't know"),
                new Choose("Is anyone in immediate danger right now?", "No"),
                new Choose("Are you reporting in your professional role?", "No"),
                new Choose("Do you want to be anonymous?", "No"),
                new Write("Your name", "Eva Ek"),
                new Write("Email address", "eva@example.com"),
                new Write("Your relation to the person", "Sister"),
            ],
            new Dictionary<string, string>
            {
                ["about"] = "adult", ["areas"] = "gambling", ["description"] = "My brother has lost his flat because of gambling.",
                ["childrenInHousehold"] = "unknown", ["acuteDanger"] = "false", ["professional"] = "false", ["anonymous"] = "false",
                ["reporterName"] = "Eva Ek", ["reporterEmail"] = "eva@example.com", ["reporterRelation"] = "Sister",
            },
            "team-vuxen", "We may contact you if we need to know more."),
        new("support-en", BrowserProfile.English, "/en/support", "/api/support-requests", "support-request",
            [
                new Write("Your name", "Finn Falk"),
                new Write("Email address", "finn@example.com"),
                new Tick("What do you want support with?", "Drugs", "Something else"),
                new Choose("Are you 18 or older?", "Yes"),
                new Agree("I want a social worker to contact me"),
            ],
            new Dictionary<string, string>
            {
                ["name"] = "Finn Falk", ["email"] = "finn@example.com", ["areas"] = "drugs,other", ["adult"] = "true", ["consent"] = "true",
            },
            "team-vuxen", "A social worker will contact you"),
        new("relative-en", BrowserProfile.English, "/en/relatives", "/api/relative-support-requests", "relative-support-request",
            [
                new Write("Your name", "Gun Gran"),
                new Write("Phone number", "+46 70 111 22 33"),
                new Choose("Who is the person to you?", "Sibling"),
                new Choose("Are children under 18 affected?", "No"),
                new Agree("I want a social worker to contact me"),
            ],
            new Dictionary<string, string>
            {
                ["name"] = "Gun Gran", ["phone"] = "+46701112233", ["relation"] = "sibling", ["childrenAffected"] = "false", ["consent"] = "true",
            },
            "anhorigstod-nexus", "support for relatives"),
    ];

    public static FormCase Named(string name) => All.Single(c => c.Name == name);
}
