using MlPrep.Judge.Runners;

namespace MlPrep.Judge.Tests;

/// <summary>Hostile and broken C# programs, compiled in process with Roslyn and run in the sandbox.</summary>
[Collection(SandboxCollection.Name)]
public sealed class CSharpSandboxTests
{
    [Fact]
    public async Task TopLevelProgram_ReadsStdinAndPrints()
    {
        var result = await Judge.CSharpAsync("var words = Console.In.ReadToEnd().Split(' ');\nConsole.WriteLine(words.Select(int.Parse).Sum());", stdin: "1 2 3 4");

        Assert.Equal(RunResult.Ok, result.Status);
        Assert.Equal("10\n", result.Stdout);
    }

    [Fact]
    public async Task StaticMain_Works()
    {
        var result = await Judge.CSharpAsync("public static class Program\n{\n    public static void Main() => System.Console.Write(\"hi\");\n}");

        Assert.Equal(RunResult.Ok, result.Status);
        Assert.Equal("hi", result.Stdout);
    }

    [Fact]
    public async Task CompileErrors_GiveLineAndColumnInTheUsersFile()
    {
        var result = await Judge.CSharpAsync("Console.WriteLine(\"x\")\nint y = \"s\";");

        Assert.Equal(RunResult.CompileError, result.Status);
        Assert.Contains("main.cs(1,23): error CS1002: ; expected", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("main.cs(2,9): error CS0029", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedSource_IsRefusedBeforeCompiling()
    {
        var source = "// " + new string('x', CSharpCompiler.MaxSourceBytes) + "\nConsole.WriteLine();";

        var result = await Judge.CSharpAsync(source);

        Assert.Equal(RunResult.CompileError, result.Status);
        Assert.Contains("larger than 64 KiB", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InfiniteLoop_IsTimeLimit()
    {
        var result = await Judge.CSharpAsync("while (true) { }", Judge.OneCpuSecond);

        Assert.Equal(RunResult.TimeLimit, result.Status);
    }

    [Fact]
    public async Task MemoryBomb_IsMemoryLimit()
    {
        var result = await Judge.CSharpAsync("var list = new List<byte[]>();\nwhile (true) list.Add(new byte[10_000_000]);");

        Assert.Equal(RunResult.MemoryLimit, result.Status);
    }

    [Fact]
    public async Task CaughtOutOfMemoryException_ThenRethrown_IsMemoryLimit()
    {
        var result = await Judge.CSharpAsync("var a = new long[2_000_000_000];\nConsole.WriteLine(a.Length);");

        Assert.Equal(RunResult.MemoryLimit, result.Status);
    }

    [Fact]
    public async Task UnhandledException_IsARuntimeErrorWithItsStackTrace()
    {
        var result = await Judge.CSharpAsync("int[] a = new int[2];\nConsole.WriteLine(a[5]);");

        Assert.Equal(RunResult.RuntimeError, result.Status);
        Assert.Contains("IndexOutOfRangeException", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailFast_IsARuntimeError()
    {
        var result = await Judge.CSharpAsync("Environment.FailFast(\"boom\");");

        Assert.Equal(RunResult.RuntimeError, result.Status);
        Assert.Contains("boom", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StackOverflow_IsARuntimeError()
    {
        var result = await Judge.CSharpAsync("static int F(int n) => F(n + 1) + 1;\nConsole.WriteLine(F(0));");

        Assert.Equal(RunResult.RuntimeError, result.Status);
    }

    [Fact]
    public async Task ExitCode_IsReported()
    {
        var result = await Judge.CSharpAsync("return 42;");

        Assert.Equal(RunResult.RuntimeError, result.Status);
        Assert.Equal(42, result.ExitCode);
    }

    [Fact]
    public async Task ThreadBomb_IsContained()
    {
        var result = await Judge.CSharpAsync("while (true) new Thread(() => Thread.Sleep(100_000)).Start();", Judge.OneCpuSecond);

        Assert.Contains(result.Status, new[] { RunResult.RuntimeError, RunResult.TimeLimit, RunResult.MemoryLimit });
        Assert.Empty(Judge.JudgeUserProcesses());
    }

    [Fact]
    public async Task ReadingHostFilesAndNetwork_Fail()
    {
        var source = """
            Console.WriteLine(File.Exists("/etc/passwd"));
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                client.Connect("127.0.0.1", 22);
                Console.WriteLine("connected");
            }
            catch (System.Net.Sockets.SocketException)
            {
                Console.WriteLine("blocked");
            }
            """;

        var result = await Judge.CSharpAsync(source);

        Assert.Equal("False\nblocked\n", result.Stdout);
    }
}

/// <summary>The compile server: a program that makes Roslyn run away is stopped by killing the server, and the next compile works.</summary>
[Collection(SandboxCollection.Name)]
public sealed class CompileServerTests
{
    /// <summary>Nested generic types whose member lookups grow exponentially; Roslyn does not observe cancellation there.</summary>
    private const string Bomb = """
        class A<T1, T2, T3, T4, T5, T6>
        {
            class B : A<B, B, B, B, B, B>
            {
                B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B.B x;
            }
        }
        class Program { static void Main() { System.Console.WriteLine("never"); } }
        """;

    private static int ServerProcesses() => Judge.ProcessesWhere(c => c.Contains(CompileServer.FileName, StringComparison.Ordinal));

    [Fact]
    public void CompileBomb_IsStoppedAtTheTimeLimit_AndTheServerIsReplaced()
    {
        var compiler = CSharpCompiler.Isolated();
        Assert.True(compiler.IsIsolated, $"{CompileServer.FileName} is missing from {AppContext.BaseDirectory}");
        var before = ServerProcesses();

        var (assembly, errors) = compiler.Compile(Bomb);

        Assert.Null(assembly);
        Assert.Equal("MLPREP002", Assert.Single(errors).Code);
        Assert.Equal(before, ServerProcesses());

        var (next, nextErrors) = compiler.Compile("System.Console.WriteLine(6 * 7);");
        Assert.True(next is not null, string.Join('\n', nextErrors));
    }

    [Fact]
    public async Task IsolatedCompiler_GivesTheSameErrorsWithLineAndColumn()
    {
        var compiler = CSharpCompiler.Isolated();

        var (assembly, errors) = compiler.Compile("var x = 1;\nConsole.WriteLine(y);");
        var runner = new ProgramRunner(new Sandbox.BubblewrapSandbox(Judge.Environment), compiler);
        var run = await runner.RunAsync(Language.CSharp, "Console.WriteLine(6 * 7);", [], Judge.Patient);

        Assert.Null(assembly);
        Assert.Equal((2, 19, "CS0103"), (errors[0].Line, errors[0].Column, errors[0].Code));
        Assert.Equal("42\n", run.Stdout);
    }
}
