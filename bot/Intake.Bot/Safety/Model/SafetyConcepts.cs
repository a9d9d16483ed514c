using System.Collections.Concurrent;
using Intake.Bot.Text;

namespace Intake.Bot.Safety.Model;

/// <summary>
/// Words grouped by what they mean for the safety gate, Swedish and English side by side, so that the model learns
/// from "farewell + me" or "pills + many + swallowed" rather than from one writer's wording, and a synonym it never
/// saw in training still counts. Written from how helplines and 1177 describe warning signs (not from the corpus).
/// Matched like the phrase lists (after <see cref="TextNormalizer"/>, prefixes with '*', typos tolerated in long
/// words); only the words sharing a first letter with a message's word are tried.
/// </summary>
internal static class SafetyConcepts
{
    /// <summary>A concept's name and its words.</summary>
    private static readonly (string Name, string Words)[] Table =
    [
        ("death", "dö|dör|döden|död|döda|döende|dödsönskan|dead|die|dies|dying|death|deth|ded|graven|grave|begravning*|funeral|avliden|avlidit|begrav*|kista|kistan|coffin|casket|grav|gravsten*|gravestone|obituary|dödsannons*|minnesstund*|memorial|wake"),
        ("suicide", "självmord*|suicid*|unalive*|kms|kys|sjalvmord*|livet|life|liv"),
        ("kill", "döda|dödar|mörda*|ihjäl|kill|kills|killing|murder*|kil|dödat|dödade"),
        ("end", "avsluta*|slut|sluta|end|ending|ends|finish*|quit|över|over|klar|klart|done|färdig"),
        ("before", "innan|före|förrän|tills|before|until|till|by"),
        ("late", "försent|sent|late|toolate"),
        ("want", "vill|ville|önskar|önskade|want|wanna|wanted|wish|wishing|hoppas|längtar"),
        ("endure", "orka|orkar|orkat|palla|pallar|klarar|klara|står|stå|cope|coping|handle|fortsätta|fortsätter|continue|going|keep|carry|hålla|kämpa*|fight*"),
        ("negation", "inte|int|ej|aldrig|not|dont|doesnt|didnt|never|cant|cannot|wont|no|nej|ingen|inget|ingenting|nothing|nobody|noone|nån|nothin"),
        ("meaning", "mening*|meningslös*|framtid*|future|point|pointless|reason|purpose|syfte|värt|worth|worthless|hopp|hope|hopeless*|hopplös*|hopelessness"),
        ("farewell", "farväl|hejdå|adjö|goodbye|bye|farewell|avsked*|sista|last|förlåt|forgive|sorry|tack|thanks|thank|älskar|älskade|love|loved|saknad|miss|godnatt|goodnight|ses|kram|kramar|hug|hugs|hälsa|hälsningar|regards|remember|minns|minnas|adios|ciao|puss|pussar|xoxo|forgiveness|förlåtelse|ursäkta|apologize|apologise|take|hand"),
        ("affairs", "räkningar*|räkningarna|bills|testament*|försäkring*|livförsäkring*|insurance|pension*|begravning*|funeral|psalm*|hymn*|lösenord*|password*|koden|code|konton|kontona|accounts|raderar|raderat|deleting|deleted|städat|cleaned|sålt|sold|skänkt|donated|förskott|advance|ends|owe|skulder|debts|papper|papers|pappren|försäkringspapper*|ordning|sorted|ordnat|fixat|avboka*|avbokat|avbokade|cancel|cancelled|canceled|cancelling|uppsägning*|unsubscribe*|nyckel|nycklar|nyckeln|keys|key|bankkort*|pinkod*|arv|arvet|inheritance|testamentet|beneficiary|förmånstagare|instruktion*|instructions|lista|list|överlämna*|hand|over"),
        ("after", "efter|after|afterwards|sen|sedan|längre|longer|anymore|snart|soon|länge|later|senare|next|nästa"),
        ("found", "hittar|hitta|hittad|hittade|hittas|find|finds|found|finding|kropp|kroppen|body|liket|corpse"),
        ("finality", "permanent*|forever|evig*|final|nog|enough|redo|ready|beslut*|decided|peace|frid|slutgiltig*|ordentligt|properly|utväg|utvägen|escape|flykt|exit|tillbaka|avgjort|settled|oåterkallelig*|irreversible|slutgiltigt|ultimate|sista|last|aldrig|never"),
        ("stockpile", "sparat|sparar|spara|saving|saved|samlat|samlar|collected|collecting|hoard*|gömt|gömmer|hidden|hid|stash*|undan|tillräckligt|räcker"),
        ("general", "dos|dosen|doser|dose|doses|dosage|dosering*|mg|milligram|biverkning*|side|effects|effekt*|interaktion*|interact*|recept|receptet|prescription|prescribed|utskriv*|ordinera*|läkare|läkaren|doctor|gp|apotek*|pharmacy|vårdcentral*|someone|somebody|anyone|people|folk|generellt|generally|general|normalt|normal|usually|brukar|vanligt|common|risk|risker|risks|säkert|safe|maxdos|max|rekommender*|recommended|leaflet|bipacksedel*|fass"),
        ("nowtime", "nu|now|just|precis|nyss|ikväll|inatt|tonight|rn|idag|today|redan|already|minuter|minutes|mins|timme|timmar|hour|hours|ago|sekunder|seconds|fortfarande|still"),
        ("worry", "orolig*|oroar|oro|oron|worried|worry|worrying|concerned|råd|advice|tips|approach|stötta*|support*|hantera*|prata|pratar|talk|tjata|nag|gränser|boundaries"),
        ("service", "socialtjänst*|soc|behandling*|treatment|counsel*|mottagning*|öppenvård*|rehab|aa|möte*|meeting*|grupp*|group*|boka|book|appointment|väntetid*|waiting|anonym*|anonymous|kommun*|council|avgiftning|detox|terapi*|therapy|therapist|samtalsstöd|orosanmälan|lvm"),
        ("past", "ago|years|år|åren|förut|tidigare|previously|once|tonåren|teens|barndom*|childhood|uppväxt*|förr|förra|passed|bortgång"),
        ("study", "film|filmen|serie|serien|series|show|documentary|dokumentär*|bok|boken|läste|skolarbete*|school|kurs|kursen|course|class|uppsats*|paper|assignment|essay|plugg*|study*|studying|statistik|statistics|nursing|sjuksköterske*|undrar|wondering|curious|nyfiken"),
        ("recovery", "nykter|nyktra|sober|clean|drogfri|recovery|återhämtning|fine|okej|okay|bra|hopeful|happy|glad|stolt|proud|bättre"),
        ("day", "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|helgen|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|julafton|jul|christmas|födelsedag*|birthday|nyår*|datum|date|vecka|veckan|week"),
        ("burden", "börda|bördan|belastning|burden|without|utan|slipper|slippa|bättre|better|besvär|trouble|nuisance|bother|last|tynger|weight|weigh|dead|drar|drag|dragging|lättare|easier|lättnad|relief|relieved|fri|fria|free|freed|ansvar|responsibility|problem|problemet|problems|mess|kostar|costs|tröttna|tröttnat"),
        ("vanish", "försvinna|försvinner|försvann|disappear*|vanish*|finnas|finns|fanns|exist*|gone|borta|away|bort|here|här|kvar|around|alive|vaken|erase*|erased|raderad|spöke|ghost|leva|lever|levt|live|living|existera*|tona|bleknar|fade|fading|faded|drift|drifting|float|floating|osynlig*|invisible|upplösas|dissolve|dissolving|spår|trace|traces|trace|glömd|glömda|glömma|forgotten|forget|minne|minnet|memory|memories|evaporate"),
        ("sleep", "somna|somnar|sova|sover|sleep|sleeping|forever|alltid|evigt|vakna|wake|waking|vaknar|awake|somna|insomna|somnar|somnade|vila|vilar|rest|resting|frid|peace|peaceful|lugn|lugnet|tyst|tystnad|silence|quiet|mörker|mörkret|dark|darkness|eternal|evighet*|eternity|dröm|drömma|dream|dreams|dreaming|slumra|nap"),
        ("plan", "plan|planen|planera*|planerat|plans|planning|bestämt|bestämde|decided|decision|datum|date|ikväll|inatt|tonight|imorgon|tomorrow|brev|breven|letter|letters|note|notes|lapp|lappen|testamente|will|sålt|gett|gave|giving|given|fixat|ordnat|sorted|ready|redo|köpt|köpte|köpa|bought|buy|buying|beställt|beställde|ordered|order|schemalagt|scheduled|timer|countdown|nedräkning|klockan|googlat|googlade|googled|googling|searched|search|searching|sökt|sökte|räknat|räknade|calculated|calculate|research|researched|researching|kollat|kollade|checked"),
        ("means", "rep|repet|rope|bro|bron|bridge|tåg|tåget|train|spår|spåret|tracks|hoppa|hoppar|jump|jumping|kniv|kniven|knife|blade|rakblad|vapen|gun|pistol|gevär|rifle|balkong*|balcony|tak|taket|roof|höjd|ledge|kanten|edge|avgaser|bilen|hänga|hang|hanging|noose|snara|dränka|drown|drowning|pall|pallen|stool|livrem|livremmen|bälte|belt|knut|knot|slang|slangen|hose|tejp|tape|avgaserna|exhaust|motorn|engine|metod*|method*|sätt|way|vapnet|guns|hagelgevär|godståg*|pendeltåg*|tågen|trains|perrong*|platform|rälsen|rails|räls|viadukt*|höghus*|höghuset|kanten|ledge|klippan|klippor|cliffs|vaken|isen|drunkna|drunknar|drown|drowned|sladd|sladden|cord|kabel|kabeln|cable|halsduk*|scarf|plastpåse*|koloxid|kolmonoxid|carbon|monoxide|grill|engångsgrill*|charcoal|avgaserna|revolver|kulan|bullet|bullets|skott|shoot|shooting|skjuta|skjuter|rakbladet|rakbladen|razor|razors|blades|pulsådra*|handleden|handlederna|wrist|wrists|veins|ådrorna|lastbil*|lorry|truck|mötande|oncoming|krocka|crash|bergvägg*|wall|hoppet|leap|plunge"),
        ("place", "skog|skogen|woods|forest|träd|trädet|tree|gren|grenen|branch|vatten|vattnet|water|älven|river|sjön|lake|havet|sea|fönster|fönstret|window|garage|garaget|förråd|förrådet|parkeringshus*|stupet|cliff|järnväg*|railway|motorväg*|motorway|snön|snow|perrongen|spåren|hamnen|harbour|harbor|kajen|pier|bryggan|dock|fjället|fjällen|mountain|mountains|berget|toppen|kanten|edge|ledge|klippan|cliff|höghuset|himlen|heaven|stjärnorna|stars|änglarna|angels|paradis*|paradise|bortom|beyond|afterlife|andra|other|sidan|side"),
        ("selfharm", "skär|skära|skar|skurit|rispa*|rispar|cut|cuts|cutting|cutter|bränn*|bränner|burn|burning|burns|blod|blood|bleed*|blöd*|blöder|sår|såren|wound*|scar*|ärr|ärren|dunk*|bang*|svält*|starv*|skadar|harm|harming|hurt|hurting|smärta|pain|straffa*|punish*|rakblad*|blade|blades|razor|ärret|scars|scarred|plåster|bandage|bandages|förband|sticka|sticker|stack|stick|klöser|klösa|scratch*|rispa|nypa|nyper|pinch*"),
        ("self", "jag|ja|mig|mej|själv|själva|myself|me|i|im|ive|id|my|mine|mitt|min|mina|självet"),
        ("substance", "tablett*|piller|pill|pills|medicin*|meds|sömntabl*|sömnmedel*|benzo*|xanax|stesolid|oxazepam|oxy*|tramadol|fentanyl|fent|heroin|opioid*|opiat*|metadon|methadone|subutex|ghb|alkohol|alcohol|sprit|vodka|whisky|booze|sprit|spice|kokain|cocaine|coke|amfetamin|amphetamine|speed|tjack|knark|drog*|drug*|paracetamol|alvedon|panodil|insulin|molly|mdma|ecstasy|ketamin*|ket|lean|codeine|kodein|zopiklon|imovane|propavan|lyrica|pregabalin|morfin*|morphine|alkis|påsen|påse|bag|baggie|gram|grams|tabletterna|pillren|pillerna|medicinerna|drogerna|nalox*|nässpray|promethazin*|lergigan|sobril|diazepam|valium|klonopin|klonazepam|propavan|atarax|theralen|antidepressiv*|sertralin|venlafaxin|mirtazapin|litium|lithium|heroinet|crack|meth|methamphetamine|ghb|gbl|g|lsd|svamp*|shrooms|kratom|fent|percs|percocet|oxycontin|xans|bars|lean|purple"),
        ("many", "massa|massor|många|mycket|alla|allt|hela|burk*|burken|kartan|kartor|förpackning*|flaska|flaskan|all|whole|bunch|handful|lot|lots|entire|bottle|bottles|pack|packet|box|strip|dussin|dozen|double|dubbel|fler|more|several|flera|påse|påsen|bag|baggie|gram|grams|gr|mg|näve|nävar|handfull|handful|halv|halva|half|stycken|st|hundra|hundred|femtio|fifty|tjugo|twenty|trettio|thirty|fyrtio|forty"),
        ("ingest", "tog|tagit|tar|svalde|svalt|åt|ätit|äter|druckit|drack|dricker|knaprade|knaprat|took|taken|take|takes|taking|swallowed|swallow|ate|eaten|drank|drunk|downed|popped|pop|mixed|mixing|blandade|blandat|blanda|injicera*|injected|shot|sköt|snortade|snorted|smoked|rökte"),
        ("unconscious", "medvetslös*|däckad|däckat|däckade|väcka|väcker|vaknar|vakna|svarar|reagerar|unconscious|unresponsive|responding|respond|responsive|wake|waking|limp|slapp|livlös*|lifeless|reaction|kontakt|contact|collapsed|kollaps*|ramlade|föll|fell|passed|svimmade|svimmat|fainted|borta|rör|moving|moves|move|stilla|floppy|rouse|rousing|ruska*|ruskat|shook|shake|shaking|nypt|pinched|sternum|heavy|tung|tunga|medvetande|conscious|consciousness|ögonen|eyes|rolled|rolling|vitögat|whites"),
        ("breath", "andas|andning*|andetag|andningen|breath*|breathing|breathe|snark*|snore*|snoring|gurgl*|rossl*|rosslar|kvävs|choking|chokes|flämta*|gasp*|kippar|ytlig*|ytligt|shallow|långsam*|långsamt|slow|slowly|pauser|pauses|uppehåll|stopped|slutat|agonal|hackigt|gasping|bubbl*|skum|foam|foaming|rattling|rattle|rosslig*|kvävd|choked|suffocat*|snarkar|snarkade|snorting|gurgling|puls|pulse|pulsen"),
        ("colour", "blå|blåa|blåaktig*|gråa|grå|gråblek|bleka|blek|kritvit|blue|bluish|grey|gray|grayish|pale|white|läppar|läpparna|lips|naglar|nails|kall|kalla|cold|clammy|kallsvett*|gråaktig*|färglös*|colourless|colorless|likblek|dödsblek|ashen|ashy|grey|mörka|dark|lila|purple|purplish|mottled|flammig*|fläckig*|kall|cold|iskall|icy|ice"),
        ("seizure", "kramp*|krampa*|krampar|seizure*|seizing|fit|fits|shaking|skakar|skakade|fradga|foam*|foaming|rycker|ryckningar|jerking|convuls*|twitch*|twitching|darrar|darrade|trembling|tremble|shake|shakes|stel|stelnar|stiff|stiffening|spasm*|epilepti*|anfall|anfallet|kramper"),
        ("vomit", "spyr|spydde|spy|kräks|kräktes|kräkas|kräk*|vomit*|puke*|puking|puked|throwing|spya|kräkts|spyor|spyan|uppkastning*|throw|threw|sick"),
        ("urgent", "ambulans*|ambulance|112|911|akut|akuten|hjälp|help|snabbt|quick|quickly|asap|panik|panic|nödsituation|emergency|er|sjukhus*|hospital|giftinfo*|poison|giftinformation*|giftinfo|poisons|1177|sos|larma|larmat|larmade|ringa|ringer|ringde|call|calling|called|snälla|please|brådskande|urgent|nu"),
        ("hit", "slår|slog|slagit|slag|sparkar|sparkade|sparkat|knuffar|knuffade|örfil*|misshandl*|hits|hit|hitting|beat|beats|beating|beaten|kick*|punch*|slap*|shove*|shoved|push*|choke*|choked|strang*|strypt*|stryp*|struptag|nypte|nyper|drog|dra|dragged|grabbed|grabs|kastade|threw|throws|blåmärk*|bruise*|bruised|blåtira|skadade|injur*|våld*|violent*|abus*|assault*|knuffat|knuffa|sparka|slå|strangled|strypte|strypa|stryptag|bit|bitit|biter|kastat|kasta|throwing|vred|twisted|dragit|ripped|ryckte|yanked|slängde|slammed|rammed"),
        ("threat", "hot|hota|hotar|hotade|hotat|hotfull*|threat*|threaten*|threatened|skrämmer|skrämde|scares|scare|scared|scary|rädd|rädda|afraid|terrified|livrädd|vågar|dare|fear|fruktar|frightened|panicking|farlig|dangerous|danger|fara|förföljer|stalk*|hotet|dödshot*|threats|ångest|panik|gömmer|gömde|hiding|hide|hid|garderoben|closet|låser|lock"),
        ("force", "tvingar|tvingade|tvingat|force*|forced|rape*|raped|våldt*|sexuellt|sexually|sexual|låst|låser|låste|locked|lock*|instängd|trapped|fångad|kontroller*|control*|controlling|pengar|money|telefon*|phone|isolera*|isolat*"),
        ("partner", "man|mannen|maken|make|sambo|sambon|pojkvän*|flickvän*|fru|frun|hustru|partner*|ex|exet|expojkvän*|husband|wife|boyfriend|girlfriend|bf|gf|hubby|spouse|fästman|fiance*|kille|killen|tjej|tjejen|han|hon|he|she|him|her"),
        ("family", "son|sonen|sonson|bror|brorsan|brother|pappa|farsan|dad|father|mamma|morsan|mom|mum|mother|syster|sister|svärson|stepson|styvson|styvpappa*|stepdad|stepfather|styvmamma*|stepmom|uncle|farbror|morbror|kusin|cousin|granne|grannen|neighbour|neighbor|kompis*|friend*|vän|vännen|roommate|rumskompis"),
        ("home", "hemma|hem|hemmet|home|house|lägenhet*|lägenheten|apartment|flat|rummet|room|köket|kitchen|sovrum*|bedroom|dörren|door|ut|out|outside|ute"),
        ("child", "barn|barnet|barnen|barnens|bebis*|bäbis*|baby|babies|bebben|kid|kids|kiddo|child|children|childs|toddler*|småbarn*|lillebror|lillasyster|lillan|lillen|lilla|little|småsyskon*|syskon*|siblings|sibling|dotter|dottern|döttrar*|daughter*|sonen|son|söner|sons|styvdotter*|stepdaughter|stepson|styvson|elev|eleven|eleverna|pupil|student|förskola*|förskolan|dagis|preschool|kindergarten|skolan|school|fritids|klass|class|grade|mellanstadiet|högstadiet|lågstadiet|sexan|sjuan|åttan|nian|trean|fyran|femman|tonåring*|teen|teenager*|teens|unge|ungen|ungarna|tjejen|pojken|flickan|boy|girl|minderårig*|minor"),
        ("intoxicated", "full|fulla|packad*|berusad*|drogad*|drogat|hög|höga|påverkad*|stenad*|aspack*|däckad*|onykter*|dricker|super|supit|söp|wasted|drunk|drunken|high|stoned|hammered|smashed|intoxicated|tipsy|plastered|sloshed|gone|fyllan|fylla|fyllo|bakfull|hungover|pundad*|påtänd*|tripping|rusad|rus|ruset|alkad|alkis|knarkar|knarkare|junkie|using|binge*|festar|partying|party|fest|festen|öl|beer|vin|wine|drinking|drinks|drink|drack|drank"),
        ("alone", "ensam|ensamt|ensamma|själv|själva|alone|themselves|himself|herself|lonely|övergiven|övergivna|abandoned|left|lämnade|lämnat|kvar"),
        ("neglect", "hungriga|hungrig|hungry|mat|food|ätit|eaten|eat|äta|smutsig*|dirty|blöja|blöjan|diaper|nappy|hämta*|hämtade|hämtat|fetch*|picked|pick|gråter|skriker|crying|cries|screaming|screams|scream|kall|cold|natt|natten|night|midnight|sent|late"),
        ("giveaway", "ge|ger|gav|gett|ges|skänk*|give|gives|giving|gave|given|donat*|rehome*|omplacer*|ärva|ärver|inherit|sälja|säljer|sålde|sålt|sell|selling|sold|bort|away|lämna|lämnar|leave|leaving"),
        ("pet", "katt|katten|katterna|hund|hunden|hundarna|husdjur*|pet|pets|cat|cats|dog|dogs|kanin*|rabbit|hamster*|fiskarna|fish|växterna|plants|blommorna"),
        ("up", "upp|up"),
        ("tired", "trött|tröttnat|tröttnar|tröttare|tired|exhausted|utmatt*|utbränd|drained|weary|fed|sick|slutkörd|förbrukad"),
        ("more", "mer|mera|more|igen|again|längre|anymore|longer|fortsätta|continue"),
        ("notice", "märka|märker|märkt|märkte|notice|noticed|notices|saknar|sakna|saknat|miss|missed|bry|bryr|bryr|care|cares|cared|sörja|sörjer|grieve|mourn|gråta|cry"),
        ("loss", "skuld*|skulder|debt|debts|förlorat|förlorade|förlora|lost|lose|losing|konkurs*|bankrupt*|kronofogd*|inkasso|ruin*|ruinerad|förstört|förstörde|destroyed|ruined|spelade|gambled|spelskuld*"),
        ("bodysigns", "svett*|svettas|sweat|sweating|sweaty|feber|fever|glödhet|burning|hot|pupill*|pupils|pinpoint|knappnål*|hjärtat|heart|bröstet|chest|hallucin*|paranoid*|förvirr*|confused|sluddr*|slurr*|yr|dizzy|glassy|glansig*|oklar|incoherent|osammanhäng*"),
        ("need", "need|needs|needing|needed|behöver|behövs|behöva|behövde|matter|matters|spelar|roll|ide|idé|point|lönt|worth"),
        ("youngage", "ung|unga|young|liten|små|small|tiny|minor"),
        ("speaker", "jag|ja|i|im|me|mig|mej|my|min|mitt|mina"),
    ];

