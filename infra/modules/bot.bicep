// The Azure Bot: its identity is the app's user-assigned managed identity (UserAssignedMSI, no password anywhere),
// its messaging endpoint the app's /api/messages, and one channel besides the built-in Web Chat test: Direct Line,
// which the chat page reaches through the app's token exchange (/api/chat/token). The Direct Line site's secret goes
// straight from the channel into Key Vault; it appears in no parameter, output or app setting.

@description('Name of the bot (globally unique).')
param name string

@description('Where the bot keeps its data: westeurope keeps messages in the EU (regional Direct Line), global does not.')
@allowed([
  'global'
  'westeurope'
])
param location string

@description('Tags for every resource.')
param tags object

@description('Pricing tier: F0 (free, standard channels such as Direct Line unlimited) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('The app\'s messaging endpoint: https://<app>/api/messages.')
param endpoint string

@description('The app\'s own origin, https://<app>: the only page allowed to use Direct Line tokens (enhanced authentication).')
param trustedOrigin string

@description('Resource id of the app\'s user-assigned managed identity: the bot\'s identity.')
param identityId string

@description('Client id of the same identity: the bot\'s Microsoft App ID.')
param identityClientId string

@description('The Entra ID tenant of the identity.')
param tenantId string

@description('The Key Vault that receives the Direct Line secret.')
param keyVaultName string

@description('Name of the Direct Line secret in Key Vault.')
param directLineSecretName string

@description('Log Analytics workspace for the diagnostic settings.')
param workspaceId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: name
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    tenantId: tenantId
    // Only Entra ID tokens reach the bot's channels; no channel key is used for the Bot Framework connection itself.
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
    isStreamingSupported: false
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: location
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Intake'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // Enhanced authentication: tokens are bound to a server-made dl_ user id and to the app's own origin.
          isSecureSiteEnabled: true
          trustedOrigins: [
            trustedOrigin
          ]
          isBlockUserUploadEnabled: true
          isDetailedLoggingEnabled: false
          isEndpointParametersEnabled: false
          isWebchatPreviewEnabled: false
        }
      ]
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: keyVaultName
}

// The site's key, read from the channel at deployment time and written only here.
resource directLineSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: directLineSecretName
  properties: {
    value: directLine.listChannelWithKeys().setting.sites[0].key
    contentType: 'Direct Line secret of ${bot.name} (site Intake)'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: bot
  properties: {
    workspaceId: workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

output name string = bot.name
@description('Versionless: the app always reads the current version through its Key Vault reference.')
output directLineSecretUri string = directLineSecret.properties.secretUri
