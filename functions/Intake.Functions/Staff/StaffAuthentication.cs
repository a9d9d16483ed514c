using Intake.Functions.Functions;
using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Intake.Functions.Staff;

/// <summary>
/// The staff sign-in (decision 0012): ASP.NET Core's cookie and OpenID Connect handlers, driven by the staff
/// endpoints themselves in both hosts (the isolated worker has no <c>UseAuthentication</c>; what that middleware does
/// is small, and <see cref="StaffEndpoints"/> does it for the staff routes only). No identity is ever read from a
/// request header: the only identity is the one this app's own encrypted cookie carries, made from an ID token the
/// app validated itself.
/// </summary>
internal static class StaffAuthentication
{
    public const string CookieScheme = "Staff";
    public const string OidcScheme = "StaffOidc";
    public const string CallbackPath = "/staff/signin-oidc";
    public const string SignedOutCallbackPath = "/staff/signout-callback";

    /// <summary>When the person signed in (the cookie's own issue time moves with every sliding renewal).</summary>
    private const string SignedInAt = "intake.signedInAt";

    /// <summary>The session's own id (<see cref="StaffSessions"/>): what a sign-out records.</summary>
    private const string SessionId = "intake.session";

    /// <summary>The id of the session whose cookie carried <paramref name="properties"/> (null: none).</summary>
    public static string? SessionIdOf(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SessionId, out var id) ? id : null;

    /// <summary>When the session whose cookie carried <paramref name="properties"/> was signed in (null: unknown).</summary>
    public static DateTimeOffset? SignedInAtOf(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAt, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddOptions<StaffAuthOptions>().BindConfiguration(StaffAuthOptions.SectionName);
        services.AddSingleton<AuditLog>();
        services.AddSingleton<TicketCases>();
        // One key ring for every instance, in storage: a session cookie made by one instance is read by the next.
        services.AddDataProtection().SetApplicationName("Intake");
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
            new ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o => o.XmlRepository = new TableXmlRepository(sp.GetRequiredService<Storage.IntakeTables>())));
        services.AddSingleton<StaffSessions>();
        services.AddOptions<PurgeStaffRecordsOptions>().BindConfiguration(PurgeStaffRecordsOptions.SectionName)
            .Validate(o => o.MaxPerRun >= 1, "PurgeStaffRecords:MaxPerRun must be at least 1.")
            .Validate(o => o.InboxTombstoneRetention >= TimeSpan.FromDays(1), "PurgeStaffRecords:InboxTombstoneRetention must be at least a day.")
            .ValidateSchedule($"{PurgeStaffRecordsOptions.SectionName}:{nameof(PurgeStaffRecordsOptions.Schedule)}", o => o.Schedule)
            .ValidateOnStart();
        services.AddSingleton<ITimerFunction, PurgeStaffRecordsFunction>();
        services.AddAntiforgery();
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>().Configure<IHostEnvironment>((o, env) =>
        {
            o.Cookie.Name = env.IsProduction() ? "__Host-intake-staff-af" : "intake-staff-af";
            o.Cookie.SecurePolicy = env.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/staff";
            o.FormFieldName = "__csrf";
            o.HeaderName = null;
        });

        services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieScheme;
            o.DefaultChallengeScheme = OidcScheme;
        })
            .AddCookie(CookieScheme)
            .AddOpenIdConnect(OidcScheme, _ => { });

        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IOptions<StaffAuthOptions>, IHostEnvironment, TimeProvider>((o, staff, env, clock) =>
        {
            // Lax, not Strict: the session must come along when a person follows the team notice's link from their
            // mail client, and on the redirect back from the sign-in. Posts carry an anti-forgery token as well.
            o.Cookie.Name = env.IsProduction() ? "__Host-intake-staff" : "intake-staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = env.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = staff.Value.IdleTimeout;
            o.SlidingExpiration = true;
            o.TimeProvider = clock;
            o.Events.OnSigningIn = context =>
            {
                context.Properties.Items[SignedInAt] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                context.Properties.Items[SessionId] = StaffSessions.NewId();
                context.Properties.IsPersistent = false;
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = async context =>
            {
                var signedIn = SignedInAtOf(context.Properties);
                if (signedIn is null || clock.GetUtcNow() - signedIn.Value > staff.Value.AbsoluteTimeout)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieScheme);
                }
            };

            // The staff endpoints decide what an unauthenticated or unauthorised request gets; the handler never redirects.
            o.Events.OnRedirectToLogin = context => Task.CompletedTask;
            o.Events.OnRedirectToAccessDenied = context => Task.CompletedTask;
        });

        services.AddOptions<OpenIdConnectOptions>(OidcScheme).Configure<IOptions<StaffAuthOptions>, IHostEnvironment, TimeProvider>((o, staff, env, clock) =>
        {
            // Unconfigured, the handler still exists (the standalone host's authentication middleware asks it about
            // every request) but nothing reaches it: the staff endpoints answer 404 before any sign-in starts.
            var s = staff.Value;
            o.Authority = s.IsConfigured ? s.Authority : "https://staff-sign-in-not-configured.invalid";
            o.ClientId = s.IsConfigured ? s.ClientId : "staff-sign-in-not-configured";
            o.ClientSecret = s.ClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;

            // The code comes back in the query (a top-level GET): the correlation and nonce cookies can then be Lax
            // instead of SameSite=None, and PKCE binds the code to this browser.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.CallbackPath = CallbackPath;
            o.SignedOutCallbackPath = SignedOutCallbackPath;
            o.SignInScheme = CookieScheme;
            o.SignOutScheme = CookieScheme;
            o.RequireHttpsMetadata = env.IsProduction();
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SaveTokens = false;
            o.TimeProvider = clock;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.TokenValidationParameters.NameClaimType = "name";
            o.TokenValidationParameters.RoleClaimType = "roles";
            foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = env.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.Path = "/staff";
            }

            // RP-initiated logout names the client (OpenID Connect RP-Initiated Logout 1.0, section 2): the app keeps no
            // ID token to send as a hint, and without either the provider does not know whose post_logout_redirect_uri
            // it is, ends its session and stays on its own page instead of sending the person back to /staff/signed-out.
            o.Events.OnRedirectToIdentityProviderForSignOut = context =>
            {
                context.ProtocolMessage.ClientId = context.Options.ClientId;
                return Task.CompletedTask;
            };

            o.Events.OnRemoteFailure = context =>
            {
                // A failed or refused sign-in (state or nonce missing, the provider's error): a page, no details.
                context.HandleResponse();
                context.Response.Redirect("/staff/signin-failed");
                return Task.CompletedTask;
            };
        });

        return services;
    }
}
