using Intake.Bot.Text;

namespace Intake.Bot.Safety;

/// <summary>
/// Signs that say a crisis only together, in whatever order and with whatever words between: a seizure after
/// something was taken, lips that turn blue, a child in a car with a driver who has been drinking. Each rule is a set
/// of phrase lists that must all stand in the message; a rule's name is what the log says.
/// </summary>
internal static class RiskRules
{
    private static readonly PhraseList Substance = new(
        "tablett*|piller*|pills|pill|medicin*|meds|sömntabl*|sömnmedel*|benzo*|benso*|xanax|stesolid|sobril|oxazepam|zopiklon|"
            + "tramadol|oxy*|fentanyl*|metadon*|methadone|subutex|subbe|morfin*|paracetamol|alvedon|tylenol|insulin|pregabalin|lyrica|"
            + "heroin|kokain|cocaine|coke|amfetamin*|tjack|spice|ghb|gbl|ecstasy|mdma|molly|ketamin*|ket|knark|drog*|drug*|opioid*|"
            + "sprit|alkohol|alcohol|vodka|whisky|tequila|booze|öl|beer|beers|wine|vin|shots|dricka|drack|druckit|drinking|drank|full|drunk|"
            + "spruta|sprutan|sprutor|needle|needles|syringe|kanyl*|lines|line|lina|linor|gear|alkoholförgift*|morfinplåster|fentanylplåster|plåster|patches",
        "tog|tagit|svalde|svalt|took|taken|swallowed|injected|injicerat|snortade|snorted|rökte|smoked",
        "fick i sig");

    private static readonly PhraseList Seizure = new("kramp*|krampanfall*|krampar|krampade|seizure*|seizing|convuls*", "skakar okontrollerat");

    /// <summary>Signs that someone is beyond an ordinary drunk or high: cannot be reached, lies still, barely breathes.</summary>
    private static readonly PhraseList Out = new(
        "medvetslös*|medvetlös*|utslagen|utslagna|kollaps*|collapsed|svimmade|svimmat|fainted|livlös*|lifeless|limp|slapp",
        "passed|blacked out",
        "out cold",
        "ligger|låg|vaknade på golvet|toagolvet|marken|badrumsgolvet|köksgolvet|koksgolvet|hallgolvet|gatan|trottoaren|trapphuset",
        "on the floor|ground",
        "not|isnt moving",
        "rör|ror sig inte|int",
        "inte|int rör|ror sig",
        "ingen|inte|int|no kontakt|contact med|with",
        "went|turned|blev|gick grey|gray|still|limp|blue|stel|slapp|grå|gra|blå|bla",        "svarar|reagerar inte|int|ej",
        "not|isnt|doesnt|wont responding|respond|react|reacting|answer",
        "unresponsive",
        "går|kan inte|int stå|gå",
        "cant|cannot stand|walk");

    /// <summary>Signs that say little alone (dizzy, sick, pale) but a lot after pills, drugs or a bottle.</summary>
    private static readonly PhraseList Signs = new(
        "sömnig|sömniga|dåsig|drowsy|sleepy|yr|förvirrad|confused|snurrar|osammanhängande|sluddrar|slurring",
        "ser|seeing dubbelt|double",
        "spyr|spydde|kräks|kräktes|vomiting|puking|illamående|nauseous",
        "throwing up",
        "kallsvett*|clammy|svettas|sweaty|sweating|jättevarm|blek|pale|gråblek|grey|gray",
        "burning up",
        "hjärtat rusar|racing|pounding|konstigt",
        "ont i bröstet",
        "chest|heart|hjärtat|bröstet crushing|racing|pounding|weird|tight|hurts",
        "lips|läpparna tingling|stickar|domnar");

    private static readonly PhraseList Taken = new(
        "tog|tagit|svalde|svalt|åt|ätit|knaprade|knaprat|injicerade|injicerat|tryckte|snortade|rökte|blandade|blandat|drack|druckit|fick",
        "took|taken|swallowed|ate|injected|snorted|smoked|mixed|drank|chewed|necked|downed|popped|used|had");

