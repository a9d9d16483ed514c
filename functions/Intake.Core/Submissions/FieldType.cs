namespace Intake.Core.Submissions;

public enum FieldType
{
    /// <summary>One line of text: no line breaks, no control characters.</summary>
    Text,

    /// <summary>Free text that may span lines (tabs and line breaks allowed, other control characters not).</summary>
    LongText,

    /// <summary>true or false.</summary>
    YesNo,

    /// <summary>Exactly one of <see cref="Question.Options"/>.</summary>
    Choice,

    /// <summary>One or more of <see cref="Question.Options"/>.</summary>
    MultiChoice,

    Email,
    Phone,
    PersonalIdentityNumber,
}
