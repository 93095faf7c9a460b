// Parameters for `azd up` / `azd provision` (azd sets these environment variables from .azure/<env>/.env;
// set your own with `azd env set NAME value`), and for `az deployment group create --parameters infra/main.bicepparam`.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param principalType = readEnvironmentVariable('AZURE_PRINCIPAL_TYPE', 'User')

// The accepted keys as JSON, e.g.
//   azd env set ICC_API_KEYS '[{"name":"city-asan-2026a","role":"City","cityId":"asan"},{"name":"reviewer-jane","role":"Reviewer"}]'
// Their hashes go into the vault as secrets apikey-<name> (docs/deploy.md), never into this file.
param apiKeys = json(readEnvironmentVariable('ICC_API_KEYS', '[]'))

// Optional override of the per-environment task hub (default: "Icc" + the environment name).
param durableTaskHub = readEnvironmentVariable('ICC_DURABLE_TASK_HUB', 'Icc${replace(replace(readEnvironmentVariable('AZURE_ENV_NAME', 'dev'), '-', ''), '_', '')}')
