using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using MlPrep.Core.Curriculum;

namespace MlPrep.Cli.Tests;

/// <summary>
/// <c>mlprep export anki</c>: exit codes and messages, and the package checked by <c>scripts/check_apkg.py</c>,
/// which reads it with nothing but Python's zipfile and sqlite3, the way Anki reads one.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly string CheckScript = Path.Combine(TestRepo.Root, "scripts", "check_apkg.py");

    private readonly string _root = TestRepo.NewTempDir("export");

    public ExportCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExportAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApp.Create().Parse(["export", "anki", "--content-dir", TestRepo.Content, .. args])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static async Task<(int ExitCode, string Output, string Error)> CheckAsync(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CheckScript);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task ExportAnki_Area_WritesAPackageThatTheCheckerAccepts()
    {
        var package = Path.Combine(_root, "ml.apkg");

        var (exitCode, output, error) = await ExportAsync("--out", package, "--area", "ml");

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Wrote {package}:", output, StringComparison.Ordinal);
        Assert.Contains("MLPrep::Machine Learning::Supervised learning", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Deep Learning", output, StringComparison.Ordinal);
        var cards = CurriculumLoader.Load(TestRepo.Content).FindArea("ml")!.Topics.Sum(t => t.Content?.Cards.Count ?? 0);
        var check = await CheckAsync(package, "--expect-notes", cards.ToString(CultureInfo.InvariantCulture));
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains($"ok, {cards} notes, {cards} cards", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckApkg_FindsAWrongChecksum()
    {
        var package = Path.Combine(_root, "math.apkg");
        Assert.Equal(0, (await ExportAsync("--out", package, "--area", "math")).ExitCode);
        var database = Path.Combine(_root, "collection.anki2");
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Update))
        {
            zip.GetEntry("collection.anki2")!.ExtractToFile(database);
            using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "update notes set csum = csum + 1 where id = (select min(id) from notes)";
                Assert.Equal(1, command.ExecuteNonQuery());
            }

            zip.GetEntry("collection.anki2")!.Delete();
            zip.CreateEntryFromFile(database, "collection.anki2");
        }

        var (exitCode, _, error) = await CheckAsync(package);

        Assert.Equal(1, exitCode);
        Assert.Contains("csum", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAnki_UnknownArea_ExitsTwo_NamingTheOption()
    {
        var package = Path.Combine(_root, "x.apkg");

        var (exitCode, _, error) = await ExportAsync("--out", package, "--area", "physics");

        Assert.Equal(2, exitCode);
        Assert.Contains("error: --area: there is no area 'physics' in the roadmap; the areas are ml, dl,", error, StringComparison.Ordinal);
        Assert.False(File.Exists(package));
    }

    [Fact]
    public async Task ExportAnki_WithoutOut_IsAnError_NamingTheOption()
    {
        var (exitCode, _, error) = await ExportAsync("--area", "ml");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAnki_IntoAMissingFolder_ExitsTwo_SayingWhich()
    {
        var folder = Path.Combine(_root, "no", "such");

        var (exitCode, _, error) = await ExportAsync("--out", Path.Combine(folder, "deck.apkg"), "--area", "ml");

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: --out: the folder {folder} does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAnki_OutIsAFolder_ExitsTwo()
    {
        var (exitCode, _, error) = await ExportAsync("--out", _root, "--area", "ml");

        Assert.Equal(2, exitCode);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
    }
}
