using MlPrep.Judge.Runners;

// The compile server: reads compile requests as length-prefixed JSON frames on standard input,
// compiles each with Roslyn in this process and answers on standard output, until its input
// closes. The judge kills it when a compile takes too long and starts a new one.
return CompileServer.Serve(Console.OpenStandardInput(), Console.OpenStandardOutput());