    /// <summary>The concepts' names, their bit in a word's tag; the last, "age", is a child's age written as a number.</summary>
    private static readonly string[] Names = Checked([.. Table.Select(t => t.Name), "age"]);

    private static string[] Checked(string[] names) => names.Length <= Capacity
        ? names
        : throw new InvalidOperationException($"{names.Length} concepts do not fit the {Capacity} bits of a word's tag.");

    /// <summary>The concepts' patterns by the first letter of their stem (a typo never changes the first letter).</summary>
    private static readonly Dictionary<char, (WordPattern Pattern, int Concept)[]> ByFirstLetter = Table
        .SelectMany((entry, concept) => entry.Words.Split('|').Select(word => (word, concept)))
        .GroupBy(x => TextNormalizer.Words(x.word.TrimEnd('*'))[0][0])
        .ToDictionary(g => g.Key, g => g.Select(x => (new WordPattern(x.word), x.concept)).ToArray());

    /// <summary>Concepts without which no message is a crisis, whatever the model says of its style.</summary>
    private static readonly string[] RiskNames =
        ["death", "suicide", "kill", "end", "selfharm", "substance", "unconscious", "breath", "colour", "seizure", "hit", "threat",
         "force", "means", "farewell", "burden", "vanish", "plan", "meaning", "intoxicated", "neglect", "sleep", "endure",
         "place", "affairs", "found", "finality", "stockpile", "giveaway", "loss", "bodysigns", "tired"];

