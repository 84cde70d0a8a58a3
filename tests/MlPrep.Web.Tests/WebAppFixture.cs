using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MlPrep.Data;

namespace MlPrep.Web.Tests;

/// <summary>
/// Starts the real app in memory over the shipped content and a fresh data folder. The app
/// reads its folders from the environment when it builds, so factories are built one at a time.
/// </summary>
public sealed class WebAppFixture : IDisposable
{
    private static readonly Lock EnvironmentLock = new();
    private readonly List<(WebApplicationFactory<Program> Factory, string DataDir)> _started = [];

    public WebAppFixture()
    {
        Shipped = Start(TestRepo.Content);
    }

    public WebApplicationFactory<Program> Shipped { get; }

    public WebApplicationFactory<Program> Start(string contentDir, Action<IServiceCollection>? services = null)
    {
        var dataDir = TestRepo.NewTempDir("web");
        lock (EnvironmentLock)
        {
            Environment.SetEnvironmentVariable(WebOptions.ContentEnvironmentVariable, contentDir);
            Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, dataDir);
            try
            {
                var factory = new WebApplicationFactory<Program>();
                if (services is not null)
                {
                    factory = factory.WithWebHostBuilder(b => b.ConfigureServices(services));
                }

                _ = factory.Server; // builds the host while the variables hold
                _started.Add((factory, dataDir));
                return factory;
            }
            finally
            {
                Environment.SetEnvironmentVariable(WebOptions.ContentEnvironmentVariable, null);
                Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, null);
            }
        }
    }

    public void Dispose()
    {
        foreach (var (factory, dataDir) in _started)
        {
            factory.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}
