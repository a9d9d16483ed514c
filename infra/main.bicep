// Intake on Azure: one resource group with the Flex Consumption function app (.NET 10 isolated worker), its storage,
// Key Vault, e-mail through Azure Communication Services, the Azure Bot with Direct Line, Log Analytics and
// Application Insights, and the one user-assigned managed identity everything runs as. Plain resources only.
//
//   azd up                                   (azure.yaml; see infra/README.md)
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.parameters.json
//
// Nothing secret is a parameter or an output: the Direct Line secret goes from the bot's channel into Key Vault, and
// the staff sign-in's client secret is put into Key Vault by hand. The app reads both through Key Vault references.
targetScope = 'resourceGroup'

@description('Short prefix of every resource name: 2-10 lower-case letters and digits.')
@minLength(2)
@maxLength(10)
param namePrefix string = 'intake'

@description('Azure region of everything that has one (a region with the Flex Consumption plan, e.g. swedencentral).')
param location string = resourceGroup().location

@description('Tags for every resource.')
param tags object = {}

@description('The municipality\'s own e-mail domain, e.g. kontakt.kommun.se (its DNS records are made by hand).')
param emailDomain string

@description('The sender address is <emailSenderUsername>@<emailDomain>.')
param emailSenderUsername string = 'noreply'

@description('The display name of every e-mail\'s sender (Email:FromDisplayName); empty: the app\'s appsettings.json (Email:FromDisplayName, or else the municipality\'s Swedish name, Municipality:Municipality).')
param emailFromDisplayName string = ''

@description('Link the e-mail domain to Communication Services: false on the first deployment (the domain is not yet verified), true once its DNS records are in place and it is verified.')
param linkEmailDomain bool = false

@description('Where Communication Services keeps its data at rest.')
param communicationDataLocation string = 'Europe'

@description('The staff sign-in\'s OpenID Connect authority (StaffAuth:Authority): the municipality\'s Entra ID tenant, v2.0.')
param staffAuthority string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'

@description('Application (client) id of the staff sign-in\'s app registration (made by hand, infra/README.md). Empty: the staff side answers 404 until it is set.')
param staffClientId string = ''

@description('The staff inbox\'s address, linked in team notices (Email:StaffInboxUrl). Empty: https://<function app>/staff/.')
param staffInboxUrl string = ''

@description('Origins that may show the pages in a frame (Pages:FrameAncestors), e.g. https://www.kommun.se.')
param frameAncestors string[] = []

@description('Origins whose scripts may call the API (Pages:CorsOrigins).')
param corsOrigins string[] = []

@description('Memory of each function app instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the function app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Always-ready instances for the HTTP functions (0: scale to zero, the first request waits for a cold start).')
@minValue(0)
@maxValue(20)
param alwaysReadyHttpInstances int = 1

@description('Where the bot keeps its data: westeurope (messages stay in the EU, regional Direct Line) or global.')
@allowed([
  'global'
  'westeurope'
])
param botLocation string = 'westeurope'

@description('The bot\'s pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days Log Analytics and Application Insights keep data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

// The app's own names, read from the settings it ships with, so that the tables and queues made here are the ones it
// uses: Storage (tables, trigger queues) and Routing:Teams (one queue per team). The four tables the app names only in
// code (Storage/StorageNames.cs defaults, not in appsettings.json) are written out; the tests hold both to the app's.
var appConfig = loadJsonContent('../functions/Intake.Functions/appsettings.json')
// The sender's name: the parameter, else the app's Email:FromDisplayName, else the municipality's own name.
var senderDisplayName = !empty(emailFromDisplayName) ? emailFromDisplayName : (!empty(appConfig.Email.FromDisplayName) ? appConfig.Email.FromDisplayName : appConfig.Municipality.Municipality.Sv)
var storageNames = appConfig.Storage
var tableNames = [
  storageNames.SubmissionsTable
  storageNames.TicketsTable
  storageNames.ConversationsTable
  'teaminbox'
  'ticketevents'
  'audit'
  'dataprotection'
  'staffsessions'
]
var queueNames = union(
  [
    storageNames.IntakeQueue
    storageNames.EmailOutboxQueue
    storageNames.TeamNoticesQueue
  ],
  map(items(appConfig.Routing.Teams), team => team.value.Queue)
)

var token = uniqueString(subscription().id, resourceGroup().id, namePrefix)
var functionAppName = '${namePrefix}-func-${token}'
// The app's address: Flex Consumption apps answer on <name>.azurewebsites.net (the bot and the sign-in need it before
// the app exists).
var appHostName = '${functionAppName}.azurewebsites.net'
var directLineSecretName = 'directline-secret'
var staffClientSecretName = 'staff-client-secret'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${namePrefix}-id-${token}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${namePrefix}-log-${token}'
    appInsightsName: '${namePrefix}-appi-${token}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    appPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${toLower(namePrefix)}${token}', 24)
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    tableNames: tableNames
    queueNames: queueNames
    appPrincipalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${take(namePrefix, 10)}-${take(token, 8)}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module email 'modules/email.bicep' = {
  name: 'email'
  params: {
    communicationServiceName: '${namePrefix}-acs-${token}'
    emailServiceName: '${namePrefix}-email-${token}'
    emailDomain: emailDomain
    senderUsername: emailSenderUsername
    senderDisplayName: senderDisplayName
    dataLocation: communicationDataLocation
    linkDomain: linkEmailDomain
    tags: tags
    appPrincipalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot-${token}'
    location: botLocation
    tags: tags
    sku: botSku
    endpoint: 'https://${appHostName}/api/messages'
    trustedOrigin: 'https://${appHostName}'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    keyVaultName: keyVault.outputs.name
    directLineSecretName: directLineSecretName
    workspaceId: monitoring.outputs.workspaceId
  }
}

