using System.Text.Json;
using Intake.Core.Submissions;

namespace Intake.Functions.Submissions;

/// <summary>The stored form of answers: a JSON object, one property per answered question, arrays for multi-choice.</summary>
internal static class AnswersJson
{
    public static string Write(QuestionModel model, Answers answers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var question in model.Questions.Where(q => answers.Has(q.Id)))
            {
                if (question.Type == FieldType.MultiChoice)
                {
                    writer.WriteStartArray(question.Id);
                    foreach (var value in answers.GetAll(question.Id))
                    {
                        writer.WriteStringValue(value);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteString(question.Id, answers.Get(question.Id));
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Answers Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            IReadOnlyList<string> items = property.Value.ValueKind == JsonValueKind.Array
                ? property.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
                : [property.Value.GetString() ?? string.Empty];
            values.Add(new(property.Name, items));
        }

        return new Answers(values);
    }
}
