using Intake.Core.Localization;

namespace Intake.Functions.Pages;

/// <summary>What every page says, in plain Swedish first and English second (content from the municipality's pages).</summary>
internal static class PageTexts
{
    private static LocalizedText T(string swedish, string english) => new(swedish, english);

    public static readonly LocalizedText SiteName = T("Socialtjänsten – missbruk och beroende", "Social services – addiction");
    public static readonly LocalizedText SkipLink = T("Till innehållet", "Skip to content");
    public static readonly LocalizedText SwitchLanguage = T("På svenska", "In English");

    public static readonly LocalizedText EmergencyTitle = T("Om det är akut", "If it is urgent");
    public static readonly LocalizedText EmergencyDanger = T("Är någon i akut fara? Ring", "Is anyone in immediate danger? Call");
    public static readonly LocalizedText EmergencyTalk = T("Behöver du prata med någon nu? Ring", "Do you need to talk to someone now? Call");
    public static readonly LocalizedText EmergencyChildren = T("Barn och unga kan ringa", "Children and young people can call");
    public static readonly LocalizedText On = T("på", "on");
    public static readonly LocalizedText Or = T("eller", "or");
    public static readonly LocalizedText KundcenterQuestions = T("Frågor? Ring {Kundcenter} på", "Questions? Call {Kundcenter} on");
    public static readonly LocalizedText Weekdays = T("vardagar", "weekdays");

    public static readonly LocalizedText FooterConfidentiality = T(
        "Personal inom socialtjänsten får inte lämna ut uppgifter om dig utan ditt samtycke. Undantag finns när lagen kräver det, till exempel när ett barn far illa.",
        "Staff in social services may not share information about you without your consent. There are exceptions when the law requires it, for example when a child is being harmed.");

    public static readonly LocalizedText StartTitle = T("Kontakta socialtjänsten om missbruk och beroende", "Contact social services about addiction");
    public static readonly LocalizedText StartIntro = T(
        "Är du orolig för någon på grund av alkohol, droger, spel eller något annat? Eller vill du själv ha stöd? Här kan du kontakta socialtjänsten när som helst på dygnet.",
        "Are you worried about someone because of alcohol, drugs, gambling or something else? Or do you want support yourself? Here you can contact social services at any time of day.");
    public static readonly LocalizedText StartChoose = T("Vad vill du göra?", "What do you want to do?");
    public static readonly LocalizedText StartChat = T("Vill du hellre chatta?", "Would you rather chat?");
    public static readonly LocalizedText StartChatLink = T("Chatta med oss", "Chat with us");
    public static readonly LocalizedText StartChatText = T(
        "Chatten är automatisk och svarar dygnet runt. Den kan hjälpa dig med samma sak som formulären och svara på frågor.",
        "The chat is automated and answers around the clock. It can help you with the same things as the forms and answer questions.");
    public static readonly LocalizedText StartWhoKnows = T("Vem får veta att du har kontakt med oss?", "Who gets to know that you are in touch with us?");
    public static readonly LocalizedText StartWhatHappens = T("Vad händer när du kontaktar oss?", "What happens when you contact us?");
    public static readonly LocalizedText StartWhatHappensText = T(
        "Du får ett ärendenummer direkt. En socialsekreterare läser det du skickat. Har du bett om stöd kontaktar vi dig under kontorstid och erbjuder ett första samtal.",
        "You get a reference number straight away. A social worker reads what you sent. If you asked for support, we contact you during office hours and offer a first conversation.");

    public static readonly LocalizedText ChatTitle = T("Chatta med oss", "Chat with us");
    public static readonly LocalizedText ChatIntro = T(
        "Chatten är automatisk och svarar dygnet runt. Den kan hjälpa dig att anmäla oro, be om stöd och svara på frågor. Skriv inte mer om dig själv än du vill.",
        "The chat is automated and answers around the clock. It can help you report a concern, ask for support and answer questions. Do not write more about yourself than you want to.");
    public static readonly LocalizedText ChatRegion = T("Chatten", "The chat");
    public static readonly LocalizedText ChatStarting = T("Chatten startar …", "The chat is starting …");
    public static readonly LocalizedText ChatFailed = T(
        "Chatten kunde inte starta. Försök igen om en stund, eller använd ett av formulären nedan.",
        "The chat could not start. Try again in a while, or use one of the forms below.");
    public static readonly LocalizedText ChatNoScript = T(
        "Chatten behöver JavaScript, som är avstängt i din webbläsare. Du kan i stället använda ett av formulären nedan. De fungerar utan JavaScript.",
        "The chat needs JavaScript, which is turned off in your browser. You can use one of the forms below instead. They work without JavaScript.");
    public static readonly LocalizedText PreferForm = T("Hellre ett formulär?", "Prefer a form?");

    public static readonly LocalizedText ReceiptTitle = T("Tack! Vi har tagit emot ditt ärende", "Thank you! We have received your message");
    public static readonly LocalizedText ReceiptReference = T("Ditt ärendenummer", "Your reference number");
    public static readonly LocalizedText ReceiptKeep = T(
        "Skriv upp numret eller ta en bild av det. Ange numret om du kontaktar oss.",
        "Write the number down or take a picture of it. Quote the number if you contact us.");
    public static readonly LocalizedText ReceiptNext = T("Vad händer nu?", "What happens next?");
    public static readonly LocalizedText BackToStart = T("Till startsidan", "Back to the start page");
}
