using System.CommandLine;
using MlPrep.Cli.Commands;

namespace MlPrep.Cli;

/// <summary>The verbs of the mlprep command.</summary>
public static class CliApp
{
    public static RootCommand Create()
    {
        var root = new RootCommand("MLPrep: prepare for AI/ML interviews. Learn the roadmap, track progress, search notes and cards.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ContentCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(DoctorCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(JudgeCommand.Create());
        root.Subcommands.Add(ProblemsCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(SrsCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }
}
