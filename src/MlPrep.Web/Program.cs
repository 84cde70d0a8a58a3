using MlPrep.Web;

// Started directly (dotnet run --project src/MlPrep.Web) or by the test host; `mlprep serve` uses MlPrepApp too.
var app = MlPrepApp.Build(new WebOptions(), args);
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
