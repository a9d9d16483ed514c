using Intake.Bot.Safety;
using Intake.Bot.Text;

namespace Intake.Bot.Tests.Safety;

/// <summary>What people write in danger, as they write it: typos, no capitals, stretched letters.</summary>
public sealed class SafetyGateTests
{
    [Theory]
    [InlineData("Jag vill ta livet av mig")]
    [InlineData("jag vill inte leva längre")]
    [InlineData("vill bara dööö")]
    [InlineData("har haft sjalvmordstankar hela veckan")]
    [InlineData("tänker på sjelvmord")]
    [InlineData("SJÄLVMORD!!!")]
    [InlineData("orkar inte leva mer")]
    [InlineData("jag vill int vakna imorgon")]
    [InlineData("min bror säger att han ska ta livet av sej")]
    [InlineData("har tankar på att ta mitt liv")]
    [InlineData("jag skadar mig själv")]
    [InlineData("i want to kill myself")]
    [InlineData("im going to kil myself")]
    [InlineData("kms")]
    [InlineData("i just want to end it all")]
    [InlineData("feeling suicidal tonight")]
    [InlineData("I dont want to live anymore")]
    [InlineData("i wanna die")]
    [InlineData("thinking about unaliving myself")]
    [InlineData("sometimes i self-harm")]
    [InlineData("I wish I was dead")]
    [InlineData("I feel like dying")]
    [InlineData("jag skär mig")]
    [InlineData("jag har självskadebeteende")]
    [InlineData("jag tänker på döden hela tiden")]
    public void Assess_SuicidePhrase_IsSuicide(string text) => AssertSignal(text, RiskSignal.Suicide);

    [Theory]
    [InlineData("han har tagit en överdos")]
    [InlineData("jag tror hon har od:at")]
    [InlineData("jag har tagit för mycket")]
    [InlineData("min kompis andas inte!!")]
    [InlineData("han andas knappt och går inte att väcka")]
    [InlineData("hon har svalt en massa tabletter")]
    [InlineData("tagit för många piller")]
    [InlineData("hon vaknar inte, vad ska jag göra")]
    [InlineData("she overdosed on heroin")]
    [InlineData("he overdoesed i think")]
    [InlineData("my friend took too many pills")]
    [InlineData("he's not breathing")]
    [InlineData("hon har svalt alla sina sömntabletter")]
    [InlineData("i might od tonight")]
    [InlineData("pappa har tagit en överdos och jag är 10")]
    public void Assess_OverdosePhrase_IsOverdose(string text) => AssertSignal(text, RiskSignal.Overdose);

    [Theory]
    [InlineData("min man slår mig")]
    [InlineData("han hotar att döda mig")]
    [InlineData("pojkvännen slog mig igår")]
    [InlineData("jag blev misshandlad")]
    [InlineData("hon hotade mig med kniv")]
    [InlineData("jag är rädd att han ska slå mig")]
    [InlineData("my husband hits me")]
    [InlineData("he threatened to kill me")]
    [InlineData("he's gonna kill us")]
    [InlineData("domestic violence")]
    public void Assess_ViolencePhrase_IsViolence(string text) => AssertSignal(text, RiskSignal.Violence);

    [Theory]
    [InlineData("han slår barnen")]
    [InlineData("barnet är ensamt hemma och pappa är full")]
    [InlineData("jag är 12 och mamma är full igen")]
    [InlineData("pappa super och jag är 13")]
    [InlineData("barnen far illa")]
    [InlineData("mamma är packad och min lillebror är hemma")]
    [InlineData("jag går i sjuan och pappa slår mamma")]
    [InlineData("my kids are home alone and I'm drunk")]
    [InlineData("the baby is with my drunk boyfriend")]
    [InlineData("i'm 14 and my dad beats me")]
    [InlineData("my mom is drunk again and im 15")]
    [InlineData("I am 12 years old and my dad hits my mom")]
    [InlineData("min pappa dricker varje dag och jag är 16")]
    public void Assess_ChildInDangerPhrase_IsChildInDanger(string text) => AssertSignal(text, RiskSignal.ChildInDanger);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hej")]
    [InlineData("det här är dödsbra")]
    [InlineData("jag är dödstrött")]
    [InlineData("vi får skjuta upp mötet")]
    [InlineData("jag höll på att dö av skratt")]
    [InlineData("det slår mig att jag dricker för mycket")]
    [InlineData("jag slår mig ner och tänker")]
    [InlineData("jag slår vad om pengar varje dag")]
    [InlineData("barnen är fulla av energi")]
    [InlineData("de tog för mycket betalt")]
    [InlineData("min mamma dricker, jag behöver stöd")]
    [InlineData("jag är orolig för min bror")]
    [InlineData("that's a killer app")]
    [InlineData("I need to kill time before the meeting")]
    [InlineData("my kids are high achievers")]
    [InlineData("He hits the bottle every weekend")]
    [InlineData("hit me up tomorrow")]
    [InlineData("I tend to overdo it at the gym")]
    [InlineData("the deadline is killing me")]
    [InlineData("we do this every day")]
    [InlineData("hon dog av en överdos förra året")]
    [InlineData("jag ska döda tiden med netflix")]
    [InlineData("mamma slår vad på travet")]
    [InlineData("jag skrattade ihjäl mig")]
    [InlineData("jag har två barn och min man dricker")]
    public void Assess_EverydayPhrase_IsNone(string? text) => Assert.Equal(RiskSignal.None, SafetyGate.Assess(text));

