using System.Text;

namespace MlPrep.Judge.Harness;

/// <summary>
/// The C# side of warm boxes: a small program started ahead of time in a box. It loads the
/// runtime and compiles (JITs) the JSON reading and writing paths the harness uses, then
/// says so on standard output and blocks on standard input. The judge hands it exactly one submission: an 8-byte header (the
/// lengths of the compiled assembly and of the tests), the assembly, the tests. The host writes
/// the tests to /tmp/work, loads the assembly and runs its entry point, the harness.
/// </summary>
public static class WarmHost
{
    public const string MainType = "MlPrepWarmHost";

    public const string Source = """
        using System.Diagnostics;
        using System.Reflection;
        using System.Runtime.ExceptionServices;
        using System.Text.Json;
        using System.Text.Json.Nodes;

        public static class MlPrepWarmHost
        {
            public static void Main()
            {
                Warm();
                // Tells the judge the box is ready; the judge ignores lines that are not test results.
                var ready = Encoding.UTF8.GetBytes("{\"ready\":true}\n");
                var output = Console.OpenStandardOutput();
                output.Write(ready, 0, ready.Length);
                output.Flush();

                var input = Console.OpenStandardInput();
                var header = Read(input, 8);
                var assembly = Read(input, BitConverter.ToInt32(header, 0));
                var tests = Read(input, BitConverter.ToInt32(header, 4));
                Directory.CreateDirectory("/tmp/work");
                File.WriteAllBytes("/tmp/work/tests.json", tests);
                Environment.SetEnvironmentVariable("MLPREP_WORK", "/tmp/work");
                Console.SetIn(TextReader.Null);
                var entry = Assembly.Load(assembly).EntryPoint;
                try
                {
                    entry.Invoke(null, entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
                }
                catch (TargetInvocationException error) when (error.InnerException is not null)
                {
                    ExceptionDispatchInfo.Capture(error.InnerException).Throw();
                }
            }

            private static byte[] Read(Stream input, int count)
            {
                var buffer = new byte[count];
                input.ReadExactly(buffer, 0, count);
                return buffer;
            }

            private static void Warm()
            {
                var node = JsonNode.Parse("[[1, 2], [[1.5]], [\"x\"], [true], 3]").AsArray();
                var buffer = new MemoryStream();
                using (var w = new Utf8JsonWriter(buffer))
                {
                    w.WriteStartObject();
                    w.WriteNumber("i", (int)node[4]);
                    w.WriteBoolean("ok", (bool)node[3][0]);
                    w.WriteStartArray("value");
                    w.WriteNumberValue((long)node[0][0]);
                    w.WriteNumberValue((double)node[1][0][0]);
                    w.WriteStringValue((string)node[2][0]);
                    w.WriteEndArray();
                    w.WriteNumber("ms", Stopwatch.StartNew().Elapsed.TotalMilliseconds);
                    w.WriteNumber("kb", Process.GetCurrentProcess().PeakWorkingSet64 / 1024);
                    w.WriteEndObject();
                }

                GC.KeepAlive(buffer.ToArray());
                GC.KeepAlive(node.GetValueKind());
                GC.KeepAlive(Console.OpenStandardOutput());
                GC.KeepAlive(Console.Error);
            }
        }
        """;

    /// <summary>The bytes a warm C# box expects: the header, the compiled submission and harness, the tests.</summary>
    public static byte[] Payload(byte[] assembly, string testsJson)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var tests = Encoding.UTF8.GetBytes(testsJson);
        var payload = new byte[8 + assembly.Length + tests.Length];
        BitConverter.TryWriteBytes(payload.AsSpan(0, 4), assembly.Length);
        BitConverter.TryWriteBytes(payload.AsSpan(4, 4), tests.Length);
        assembly.CopyTo(payload, 8);
        tests.CopyTo(payload, 8 + assembly.Length);
        return payload;
    }
}
