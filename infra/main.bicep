// The ICC Index service on Azure: a Flex Consumption Function App (.NET 10 isolated) with a user-assigned
// managed identity, its storage account (shared keys disabled), Application Insights on Log Analytics
// (local auth disabled) and a Key Vault with the API key hashes. Deploy with `azd up` (azure.yaml,
// main.bicepparam) or `az deployment group create`; docs/deploy.md walks through both.
targetScope = 'resourceGroup'

import { apiKey, benchmarkSettings, reviewSettings } from 'modules/types.bicep'

@description('Environment name, e.g. dev, test or prod (azd: AZURE_ENV_NAME). Part of every resource name and of the default task hub.')
@minLength(1)
@maxLength(40)
param environmentName string

@description('Azure region of every resource; must offer Flex Consumption.')
param location string = resourceGroup().location

@description('The API keys the service accepts (name, role, city). Their SHA-256 hashes are Key Vault secrets "apikey-<name>" (docs/deploy.md).')
param apiKeys apiKey[] = []

@secure()
@description('Optional: key name -> SHA-256 hash to write into the vault during this deployment. Omit it to keep the hashes already in the vault.')
param apiKeyHashes object = {}

@description('Durable task hub (letters and digits, 3 to 45, starting with a letter): one per environment, so two environments sharing an account never meet. Setting Durable__TaskHub, as in the standalone host.')
@minLength(3)
@maxLength(45)
param durableTaskHub string = take('Icc${replace(replace(environmentName, '-', ''), '_', '')}', 45)

@description('Review and correction periods (settings Icc__Review__*).')
param review reviewSettings = {
  reminderInterval: '3.00:00:00'
  reviewPeriod: '30.00:00:00'
  correctionPeriod: '30.00:00:00'
  maxRounds: 5
}

@description('Benchmark recomputation (settings Icc__Benchmarks__*): a six-field CRON schedule in UTC, the smallest group compared, and whether an empty installation loads the embedded default sample (128 synthetic cities besides Asan; meant for demonstrations, so off by default in Azure).')
param benchmarks benchmarkSettings = {
  schedule: '0 0 2 * * *'
  minimumGroupSize: 5
  seedDefaultSample: false
}

@description('Memory per Function App instance in MB; Flex Consumption bills execution time in GB-seconds of this size.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to (a ceiling on cost and on load on storage).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Storage redundancy.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_RAGRS'])
param storageSkuName string = 'Standard_LRS'

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Principal id of whoever deploys (azd: AZURE_PRINCIPAL_ID), granted Key Vault Secrets Officer to put key hashes; empty for none.')
param principalId string = ''

@description('Principal type of principalId.')
@allowed(['User', 'ServicePrincipal', 'Group'])
param principalType string = 'User'

@description('Turn on Key Vault purge protection (recommended for production; irreversible).')
param keyVaultPurgeProtection bool = false

// Globally unique names must differ per subscription, group and environment, and be stable across redeploys.
var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = { 'azd-env-name': environmentName, application: 'icc-index' }

// The names the app uses: src/Icc.Application/Storage (StorageNames, TableNames with no prefix).
var containerNames = ['uploads', 'reports', 'benchmarks']
var tableNames = ['submissions', 'answers', 'scorecards', 'reviewlog', 'benchmarks', 'published']
var deploymentContainerName = 'app-package-${token}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-icc-${token}'
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'sticc${token}'
    location: location
    tags: tags
    skuName: storageSkuName
    containerNames: concat(containerNames, [deploymentContainerName])
    tableNames: tableNames
    principalId: identity.properties.principalId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    applicationInsightsName: 'appi-icc-${token}'
    logAnalyticsName: 'log-icc-${token}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    principalId: identity.properties.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-icc-${token}'
    location: location
    tags: tags
    appPrincipalId: identity.properties.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
    purgeProtection: keyVaultPurgeProtection
    apiKeys: apiKeys
    apiKeyHashes: apiKeyHashes
  }
}

// Identity-based connection: the Functions host, the Durable backend and our own storage clients
// (StorageClientFactory) all read these; no connection string and no account key.
var storageSettings = {
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.properties.clientId
}

var monitoringSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
}

var workflowSettings = {
  Durable__TaskHub: durableTaskHub
  Icc__Review__ReminderInterval: review.reminderInterval
  Icc__Review__ReviewPeriod: review.reviewPeriod
  Icc__Review__CorrectionPeriod: review.correctionPeriod
  Icc__Review__MaxRounds: string(review.maxRounds)
  Icc__Benchmarks__Schedule: benchmarks.schedule
  Icc__Benchmarks__MinimumGroupSize: string(benchmarks.minimumGroupSize)
  Icc__Benchmarks__PageSize: '1000'
  Icc__Benchmarks__SeedDefaultSample: string(benchmarks.seedDefaultSample)
}

// Icc__ApiKeys__{i}__Name/Role/CityId in the clear; __Sha256 as a Key Vault reference. The URI has no
// version, so a new secret version is picked up (within a day, or at once on restart) without a redeploy.
var apiKeySettings = reduce(
  map(range(0, length(apiKeys)), i => union(
    {
      'Icc__ApiKeys__${i}__Name': apiKeys[i].name
      'Icc__ApiKeys__${i}__Role': apiKeys[i].role
      'Icc__ApiKeys__${i}__Sha256': '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/apikey-${apiKeys[i].name}/)'
    },
    apiKeys[i].role == 'City' ? { 'Icc__ApiKeys__${i}__CityId': apiKeys[i].?cityId ?? '' } : {}
  )),
  {},
  (all, entry) => union(all, entry)
)

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'func-icc-${token}'
    planName: 'plan-icc-${token}'
    location: location
    tags: tags
    azdServiceName: 'api'
    identityId: identity.id
    dotnetVersion: '10.0'
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    blobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    appSettings: union(storageSettings, monitoringSettings, workflowSettings, apiKeySettings)
  }
}

@description('The service\'s base URL; the API is under /api (e.g. <url>/api/health).')
output SERVICE_API_URL string = functionApp.outputs.url

@description('The Function App name (az functionapp commands, azd).')
output SERVICE_API_NAME string = functionApp.outputs.name

@description('The Key Vault that holds the API key hashes.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name

@description('The Application Insights resource (logs and KQL).')
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName

@description('The storage account name.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('The Durable task hub of this environment.')
output DURABLE_TASK_HUB string = durableTaskHub