    private static readonly UInt128 RiskMask = RiskNames.Aggregate(UInt128.Zero, (mask, name) => mask | (UInt128.One << Array.IndexOf(Names, name)));

    /// <summary>How many concepts a bit set (<see cref="Tag"/>) can hold.</summary>
    public const int Capacity = 128;

    public static int Count => Names.Length;

    /// <summary>Whether any word of <paramref name="words"/> stands for one of the risk concepts.</summary>
    public static bool HasRiskConcept(IReadOnlyList<string> words)
    {
        Span<UInt128> tags = words.Count <= 128 ? stackalloc UInt128[words.Count] : new UInt128[words.Count];
        Tag(words, tags);
        foreach (var tag in tags)
        {
            if ((tag & RiskMask) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public static string Name(int concept) => Names[concept];

    /// <summary>For each word of <paramref name="words"/> (normalised), the concepts it stands for, as a bit set.</summary>
    public static void Tag(IReadOnlyList<string> words, Span<UInt128> tags)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!Known.TryGetValue(word, out var bits))
            {
                bits = TagOf(word);
                if (bits != 0 && Known.Count < KnownCapacity)
                {
                    Known.TryAdd(word, bits);
                }
            }

            tags[i] = bits;
        }
    }

    /// <summary>
    /// Words already tagged that stand for a concept: a word's concepts depend on the word alone, and messages repeat
    /// these. Words of no concept (names, places, the rest of what people write) are never kept.
    /// </summary>
    private static readonly ConcurrentDictionary<string, UInt128> Known = new(StringComparer.Ordinal);

