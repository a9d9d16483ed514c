using System.Security.Cryptography;

namespace Intake.Functions.Security;

/// <summary>
/// The Content-Security-Policy of one response. Strict by default (only this app's own files, no inline script or
/// style); a page that needs more (the chat page: Web Chat's runtime styles and its Direct Line connection) widens it
/// for its own response only, through this request feature.
/// </summary>
internal sealed class ContentSecurityPolicy
{
    private readonly List<string> connectSources = [];
    private readonly List<string> formActionSources = [];

    /// <summary>A nonce for style elements created at run time (Web Chat), made once per response.</summary>
    public string? StyleNonce { get; private set; }

    /// <summary>
    /// The SHA-256 of an empty text. Web Chat's scroll container (react-scroll-to-bottom) creates its own empty style
    /// element without the nonce and then adds rules through the CSS object model, which CSP does not restrict; allowing
    /// the empty text lets that element exist without allowing any inline style content.
    /// </summary>
    public const string EmptyStyleHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

    /// <summary>Also allows images from data: and blob: URIs (Web Chat's icons and avatars).</summary>
    public bool ScriptMadeImages { get; set; }

    /// <summary>Also allows empty style elements (see <see cref="EmptyStyleHash"/>).</summary>
    public bool EmptyStyleElements { get; set; }

    public string UseStyleNonce() => StyleNonce ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

    public void AllowConnectTo(string source)
    {
        if (!connectSources.Contains(source, StringComparer.Ordinal))
        {
            connectSources.Add(source);
        }
    }

    /// <summary>
    /// Also allows a form of this page to end up at <paramref name="source"/> (an origin): the staff pages' sign-out
    /// form posts to the app, which redirects to the identity provider's sign-out, and browsers apply
    /// <c>form-action</c> to the redirects of a form's post as well.
    /// </summary>
    public void AllowFormActionTo(string source)
    {
        if (!formActionSources.Contains(source, StringComparer.Ordinal))
        {
            formActionSources.Add(source);
        }
    }

    public string Render(string frameAncestors) =>
        "default-src 'self'; script-src 'self'; "
        + "style-src 'self'" + (StyleNonce is null ? string.Empty : $" 'nonce-{StyleNonce}'") + (EmptyStyleElements ? " " + EmptyStyleHash : string.Empty) + "; "
        + "img-src 'self'" + (ScriptMadeImages ? " data: blob:" : string.Empty) + "; "
        + "connect-src 'self'" + string.Concat(connectSources.Select(s => " " + s)) + "; "
        + "font-src 'self'; object-src 'none'; base-uri 'none'; "
        + "form-action 'self'" + string.Concat(formActionSources.Select(s => " " + s)) + "; "
        + "frame-ancestors " + frameAncestors;
}
