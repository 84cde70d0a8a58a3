using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using MlPrep.Core.Curriculum;
using MlPrep.Data;
using Spectre.Console;

namespace MlPrep.Cli.Commands;

/// <summary>
/// <c>mlprep doctor</c>: checks each piece MLPrep relies on and says how to fix what is missing.
/// Only .NET, the content and the data folder are needed to learn; the others serve the judge
/// (python3 with numpy, bubblewrap) and the browser tests (chromium).
/// </summary>
internal static class DoctorCommand
{
    internal sealed record Check(string Name, bool Ok, bool Required, string Detail, string? Fix);

    public static Command Create()
    {
        var json = CommonOptions.Json();
        var dataDir = CommonOptions.DataDir();
        var contentDir = CommonOptions.ContentDir();
        var command = new Command("doctor", "Check .NET, python3 with numpy, bubblewrap, chromium, the content and the data folder") { json, dataDir, contentDir };
        command.SetAction(parse =>
        {
            var checks = new List<Check>
            {
                CheckDotnet(),
                CheckContent(parse.GetValue(contentDir)),
                CheckDataFolder(parse.GetValue(dataDir)),
                CheckProgram("python3 + numpy", "/usr/bin/python3", ["-c", "import numpy, sys; print(f'Python {sys.version.split()[0]}, numpy {numpy.__version__}')"], "apt-get install -y python3 python3-numpy"),
                CheckProgram("bubblewrap", "bwrap", ["--version"], "apt-get install -y bubblewrap"),
                CheckSandbox(),
                CheckProgram("chromium", "chromium", ["--version"], "apt-get install -y chromium"),
                CheckProgram("node", "node", ["--version"], "apt-get install -y nodejs npm  (Node 18 or newer; used to build the browser assets)"),
            };

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { ok = checks.All(c => c.Ok || !c.Required), checks }, CommonOptions.JsonOutput));
            }
            else
            {
                var table = new Table().RoundedBorder().AddColumns("check", "status", "detail", "fix");
                foreach (var check in checks)
                {
                    var status = check.Ok ? "[green]ok[/]" : check.Required ? "[red]missing[/]" : "[yellow]missing[/]";
                    table.AddRow(new Markup(Markup.Escape(check.Name)), new Markup(status), new Markup(Markup.Escape(check.Detail)), new Markup(Markup.Escape(check.Ok ? "" : check.Fix ?? "")));
                }

                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine(checks.Any(c => !c.Ok && c.Required)
                    ? "[red]MLPrep cannot run until the red rows are fixed.[/]"
                    : "[green]MLPrep can run.[/] Yellow rows only matter for the coding judge and the browser tests.");
            }

            return checks.Any(c => !c.Ok && c.Required) ? 1 : 0;
        });
        return command;
    }

    private static Check CheckDotnet()
    {
        var sdk = Run("dotnet", ["--version"]);
        var detail = $".NET runtime {Environment.Version}" + (sdk.Ok ? $", SDK {sdk.Output}" : ", no SDK on PATH");
        return new Check(".NET", Environment.Version.Major >= 10, Required: true, detail, "install the .NET 10 SDK");
    }

    private static Check CheckContent(string? explicitDir)
    {
        string dir;
        try
        {
            dir = new Web.WebOptions { ContentDir = explicitDir }.ResolveContentDir();
        }
        catch (DirectoryNotFoundException ex)
        {
            return new Check("content", false, Required: true, ex.Message, "run from the MLPrep folder or pass --content-dir");
        }

        var curriculum = CurriculumLoader.Load(dir);
        var written = curriculum.Topics.Count(t => t.Content is not null);
        var detail = $"{dir}: {curriculum.TopicCount} topics, {written} with notes, {curriculum.Errors.Count} error(s)";
        return new Check("content", curriculum.TopicCount > 0, Required: true, detail, curriculum.Errors.Count > 0 ? "run ./mlprep content check" : "check content/roadmap.yaml");
    }

    private static Check CheckDataFolder(string? explicitDir)
    {
        var dir = DataFolder.Resolve(explicitDir);
        try
        {
            Directory.CreateDirectory(dir);
            var probe = Path.Combine(dir, $".doctor-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            var db = Path.Combine(dir, DataFolder.DatabaseFileName);
            var detail = File.Exists(db) ? $"{dir} (database {new FileInfo(db).Length / 1024} KiB)" : $"{dir} (no database yet: created on first start)";
            return new Check("data folder", true, Required: true, detail, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Check("data folder", false, Required: true, $"{dir}: {ex.Message}", $"make {dir} writable, or pass --data-dir / set {DataFolder.EnvironmentVariable}");
        }
    }

    private static Check CheckSandbox()
    {
        var environment = Judge.Sandbox.SandboxEnvironment.Detect();
        var user = environment.IsRoot ? $"submissions run as {Judge.Sandbox.SandboxEnvironment.JudgeUser}" : "submissions run as the current user";
        return environment.Problem is { } problem
            ? new Check("sandbox", false, Required: false, problem, "run ./test.sh or ./run.sh once as root (they install bubblewrap and create the judge user)")
            : new Check("sandbox", true, Required: false, $"cgroup {environment.CgroupVersion}, {user}", null);
    }

    private static Check CheckProgram(string name, string program, string[] arguments, string fix)
    {
        var result = Run(program, arguments);
        return new Check(name, result.Ok, Required: false, result.Ok ? result.Output : "not found", fix);
    }

    private static (bool Ok, string Output) Run(string program, string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return (false, "");
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(15_000))
            {
                process.Kill(entireProcessTree: true);
                return (false, "timed out");
            }

            return (process.ExitCode == 0, output.Result.Trim().Split('\n')[0]);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, "");
        }
    }
}
