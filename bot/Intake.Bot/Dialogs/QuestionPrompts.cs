using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Bot.Dialogs;

/// <summary>Turns a question of the shared model into what the bot says, and an answer back into words.</summary>
internal static class QuestionPrompts
{
    public static BotReply Ask(Question question, Language language)
    {
        var text = question.Label[language] + (question.Hint is { } hint ? "\n" + hint[language] : string.Empty);
        var choices = question.Type switch
        {
            FieldType.Choice or FieldType.MultiChoice => question.Options.Select(o => o.Label[language]).ToList(),
            FieldType.YesNo => [BotTexts.Yes[language], BotTexts.No[language]],
            _ => new List<string>(),
        };
        if (question.Type == FieldType.MultiChoice)
        {
            text += language == Language.English ? "\n(Separate several with commas.)" : "\n(Skriv flera med komma emellan.)";
        }

        if (!question.Required)
        {
            choices.Add(BotTexts.Skip[language]);
        }

        return new BotReply(text, choices);
    }

    /// <summary>An answer as the person would recognise it: option labels, "Ja"/"Nej", or their own text.</summary>
    public static string Describe(Question question, IReadOnlyList<string> values, Language language) => question.Type switch
    {
        FieldType.YesNo => values[0] == "true" ? BotTexts.Yes[language] : BotTexts.No[language],
        FieldType.Choice or FieldType.MultiChoice => string.Join(", ", values.Select(v => question.Options.First(o => o.Value == v).Label[language])),
        _ => values[0],
    };
}
