// Built-in role definition ids, by name, so role assignments read as what they grant.

@export()
@description('Read, write and delete blobs and containers (Durable leases and large messages, our uploads and reports, the deployment package).')
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'

@export()
@description('Read, write and delete queues and messages (Durable control and work-item queues).')
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'

@export()
@description('Read, write and delete tables and entities (Durable history and instances, our tables).')
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

@export()
@description('Send telemetry to an Application Insights resource whose local authentication is disabled.')
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

@export()
@description('Read secret values (Key Vault references in app settings).')
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

@export()
@description('Manage secrets, for the person who deploys and puts the key hashes into the vault.')
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
