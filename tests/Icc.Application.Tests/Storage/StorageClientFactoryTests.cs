using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Icc.Application.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Storage;

public sealed class StorageClientFactoryTests
{
    private const string Blob = "https://sticcexample.blob.core.windows.net/";
    private const string Table = "https://sticcexample.table.core.windows.net/";
    private const string Queue = "https://sticcexample.queue.core.windows.net/";
    private const string ClientId = "00000000-0000-0000-0000-00000000abcd";

    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    [Fact]
    public void ConnectionString_Development_BuildsAzuriteClientsWithoutCredential()
    {
        // Locally AzureWebJobsStorage is a connection string: the clients talk to Azurite's account.
        var factory = StorageClientFactory.FromConfiguration(Config(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("UseDevelopmentStorage=true", factory.ConnectionString);
        Assert.Null(factory.Credential);
        var blobs = factory.CreateBlobServiceClient();
        var tables = factory.CreateTableServiceClient();
        Assert.Equal("devstoreaccount1", blobs.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), blobs.Uri);
        Assert.Equal("devstoreaccount1", tables.AccountName);
        Assert.Equal(10002, tables.Uri.Port);
    }

    [Fact]
    public void NothingConfigured_FallsBackToAzurite()
    {
        // A bare local run (no setting at all) behaves as before: Azurite on its default ports.
        var factory = StorageClientFactory.FromConfiguration(Config());

        Assert.Equal(StorageClientFactory.DevelopmentStorage, factory.ConnectionString);
        Assert.Equal("devstoreaccount1", factory.CreateTableServiceClient().AccountName);
    }

    [Fact]
    public void IdentitySection_WithClientId_UsesThatManagedIdentityOnTheConfiguredEndpoints()
    {
        // In Azure the section names the endpoints and the user-assigned identity; no key anywhere.
        var factory = StorageClientFactory.FromConfiguration(Config(
            ("AzureWebJobsStorage:blobServiceUri", Blob),
            ("AzureWebJobsStorage:tableServiceUri", Table),
            ("AzureWebJobsStorage:queueServiceUri", Queue),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", ClientId)));

        Assert.Null(factory.ConnectionString);
        Assert.IsType<ManagedIdentityCredential>(factory.Credential);
        var blobs = factory.CreateBlobServiceClient();
        var tables = factory.CreateTableServiceClient();
        Assert.Equal(new Uri(Blob), blobs.Uri);
        Assert.Equal("sticcexample", blobs.AccountName);
        Assert.Equal(new Uri(Table), tables.Uri);
        Assert.Equal("sticcexample", tables.AccountName);
        Assert.Equal(new Uri(Queue), factory.QueueServiceUri);
    }

    [Fact]
    public void IdentitySection_WithoutClientId_UsesDefaultAzureCredential()
    {
        // No client id: a system-assigned identity in Azure, or the developer's own sign-in on a workstation.
        var factory = StorageClientFactory.FromConfiguration(Config(
            ("AzureWebJobsStorage:blobServiceUri", Blob),
            ("AzureWebJobsStorage:tableServiceUri", Table)));

        Assert.IsType<DefaultAzureCredential>(factory.Credential);
        Assert.Null(factory.QueueServiceUri);
        Assert.Equal("sticcexample", factory.CreateBlobServiceClient().AccountName);
    }

    [Fact]
    public void IdentitySection_FromAppSettingsWithDoubleUnderscores_IsRead()
    {
        // App settings arrive as environment variables named AzureWebJobsStorage__blobServiceUri etc.; a unique
        // prefix keeps this test's variables away from every other test and from the real environment.
        var prefix = $"ICC_TEST_{Guid.NewGuid():N}_";
        var variables = new Dictionary<string, string>
        {
            [prefix + "AzureWebJobsStorage__blobServiceUri"] = Blob,
            [prefix + "AzureWebJobsStorage__tableServiceUri"] = Table,
            [prefix + "AzureWebJobsStorage__credential"] = "managedidentity",
            [prefix + "AzureWebJobsStorage__clientId"] = ClientId,
        };
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();
            var factory = StorageClientFactory.FromConfiguration(configuration);

            Assert.IsType<ManagedIdentityCredential>(factory.Credential);
            Assert.Equal(new Uri(Table), factory.CreateTableServiceClient().Uri);
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Theory]
    [InlineData("AzureWebJobsStorage:blobServiceUri", "AzureWebJobsStorage__tableServiceUri")]
    [InlineData("AzureWebJobsStorage:tableServiceUri", "AzureWebJobsStorage__blobServiceUri")]
    [InlineData("AzureWebJobsStorage:accountName", "AzureWebJobsStorage__blobServiceUri")]
    public void IdentitySection_MissingAnEndpoint_FailsNamingTheAppSetting(string present, string missing)
    {
        // A half-configured identity connection fails at start with the setting to add, not later with a 403 or a DNS error.
        var value = present.EndsWith("accountName", StringComparison.Ordinal) ? "sticcexample" : Blob;
        var error = Assert.Throws<InvalidOperationException>(() => StorageClientFactory.FromConfiguration(Config(
            (present, value), ("AzureWebJobsStorage:clientId", ClientId))));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a uri")]
    [InlineData("ftp://sticcexample.blob.core.windows.net/")]
    public void IdentitySection_MalformedEndpoint_Fails(string blob)
    {
        // Endpoints are absolute http(s) URIs.
        var error = Assert.Throws<InvalidOperationException>(() => StorageClientFactory.FromConfiguration(Config(
            ("AzureWebJobsStorage:blobServiceUri", blob), ("AzureWebJobsStorage:tableServiceUri", Table))));

        Assert.Contains("AzureWebJobsStorage:blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdentitySection_UnknownCredentialKind_Fails()
    {
        // The Functions host knows only "managedidentity"; anything else would mean the two read the setting differently.
        var error = Assert.Throws<InvalidOperationException>(() => StorageClientFactory.FromConfiguration(Config(
            ("AzureWebJobsStorage:blobServiceUri", Blob),
            ("AzureWebJobsStorage:tableServiceUri", Table),
            ("AzureWebJobsStorage:credential", "clientsecret"))));

        Assert.Contains("managedidentity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddIccStorage_FromConfiguration_RegistersClientsForTheIdentityEndpoints()
    {
        // What both hosts call: the registered clients are the identity-based ones, not Azurite's.
        var configuration = Config(
            ("AzureWebJobsStorage:blobServiceUri", Blob),
            ("AzureWebJobsStorage:tableServiceUri", Table),
            ("AzureWebJobsStorage:clientId", ClientId));
        using var services = new ServiceCollection().AddIccStorage(configuration).BuildServiceProvider();

        Assert.Equal(new Uri(Blob), services.GetRequiredService<BlobServiceClient>().Uri);
        Assert.Equal("sticcexample", services.GetRequiredService<TableServiceClient>().AccountName);
    }
}
