// The Function App on a Flex Consumption plan: .NET isolated worker, the user-assigned identity for
// storage, telemetry, Key Vault references and the deployment package, and no secret in its settings.

@description('Function App name (also its host name: https://<name>.azurewebsites.net).')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags of every resource; the app also gets azd-service-name.')
param tags object

@description('The service name azd deploys to this app (azure.yaml: services.api).')
param azdServiceName string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('.NET version of the isolated worker.')
param dotnetVersion string

@description('Memory per instance in MB (Flex Consumption bills GB-seconds of this size).')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('The blob endpoint of the storage account, e.g. https://<account>.blob.core.windows.net/.')
param blobEndpoint string

@description('The container that holds the deployment package.')
param deploymentContainerName string

@description('The app settings (names and values; Key Vault references for secrets, never secrets).')
param appSettings object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references (the API key hashes) are resolved with the user-assigned identity, which holds
    // Key Vault Secrets User; without this the platform would try a system-assigned identity the app lacks.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: dotnetVersion
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: appSettings
  }

  // Deployments go through Microsoft Entra ID (azd, az functionapp deployment); no FTP or SCM passwords.
  resource ftpCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: { allow: false }
  }

  resource scmCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: { allow: false }
  }
}

@description('The app name.')
output name string = app.name

@description('The app\'s base URL.')
output url string = 'https://${app.properties.defaultHostName}'
