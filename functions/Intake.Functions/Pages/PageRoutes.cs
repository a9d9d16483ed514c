using Intake.Bot.SelfTests;
using Intake.Core.Localization;
using Intake.Core.Submissions;

namespace Intake.Functions.Pages;

internal enum PageKind
{
    Start,
    Form,
    Chat,
    Accessibility,
    SelfTest,
}

/// <summary>One citizen page: its path, its language, for a form the kind of submission it sends, and for a
/// self-test which test it is.</summary>
internal sealed record PageRoute(string Path, Language Language, PageKind Page, SubmissionKind? Kind = null, SelfTestKind? Test = null)
{
    /// <summary>The same page in the other language (the language switch).</summary>
    public PageRoute Other => PageRoutes.All.Single(r => r.Page == Page && r.Kind == Kind && r.Test == Test && r.Language != Language);
}

/// <summary>
/// Every citizen page, Swedish at the root and English under <c>/en</c>. Forms answer GET (the empty form) and POST
/// (a plain form post: the receipt, or the form again with its errors); so do the self-tests (the result, stored
/// nowhere, or the test again with what is missing).
/// </summary>
internal static class PageRoutes
{
    public static IReadOnlyList<PageRoute> All { get; } =
    [
        new("/", Language.Swedish, PageKind.Start),
        new("/oro", Language.Swedish, PageKind.Form, SubmissionKind.Concern),
        new("/stod", Language.Swedish, PageKind.Form, SubmissionKind.SupportRequest),
        new("/anhorig", Language.Swedish, PageKind.Form, SubmissionKind.RelativeSupportRequest),
        new("/chatt", Language.Swedish, PageKind.Chat),
        new("/tillganglighet", Language.Swedish, PageKind.Accessibility),
        new("/sjalvtest/alkohol", Language.Swedish, PageKind.SelfTest, Test: SelfTestKind.Alcohol),
        new("/sjalvtest/droger", Language.Swedish, PageKind.SelfTest, Test: SelfTestKind.Drugs),
        new("/sjalvtest/spel", Language.Swedish, PageKind.SelfTest, Test: SelfTestKind.Gambling),
        new("/en", Language.English, PageKind.Start),
        new("/en/concern", Language.English, PageKind.Form, SubmissionKind.Concern),
        new("/en/support", Language.English, PageKind.Form, SubmissionKind.SupportRequest),
        new("/en/relatives", Language.English, PageKind.Form, SubmissionKind.RelativeSupportRequest),
        new("/en/chat", Language.English, PageKind.Chat),
        new("/en/accessibility", Language.English, PageKind.Accessibility),
        new("/en/self-test/alcohol", Language.English, PageKind.SelfTest, Test: SelfTestKind.Alcohol),
        new("/en/self-test/drugs", Language.English, PageKind.SelfTest, Test: SelfTestKind.Drugs),
        new("/en/self-test/gambling", Language.English, PageKind.SelfTest, Test: SelfTestKind.Gambling),
    ];

    public static PageRoute Start(Language language) => All.Single(r => r.Page == PageKind.Start && r.Language == language);

    public static PageRoute Chat(Language language) => All.Single(r => r.Page == PageKind.Chat && r.Language == language);

    public static PageRoute Accessibility(Language language) => All.Single(r => r.Page == PageKind.Accessibility && r.Language == language);

    public static PageRoute Form(SubmissionKind kind, Language language) =>
        All.Single(r => r.Page == PageKind.Form && r.Kind == kind && r.Language == language);

    public static PageRoute SelfTest(SelfTestKind test, Language language) =>
        All.Single(r => r.Page == PageKind.SelfTest && r.Test == test && r.Language == language);
}
