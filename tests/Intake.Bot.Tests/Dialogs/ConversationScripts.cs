namespace Intake.Bot.Tests.Dialogs;

/// <summary>
/// Conversations as data: what the person writes, and text the bot's replies to it must contain (every fragment, in
/// any of the replies of that turn). "!" before a fragment means the replies must NOT contain it.
/// </summary>
internal static class ConversationScripts
{
    public static readonly IReadOnlyDictionary<string, (string User, string[] Bot)[]> All = new Dictionary<string, (string, string[])[]>
    {
        ["support-request-sv"] =
        [
            ("hej", ["automatisk chatt", "112", "Vad vill du göra?"]),
            ("jag vill ha hjälp, jag dricker för mycket", ["Ditt namn"]),
            ("Bo Berg", ["Ditt personnummer", "Hoppa över"]),
            ("hoppa över", ["Telefonnummer"]),
            ("070-123 45 67", ["E-postadress"]),
            ("bo.berg@example", ["rätt format", "E-postadress"]),
            ("bo.berg@example.se", ["När passar det bäst"]),
            ("Förmiddag", ["Vad vill du ha stöd med?", "komma emellan"]),
            ("alkohol och spel om pengar", ["18 år eller äldre"]),
            ("japp", ["Är du gravid?"]),
            ("nej", ["berätta något mer"]),
            ("hoppa över", ["socialsekreterare kontaktar mig"]),
            ("ja", ["Vill du skicka det?", "Ditt namn: Bo Berg", "Alkohol, Spel om pengar", "Skicka"]),
            ("skicka", ["Ditt ärendenummer är TEST-REF1-2345", "kontorstid"]),
        ],
        ["relative-en-after-switch"] =
        [
            ("english please", ["I will write in English now", "What would you like to do?"]),
            ("3", ["Your name"]),
            ("Cia Carlsson", ["Phone number"]),
            ("skip", ["Email address"]),
            ("skip", ["Who is the person to you?"]),
            ("partner", ["children under 18"]),
            ("yes", ["anything else"]),
            ("skip", ["contact me"]),
            ("yes", ["Enter a phone number or an email address"]),
        ],
        ["anonymous-concern-with-correction"] =
        [
            ("jag är orolig för min granne", ["Vem gäller din oro?"]),
            ("en vuxen, 18 år eller äldre", ["Vad gäller oron?"]),
            ("narkotika eller andra droger", ["Beskriv din oro"]),
            ("Han verkar må dåligt och har slutat gå ut.", ["Bor det barn hos personen?"]),
            ("vet inte", ["akut fara"]),
            ("nej", ["Personens namn"]),
            ("hoppa över", ["Personens personnummer"]),
            ("121212-1213", ["Personnumret stämmer inte", "Personens personnummer"]),
            ("hoppa över", ["Personens adress"]),
            ("hoppa över", ["Du kan vara anonym", "yrkesroll"]),
            ("nej", ["Vill du vara anonym?"]),
            ("ja", ["Vill du skicka det?", "Vill du vara anonym?: Ja", "!Ditt namn"]),
            ("ändra", ["Vilket svar vill du ändra?"]),
            ("Bor det barn hos personen?", ["Bor det barn hos personen?"]),
            ("ja", ["Vill du skicka det?", "Bor det barn hos personen?: Ja"]),
            ("skicka", ["TEST-REF1-2345"]),
        ],
        ["professional-cannot-be-anonymous"] =
        [
            ("anmäla oro", ["Vem gäller din oro?"]),
            ("ett barn eller en ungdom under 18 år", ["måste socialtjänsten bedöma", "Vad gäller oron?"]),
            ("alkohol", ["Beskriv din oro"]),
            ("Eleven luktar alkohol på morgnarna.", ["Bor det barn"]),
            ("vet inte", ["akut fara"]),
            ("nej", ["Personens namn"]),
            ("hoppa över", ["personnummer"]),
            ("hoppa över", ["adress"]),
            ("hoppa över", ["yrkesroll"]),
            ("ja", ["Vill du vara anonym?"]),
            ("ja", ["Du kan inte vara anonym", "Vill du vara anonym?"]),
            ("nej", ["Ditt namn"]),
        ],
        ["cancel-midway"] =
        [
            ("jag vill ansöka om stöd", ["Ditt namn"]),
            ("Bo", ["personnummer"]),
            ("avbryt", ["Inget har skickats", "Vad vill du göra?"]),
            ("2", ["Ditt namn"]),
        ],
        ["restart"] =
        [
            ("stöd som anhörig", ["Ditt namn"]),
            ("börja om", ["Vad vill du göra?"]),
        ],
        ["crisis-first"] =
        [
            ("jag vill inte leva längre", ["112", "90101"]),
            ("1", ["Vem gäller din oro?"]),
        ],
        ["crisis-midway-keeps-the-place"] =
        [
            ("ansöka om stöd", ["Ditt namn"]),
            ("Bo", ["personnummer"]),
            ("jag tänker ta livet av mig", ["112", "90101", "!Ditt namn"]),
        ],
    };
}
