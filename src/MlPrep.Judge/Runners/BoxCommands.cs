using MlPrep.Judge.Sandbox;

namespace MlPrep.Judge.Runners;

/// <summary>How each language is started inside a box: shared by whole-program runs and judged submissions.</summary>
internal static class BoxCommands
{
    /// <summary>Python in isolated mode (no user site, no environment influence) without writing bytecode.</summary>
    public static SandboxRequest Python(BoxDirectory box, SandboxLimits limits, byte[] stdin, params string[] scriptAndArguments) => new()
    {
        Command = [ProgramRunner.Python, "-I", "-B", .. scriptAndArguments],
        BoxDir = box.Path,
        Stdin = stdin,
        Limits = limits,
        Environment = new Dictionary<string, string> { ["PYTHONIOENCODING"] = "utf-8", ["OPENBLAS_NUM_THREADS"] = "1" },
    };

    /// <summary>Writes a compiled program into the box and returns the command that runs it with the dotnet host.</summary>
    public static SandboxRequest Dotnet(BoxDirectory box, byte[] assembly, SandboxLimits limits, byte[] stdin)
    {
        box.Write("program.dll", assembly);
        box.Write("program.runtimeconfig.json", CSharpCompiler.RuntimeConfig);
        return new SandboxRequest
        {
            Command = [Path.Combine(CSharpCompiler.DotnetRoot, "dotnet"), "/box/program.dll"],
            BoxDir = box.Path,
            Stdin = stdin,
            Limits = limits,
            Environment = ProgramRunner.DotnetEnvironment(limits),
        };
    }
}