// Every setting the app and the host read in Azure. Names are environment variables (':' written '__'); Linux app
// settings take letters, digits and '_' only, so no name may carry a '-' or '.' (a team's mailbox, keyed by a team id
// such as team-vuxen, therefore goes into appsettings.json before packaging: infra/README.md).
var identitySettings = {
  // The host's own storage and the app's tables and queues, through the identity (StorageConnection.cs).
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
  // Any other Azure SDK client that uses DefaultAzureCredential gets the same identity.
  AZURE_CLIENT_ID: identity.outputs.clientId
  // Application Insights accepts only Entra ID (local authentication is off on the component).
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
}

var appSettings = {
  AZURE_FUNCTIONS_ENVIRONMENT: 'Production'
  // The triggers' %Setting% expressions, which the host resolves from the app settings only (FunctionSettingsValidation.cs).
  Storage__IntakeQueue: storageNames.IntakeQueue
  Storage__EmailOutboxQueue: storageNames.EmailOutboxQueue
  Storage__TeamNoticesQueue: storageNames.TeamNoticesQueue
  Redrive__Schedule: appConfig.Redrive.Schedule
  PurgeConversations__Schedule: appConfig.PurgeConversations.Schedule
  PurgeStaffRecords__Schedule: appConfig.PurgeStaffRecords.Schedule
  // E-mail through Communication Services with the identity (EmailOptions.cs).
  Email__Sender: 'Acs'
  Email__AcsEndpoint: email.outputs.endpoint
  Email__AcsClientId: identity.outputs.clientId
  Email__FromAddress: email.outputs.fromAddress
  Email__FromDisplayName: senderDisplayName
  Email__StaffInboxUrl: empty(staffInboxUrl) ? 'https://${appHostName}/staff/' : staffInboxUrl
  // The bot: its app id is the identity's client id (UserAssignedMSI), replies go out with the same identity.
  BotAuth__AppId: identity.outputs.clientId
  BotAuth__TenantId: tenant().tenantId
  Bot__ManagedIdentityClientId: identity.outputs.clientId
  // Web Chat's token exchange: the Direct Line secret from Key Vault, the regional endpoint when the bot is regional.
  Chat__DirectLineSecret: '@Microsoft.KeyVault(SecretUri=${bot.outputs.directLineSecretUri})'
  Chat__DirectLineEndpoint: botLocation == 'westeurope' ? 'https://europe.directline.botframework.com/' : 'https://directline.botframework.com/'
  // The staff sign-in (decision 0012): the app's own OpenID Connect against the municipality's Entra ID.
  StaffAuth__Authority: staffAuthority
  StaffAuth__ClientId: staffClientId
  StaffAuth__ClientSecret: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/${staffClientSecretName}/)'
}

var pagesSettings = union(
  toObject(range(0, length(frameAncestors)), i => 'Pages__FrameAncestors__${i}', i => frameAncestors[i]),
  toObject(range(0, length(corsOrigins)), i => 'Pages__CorsOrigins__${i}', i => corsOrigins[i])
)

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: functionAppName
    planName: '${namePrefix}-plan-${token}'
    location: location
    tags: tags
    azdServiceName: 'intake'
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyHttpInstances: alwaysReadyHttpInstances
    identityId: identity.outputs.id
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsName: monitoring.outputs.appInsightsName
    appSettings: union(identitySettings, appSettings, pagesSettings)
    workspaceId: monitoring.outputs.workspaceId
  }
}

output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_INTAKE_URL string = 'https://${functionApp.outputs.defaultHostName}'
@description('The staff sign-in\'s redirect URI (Web platform) for the app registration.')
output STAFF_REDIRECT_URI string = 'https://${appHostName}/staff/signin-oidc'
@description('The staff sign-in\'s front-channel sign-out return address (also a Web redirect URI of the app registration).')
output STAFF_SIGNOUT_CALLBACK_URI string = 'https://${appHostName}/staff/signout-callback'
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
@description('The Key Vault secret the staff sign-in\'s client secret goes into (by hand).')
output STAFF_CLIENT_SECRET_NAME string = staffClientSecretName
output AZURE_BOT_NAME string = bot.outputs.name
output EMAIL_FROM_ADDRESS string = email.outputs.fromAddress
@description('The DNS records the e-mail domain needs before it can be verified and linked.')
output EMAIL_DNS_RECORDS object = email.outputs.dnsRecords
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
