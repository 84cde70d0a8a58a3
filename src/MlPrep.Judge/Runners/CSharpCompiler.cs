using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MlPrep.Judge.Runners;

/// <summary>One compiler error, positioned in the user's file (1-based line and column).</summary>
public sealed record CompileError(int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"main.cs({Line},{Column}): error {Code}: {Message}";
}

/// <summary>
/// Compiles a C# submission with Roslyn, against the framework's reference assemblies only,
/// without analysers or source generators. The first compile loads Roslyn (about a second and a
/// half); later ones take milliseconds. By default it compiles in this process; a compiler made
/// by <see cref="Isolated"/> sends every compile to a separate compile server that is killed when
/// it runs past <see cref="Timeout"/> (see <see cref="CompileServer"/>): servers use that one.
/// </summary>
public sealed class CSharpCompiler
{
    public const int MaxSourceBytes = 64 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Text;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SyntaxTree> Harnesses = new(StringComparer.Ordinal);

    private static readonly Lazy<CSharpCompilation> Base = new(() => CSharpCompilation.Create(
        "program",
        [CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, path: "usings.cs")],
        References.Value,
        new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Disable,
            deterministic: true)));

    private static readonly Lazy<bool> Warmed = new(() => Base.Value
        .AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Warm { public static void Main() => System.Console.WriteLine(1); }", ParseOptions))
        .Emit(Stream.Null).Success);

    /// <summary>The folder holding the dotnet host (for example /usr/share/dotnet).</summary>
    public static string DotnetRoot { get; } = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private readonly CompileServer.Client? _server;
    private readonly TimeSpan _wallTimeout = Timeout;

    /// <summary>Compiles in this process, stopping a compile after <see cref="Timeout"/> of wall-clock time: for tests and one-shot commands.</summary>
    public CSharpCompiler()
    {
    }

    /// <summary>
    /// The compiler inside a compile server: no clock of its own, because the judge's side
    /// stops the server by the CPU time it spends, which a busy machine does not inflate.
    /// </summary>
    internal static CSharpCompiler WithoutWallClock() => new(System.Threading.Timeout.InfiniteTimeSpan);

    private CSharpCompiler(TimeSpan wallTimeout) => _wallTimeout = wallTimeout;

    /// <summary>Loads Roslyn and binds the framework's symbols with one small compile, once per process.</summary>
    internal static void WarmUp() => _ = Warmed.Value;

    private CSharpCompiler(CompileServer.Client server) => _server = server;

    /// <summary>
    /// A compiler that runs Roslyn in compile-server processes (<see cref="CompileServer.FileName"/>
    /// next to the application), or in this process when the server is not there (a build that left it out).
    /// </summary>
    public static CSharpCompiler Isolated(string? serverPath = null)
    {
        var path = serverPath ?? Path.Combine(AppContext.BaseDirectory, CompileServer.FileName);
        return File.Exists(path) ? new CSharpCompiler(new CompileServer.Client(path)) : new CSharpCompiler();
    }

    /// <summary>Whether compiles run in a separate, killable process.</summary>
    public bool IsIsolated => _server is not null;

    /// <summary>Compiles <paramref name="source"/> into an executable; null bytes with the errors when it fails.</summary>
    public (byte[]? Assembly, IReadOnlyList<CompileError> Errors) Compile(string source, CancellationToken cancellationToken = default) =>
        Compile(source, harness: null, mainTypeName: null, cancellationToken);

    /// <summary>Compiles the user's file together with a harness whose type holds the entry point.</summary>
    public (byte[]? Assembly, IReadOnlyList<CompileError> Errors) Compile(string source, string? harness, string? mainTypeName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (System.Text.Encoding.UTF8.GetByteCount(source) > MaxSourceBytes)
        {
            return (null, [new CompileError(1, 1, "MLPREP001", $"the source is larger than {MaxSourceBytes / 1024} KiB")]);
        }

        if (_server is not null)
        {
            var answer = _server.Compile(new CompileRequest(source, harness, mainTypeName), Timeout, cancellationToken);
            return (answer.Assembly, answer.Errors);
        }

        // Loading Roslyn and binding the framework's symbols happens once per process and is not
        // the submission's doing: it stays outside the submission's clock.
        WarmUp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_wallTimeout);
        var user = CSharpSyntaxTree.ParseText(source, ParseOptions, path: "main.cs", cancellationToken: timeout.Token);
        List<SyntaxTree> trees = [user];
        if (harness is not null)
        {
            trees.Add(Harnesses.GetOrAdd(harness, text => CSharpSyntaxTree.ParseText(text, ParseOptions, path: "harness.cs")));
        }

        // Every compile starts from one base compilation (the global usings and the references),
        // so the symbols of the framework's reference assemblies are bound once, not per submission.
        var compilation = Base.Value
            .WithOptions(Base.Value.Options.WithMainTypeName(mainTypeName))
            .AddSyntaxTrees(trees);
        using var output = new MemoryStream();
        try
        {
            var emit = compilation.Emit(output, cancellationToken: timeout.Token);
            if (emit.Success)
            {
                return (output.ToArray(), []);
            }

            var errors = emit.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d =>
                {
                    var span = d.Location.GetLineSpan();
                    var inUserFile = span.Path == "main.cs";
                    return new CompileError(
                        inUserFile ? span.StartLinePosition.Line + 1 : 1,
                        inUserFile ? span.StartLinePosition.Character + 1 : 1,
                        d.Id,
                        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                })
                .Take(50)
                .ToList();
            return (null, errors);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, [new CompileError(1, 1, "MLPREP002", $"compilation took longer than {Timeout.TotalSeconds:0} s and was stopped")]);
        }
    }

    /// <summary>The runtimeconfig.json that lets the dotnet host run the compiled program.</summary>
    public static string RuntimeConfig { get; } = System.Text.Json.JsonSerializer.Serialize(new
    {
        runtimeOptions = new
        {
            tfm = $"net{Environment.Version.Major}.0",
            framework = new { name = "Microsoft.NETCore.App", version = $"{Environment.Version.Major}.0.0" },
            configProperties = new Dictionary<string, object>
            {
                ["System.Globalization.Invariant"] = true,
                ["System.GC.Concurrent"] = false,
            },
        },
    });

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var packs = Path.Combine(DotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var tfm = $"net{Environment.Version.Major}.0";
        var refDir = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(version => Path.Combine(version, "ref", tfm))
                .Where(Directory.Exists)
                .OrderByDescending(p => p, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        if (refDir is null)
        {
            throw new InvalidOperationException($"the reference assemblies for {tfm} were not found under {packs}; install the .NET SDK");
        }

        return [.. Directory.GetFiles(refDir, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
