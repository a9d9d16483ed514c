using Intake.Bot.Intents;
using Intake.Core.Localization;

namespace Intake.Bot.Faq;

/// <summary>
/// Relatives' programmes, peer support, the lines that answer around the clock, other addictions, young people,
/// prevention and the guidelines; then what the pages do not say (cost, waiting times, addresses, anything else),
/// said plainly with Kundcenter to ask. Each answer is paraphrased from the seed page named above it (in
/// ../shared/seeds/). Seed 003 is a Finnish ministry's page: only its general words on peer support are used here,
/// nothing of Finnish law or services.
/// </summary>
internal static class OtherAnswers
{
    public static IReadOnlyDictionary<string, LocalizedText> All { get; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        // 002_71cd57a4c5ed4476.txt (CRA:s anhörigstöd; Anhörigstöd behöver du inte biståndsbeslut för).
        [FaqTopics.CraRelatives] = new(
            "Är du anhörig eller närstående till någon som går i CRA-behandling kan du få enskilda samtal eller familjesamtal. Syftet är att stärka dina färdigheter att må bra och att gå vidare, i ditt eget liv och i relationen till den som har ett beroende. Du behöver inget biståndsbeslut: ring {Kundcenter}, {KundcenterPhone}, och ansök om samtal.",
            "If you are a relative or close to someone who is in CRA treatment, you can have individual or family conversations. Their aim is to strengthen your skills to feel well and to move on, in your own life and in your relationship with the person who has the addiction. You do not need a formal decision: call {Kundcenter}, {KundcenterPhone}, and ask for conversations."),

        // 004_9840f40a7e8f2148.txt (Stöd till närstående; Rekommendationer för anhöriga: CRAFT, coping skills, al-/nar-anon, ARISE, PTC).
        [FaqTopics.RelativesProgrammes] = new(
            "Socialstyrelsen rekommenderar stödprogram för anhöriga: CRAFT, som hjälper dig att motivera din närstående till behandling, coping skills training (träning i att hantera situationen) och program inspirerade av Al-Anon och Nar-Anon. ARISE och PTC kan också erbjudas. Vilka av dem kommunen har står inte på sidorna jag bygger på. Anhörigstöd ansöker du om via {Kundcenter}, {KundcenterPhone}, utan biståndsbeslut; för barn och deras föräldrar finns {RelativesChildren}.",
            "The National Board of Health and Welfare recommends support programmes for relatives: CRAFT, which helps you motivate the person close to you towards treatment, coping skills training, and programmes inspired by Al-Anon and Nar-Anon. ARISE and PTC can be offered too. Which of them the municipality has is not on the pages I answer from. You apply for support for relatives through {Kundcenter}, {KundcenterPhone}, without a formal decision; for children and their parents there is {RelativesChildren}."),

        // 003_7c5fa199501a7d8e.txt (Kamratstöd från organisationer och föreningar: AA, NA).
        [FaqTopics.PeerSupport] = new(
            "Kamratstöd, från andra som själva har haft problem, ges av organisationer och föreningar, bland annat AA-grupper (Anonyma Alkoholister) och NA-grupper (Anonyma Narkomaner). De är inte en del av kommunen. Tider och platser för möten står inte på sidorna jag bygger på – fråga {Kundcenter}, {KundcenterPhone}.",
            "Peer support, from others who have had problems themselves, is given by organisations and associations, among them AA groups (Alcoholics Anonymous) and NA groups (Narcotics Anonymous). They are not part of the municipality. Meeting times and places are not on the pages I answer from – please ask {Kundcenter}, {KundcenterPhone}."),

        // 003_7c5fa199501a7d8e.txt (Personer som lider av närståendes alkoholkonsumtion: Al-Anon och Alateen).
        [FaqTopics.PeerSupportRelatives] = new(
            "Den som mår dåligt av en närståendes drickande kan få kamratstöd av bland annat Al-Anon, och av Alateen, som är för tonåringar. Det är föreningar, inte kommunen, och tider och platser står inte på sidorna jag bygger på. Kommunens eget anhörigstöd ansöker du om via {Kundcenter}, {KundcenterPhone}.",
            "People who suffer from a relative's drinking can get peer support from, among others, Al-Anon, and from Alateen, which is for teenagers. They are associations, not the municipality, and their times and places are not on the pages I answer from. You apply for the municipality's own support for relatives through {Kundcenter}, {KundcenterPhone}."),

        // 000_6949dc9f7c415228.txt (öppet dygnet runt, alltid någon som svarar; e-post går men svaret kan dröja).
        [FaqTopics.SupportLines] = new(
            "Enligt sidorna har stödverksamheterna öppet dygnet runt, och det finns alltid någon som svarar i telefon. E-post går också bra, men då kan svaret dröja. Vilka nummer det gäller står inte där – {Kundcenter}, {KundcenterPhone}, kan svara på det. Har du tankar på att ta ditt liv: ring Självmordslinjen 90101. Är någon i akut fara: ring 112.",
            "According to the pages, the support services are open around the clock, and there is always someone who answers the phone. E-mail is fine too, but the reply may take longer. Which numbers that means is not on the pages – {Kundcenter}, {KundcenterPhone}, can tell you. If you are thinking of taking your life: call Självmordslinjen (the suicide line) on 90101. If someone is in immediate danger: call 112."),

        // 000_6949dc9f7c415228.txt (e-post går bra, men svaret kan dröja).
        [FaqTopics.Email] = new(
            "Sidorna säger att du kan skicka e-post, men att svaret kan dröja eftersom personalen arbetar mycket med människor på plats. Någon e-postadress står inte där. Ring {Kundcenter}, {KundcenterPhone}, eller skriv här i chatten.",
            "The pages say that you can send an e-mail, but that the reply may take time because the staff work a lot with people face to face. No e-mail address is given there. Call {Kundcenter}, {KundcenterPhone}, or write here in the chat."),

        // 000_6949dc9f7c415228.txt (spelberoende, shopping) and 001_fdfb2df0d03130dc.txt (om du spelar för mycket; oro för någons spel).
        [FaqTopics.OtherAddictions] = new(
            "Ett beroende behöver inte handla om alkohol eller droger – det kan också gälla spel om pengar eller shopping. Tycker du att du spelar för mycket kan du kontakta socialtjänsten via {Kundcenter}, {KundcenterPhone}, eller ansöka om stöd här i chatten. Är du orolig för någon annans spelande kan du anmäla din oro. Här kan du också göra ett självtest om spel (PGSI).",
            "An addiction does not have to be about alcohol or drugs – it can also be gambling or shopping. If you think you gamble too much, you can contact social services through {Kundcenter}, {KundcenterPhone}, or apply for support here in the chat. If you are worried about someone else's gambling, you can report your concern. You can also take a self-test about gambling (PGSI) here."),

        // 000_6949dc9f7c415228.txt (barn, ungdomar och vuxna), 002_71cd57a4c5ed4476.txt (CRA från 18 år), 001_fdfb2df0d03130dc.txt (Fjärilen).
        [FaqTopics.YoungPeople] = new(
            "Både barn, ungdomar och vuxna kan hamna i ett beroende, och det finns stöd att få. CRA-behandlingen på {Outpatient} är för dig som är 18 år eller äldre; vad som finns för den som är yngre står inte på sidorna jag bygger på – fråga {Kundcenter}, {KundcenterPhone}. Är barn anhöriga kan de och deras föräldrar få stöd hos {RelativesChildren}. Är du orolig för ett barn kan du anmäla din oro här.",
            "Children, young people and adults can all develop an addiction, and there is support to be had. CRA treatment at {Outpatient} is for those aged 18 or older; what there is for younger people is not on the pages I answer from – please ask {Kundcenter}, {KundcenterPhone}. Children who are relatives, and their parents, can get support at {RelativesChildren}. If you are worried about a child, you can report your concern here."),

        // 001_fdfb2df0d03130dc.txt (Drogförebyggande arbete; Samordning).
        [FaqTopics.Prevention] = new(
            "Kommunens drogförebyggande arbete har som mål ett samhälle fritt från narkotika och dopning, med mindre skador av alkohol och mindre tobaksbruk. Det finns också en nollvision: ingen under 18 år ska efterfråga eller få tag på alkohol, tobak eller andra droger. En koordinator ger arbetet inriktning och struktur, och det beskrivs i kommunens drogpolitiska program. Mer om det kan {Kundcenter}, {KundcenterPhone}, berätta.",
            "The municipality's drug prevention work aims at a society free from narcotics and doping, with less harm from alcohol and less tobacco use. There is also a zero vision: no one under 18 should ask for or get hold of alcohol, tobacco or other drugs. A coordinator gives the work its direction and structure, and it is described in the municipality's drug policy programme. {Kundcenter}, {KundcenterPhone}, can tell you more."),

        // 004_9840f40a7e8f2148.txt (ekonomiskt bistånd, nämnt bland det man kan behöva hjälp med).
        [FaqTopics.Money] = new(
            "Ekonomiskt bistånd nämns på sidorna bara som en av sakerna du kan behöva hjälp med när du har missbruksproblem, samordnat med annat stöd. Hur du ansöker om det, och vad du kan få, står inte där – fråga {Kundcenter}, {KundcenterPhone}.",
            "Financial assistance is mentioned on the pages only as one of the things you may need help with when you have an addiction problem, coordinated with other support. How to apply for it, and what you could get, is not there – please ask {Kundcenter}, {KundcenterPhone}."),

        // 004_9840f40a7e8f2148.txt (Vad innebär rekommendationerna?) and 002_71cd57a4c5ed4476.txt (CRA rekommenderas).
        [FaqTopics.Guidelines] = new(
            "Socialstyrelsens nationella riktlinjer ger vården och socialtjänsten rekommendationer om undersökningar, behandlingar och annat stöd. De är generella och gäller grupper av personer; vilket stöd som passar dig bäst bestäms tillsammans med dig, din socialsekreterare, läkare och annan personal. CRA, som {Outpatient} använder, rekommenderas i riktlinjerna.",
            "The National Board of Health and Welfare's national guidelines give health care and social services recommendations on assessments, treatments and other support. They are general and apply to groups of people; which support suits you best is decided together with you, your social worker, doctor and other staff. CRA, which {Outpatient} uses, is recommended in the guidelines."),

        // None of the seeds gives a price or a fee.
        [FaqTopics.Cost] = new(
            "Vad något kostar står inte på sidorna jag bygger mina svar på, så det vet jag inte och vill inte gissa. Fråga {Kundcenter}, {KundcenterPhone}.",
            "What anything costs is not on the pages I answer from, so I do not know and will not guess. Please ask {Kundcenter}, {KundcenterPhone}."),

        // None of the seeds gives a waiting time; 002_71cd57a4c5ed4476.txt (CRA ett år) and 001_fdfb2df0d03130dc.txt (tidsbegränsade insatser).
        [FaqTopics.HowLong] = new(
            "Väntetider och hur länge en insats pågår står inte på sidorna jag bygger på. Det som står är att CRA-behandlingen pågår i ett år och att alla insatser är tidsbegränsade. Fråga {Kundcenter}, {KundcenterPhone}.",
            "Waiting times and how long a measure lasts are not on the pages I answer from. What they do say is that CRA treatment lasts one year and that every measure is time-limited. Please ask {Kundcenter}, {KundcenterPhone}."),

        // None of the seeds gives an address.
        [FaqTopics.Address] = new(
            "Adresser och vägbeskrivningar står inte på sidorna jag bygger på. Fråga {Kundcenter}, {KundcenterPhone}. Du kan ansöka om stöd eller anmäla oro här i chatten utan att veta var vi finns.",
            "Addresses and directions are not on the pages I answer from. Please ask {Kundcenter}, {KundcenterPhone}. You can apply for support or report a concern here in the chat without knowing where we are."),
    };

    /// <summary>A question none of the pages answers: said plainly, never guessed.</summary>
    public static LocalizedText Unknown { get; } = new(
        "Det vet jag inte – det står inte på kommunens sidor som jag bygger mina svar på, och jag vill inte gissa. Fråga {Kundcenter}, {KundcenterPhone}. Är någon i fara, ring 112.",
        "I do not know – it is not on the municipality's pages that I answer from, and I will not guess. Please ask {Kundcenter}, {KundcenterPhone}. If someone is in danger, call 112.");
}
