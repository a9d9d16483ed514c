// The one user-assigned managed identity the function app runs as: storage (host and app), Key Vault references,
// Application Insights, e-mail through Azure Communication Services, and the bot's own identity (UserAssignedMSI).
// Its roles are granted in the modules that own each resource, each on that resource alone.

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
