// Logs and telemetry: a Log Analytics workspace and a workspace-based Application Insights resource that
// accepts telemetry only from Microsoft Entra identities (local, instrumentation-key-only auth disabled).
import * as roles from 'roles.bicep'

@description('Application Insights name.')
param applicationInsightsName string

@description('Log Analytics workspace name.')
param logAnalyticsName string

@description('Azure region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Days the workspace keeps logs (30 to 730; the first 31 days are included in the ingestion price).')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Principal id of the app\'s managed identity, granted Monitoring Metrics Publisher on Application Insights.')
param principalId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: applicationInsights
  name: guid(applicationInsights.id, principalId, roles.monitoringMetricsPublisher)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('The Application Insights resource name.')
output applicationInsightsName string = applicationInsights.name

@description('The Application Insights connection string: an address and an instrumentation key, not a credential, since local auth is disabled.')
output connectionString string = applicationInsights.properties.ConnectionString

@description('The Log Analytics workspace name.')
output logAnalyticsName string = workspace.name
