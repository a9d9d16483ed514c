using Intake.Bot.Faq;
using Intake.Bot.Intents;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Faq;

public sealed class FaqAnswersTests
{
    [Fact]
    public void Answer_EveryTopicTheRecognizerGives_HasSwedishAndEnglish() =>
        Assert.All(FaqTopics.InOrder, t =>
        {
            var answer = FaqAnswers.Answer(t.Topic);
            Assert.False(string.IsNullOrWhiteSpace(answer.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(answer.English));
            Assert.NotEqual(answer.Swedish, answer.English);
        });

    [Fact]
    public void Topics_AreExactlyThoseTheRecognizerGives() =>
        Assert.Equal(FaqTopics.InOrder.Select(t => t.Topic).Order(), FaqAnswers.Topics.Order());

    [Theory]
    [InlineData(FaqTopics.WhatHappens)]
    [InlineData(FaqTopics.Appeal)]
    [InlineData(FaqTopics.Cra)]
    [InlineData(FaqTopics.Relatives)]
    [InlineData(FaqTopics.Kundcenter)]
    public void Answer_WhereToTurn_GivesKundcentersNumberInBothLanguages(string topic)
    {
        var answer = Municipalities.Ostersund.Render(FaqAnswers.Answer(topic));

        Assert.Contains("063-14 30 00", answer.Swedish, StringComparison.Ordinal);
        Assert.Contains("063-14 30 00", answer.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_UnknownTopic_Throws() => Assert.Throws<ArgumentException>(() => FaqAnswers.Answer("opening-hours"));
}
