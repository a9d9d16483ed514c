using System.Text.RegularExpressions;
using Intake.Bot.Faq;
using Intake.Bot.Intents;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Faq;

/// <summary>
/// The answers added from the seed pages name the municipality's facts only as placeholders, from the agreed set, so
/// that configuration fills them (the eight earlier answers are converted with the rest of the texts).
/// </summary>
public sealed partial class FaqTemplatesTests
{
    private static readonly string[] EarlierTopics =
    [
        FaqTopics.WhatHappens, FaqTopics.Investigation, FaqTopics.Confidentiality, FaqTopics.Appeal, FaqTopics.Cra,
        FaqTopics.Bjorkebo, FaqTopics.Relatives, FaqTopics.Kundcenter,
    ];

    private static readonly string[] Placeholders =
        ["{Kundcenter}", "{KundcenterPhone}", "{Municipality}", "{Outpatient}", "{RelativesChildren}", "{TreatmentHome}", "{Hospital}"];

    public static TheoryData<string> NewTopics() => new(FaqAnswers.Topics.Except(EarlierTopics).Order(StringComparer.Ordinal));

    [Fact]
    public void NewTopics_AreThirty() => Assert.Equal(30, NewTopics().Count);

    [Theory]
    [MemberData(nameof(NewTopics))]
    public void Answer_NewTopic_NamesNoMunicipalFactButThroughPlaceholders(string topic)
    {
        var answer = FaqAnswers.Answer(topic);

        foreach (var text in new[] { answer.Swedish, answer.English })
        {
            var words = Placeholder().Replace(text, " ");
            Assert.DoesNotMatch(MunicipalFact(), words);
            Assert.All(Placeholder().Matches(text), m => Assert.Contains(m.Value, Placeholders));
        }
    }

    [Fact]
    public void Unknown_NamesNoMunicipalFactButThroughPlaceholders()
    {
        foreach (var text in new[] { FaqAnswers.Unknown.Swedish, FaqAnswers.Unknown.English })
        {
            Assert.DoesNotMatch(MunicipalFact(), Placeholder().Replace(text, " "));
            Assert.Contains("{Kundcenter}", text, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> AllTopics() => new(FaqAnswers.Topics.Order(StringComparer.Ordinal));

    /// <summary>What a person reads (the shipped facts filled in) never says a thing twice in a row, such as
    /// "Kundcenter (customer service) (customer service)" where a text adds what the fact already says.</summary>
    [Theory]
    [MemberData(nameof(AllTopics))]
    public void Answer_AsRendered_NeverRepeatsAnExplanation(string topic)
    {
        var rendered = Municipalities.Ostersund.Render(FaqAnswers.Answer(topic));
        foreach (var text in new[] { rendered.Swedish, rendered.English, Municipalities.Ostersund.Render(FaqAnswers.Unknown).English })
        {
            Assert.DoesNotMatch(RepeatedParenthesis(), text);
        }
    }

    [GeneratedRegex(@"(\([^()]+\))\s*\1")]
    private static partial Regex RepeatedParenthesis();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"063|14 30 00|Kundcenter|Nexus|Fjärilen|Björkebo|Östersund|Team Vuxen|Jämtland|\{|\}")]
    private static partial Regex MunicipalFact();
}
