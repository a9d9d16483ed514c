namespace Intake.Core.Submissions;

/// <summary>Machine-readable codes of validation errors; <see cref="Localization.ValidationMessages"/> words them.</summary>
public static class ValidationCodes
{
    public const string Required = "required";
    public const string TooLong = "too_long";
    public const string InvalidCharacters = "invalid_characters";
    public const string InvalidYesNo = "invalid_yes_no";
    public const string InvalidOption = "invalid_option";
    public const string InvalidEmail = "invalid_email";
    public const string InvalidPhone = "invalid_phone";
    public const string InvalidPersonalIdentityNumber = "invalid_personal_identity_number";
    public const string InvalidType = "invalid_type";
    public const string UnknownField = "unknown_field";
    public const string DuplicateField = "duplicate_field";
    public const string NotApplicable = "not_applicable";
    public const string MustAccept = "must_accept";
    public const string ContactRequired = "contact_required";
    public const string ProfessionalCannotBeAnonymous = "professional_cannot_be_anonymous";
}

/// <summary>One problem with one field.</summary>
public sealed record FieldError(string Field, string Code, int? MaxLength = null);
