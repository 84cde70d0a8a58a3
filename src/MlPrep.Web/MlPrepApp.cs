using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Search;
using MlPrep.Core.Srs;
using MlPrep.Data;
using MlPrep.Data.Progress;
using MlPrep.Data.Reviews;
using MlPrep.Data.Settings;
using MlPrep.Data.Submissions;
using MlPrep.Web.Components;
using MlPrep.Web.Endpoints;
using MlPrep.Web.Judging;
using MlPrep.Web.Practice;

namespace MlPrep.Web;

/// <summary>Builds the web app: the curriculum in memory, the learner's SQLite database, pages and API.</summary>
public static class MlPrepApp
{
    public static WebApplication Build(WebOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(MlPrepApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        var contentDir = options.ResolveContentDir();
        var dataDir = DataFolder.Resolve(options.DataDir);
        Directory.CreateDirectory(dataDir);

        var curriculum = CurriculumLoader.Load(contentDir);
        builder.Services.AddSingleton(curriculum);
        builder.Services.AddSingleton(_ => new SearchIndex(curriculum));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new AppInfo(contentDir, dataDir));
        builder.Services.AddDbContext<MlPrepDbContext>(db => db.UseSqlite(DataFolder.SqliteConnectionString(dataDir)));
        builder.Services.AddScoped<ProgressStore>();
        builder.Services.AddScoped<SubmissionStore>();
        builder.Services.AddScoped<ReviewStore>();
        builder.Services.AddSingleton(sp => new Scheduler(new SchedulerOptions(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(new PracticeSettings(options.NewCardsPerDay));
        builder.Services.AddScoped<SettingsStore>();
        builder.Services.AddScoped<LearnerSettingsService>();
        builder.Services.AddScoped<ReviewService>();
        builder.Services.AddScoped<ReadinessService>();
        builder.Services.AddSingleton(_ => JudgeBackend.Detect(options.WarmBoxes));
        builder.Services.AddSingleton(new JudgeSettings(options.JudgeWorkers, options.JudgeCapacity));
        builder.Services.AddSingleton<JudgeService>();
        builder.Services.AddRazorComponents();
        builder.Services.AddAntiforgery();
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDir, "keys")));
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<MlPrepDbContext>().Database.Migrate();
            var interrupted = scope.ServiceProvider.GetRequiredService<SubmissionStore>().CloseInterruptedAsync().GetAwaiter().GetResult();
            if (interrupted > 0)
            {
                app.Logger.LogWarning("{Count} submission(s) were still running when the server last stopped; they are marked InternalError and keep their code.", interrupted);
            }
        }

        if (app.Services.GetRequiredService<JudgeService>().Unavailable is { } judgeProblem)
        {
            app.Logger.LogWarning("The judge is off: {Reason}", judgeProblem);
        }

        if (curriculum.Errors.Count > 0)
        {
            app.Logger.LogWarning("{Count} content problem(s); the files with problems were skipped. Run `./mlprep content check` for the list.", curriculum.Errors.Count);
        }

        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(MlPrepApp).Assembly, "wwwroot"),
        });
        app.UseAntiforgery();
        app.MapProgressEndpoints();
        app.MapApiEndpoints();
        app.MapJudgeEndpoints();
        app.MapReviewEndpoints();
        app.MapSettingsEndpoints();
        app.MapRazorComponents<App>();
        return app;
    }
}

/// <summary>Where this instance reads content and keeps its data; shown on the dashboard.</summary>
public sealed record AppInfo(string ContentDir, string DataDir);
