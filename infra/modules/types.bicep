// Types shared by main.bicep and its modules.

@export()
@description('One API key of the service. Its SHA-256 hash lives in Key Vault as the secret "apikey-<name>", never here.')
type apiKey = {
  @description('The key holder\'s name, e.g. city-asan-2026a or reviewer-jane; also names the Key Vault secret, so letters, digits and hyphens only.')
  @minLength(1)
  @maxLength(100)
  name: string

  @description('City, Reviewer or Admin.')
  role: 'City' | 'Reviewer' | 'Admin'

  @description('For City keys only: the city id the key belongs to, e.g. asan.')
  cityId: string?
}

@export()
@description('Review and correction periods of the workflow (section Icc:Review); TimeSpan text, e.g. 30.00:00:00.')
type reviewSettings = {
  @description('How often reviewers are reminded of a pending review.')
  reminderInterval: string

  @description('How long a review may stay pending before the submission expires.')
  reviewPeriod: string

  @description('How long a city has to send a corrected file.')
  correctionPeriod: string

  @description('How many files one submission may go through, the first included.')
  @minValue(1)
  maxRounds: int
}

@export()
@description('Benchmark recomputation settings (section Icc:Benchmarks).')
type benchmarkSettings = {
  @description('Six-field CRON expression with seconds, in UTC, e.g. 0 0 2 * * * for 02:00 every night.')
  schedule: string

  @description('Comparison groups with fewer cities are reported as too small to compare.')
  @minValue(1)
  minimumGroupSize: int

  @description('On first start against empty storage, load the embedded default sample (synthetic cities; for demonstrations).')
  seedDefaultSample: bool
}
