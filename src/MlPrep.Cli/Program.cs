using System.CommandLine;
using MlPrep.Cli.Commands;

var root = new RootCommand("MLPrep: prepare for AI/ML interviews. Learn the roadmap, track progress, search notes and cards.");
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ContentCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(DoctorCommand.Create());
return await root.Parse(args).InvokeAsync();
