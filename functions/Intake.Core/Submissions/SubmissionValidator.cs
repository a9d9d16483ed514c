namespace Intake.Core.Submissions;

/// <summary>The outcome of validating one submission: answers when valid, otherwise one or more errors per field.</summary>
public sealed record ValidationResult(Answers? Answers, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Validates raw input against a <see cref="QuestionModel"/>: each field on its own, then which questions apply
/// (a question whose condition does not hold must be left out), then the rules across fields. Never throws on input.
/// </summary>
public static class SubmissionValidator
{
    public static ValidationResult Validate(QuestionModel model, SubmissionInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        var parsed = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (name, raw) in input.Fields)
        {
            if (!model.TryGetQuestion(name, out var question))
            {
                errors.Add(new(name, ValidationCodes.UnknownField));
                continue;
            }

            if (!seen.Add(name))
            {
                Fail(name, ValidationCodes.DuplicateField);
                continue;
            }

            if (raw is RawValue.Empty || raw is RawValue.Text { Value: var t } && string.IsNullOrWhiteSpace(t))
            {
                continue;
            }

            var (values, error) = FieldParser.Parse(question, raw, today);
            if (error is not null)
            {
                Fail(name, error, question.MaxLength);
            }
            else if (values!.Count > 0)
            {
                parsed[name] = values;
            }
        }

        CheckWhatApplies(model, parsed, failed, Fail);
        CheckRules(model, parsed, failed, Fail);

        return errors.Count == 0 ? new(new Answers(parsed), []) : new(null, errors);

        void Fail(string field, string code, int? max = null)
        {
            failed.Add(field);
            parsed.Remove(field);
            errors.Add(new(field, code, code == ValidationCodes.TooLong ? max : null));
        }
    }

    private static void CheckWhatApplies(
        QuestionModel model,
        Dictionary<string, IReadOnlyList<string>> parsed,
        HashSet<string> failed,
        Action<string, string, int?> fail)
    {
        string? AnswerOf(string id) => parsed.TryGetValue(id, out var v) ? v[0] : null;

        foreach (var question in model.Questions)
        {
            if (failed.Contains(question.Id) || question.AskWhen is { } when && failed.Contains(when.FieldId))
            {
                continue;
            }

            var answered = parsed.ContainsKey(question.Id);
            if (!question.IsAskedGiven(AnswerOf))
            {
                if (answered && AnswerOf(question.AskWhen!.FieldId) is not null)
                {
                    fail(question.Id, ValidationCodes.NotApplicable, null);
                }

                continue;
            }

            if (!answered && question.Required)
            {
                fail(question.Id, ValidationCodes.Required, null);
            }
            else if (answered && question.MustBe is { } mustBe && AnswerOf(question.Id) != mustBe)
            {
                fail(question.Id, ValidationCodes.MustAccept, null);
            }
        }
    }

    private static void CheckRules(
        QuestionModel model,
        Dictionary<string, IReadOnlyList<string>> parsed,
        HashSet<string> failed,
        Action<string, string, int?> fail)
    {
        string? AnswerOf(string id) => parsed.TryGetValue(id, out var v) ? v[0] : null;
        bool Holds(Condition c) => AnswerOf(c.FieldId) == c.Value;

        foreach (var rule in model.Rules)
        {
            switch (rule)
            {
                case NotBoth notBoth when Holds(notBoth.First) && Holds(notBoth.Second):
                    fail(rule.ErrorField, rule.Code, null);
                    break;
                case AtLeastOneOf oneOf when !oneOf.FieldIds.Any(failed.Contains):
                    var asked = oneOf.FieldIds
                        .Where(id => model.TryGetQuestion(id, out var q) && q.IsAskedGiven(AnswerOf))
                        .ToList();
                    if (asked.Count > 0 && !asked.Any(parsed.ContainsKey))
                    {
                        fail(rule.ErrorField, rule.Code, null);
                    }

                    break;
            }
        }
    }
}