    /// <summary>"Kidding" read as "killing" (doubled letters folded, one typo allowed) once made every such message a joke.</summary>
    [Theory]
    [InlineData("i think about killing myself every day")]
    [InlineData("been thinking about killing myself")]
    public void Assess_KillingMyself_IsNeverTakenForAJoke(string text)
    {
        var found = SafetyGate.Evaluate(text);
        Assert.Equal(RiskSignal.Suicide, found.Signal);
        Assert.DoesNotContain("laughing", found.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jag har tagit en överdos, vad kostar ambulansen?")]
    [InlineData("i took an overdose")]
    [InlineData("hon har tagit en överdos")]
    public void Assess_AnOverdoseTaken_IsOverdoseWhateverTheModelSays(string text)
    {
        var found = SafetyGate.Evaluate(text);
        Assert.Equal(RiskSignal.Overdose, found.Signal);
        Assert.StartsWith("phrase list: overdose #", found.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("model", found.Reason, StringComparison.Ordinal);
    }

    /// <summary>A crisis where a child may be concerned names BRIS too: a child rarely writes "I am a child".</summary>
    [Theory]
    [InlineData("vill dö 14")]
    [InlineData("jag vill dö. sitter i 9an")]
    [InlineData("i want to die, mom's boyfriend is drunk again")]
    [InlineData("jag vill dö, morsan bryr sig inte")]
    [InlineData("min bror har tagit en överdos")]
    public void Evaluate_CrisisWithAChildsWords_NamesBris(string text)
    {
        var found = SafetyGate.Evaluate(text);
        Assert.True(found.IsCrisis, found.Reason);
        Assert.True(found.ChildConcerned, found.Reason);
        Assert.Contains("116 111", SafetyGate.FirstReply(found).Swedish, StringComparison.Ordinal);
    }

    /// <summary>A number that counts something ("14 tabletter", "12 pills", "3 timmar") is no age.</summary>
    [Theory]
    [InlineData("jag har tagit 14 tabletter")]
    [InlineData("i took an overdose of 12 pills")]
    [InlineData("han har druckit 12 öl på 3 timmar")]
    [InlineData("vaken i 16 timmar nu")]
    [InlineData("jag vill dö")]
    public void MayConcernAChild_WithoutAChildsWords_IsFalse(string text) =>
        Assert.False(ChildPhrases.MayConcernAChild(TextNormalizer.Words(text)));

    /// <summary>A form's skip answer, typo and all, is never read by the model as a jump ("hoppa") or an end ("över").</summary>
    [Theory]
    [InlineData("hoppa över")]
    [InlineData("hoppa ver")]
    [InlineData("hopa över")]
    [InlineData("Hoppa över!")]
    [InlineData("skip")]
    [InlineData("vet inte")]
    public void Evaluate_ASkipAnswer_IsNone(string text)
    {
        var found = SafetyGate.Evaluate(text);
        Assert.Equal(RiskSignal.None, found.Signal);
        Assert.Equal("a form's answer", found.Reason);
    }

    /// <summary>
    /// What a form asks for, answered as people answer it: a phone number, an address, a name, a time. The model has
    /// little to judge in such an answer (numbers, names), and a crisis reply to one's own phone number teaches a person
    /// to ignore the gate.
    /// </summary>
    [Theory]
    [InlineData("070-123 45 67")]
    [InlineData("+46 70 123 45 67")]
    [InlineData("0701234567")]
    [InlineData("063 14 30 00")]
    [InlineData("19850101-1234")]
    [InlineData("850101-1234")]
    [InlineData("bo.berg@example.se")]
    [InlineData("anna.karlsson.1987@gmail.com")]
    [InlineData("Storgatan 12, 831 30 Östersund")]
    [InlineData("Rådhusgatan 44 lgh 1102 83182 Östersund")]
    [InlineData("Bo Berg")]
    [InlineData("Anna-Karin Lindqvist Nilsson")]
    [InlineData("Förmiddag")]
    [InlineData("efter kl 16 på vardagar")]
    [InlineData("måndag eller tisdag mellan 9 och 12")]
    [InlineData("weekday mornings before 10")]
    [InlineData("12 mars 2026")]
    [InlineData("sedan 2019 ungefär")]
    [InlineData("ring mig på 070 987 65 43 efter lunch")]
    [InlineData("you can call me on 0731112233 or email me")]
    public void Evaluate_AFormsOrdinaryAnswer_IsNone(string text) =>
        Assert.Equal(RiskSignal.None, SafetyGate.Assess(text));

    [Fact]
    public void FirstReply_WithoutSignal_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SafetyGate.FirstReply(RiskSignal.None));

    private static void AssertSignal(string text, RiskSignal expected)
    {
        Assert.Equal(expected, SafetyGate.Assess(text));

        var reply = SafetyGate.FirstReply(expected);
        foreach (var words in new[] { reply.Swedish, reply.English })
        {
            Assert.StartsWith("112", words, StringComparison.Ordinal);
            Assert.Contains("90101", words, StringComparison.Ordinal);
            Assert.Contains("Självmordslinjen", words, StringComparison.Ordinal);
            if (expected == RiskSignal.ChildInDanger)
            {
                Assert.Contains("116 111", words, StringComparison.Ordinal);
            }
        }
    }
}