    private static readonly PhraseList Body = new(
        "läppar*|läpparna|naglar*|naglarna|ansiktet|huden|fingrar*|fingrarna|lips|nails|face|skin|fingers");

    private static readonly PhraseList Pallor = new(
        "blå|blåa|blåaktig*|lila|grå|gråa|gråblek|kritvit|blue|bluish|purple|grey|gray|greyish|ashen");

    private static readonly PhraseList Sex = new("sex|sexuell*|sexual*|sexually");

    private static readonly PhraseList Forced = new(
        "tvingar|tvingade|tvingad|tvingas|tvingat|force*|forced|forces|makes|made|pressar|pressure*|nej|no|betala|pay");

    private static readonly PhraseList Weapon = new("kniv|kniven|knife|vapen|vapnet|gun|pistol|gevär|rifle|yxa|axe");

    private static readonly PhraseList Threatens = new(
        "hotar|hotade|hotat|threaten*|använda|using|use|drar|pulled|viftar|waving|pekade|pointed|dricker|drinks|drinking",
        "on me|her",
        "mot mig|mej|henne");

    private static readonly PhraseList Injury = new(
        "blåmärk*|blåtira|bruise*|bruised|sår|wounds|brännmärk*|burns",
        "blått|blatt|black öga|oga|eye");

    private static readonly PhraseList CoverStory = new(
        "ramlat|ramlade|fell|fallen|trappan|stairs",
        "walked into",
        "gick in i",
        "säger|sa jag",
        "i tell|say|told");

    private static readonly PhraseList CloseAdult = new(
        "han|hon|he|him|man|mannen|maken|sambo|sambon|pojkvän*|kille|killen|partner|husband|boyfriend|bf|ex|exet|son|sonen|svärson");

    public static readonly (string Name, AllOf Rule)[] Overdose =
    [
        ("seizure + substance", new AllOf(Seizure, Substance)),
        ("body colour", new AllOf(Body, Pallor)),
        ("out + substance", new AllOf(Out, Substance)),
        ("signs + substance taken", new AllOf(Signs, Substance, Taken)),
        ("ghb + out", new AllOf(new PhraseList("g|ghb|gbl|gamma"), Out)),
        ("lying still + vomit", new AllOf(new PhraseList(
            "ligger|låg på|pa golvet|toagolvet|marken|badrumsgolvet|köksgolvet|koksgolvet|hallgolvet|gatan|trottoaren|trapphuset",
            "on the floor|ground"), new PhraseList("spyr|spydde|spyor|kräks|kräkts|vomit*|puke|puking|sick"))),
        ("poison swallowed", new AllOf(
            new PhraseList("lampolja|tändvätska|tandvatska|diskmedel|maskindiskmedel|klorin|rengöringsmedel|bleach|antifreeze|frostskydd*|dishwasher", "lamp oil", "lighter fluid"),
            new PhraseList("druckit|drack|svalt|svalde|ätit|åt|drank|swallowed|ate|drunk", "fått|fatt i sig"))),
        ("alcohol + sedatives", new AllOf(
            new PhraseList("sprit|alkohol|alcohol|vodka|whisky|booze|öl|beer|beers|wine|vin|druckit|drack|drank|full|drunk"),
            new PhraseList("benzo*|benso*|diazepam|xanax|stesolid|sobril|oxazepam|zopiklon|imovane|lugnande|nervtablett*|sömntablett*|sömnpiller*|"
                + "sleeping|subutex|subbe|metadon*|methadone|oxy*|tramadol|morfin*|fentanyl*|pregabalin|lyrica|heroin|opioid*|ghb|lithium|litium"),
            new PhraseList("tog|tagit|svalde|svalt|blandade|blandat|ovanpå|ovanpa|took|taken|swallowed|mixed|strip|kartan", "on top", "need help", "behöver|behover hjälp|hjalp"))),
    ];

