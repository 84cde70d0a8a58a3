using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace MlPrep.Judge.Runners;

/// <summary>One compile request or answer between the judge and its compile server.</summary>
internal sealed record CompileRequest(string Source, string? Harness, string? MainType);

internal sealed record CompileResponse(byte[]? Assembly, IReadOnlyList<CompileError> Errors);

/// <summary>
/// Roslyn in a separate process. Some programs make the compiler itself run away (deeply nested
/// generic types grow exponentially, and Roslyn does not look at its cancellation token there),
/// and a thread cannot be stopped from outside: a process can. The judge keeps a few warm
/// compile servers, sends each compile to an idle one, and kills a server that does not answer
/// within the time limit or dies; a new one starts on the next compile. The server's heap is
/// capped, so a compile cannot take the machine's memory either.
/// </summary>
public static class CompileServer
{
    /// <summary>The file name of the compile server, next to the application's own assemblies.</summary>
    public const string FileName = "mlprep-compiler.dll";

    /// <summary>The most memory a compile server's heap may take.</summary>
    public const long HeapLimitBytes = 1L << 30;

    private const int MaxFrameBytes = 64 << 20;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The server's loop: one answer per request, until the input closes. Returns the exit code.</summary>
    public static int Serve(Stream input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var compiler = CSharpCompiler.WithoutWallClock();
        CSharpCompiler.WarmUp();
        while (ReadFrame(input) is { } frame)
        {
            CompileResponse response;
            try
            {
                var request = JsonSerializer.Deserialize<CompileRequest>(frame, Json)!;
                var (assembly, errors) = compiler.Compile(request.Source, request.Harness, request.MainType);
                response = new CompileResponse(assembly, errors);
            }
            catch (OutOfMemoryException)
            {
                response = new CompileResponse(null, [new CompileError(1, 1, "MLPREP003", "the compiler ran out of memory on this program")]);
            }

            WriteFrame(output, JsonSerializer.SerializeToUtf8Bytes(response, Json));
        }

        return 0;
    }

    internal static void WriteFrame(Stream stream, byte[] payload)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        stream.Write(header);
        stream.Write(payload);
        stream.Flush();
    }

    internal static byte[]? ReadFrame(Stream stream)
    {
        var header = new byte[4];
        if (stream.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"a compile frame of {length} bytes");
        }

        var payload = new byte[length];
        return stream.ReadAtLeast(payload, length, throwOnEndOfStream: false) < length ? null : payload;
    }

    /// <summary>The judge's side: warm servers waiting for work.</summary>
    internal sealed class Client(string serverPath)
    {
        private readonly ConcurrentBag<Process> _idle = [];

        public CompileResponse Compile(CompileRequest request, TimeSpan timeout, CancellationToken cancellationToken)
        {
            var server = Take();
            var keep = false;
            try
            {
                var exchange = Task.Run(() =>
                {
                    WriteFrame(server.StandardInput.BaseStream, JsonSerializer.SerializeToUtf8Bytes(request, Json));
                    return ReadFrame(server.StandardOutput.BaseStream);
                }, CancellationToken.None);
                if (!Finishes(exchange, server, timeout, cancellationToken))
                {
                    return new CompileResponse(null, [new CompileError(1, 1, "MLPREP002", $"compilation used more than {timeout.TotalSeconds:0} s of CPU time and was stopped")]);
                }

                if (exchange.Result is not { } frame)
                {
                    return new CompileResponse(null, [new CompileError(1, 1, "MLPREP003", "the compiler stopped on this program (it probably ran out of memory)")]);
                }

                keep = true;
                return JsonSerializer.Deserialize<CompileResponse>(frame, Json)!;
            }
            catch (Exception ex) when (ex is IOException or AggregateException or InvalidDataException)
            {
                return new CompileResponse(null, [new CompileError(1, 1, "MLPREP003", "the compiler stopped on this program: " + ex.GetBaseException().Message)]);
            }
            finally
            {
                if (keep && !server.HasExited)
                {
                    _idle.Add(server);
                }
                else
                {
                    Kill(server);
                }
            }
        }

        /// <summary>
        /// Waits for the answer while the server's CPU time for this compile stays within the
        /// limit. Counting CPU rather than wall-clock time keeps a busy machine (or a server still
        /// starting up) from failing an honest compile; a wall-clock backstop of six times the
        /// limit catches a server that hangs without computing.
        /// </summary>
        private static bool Finishes(Task exchange, Process server, TimeSpan limit, CancellationToken cancellationToken)
        {
            var cpuAtStart = CpuTime(server);
            var clock = Stopwatch.StartNew();
            while (!exchange.Wait(TimeSpan.FromMilliseconds(50), cancellationToken))
            {
                if (CpuTime(server) - cpuAtStart > limit || clock.Elapsed > 6 * limit)
                {
                    return false;
                }
            }

            return true;
        }

        private static TimeSpan CpuTime(Process server)
        {
            try
            {
                server.Refresh();
                return server.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                return TimeSpan.Zero;
            }
        }

        private Process Take()
        {
            while (_idle.TryTake(out var server))
            {
                if (!server.HasExited)
                {
                    return server;
                }

                server.Dispose();
            }

            var start = new ProcessStartInfo(Path.Combine(CSharpCompiler.DotnetRoot, "dotnet"))
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = false,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(serverPath);
            start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["DOTNET_gcServer"] = "0";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            return Process.Start(start) ?? throw new InvalidOperationException($"could not start the compile server {serverPath}");
        }

        private static void Kill(Process server)
        {
            try
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
            }

            server.Dispose();
        }
    }
}
