// E-mail: an Email Communication Service with the municipality's own (customer-managed) domain and one sender
// address, linked to a Communication Services resource with local authentication off (no access key is usable).
// The app's identity may send through it by a custom role that holds only what sending with Entra ID needs, assigned
// on the Communication Services resource alone. The domain's DNS records are made by hand (infra/README.md).

@description('Name of the Communication Services resource (globally unique).')
param communicationServiceName string

@description('Name of the Email Communication Service.')
param emailServiceName string

@description('The municipality\'s own e-mail domain, e.g. kontakt.kommun.se (customer managed: verified by DNS records).')
param emailDomain string

@description('The sender address\'s local part: <username>@<emailDomain>.')
param senderUsername string

@description('The sender\'s display name on the domain\'s sender address.')
param senderDisplayName string

@description('Where Communication Services keeps its data at rest.')
param dataLocation string

@description('Link the domain to Communication Services. Only a verified domain can be linked: deploy once with false, make the DNS records (output dnsRecords), verify the domain, then deploy again with true (infra/README.md).')
param linkDomain bool

@description('Tags for every resource.')
param tags object

@description('Principal id of the app\'s managed identity (allowed to send).')
param appPrincipalId string

@description('Log Analytics workspace for the diagnostic settings.')
param workspaceId string

resource emailService 'Microsoft.Communication/emailServices@2025-05-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource domain 'Microsoft.Communication/emailServices/domains@2025-05-01' = {
  parent: emailService
  name: emailDomain
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'CustomerManaged'
    // No tracking pixels or rewritten links in mail to people who asked for help.
    userEngagementTracking: 'Disabled'
  }
}

resource sender 'Microsoft.Communication/emailServices/domains/senderUsernames@2025-05-01' = {
  parent: domain
  name: senderUsername
  properties: {
    username: senderUsername
    displayName: senderDisplayName
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    // Entra ID only: the resource's access keys (and so any connection string) are refused.
    disableLocalAuth: true
    linkedDomains: linkDomain ? [domain.id] : []
  }
}

// The least a caller needs to send e-mail through Communication Services with an Entra ID token (the actions
// Microsoft's documentation lists for a sender's custom role); no keys, no deletes, no other resource.
resource emailSenderRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'intake-email-sender')
  properties: {
    roleName: 'Intake e-mail sender (${resourceGroup().name})'
    description: 'Send e-mail through Azure Communication Services with an Entra ID token. Nothing else.'
    type: 'CustomRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: [
          'Microsoft.Communication/CommunicationServices/Read'
          'Microsoft.Communication/CommunicationServices/Write'
          'Microsoft.Communication/EmailServices/write'
        ]
        notActions: []
        dataActions: []
        notDataActions: []
      }
    ]
  }
}

resource senderAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(communicationService.id, appPrincipalId, emailSenderRole.id)
  scope: communicationService
  properties: {
    roleDefinitionId: emailSenderRole.id
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Metrics only: the e-mail logs (send and delivery status) name each recipient's address, which must not reach a log.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: communicationService
  properties: {
    workspaceId: workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

@description('https://<name>.communication.azure.com: the app\'s Email:AcsEndpoint.')
output endpoint string = 'https://${communicationService.properties.hostName}'
output fromAddress string = '${senderUsername}@${emailDomain}'
output communicationServiceId string = communicationService.id
@description('The DNS records the domain needs (Domain for ownership, SPF, DKIM, DKIM2, DMARC): type, name, value, TTL.')
output dnsRecords object = domain.properties.verificationRecords
