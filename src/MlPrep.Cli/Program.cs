using MlPrep.Cli;

return await CliApp.Create().Parse(args).InvokeAsync();