    /// <summary>Beyond this many, words are tagged afresh each time (the same result).</summary>
    private const int KnownCapacity = 50_000;

    private static UInt128 TagOf(string word)
    {
        UInt128 bits = 0;
        if (word.Length > 0 && ByFirstLetter.TryGetValue(word[0], out var candidates))
        {
            foreach (var (pattern, concept) in candidates)
            {
                if ((bits & (UInt128.One << concept)) == 0 && pattern.Matches(word))
                {
                    bits |= UInt128.One << concept;
                }
            }
        }

        if (IsYoungAge(word))
        {
            bits |= UInt128.One << (Names.Length - 1);
        }

        return bits;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (normalised) begins with a number from 1 to 17, an age a child can have, and
    /// what follows the number in the same word ("4aring" → "aring", "12" → "").
    /// </summary>
    public static bool StartsWithYoungNumber(string word, out string rest)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        rest = word[digits..];
        return digits is 1 or 2 && int.Parse(word.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 17;
    }

    /// <summary>A number from 1 to 17 (an age, "jag är 12"), or such a number with its unit ("4åring", "9yo", "12år").</summary>
    private static bool IsYoungAge(string word) =>
        StartsWithYoungNumber(word, out var unit)
        && unit is "" or "ar" or "aring" or "aringen" or "arig" or "arige" or "ariga" or "yo" or "y" or "yr" or "yrs" or "years";
}
