using Intake.Bot.Text;

namespace Intake.Bot.Intents;

/// <summary>Wanting help for oneself, as a relative, worrying about someone, the self-test, and a human to talk to.</summary>
internal static class SupportPhrases
{
    private const string Help = "stöd|hjälp|råd|samtal|behandling|anhörigstöd|help|support|advice|treatment";
    private const string Using = "dricker|super|knarkar|spelar|röker|missbrukar|drinks|drink|gambles|uses|use";
    private const string Problem = "alkoholist|missbrukare|narkoman|beroende|alcoholic|addict|addicted|kokain|heroin|amfetamin|"
        + "cannabis|hasch|droger|knark|tabletter|spice|cocaine|drugs|weed|pills|opioids";

    public static PhraseList Need { get; } = new(
        $"behöv*|sök*|ansök*|ha|få {Help}",
        "ansök*",
        $"need|want|get|looking|seeking|apply {Help}",
        "hur orkar|hanterar jag",
        "orkar inte",
        "hur kan jag hjälpa|stötta|stödja|prata",
        "how can|do i help|support|cope|deal|talk",
        "som anhörig|närstående",
        "as relative|family member");

    public static PhraseList Relative { get; } = new(
        "mamma|mammas|pappa|pappas|morsan|farsan|förälder*|bror|brors|brorsan|syster|systers|syrran|son|sonen|dotter|dottern",
        "mannen|maken|make|fru|frun|hustru|sambo*|partner*|pojkvän*|flickvän*|kille|killen|tjej|tjejen",
        "vän|vännen|kompis*|kollega*|granne*|morfar|mormor|farfar|farmor|kusin*|anhörig*|närstående*",
        "min man",
        "mitt|vårt barn",
        "mom|moms|mum|mother|dad|dads|father|parent*|brother*|sister*|husband*|wife|boyfriend*|girlfriend*",
        "friend*|colleague*|neighbo*|relative*|family|uncle|aunt|cousin*|daughter*|child|kid|kids");

    public static PhraseList ForSelf { get; } = new(
        $"jag {Using}",
        "jag tar droger|tabletter|piller",
        "kan inte sluta|låta",
        "vill sluta|minska",
        "sluta|minska dricka|drickandet|spela|spelandet|knarka|droger",
        "stop|quit|cut drinking|gambling|using|drugs",
        "jag är beroende|alkoholist|missbrukare|spelberoende|narkoman",
        "mitt drickande|spelande|missbruk|beroende",
        "orolig för mig|själv",
        $"i {Using}",
        "cant stop",
        "want to stop|quit|cut",
        "im addicted|alcoholic|addict",
        "i am addicted|alcoholic|addict",
        "my drinking|gambling|drug|addiction",
        "worried about myself");

    public static PhraseList Concern { get; } = new(
        "orolig*|oroar*|oro|orosanmälan|orosanmäla|anmäla*|anmälan",
        "worried|worry|worries|concerned|concern|report*");

    public static PhraseList Uses { get; } = new(Using, Problem);

    public static PhraseList SelfTest { get; } = new(
        "självtest*|självskattning*|selftest*|audit|dudit|pgsi|test|testa|testet|testen|quiz|riskzon*|riskbruk*",
        "self test|check",
        "dricker|spelar|knarkar|tar|använder jag för mycket|mkt",
        "är jag alkoholist|beroende|missbrukare|spelberoende|narkoman",
        "do i drink|gamble|use too much",
        "am i an alcoholic|addicted",
        "am i addicted");

    public static PhraseList TalkToSomeone { get; } = new(
        "prata|snacka|tala|chatta med någon|människa|person|handläggare|socialsekreterare|personal|er|riktig",
        "talk|speak|chat to|with someone|somebody|anyone|person|human|real|social");

    public static PhraseList Call { get; } = new("ring*|call|phone");
}
