// The Key Vault holding the SHA-256 hashes of the API keys (one secret "apikey-<name>" per key). Access
// is by Azure RBAC only: the app's identity may read secret values, the deployer may manage them.
import * as roles from 'roles.bicep'
import { apiKey } from 'types.bicep'

@description('Key Vault name: 3 to 24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Principal id of the app\'s managed identity, granted Key Vault Secrets User on this vault.')
param appPrincipalId string

@description('Principal id of the person or pipeline that deploys, granted Key Vault Secrets Officer so they can put key hashes; empty for none.')
param deployerPrincipalId string

@description('Principal type of the deployer.')
@allowed(['User', 'ServicePrincipal', 'Group'])
param deployerPrincipalType string

@description('Turn on purge protection (irreversible; a deleted vault then stays reserved for the retention period).')
param purgeProtection bool

@description('The keys whose hashes the app reads.')
param apiKeys apiKey[]

@secure()
@description('Optional: key name -> SHA-256 hash (64 lower-case hex digits) to write into the vault now. Keys not listed keep the secret already in the vault.')
param apiKeyHashes object

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // ARM refuses an explicit false here: "off" is expressed by leaving the property out.
    enablePurgeProtection: purgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

// Written only when a hash is passed, so a redeploy without hashes never overwrites one set by hand
// (docs/deploy.md: rotation puts new hashes with az keyvault secret set).
resource seededHashes 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [
  for key in apiKeys: if (contains(apiKeyHashes, key.name)) {
    parent: vault
    name: 'apikey-${key.name}'
    properties: {
      value: apiKeyHashes[key.name]
      contentType: 'text/plain; SHA-256 of an ICC API key'
    }
  }
]

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, appPrincipalId, roles.keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  scope: vault
  name: guid(vault.id, deployerPrincipalId, roles.keyVaultSecretsOfficer)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
  }
}

@description('The vault name.')
output name string = vault.name

@description('The vault URI, e.g. https://<name>.vault.azure.net/.')
output uri string = vault.properties.vaultUri
