using Intake.Bot.Text;

namespace Intake.Bot.Intents;

/// <summary>
/// Words that steer the conversation. "Alone" lists count only when they are the whole message, perhaps with a
/// polite word ("nej tack", "help please"): "sluta" is Cancel, "jag vill sluta dricka" is not.
/// </summary>
internal static class CommandPhrases
{
    public static PhraseList Polite { get; } = new("tack|gärna|please|pls|plz|thanks|thank|you|nu|now|mig|mej|me|då|du");

    public static PhraseList Restart { get; } = new(
        "börja|starta|köra om",
        "om|börja från början",
        "restart|reset|omstart",
        "start|begin over|again",
        "start from scratch");

    public static PhraseList Cancel { get; } = new(
        "avbryt*|cancel*",
        "glöm|strunta det",
        "never mind|nevermind",
        "forget it");

    public static PhraseList CancelAlone { get; } = new("sluta|stopp|stop|avsluta|quit|exit");

    public static PhraseList Help { get; } = new(
        "vad kan du",
        "vad kan jag göra här",
        "hur funkar|fungerar det|detta|du|chatten",
        "what can you do",
        "how does this|it work");

    public static PhraseList HelpAlone { get; } = new("hjälp|hjälpa|help|meny|menyn|menu|info|alternativ|options");

    public static PhraseList Yes { get; } = new("ja|jaa|japp|jepp|jep|jo|visst|absolut|okej|ok|okay|yes|yep|yeah|yea|yup|sure");

    public static PhraseList No { get; } = new("nej|ne|nä|nix|nope|no|nah");

    public static PhraseList Greeting { get; } = new(
        "hej|hejsan|hallå|tjena|tjenare|tja|hello|hi|hey|hiya",
        "god|good kväll|morgon|dag|evening|morning|afternoon|night");
}
