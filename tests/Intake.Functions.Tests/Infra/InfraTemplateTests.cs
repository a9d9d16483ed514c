using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intake.Core.Routing;
using Intake.Functions.Hosting;
using Intake.Functions.Hosting.Worker;
using Intake.Functions.Storage;
using Intake.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Tests.Infra;

/// <summary>
/// <c>infra/</c> as a reviewer would check it without an Azure account: every template builds and lints clean, and the
/// compiled ARM JSON — evaluated with <c>main.parameters.json</c>, every value a deployment alone knows kept as the
/// text of where it comes from — has shared-key access off, no key or connection string for storage or e-mail in any
/// app setting, only the intended roles on the intended resources, Key Vault in RBAC mode with purge protection,
/// HTTPS and TLS 1.2 everywhere, every setting the app refuses to start without, and no secret in any output.
/// </summary>
public sealed partial class InfraTemplateTests(BicepTemplates templates) : IClassFixture<BicepTemplates>
{
    private const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private const string Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    private const string UserAccessAdministrator = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
    private const string RoleBasedAccessControlAdministrator = "f58310d9-a9f6-439a-9e8d-f62e7b41a168";

    /// <summary>The built-in roles the identity may hold, each on the one kind of resource it is meant for.</summary>
    private static readonly Dictionary<string, (string Role, string ScopeType)> IntendedBuiltInRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = ("Storage Blob Data Owner", "Microsoft.Storage/storageAccounts"),
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = ("Storage Queue Data Contributor", "Microsoft.Storage/storageAccounts"),
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = ("Storage Table Data Contributor", "Microsoft.Storage/storageAccounts"),
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = ("Monitoring Metrics Publisher", "Microsoft.Insights/components"),
        ["4633458b-17de-408a-b874-0445c86b69e6"] = ("Key Vault Secrets User", "Microsoft.KeyVault/vaults"),
    };

    private List<ArmResource>? _resources;

    private List<ArmResource> Resources => _resources ??= [.. ArmTemplates.Resources(templates.MainScope())];

    private ArmResource Single(string type) => Assert.Single(Resources, r => r.Type == type);

    private IEnumerable<ArmResource> All(string type) => Resources.Where(r => r.Type == type);

    [Fact]
    public void EveryTemplate_BuildsWithoutErrorOrWarning()
    {
        Assert.True(templates.Build.ExitCode == 0 && templates.Build.Output.Trim().Length == 0, templates.Build.ToString());
        Assert.Contains("main.bicep", BicepTemplates.Sources);
        Assert.True(BicepTemplates.Sources.Count >= 7, string.Join(", ", BicepTemplates.Sources));
        Assert.Equal(BicepTemplates.Sources, templates.Compiled.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryTemplate_LintsWithoutErrorOrWarning()
    {
        Assert.True(templates.Lint.ExitCode == 0 && templates.Lint.Output.Trim().Length == 0, templates.Lint.ToString());
    }

    [Fact]
    public void Storage_AllowsNoSharedKeyNoPublicBlobsAndOnlyHttpsWithTls12()
    {
        var account = Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(false, account["allowSharedKeyAccess"]);
        Assert.Equal(true, account["defaultToOAuthAuthentication"]);
        Assert.Equal(false, account["allowBlobPublicAccess"]);
        Assert.Equal(true, account["supportsHttpsTrafficOnly"]);
        Assert.Equal("TLS1_2", account["minimumTlsVersion"]);
        Assert.All(All("Microsoft.Storage/storageAccounts/blobServices/containers"), c => Assert.Equal("None", c["publicAccess"]));
    }

    [Fact]
    public void Storage_HasExactlyTheAppsTablesAndEveryQueueWithItsPoisonQueue()
    {
        var config = new ConfigurationBuilder().AddJsonFile(AppSettingsJson).Build();
        var names = config.GetSection(StorageNames.SectionName).Get<StorageNames>() ?? new StorageNames();
        var routing = config.GetSection(RoutingOptions.SectionName).Get<RoutingOptions>()!;
        var appTables = typeof(StorageNames).GetProperties().Where(p => p.Name.EndsWith("Table", StringComparison.Ordinal)).Select(p => (string)p.GetValue(names)!);
        var appQueues = StorageExtensions.AllQueues(names, routing).SelectMany(q => new[] { q, StorageNames.PoisonQueueOf(q) });

        Assert.Equal(appTables.Order(StringComparer.Ordinal), LastSegments("Microsoft.Storage/storageAccounts/tableServices/tables"));
        Assert.Equal(appQueues.Order(StringComparer.Ordinal), LastSegments("Microsoft.Storage/storageAccounts/queueServices/queues"));
        Assert.Contains("team-vuxen-poison", LastSegments("Microsoft.Storage/storageAccounts/queueServices/queues"));
        Assert.Single(All("Microsoft.Storage/storageAccounts/blobServices/containers"));
    }

    [Fact]
    public void FunctionApp_ReachesStorageThroughTheUserAssignedIdentityAndNoSettingCarriesAKey()
    {
        var settings = AppSettings();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        AssertFrom(settings["AzureWebJobsStorage__clientId"], "Microsoft.ManagedIdentity/userAssignedIdentities", "clientId");
        AssertFrom(settings["AzureWebJobsStorage__blobServiceUri"], "Microsoft.Storage/storageAccounts", "primaryEndpoints.blob");
        AssertFrom(settings["AzureWebJobsStorage__queueServiceUri"], "Microsoft.Storage/storageAccounts", "primaryEndpoints.queue");
        AssertFrom(settings["AzureWebJobsStorage__tableServiceUri"], "Microsoft.Storage/storageAccounts", "primaryEndpoints.table");
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);   // the connection-string form
        Assert.DoesNotContain("APPINSIGHTS_INSTRUMENTATIONKEY", settings.Keys);
        Assert.DoesNotContain("Email__AcsConnectionString", settings.Keys);
        Assert.DoesNotContain("Bot__ClientSecret", settings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Keys);
        foreach (var (name, value) in settings)
        {
            var text = Raw(value);
            Assert.False(value is ArmUnknown { Secret: true }, $"{name} is read from a list*() function (a key or secret): {text}");
            Assert.DoesNotMatch(KeyMaterial(), text);
            Assert.False(name.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase) && name != "APPLICATIONINSIGHTS_CONNECTION_STRING", $"{name} is a connection string.");
            Assert.False(name.Contains("Secret", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal), $"{name} is a secret that is not a Key Vault reference: {text}");
        }

        // The only connection string names the Application Insights component: it carries its (non-secret) instrumentation
        // key, and admits nothing without an Entra ID token since local authentication is off.
        AssertFrom(settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], "Microsoft.Insights/components", "ConnectionString");
        Assert.Matches("^ClientId=<.*userAssignedIdentities.*clientId.*>;Authorization=AAD$", Raw(settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]));
        Assert.Equal(true, Single("Microsoft.Insights/components")["DisableLocalAuth"]);
        Assert.Equal(false, Single("Microsoft.Insights/components")["DisableIpMasking"]);
    }

    [Fact]
    public void FunctionApp_SettingNames_AreWhatLinuxAppSettingsAccept()
    {
        // Letters, digits and '_' only: Linux refuses a name with '-' and turns '.' into '_' (so Routing__Teams__team-vuxen__Mailbox
        // cannot be an app setting; a team's mailbox goes into appsettings.json, infra/README.md).
        Assert.All(AppSettings().Keys, name => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", name));
    }

    [Fact]
    public void FunctionApp_ReadsItsSecretsThroughKeyVaultReferencesWithTheIdentity()
    {
        var settings = AppSettings();
        var site = Single("Microsoft.Web/sites");

        Assert.Matches(@"^@Microsoft\.KeyVault\(SecretUri=<.*Microsoft\.KeyVault/vaults/.*secrets/directline-secret.*secretUri.*>\)$", Raw(settings["Chat__DirectLineSecret"]));
        Assert.Matches(@"^@Microsoft\.KeyVault\(SecretUri=<.*Microsoft\.KeyVault/vaults/.*vaultUri.*>secrets/staff-client-secret/\)$", Raw(settings["StaffAuth__ClientSecret"]));
        AssertFrom(site["keyVaultReferenceIdentity"], "Microsoft.ManagedIdentity/userAssignedIdentities");
        var identities = Assert.IsType<Dictionary<string, object?>>(((IDictionary<string, object?>)site.Body["identity"]!)["userAssignedIdentities"], exactMatch: false);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", Assert.Single(identities).Key, StringComparison.Ordinal);

        // The Direct Line secret goes from the channel (listChannelWithKeys) into Key Vault, and nowhere else.
        var secret = Single("Microsoft.KeyVault/vaults/secrets");
        Assert.IsType<ArmUnknown>(secret["value"]);
        Assert.True(((ArmUnknown)secret["value"]!).Secret);
        Assert.Contains("listChannelWithKeys", ArmScope.Text(secret["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain(Resources.Where(r => r != secret), r => ContainsSecret(r.Body));
    }

    [Fact]
    public void RoleAssignments_AreOnlyTheIntendedRolesOnTheIntendedResourcesForTheAppsIdentity()
    {
        var assignments = All("Microsoft.Authorization/roleAssignments").ToList();
        var customRole = Single("Microsoft.Authorization/roleDefinitions");

        Assert.Equal(6, assignments.Count);
        foreach (var assignment in assignments)
        {
            var role = ArmScope.Text(assignment["roleDefinitionId"]);
            var scope = ArmScope.Text(assignment.Scope);
            var guid = GuidAtEnd().Match(role);
            Assert.DoesNotContain(Owner, role, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Contributor, role, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(UserAccessAdministrator, role, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(RoleBasedAccessControlAdministrator, role, StringComparison.OrdinalIgnoreCase);
            if (guid.Success && IntendedBuiltInRoles.TryGetValue(guid.Value, out var intended))
            {
                Assert.StartsWith("/subscriptions/{subscription}/providers/Microsoft.Authorization/roleDefinitions/", role, StringComparison.Ordinal);
                Assert.True(ScopeIs(scope, intended.ScopeType), $"{intended.Role} is assigned on {scope}, not on a {intended.ScopeType}.");
            }
            else
            {
                // The one custom role: sending e-mail, on the Communication Services resource.
                Assert.Contains("/providers/Microsoft.Authorization/roleDefinitions/" + ArmScope.Text(customRole.Name), role, StringComparison.Ordinal);
                Assert.True(ScopeIs(scope, "Microsoft.Communication/communicationServices"), $"The e-mail sender role is assigned on {scope}.");
            }

            AssertFrom(assignment["principalId"], "Microsoft.ManagedIdentity/userAssignedIdentities", "principalId");
            Assert.Equal("ServicePrincipal", assignment["principalType"]);
        }

        Assert.Equal(
            IntendedBuiltInRoles.Keys.Order(StringComparer.OrdinalIgnoreCase),
            assignments.Select(a => GuidAtEnd().Match(ArmScope.Text(a["roleDefinitionId"])).Value).Where(IntendedBuiltInRoles.ContainsKey).Order(StringComparer.OrdinalIgnoreCase));
        var permission = Assert.Single((IList<object?>)customRole["permissions"]!) as IDictionary<string, object?>;
        Assert.Equal(
            ["Microsoft.Communication/CommunicationServices/Read", "Microsoft.Communication/CommunicationServices/Write", "Microsoft.Communication/EmailServices/write"],
            ((IList<object?>)permission!["actions"]!).Cast<string>());
        Assert.Empty((IList<object?>)permission["dataActions"]!);
        Assert.Equal("<resourceGroup().id>", ArmScope.Text(Assert.Single((IList<object?>)customRole["assignableScopes"]!)));
    }

    [Fact]
    public void KeyVault_UsesRbacWithSoftDeleteAndPurgeProtection()
    {
        var vault = Single("Microsoft.KeyVault/vaults");

        Assert.Equal(true, vault["enableRbacAuthorization"]);
        Assert.Equal(true, vault["enablePurgeProtection"]);
        Assert.Equal(true, vault["enableSoftDelete"]);
        Assert.Null(vault["accessPolicies"]);
        Assert.Equal(false, vault["enabledForTemplateDeployment"]);
    }

    [Fact]
    public void Everything_IsHttpsOnlyWithTls12AndNoFtpOrPasswordPublishing()
    {
        var site = Single("Microsoft.Web/sites");

        Assert.Equal(true, site["httpsOnly"]);
        Assert.Equal("1.2", site["siteConfig.minTlsVersion"]);
        Assert.Equal("1.2", site["siteConfig.scmMinTlsVersion"]);
        Assert.Equal("Disabled", site["siteConfig.ftpsState"]);
        Assert.Equal(["ftp", "scm"], All("Microsoft.Web/sites/basicPublishingCredentialsPolicies").Select(p => LastSegment(p.Name)).Order(StringComparer.Ordinal));
        Assert.All(All("Microsoft.Web/sites/basicPublishingCredentialsPolicies"), p => Assert.Equal(false, p["allow"]));

        // Any TLS setting anywhere says 1.2; any https-only switch anywhere is on.
        foreach (var resource in Resources)
        {
            foreach (var (key, value) in Flatten(resource.Body))
            {
                if (key.EndsWith("TlsVersion", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(value is "1.2" or "TLS1_2", $"{resource}: {key} = {ArmScope.Text(value)}");
                }

                if (key.EndsWith("httpsOnly", StringComparison.OrdinalIgnoreCase) || key.EndsWith("supportsHttpsTrafficOnly", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(value is true, $"{resource}: {key} = {ArmScope.Text(value)}");
                }
            }
        }
    }

    [Fact]
    public void FunctionApp_IsFlexConsumptionDotnetIsolated10WithScaleFromTheParameters()
    {
        var plan = Single("Microsoft.Web/serverfarms");
        var site = Single("Microsoft.Web/sites");
        var parameters = templates.Parameters["parameters"]!;

        Assert.Equal("FC1", ArmScope.Text(((IDictionary<string, object?>)plan.Body["sku"]!)["name"]));
        Assert.Equal("FlexConsumption", ArmScope.Text(((IDictionary<string, object?>)plan.Body["sku"]!)["tier"]));
        Assert.Equal("functionapp,linux", site.Body["kind"]);
        Assert.Equal("dotnet-isolated", site["functionAppConfig.runtime.name"]);
        Assert.Equal("10.0", site["functionAppConfig.runtime.version"]);
        Assert.Equal((long)parameters["instanceMemoryMB"]!["value"]!, site["functionAppConfig.scaleAndConcurrency.instanceMemoryMB"]);
        Assert.Equal((long)parameters["maximumInstanceCount"]!["value"]!, site["functionAppConfig.scaleAndConcurrency.maximumInstanceCount"]);
        var alwaysReady = Assert.Single((IList<object?>)site["functionAppConfig.scaleAndConcurrency.alwaysReady"]!) as IDictionary<string, object?>;
        Assert.Equal("http", alwaysReady!["name"]);
        Assert.Equal((long)parameters["alwaysReadyHttpInstances"]!["value"]!, alwaysReady["instanceCount"]);
        Assert.Equal("UserAssignedIdentity", site["functionAppConfig.deployment.storage.authentication.type"]);
        AssertFrom(site["functionAppConfig.deployment.storage.value"], "Microsoft.Storage/storageAccounts", "primaryEndpoints.blob");
        Assert.EndsWith("app-package", Raw(site["functionAppConfig.deployment.storage.value"]), StringComparison.Ordinal);
        Assert.Equal("intake", ((IDictionary<string, object?>)site.Body["tags"]!)["azd-service-name"]);
        var settings = AppSettings();
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);   // Flex Consumption refuses it: functionAppConfig.runtime says it
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", settings.Keys);
    }

    /// <summary>
    /// The strongest check there is without a deployment: the app's own start-up validation (every ValidateOnStart
    /// options validator, in Production) and the worker's trigger-setting check, run against the settings the template
    /// gives the function app (over the appsettings.json the package carries) — with each value a deployment alone
    /// knows replaced by a well-formed stand-in.
    /// </summary>
    [Fact]
    public void FunctionApp_HasEverySettingTheAppRefusesToStartWithoutInProduction()
    {
        var settings = AppSettings();
        var environmentOnly = StandIns(settings);

        Assert.Empty(FunctionSettings.Missing(AsEnvironment(environmentOnly)));
        ValidateAsTheAppStarts(environmentOnly);
        foreach (var required in new[]
        {
            "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId", "AzureWebJobsStorage__blobServiceUri",
            "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri",
            "Storage__IntakeQueue", "Storage__EmailOutboxQueue", "Storage__TeamNoticesQueue", "Redrive__Schedule", "PurgeConversations__Schedule", "PurgeStaffRecords__Schedule",
            "Email__Sender", "Email__FromAddress", "Email__AcsEndpoint", "Email__AcsClientId", "Email__StaffInboxUrl",
            "BotAuth__AppId", "BotAuth__TenantId", "Bot__ManagedIdentityClientId", "Chat__DirectLineSecret", "Chat__DirectLineEndpoint",
            "StaffAuth__Authority", "StaffAuth__ClientId", "StaffAuth__ClientSecret", "AZURE_FUNCTIONS_ENVIRONMENT",
        })
        {
            Assert.Contains(required, settings.Keys);
        }

        Assert.Equal("Acs", settings["Email__Sender"]);
        Assert.Equal("Production", settings["AZURE_FUNCTIONS_ENVIRONMENT"]);
        Assert.Equal("noreply@" + (string)templates.Parameters["parameters"]!["emailDomain"]!["value"]!, settings["Email__FromAddress"]);
        Assert.Equal(settings["AzureWebJobsStorage__clientId"], settings["Email__AcsClientId"]);
        Assert.Equal(settings["AzureWebJobsStorage__clientId"], settings["BotAuth__AppId"]);
        Assert.Equal(settings["AzureWebJobsStorage__clientId"], settings["Bot__ManagedIdentityClientId"]);
        Assert.StartsWith("https://login.microsoftonline.com/<tenant().tenantId>/v2.0", Raw(settings["StaffAuth__Authority"]), StringComparison.Ordinal);
        Assert.Matches("^https://<.*>/staff/$", Raw(settings["Email__StaffInboxUrl"]));
    }

    [Fact]
    public void AppStartValidation_RefusesTheTemplatesSettingsWithAnyOfTheRequiredOnesTakenAway()
    {
        // The check above is only worth something if it fails: without each of these the app refuses to start.
        var settings = StandIns(AppSettings());
        foreach (var required in new[] { "Email__Sender", "Email__FromAddress", "Email__AcsEndpoint", "Email__StaffInboxUrl", "BotAuth__AppId" })
        {
            var without = settings.Where(s => s.Key != required).ToDictionary();
            var refused = Assert.ThrowsAny<Exception>(() => ValidateAsTheAppStarts(without));
            var failures = refused is AggregateException many ? many.InnerExceptions : [refused];
            Assert.All(failures, f => Assert.IsType<OptionsValidationException>(f));
            Assert.Contains(required.Replace("__", ":", StringComparison.Ordinal), string.Join(" ", failures.Select(f => f.Message)), StringComparison.Ordinal);
        }

        foreach (var required in new[] { "Storage__IntakeQueue", "Redrive__Schedule", "PurgeConversations__Schedule", "PurgeStaffRecords__Schedule" })
        {
            var without = settings.Where(s => s.Key != required).ToDictionary();
            Assert.Contains(FunctionSettings.Missing(AsEnvironment(without)), problem => problem.Contains(required.Replace("__", ":", StringComparison.Ordinal), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Outputs_AndParameters_CarryNoSecret()
    {
        var scope = templates.MainScope();
        foreach (var (name, output) in templates.Main["outputs"]!.AsObject())
        {
            var value = scope.Evaluate(output!["value"]);
            Assert.False(ContainsSecret(value), $"Output {name} carries a secret: {ArmScope.Text(value)}");
        }

        // Every output of every template (modules' too) reads nothing that is a key or a secret.
        foreach (var (file, template) in templates.Compiled)
        {
            foreach (var (name, output) in template["outputs"]?.AsObject() ?? [])
            {
                var expression = output!["value"]!.ToJsonString();
                Assert.DoesNotMatch(SecretRead(), expression);
                Assert.False(string.Equals((string?)output["type"], "securestring", StringComparison.OrdinalIgnoreCase), $"{file}: output {name} is secure");
            }

            foreach (var (name, parameter) in template["parameters"]?.AsObject() ?? [])
            {
                Assert.DoesNotContain((string?)parameter!["type"], new[] { "securestring", "secureObject" }, StringComparer.OrdinalIgnoreCase);
                // A parameter may name a secret (directLineSecretName), never carry one.
                Assert.True(name.EndsWith("Name", StringComparison.Ordinal) || !Regex.IsMatch(name, "(?i)password|secret|accesskey|connectionstring"), $"{file}: parameter {name}");
            }
        }

        Assert.DoesNotMatch("(?i)password|secret|accesskey|connectionstring|instrumentationkey", templates.Parameters.ToJsonString());
    }

    [Fact]
    public void Diagnostics_GoToLogAnalyticsFromEveryServiceThatHasThem()
    {
        var diagnostics = All("Microsoft.Insights/diagnosticSettings").ToList();
        foreach (var type in new[] { "Microsoft.Web/sites", "Microsoft.Storage/storageAccounts", "Microsoft.KeyVault/vaults", "Microsoft.Communication/communicationServices", "Microsoft.BotService/botServices" })
        {
            Assert.Contains(diagnostics, d => ScopeIs(ArmScope.Text(d.Scope), type));
        }

        Assert.All(diagnostics, d => AssertFrom(d["workspaceId"], "Microsoft.OperationalInsights/workspaces"));
        Assert.Equal(true, ((IDictionary<string, object?>)Single("Microsoft.OperationalInsights/workspaces")["features"]!)["disableLocalAuth"]);
        var siteLogs = diagnostics.Single(d => ScopeIs(ArmScope.Text(d.Scope), "Microsoft.Web/sites"))["logs"];
        Assert.Contains("FunctionAppLogs", ArmScope.Text(siteLogs), StringComparison.Ordinal);
        Assert.Contains("audit", ArmScope.Text(diagnostics.Single(d => ScopeIs(ArmScope.Text(d.Scope), "Microsoft.KeyVault/vaults"))["logs"]), StringComparison.Ordinal);
    }

    [Fact]
    public void BotAndEmail_UseTheIdentityAndTheMunicipalitysDomain()
    {
        var bot = Single("Microsoft.BotService/botServices");
        var channel = Single("Microsoft.BotService/botServices/channels");
        var domain = Single("Microsoft.Communication/emailServices/domains");
        var settings = AppSettings();

        Assert.Equal("UserAssignedMSI", bot["msaAppType"]);
        AssertFrom(bot["msaAppId"], "Microsoft.ManagedIdentity/userAssignedIdentities", "clientId");
        AssertFrom(bot["msaAppMSIResourceId"], "Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.Matches("^https://.*/api/messages$", Raw(bot["endpoint"]));
        Assert.Equal(true, bot["disableLocalAuth"]);
        Assert.Equal("DirectLineChannel", channel["channelName"]);
        var site = Assert.Single((IList<object?>)channel["properties.sites"]!) as IDictionary<string, object?>;
        Assert.Equal(true, site!["isSecureSiteEnabled"]);
        Assert.Equal(false, site["isV1Enabled"]);
        Assert.Equal("https://europe.directline.botframework.com/", settings["Chat__DirectLineEndpoint"]);

        Assert.Equal(templates.Parameters["parameters"]!["emailDomain"]!["value"]!.GetValue<string>(), LastSegment(domain.Name));
        Assert.Equal("CustomerManaged", domain["domainManagement"]);
        Assert.Equal("Disabled", domain["userEngagementTracking"]);
        Assert.Equal("noreply", Single("Microsoft.Communication/emailServices/domains/senderUsernames")["username"]);
        AssertFrom(settings["Email__AcsEndpoint"], "Microsoft.Communication/communicationServices", "hostName");
        Assert.Equal(true, Single("Microsoft.Communication/communicationServices")["disableLocalAuth"]);
    }

    [Fact]
    public void AzureYaml_DeploysTheFunctionsProjectToTheTaggedFunctionApp()
    {
        var yaml = File.ReadAllText(Path.Combine(Samples.RepoRoot, "azure.yaml"));

        Assert.Matches(@"(?m)^services:\s*\n\s+intake:\s*\n", yaml);
        Assert.Matches(@"(?m)^\s+project: \./functions/Intake\.Functions\s*$", yaml);
        Assert.Matches(@"(?m)^\s+host: function\s*$", yaml);
        Assert.Matches(@"(?m)^\s+language: dotnet\s*$", yaml);
        Assert.Matches(@"(?m)^\s+path: infra\s*$", yaml);
        Assert.True(File.Exists(Path.Combine(Samples.RepoRoot, "scripts", "package.sh")));
        Assert.Contains("../../scripts/package.sh", yaml, StringComparison.Ordinal);
    }

    private static string AppSettingsJson => Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions", "appsettings.json");

    /// <summary>The function app's app settings, by name, evaluated.</summary>
    private Dictionary<string, object?> AppSettings()
    {
        var list = (IList<object?>)Single("Microsoft.Web/sites")["siteConfig.appSettings"]!;
        var settings = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in list.Cast<IDictionary<string, object?>>())
        {
            Assert.True(settings.TryAdd((string)item["name"]!, item["value"]), $"App setting {item["name"]} is set twice.");
        }

        return settings;
    }

    /// <summary>App settings as the environment the app sees, each value a deployment alone knows replaced by a
    /// well-formed stand-in: the parts it does not know become "deployed.example" ("https://<…>/staff/" →
    /// "https://deployed.example/staff/"), a service URI or endpoint made wholly at deployment an https address, any
    /// other such value (a client id, a tenant id) a plain word.</summary>
    private static Dictionary<string, string?> StandIns(Dictionary<string, object?> settings) =>
        settings.ToDictionary(s => s.Key, s => (string?)StandIn(s.Key, s.Value));

    private static string StandIn(string name, object? value)
    {
        if (value is not ArmUnknown unknown)
        {
            return ArmScope.Text(value);
        }

        var text = unknown.Text;
        while (Innermost().IsMatch(text))
        {
            text = Innermost().Replace(text, "deployed.example");
        }

        return text.StartsWith("https://", StringComparison.Ordinal) || text.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal)
            ? text
            : name.EndsWith("Uri", StringComparison.Ordinal) || name.EndsWith("Endpoint", StringComparison.Ordinal) ? "https://deployed.example/" : "deployed-value";
    }

    /// <summary>The settings as the host's environment provider reads them ('__' is ':'): what the worker checks at start.</summary>
    private static IConfiguration AsEnvironment(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)))
            .Build();

    /// <summary>Builds the app's services as the worker does (AddIntake) over appsettings.json and
    /// <paramref name="environment"/> (names in the environment's form, '__'), in Production, and runs every
    /// ValidateOnStart validation: throws <see cref="OptionsValidationException"/> as the app's start would.</summary>
    private static void ValidateAsTheAppStarts(Dictionary<string, string?> environment)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(AppSettingsJson)
            .AddConfiguration(AsEnvironment(environment))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new ProductionEnvironment());
        services.AddLogging();
        services.AddIntake();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        StorageConnection.Validate(configuration);
    }

    private IEnumerable<string> LastSegments(string type) => All(type).Select(r => LastSegment(r.Name)).Order(StringComparer.Ordinal);

    private static string LastSegment(object? name) => Raw(name).Split('/')[^1];

    /// <summary>A value as text; an unknown as the text of how it is made, without the outer brackets.</summary>
    private static string Raw(object? value) => value is ArmUnknown u ? u.Text : ArmScope.Text(value);

    /// <summary>A resource id (or what one is made of) whose resource is of <paramref name="type"/> itself, not a child.</summary>
    private static bool ScopeIs(string scope, string type) =>
        Regex.IsMatch(scope, "/providers/" + Regex.Escape(type) + "/[^/]+>?$", RegexOptions.IgnoreCase);

    private static void AssertFrom(object? value, params string[] parts)
    {
        var text = ArmScope.Text(value);
        Assert.True(value is ArmUnknown { Secret: false }, $"Expected a value the deployment makes from {string.Join(" ", parts)}, got {text}");
        foreach (var part in parts)
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }
    }

    private static bool ContainsSecret(object? value) => value switch
    {
        ArmUnknown u => u.Secret,
        IDictionary<string, object?> d => d.Values.Any(ContainsSecret),
        IList<object?> l => l.Any(ContainsSecret),
        _ => false,
    };

    private static IEnumerable<(string Key, object? Value)> Flatten(object? value, string prefix = "") => value switch
    {
        IDictionary<string, object?> d => d.SelectMany(p => Flatten(p.Value, prefix + "." + p.Key).Prepend((prefix + "." + p.Key, p.Value))),
        IList<object?> l => l.SelectMany((item, i) => Flatten(item, prefix + "[" + i + "]")),
        _ => [],
    };

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.IgnoreCase)]
    private static partial Regex GuidAtEnd();

    [GeneratedRegex("(?i)AccountKey=|SharedAccessSignature=|accesskey=|Password=|primaryKey|secondaryKey|listKeys|InstrumentationKey=")]
    private static partial Regex KeyMaterial();

    [GeneratedRegex(@"(?i)\blist[A-Za-z]*\(|ConnectionString|InstrumentationKey|primaryKey|secondaryKey|\.key\b|password")]
    private static partial Regex SecretRead();

    [GeneratedRegex("<[^<>]*>")]
    private static partial Regex Innermost();

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Intake.Functions";

        public string ContentRootPath { get; set; } = Path.Combine(Samples.RepoRoot, "functions", "Intake.Functions");

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