    public static readonly (string Name, AllOf Rule)[] Violence =
    [
        ("forced + sex", new AllOf(Forced, Sex)),
        ("weapon + threat", new AllOf(Weapon, Threatens)),
        ("injury + cover story", new AllOf(Injury, CoverStory)),
        ("injury + close adult", new AllOf(Injury, CloseAdult, new PhraseList("dricker|druckit|full|arg|angry|drunk|drinks|slog|slår|hit|hits|hans|hennes|his|her"))),
    ];

    private static readonly PhraseList HarmVerb = new(
        "skär|skar|skurit|skära|rispar|rispat|bränner|brände|bränt|slår|slog|dunkar|dunkade|klöser|klöste|river|rev|svälter|spyr|häller|hällde",
        "cut|cutting|cuts|burn|burned|burning|burnt|hit|hitting|punch|punched|punching|bang|banged|banging|scratch|scratched|starve|starving|bite|bit|biting");

    public static readonly (string Name, AllOf Rule)[] SelfHarm =
    [
        ("harm on purpose", new AllOf(HarmVerb, new PhraseList("med flit|avsikt", "medvetet|avsiktligt|deliberately|purposely", "on purpose", "to punish|straffa"))),
        ("harm until it bleeds", new AllOf(HarmVerb, new PhraseList("tills|until|till"),
            new PhraseList("blöder|blöd*|blod|spricker|knäcks|knacktes|bleed*|bleeds|bleeding|blood|bruise*|bruises|breaks|cracked"))),
        ("doing it tonight + farewell", new AllOf(
            new PhraseList("gör|gor|goer|do det|it", "går|gar det"),
            new PhraseList("ikväll|ikvall|inatt|natt|tonight|imorgon|imorn|tomorrow|helgen|weekend|sunday|söndag|fredag|friday"),
            new PhraseList("förlåt|forlat|sorry|sista|last|final|hejdå|hejda|bye|goodbye|farväl|bestämt|bestamt|decided|beslut|redo|ready|älskar|love"))),
        ("farewell + for good", new AllOf(
            new PhraseList("tack|thanks|thx|förlåt|forlat|sorry", "älskar|alskar er|dig", "love you all"),
            new PhraseList("hejdå|hejda|adjö|goodbye|farväl|forever", "för|for alltid"))),
        ("after a death, to follow", new AllOf(
            new PhraseList("dör|dog|död|dod|döda|dies|died|dead|passed", "gick bort"),
            new PhraseList("går|gar efter", "följa|följer|folja efter", "join|joining her|him|them", "be with her|him|them", "vara med|hos henne|honom|dem"))),
        ("another attempt", new AllOf(
            new PhraseList("självmordsförsök*|sjalvmordsforsok*|försöket|forsoket", "suicide attempt|attempts", "previous|last|förra|forra|första|forsta attempt|försöket|forsoket|försök|forsok"),
            new PhraseList("igen|again|nästa|nasta|rätt|ratt|lyckas|succeed|properly|ordentligt", "this|next time", "den här|har gången|gangen", "make sure"))),
        ("a height to fall from", new AllOf(
            new PhraseList("höjd|hojd|height|högt|hogt|high|meter|våning*|vaning*|floor"),
            new PhraseList("falla|fall|hoppa|hoppar|jump|jumping|dö|do|die|säkert|sakert|sure"))),
        ("goodbye unnoticed", new AllOf(
            new PhraseList("säga|saga|sa|say|said|saying goodbye|hejdå|hejda|adjö|farväl"),
            new PhraseList("without|utan att"))),
        ("passwords left behind", new AllOf(
            new PhraseList("lösenord*|losenord*|password*|koderna|pinkod*|bankkoder|codes"),
            new PhraseList("kuvert*|envelope|efter|after|gets|behöver|behover|needs|soon|snart|schemalagt|scheduled", "ska få|fa", "will need"))),
        ("wounds of one's own", new AllOf(
            new PhraseList("sår|såren|cuts|wounds|snitt|snitten|brännsår|scars"),
            new PhraseList("infekter*|infected|djupt|deep|sys|stitches|blöder|bleeding|dölja|hide|hiding", "med flit", "on purpose", "gjort|gjorde|made själv|sjalv|myself"))),
        ("how much is lethal", new AllOf(new PhraseList("hur många|manga|mycket", "how many|much"),
            new PhraseList("dödlig*|dodlig*|dödligt|lethal|fatal|takes|take|krävs|kravs|behövs|behovs|räcker|racker|raecker|enough|kill"),
            new PhraseList("tablett*|piller*|pills|pill|meds|insulin|sömntabl*|somntabl*|tabs|it|them|dem"))),
    ];

