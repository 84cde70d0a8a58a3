using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MlPrep.E2E;

/// <summary>The real app on Kestrel at a free port on 127.0.0.1, as `mlprep serve` runs it.</summary>
internal sealed class AppHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AppHost(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<AppHost> StartAsync(string dataDir, string? contentDir = null)
    {
        var app = Web.MlPrepApp.Build(new Web.WebOptions { Port = 0, DataDir = dataDir, ContentDir = contentDir ?? TestRepo.Content });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AppHost(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

internal static class Repo
{
    /// <summary>Screenshots land in docs/screenshots, where the README shows them.</summary>
    public static string Screenshot(string name) => Path.Combine(TestRepo.Root, "docs", "screenshots", name);
}
