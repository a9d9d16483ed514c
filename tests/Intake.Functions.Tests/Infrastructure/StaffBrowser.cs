using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Functions.Tests.Infrastructure;

/// <summary>A page as the browser ended on it: where, with what status, and what it said.</summary>
public sealed record StaffPageView(Uri Url, HttpStatusCode Status, string Body, HttpResponseMessage Response)
{
    /// <summary>The page's CSRF token (the hidden field every staff form carries).</summary>
    public string? Csrf => Regex.Match(Body, "name=\"__csrf\" value=\"([^\"]+)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
}

/// <summary>
/// A browser as far as the staff sign-in needs one, over HTTP: one cookie jar for the app and the identity provider,
/// redirects followed as a browser follows them, and the provider's login form filled in as the given person (any
/// password). The real provider and the real app on loopback; nothing is short-cut.
/// </summary>
public sealed partial class StaffBrowser : IDisposable
{
    private readonly HttpClient http;

    public StaffBrowser(Uri app, string? login)
    {
        App = app;
        Login = login;
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true });
    }

    public Uri App { get; }

    /// <summary>Who signs in when the provider asks (null: the test stops at the login form).</summary>
    public string? Login { get; set; }

    public CookieContainer Cookies { get; }

    /// <summary>Every request to the app, as sent and answered (redirects followed included).</summary>
    public List<(HttpMethod Method, string Path, HttpStatusCode Status)> Requests { get; } = [];

    /// <summary>Every Set-Cookie header the app answered.</summary>
    public List<string> SetCookieHeaders { get; } = [];

    /// <summary>How many times the browser was sent to the provider's authorization endpoint (a new app session).</summary>
    public int ProviderVisits { get; private set; }

    /// <summary>How many times the provider's login form was filled in.</summary>
    public int SignIns { get; private set; }

    public Task<StaffPageView> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(App, path)));

    /// <summary>A form post as the page's form would send it, with the CSRF token of <paramref name="from"/> unless given.</summary>
    public Task<StaffPageView> PostAsync(string path, StaffPageView? from, params (string Name, string Value)[] fields)
    {
        var all = fields.ToList();
        if (from?.Csrf is { } csrf && all.All(f => f.Name != "__csrf"))
        {
            all.Add(("__csrf", csrf));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(App, path))
        {
            Content = new FormUrlEncodedContent(all.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        return SendAsync(request);
    }

    /// <summary>Sends, then follows redirects (a 302/303 becomes a GET) and the provider's forms, up to a page.</summary>
    public async Task<StaffPageView> SendAsync(HttpRequestMessage request)
    {
        for (var hop = 0; hop < 20; hop++)
        {
            var url = request.RequestUri!;
            var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (url.Port != App.Port && url.AbsolutePath == "/auth")
            {
                ProviderVisits++;
            }

            if (url.Port == App.Port)
            {
                Requests.Add((request.Method, url.AbsolutePath, response.StatusCode));
                SetCookieHeaders.AddRange(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []);
            }

            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, location));
                continue;
            }

            if (LoginForm().Match(body) is { Success: true } login && Login is not null)
            {
                SignIns++;
                request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, WebUtility.HtmlDecode(login.Groups[1].Value)))
                {
                    Content = new FormUrlEncodedContent([new("login", Login), new("password", "any")]),
                };
                continue;
            }

            if (LogoutForm().Match(body) is { Success: true } logout)
            {
                var fields = HiddenField().Matches(logout.Groups[2].Value).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
                request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, WebUtility.HtmlDecode(logout.Groups[1].Value))) { Content = new FormUrlEncodedContent(fields) };
                continue;
            }

            return new StaffPageView(url, response.StatusCode, body, response);
        }

        throw new InvalidOperationException("More than 20 redirects.");
    }

    /// <summary>The app's session cookie as the browser holds it (null when there is none).</summary>
    public Cookie? SessionCookie => Cookies.GetCookies(App).FirstOrDefault(c => c.Name is "intake-staff" or "__Host-intake-staff");

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<form method=\"post\" action=\"(/interaction/[^\"]+/login)\">")]
    private static partial Regex LoginForm();

    [GeneratedRegex("<form id=\"op.logoutForm\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex LogoutForm();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