    /// <summary>Where a child is concerned, what makes it danger rather than worry.</summary>
    public static readonly (string Name, AllOf Rule)[] ChildDanger =
    [
        ("adult intoxicated", new AllOf(new PhraseList(
            "full|fulla|packad*|berusad*|drogad*|däckad*|utslagen|aspack*|stenad*|hög|höga|påverkad|påverkade|onykter*|pundad*|påtänd*|bakis",
            "drunk|wasted|intoxicated|stoned|hammered|smashed|plastered|high|tipsy",
            "out of it",
            "on the wine|booze|vodka",
            "had|drunk|drank # beers|drinks|öl|pints|glas",
            "har|hade|has|had tagit|tog|taken|took ngt|något|nåt|nat|something|stuff|pills",
            "stinking|stank|reeks|reeking|luktar|luktade of|av alcohol|alkohol|sprit|booze",
            "could|can barely|hardly stand|talk|walk",
            "kan|kunde inte|int|knappt stå|prata|gå",
            "barely|hardly stand|talk"))),
        ("adult drinks or uses + harm", new AllOf(
            new PhraseList("dricker|druckit|drack|super|söp|knarkar|röker|använder|drinks|drinking|drank|uses|using|smokes|sniffar|injicerar"),
            new PhraseList(
                "slår|slog|sparkar|skriker|skrek|kastar|kastade|hotar|kör|körde|glömmer|glömde",
                "hits|hit|screams|screaming|yells|throws|threatens|drive|drives|driving|drove|forgets|forgot"))),
        ("neglect", new AllOf(new PhraseList(
            "inte|int|ej ätit|äta",
            "inte|int|ej fått mat",
            "havent|hasnt|not eaten",
            "havent|hasnt|not had food|anything",
            "ingen mat",
            "no food",
            "hungriga|hungrig|hungry",
            "samma blöja",
            "same nappy|diaper",
            "flingor till middag",
            "own dinner|food",
            "asking for food",
            "inte|int hämtat|hämtad|hämtade",
            "not|wasnt picked up|collected",
            "skakade|shook|shaking bebisen|baby|den",
            "ute|outside ensam|alone|själv|själva|natten|night|snow|snön",
            "ensam|ensamt|alone i|in bilen|car|parkering*|parking",
            "only|bara bread|bröd|brod left|kvar",
            "looking after brothers|brother|sister|sisters|siblings",
            "tar hand om syskon|syskonen|lillebror|lillasyster|småsyskon|bröder|bröderna|brorsan|syrran",
            "hasnt|hasn't|not|inte|int come|kommit home|hem",
            "walking|walk|går|gick along|längs|langs road|roads|vägen|vagen|gatan|motorvägen|motorway|highway|street",
            "needles|sprutor|sprutorna|syringes on|på|pa the floor|golvet"))),
        ("adult driving after drink", new AllOf(
            new PhraseList("kör|körde|köra|drive|drives|driving|drove|ratten|wheel"),
            new PhraseList("full|druckit|dricker|drunk|drinking|drank|beers|öl|påverkad|high"))),
    ];
}
