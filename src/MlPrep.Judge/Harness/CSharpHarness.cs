using System.Text;
using MlPrep.Core.Problems;

namespace MlPrep.Judge.Harness;

/// <summary>
/// Writes the C# harness for a problem: it reads the tests, calls the submission's
/// <c>Solution.&lt;Method&gt;</c> once per test in one process, and writes one JSON line per test
/// on the original standard output, while the submission's Console output goes to standard error.
/// </summary>
/// <remarks>
/// Arguments are read from <c>JsonNode</c>s and answers written with a <c>Utf8JsonWriter</c> by
/// code generated for the problem's types, not by the reflection-based serializer: starting the
/// serializer costs a fresh process about 75 ms of CPU, more than the tests themselves. Non-finite
/// doubles are written as the strings "NaN", "Infinity" and "-Infinity", as Python's harness does.
/// </remarks>
public static class CSharpHarness
{
    public const string MainType = "MlPrepHarness";

    public static string Generate(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var arguments = new StringBuilder();
        for (var i = 0; i < problem.Parameters.Count; i++)
        {
            arguments.Append(i == 0 ? "" : ", ").Append(Reader(problem.Parameters[i].Type, $"args[{i}]", 0));
        }

        var usesNodes = problem.Parameters.Any(p => p.Type.IsNode) || problem.Returns.IsNode;
        return $$"""
            using System.Diagnostics;
            using System.Globalization;
            using System.Text.Json;
            using System.Text.Json.Nodes;

            {{(usesNodes ? NodeTypes : "")}}
            public static class {{MainType}}
            {
                private static Stream results;
            {{(usesNodes ? NodeReadersAndWriters : "")}}
                private static T[] Many<T>(JsonNode node, Func<JsonNode, T> one)
                {
                    if (node is null)
                    {
                        return null;
                    }

                    var items = node.AsArray();
                    var array = new T[items.Count];
                    for (var k = 0; k < array.Length; k++)
                    {
                        array[k] = one(items[k]);
                    }

                    return array;
                }

                private static double Double(JsonNode node) => node.GetValueKind() == JsonValueKind.String
                    ? double.Parse((string)node, CultureInfo.InvariantCulture)
                    : (double)node;

                private static void Write(Utf8JsonWriter w, int v) => w.WriteNumberValue(v);

                private static void Write(Utf8JsonWriter w, long v) => w.WriteNumberValue(v);

                private static void Write(Utf8JsonWriter w, bool v) => w.WriteBooleanValue(v);

                private static void Write(Utf8JsonWriter w, string v)
                {
                    if (v is null) w.WriteNullValue(); else w.WriteStringValue(v);
                }

                private static void Write(Utf8JsonWriter w, double v)
                {
                    if (double.IsFinite(v)) w.WriteNumberValue(v);
                    else w.WriteStringValue(double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
                }

                private static void WriteMany<T>(Utf8JsonWriter w, T[] items, Action<Utf8JsonWriter, T> one)
                {
                    if (items is null)
                    {
                        w.WriteNullValue();
                        return;
                    }

                    w.WriteStartArray();
                    foreach (var item in items)
                    {
                        one(w, item);
                    }

                    w.WriteEndArray();
                }

                private static void Emit(int index, bool ok, Action<Utf8JsonWriter> fields, double ms)
                {
                    var buffer = new MemoryStream();
                    using (var w = new Utf8JsonWriter(buffer))
                    {
                        w.WriteStartObject();
                        w.WriteNumber("i", index);
                        w.WriteBoolean("ok", ok);
                        fields(w);
                        w.WriteNumber("ms", ms);
                        w.WriteNumber("kb", Process.GetCurrentProcess().PeakWorkingSet64 / 1024);
                        w.WriteEndObject();
                    }

                    buffer.WriteByte((byte)'\n');
                    buffer.Position = 0;
                    buffer.CopyTo(results);
                    results.Flush();
                }

                public static void Main()
                {
                    results = Console.OpenStandardOutput();
                    Console.SetOut(Console.Error);
                    var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(Environment.GetEnvironmentVariable("MLPREP_WORK") ?? "/box", "tests.json"))).AsArray();
                    for (var index = 0; index < cases.Count; index++)
                    {
                        var args = cases[index].AsArray();
                        var clock = Stopwatch.StartNew();
                        try
                        {
                            var value = new Solution().{{problem.CSharpMethod}}({{arguments}});
                            var ms = clock.Elapsed.TotalMilliseconds;
                            Emit(index, true, w => { w.WritePropertyName("value"); {{Writer(problem.Returns, "value", 0)}}; }, ms);
                        }
                        catch (OutOfMemoryException)
                        {
                            Emit(index, false, w => w.WriteBoolean("memory", true), clock.Elapsed.TotalMilliseconds);
                            return;
                        }
                        catch (Exception error)
                        {
                            var text = error.ToString();
                            Emit(index, false, w => { w.WriteString("type", error.GetType().Name); w.WriteString("error", text.Length > 2000 ? text[..2000] : text); }, clock.Elapsed.TotalMilliseconds);
                        }
                    }
                }
            }
            """;
    }

    /// <summary>The classes a linked-list or tree submission uses, declared as the problem statements show them.</summary>
    private const string NodeTypes = """
        public class ListNode
        {
            public int val;
            public ListNode next;

            public ListNode(int val = 0, ListNode next = null)
            {
                this.val = val;
                this.next = next;
            }
        }

        public class TreeNode
        {
            public int val;
            public TreeNode left;
            public TreeNode right;

            public TreeNode(int val = 0, TreeNode left = null, TreeNode right = null)
            {
                this.val = val;
                this.left = left;
                this.right = right;
            }
        }
        """;

    /// <summary>Builds nodes from their JSON form and writes them back, refusing cycles and runaway sizes.</summary>
    private const string NodeReadersAndWriters = """
            private const int MaxNodes = 1_000_000;

            private static ListNode ListOf(JsonNode node)
            {
                ListNode head = null;
                var values = node.AsArray();
                for (var k = values.Count - 1; k >= 0; k--)
                {
                    head = new ListNode((int)values[k], head);
                }

                return head;
            }

            private static TreeNode TreeOf(JsonNode node)
            {
                var values = node.AsArray();
                if (values.Count == 0)
                {
                    return null;
                }

                var root = new TreeNode((int)values[0]);
                var level = new Queue<TreeNode>();
                level.Enqueue(root);
                var k = 1;
                while (level.Count > 0 && k < values.Count)
                {
                    var parent = level.Dequeue();
                    if (k < values.Count && values[k] is not null)
                    {
                        parent.left = new TreeNode((int)values[k]);
                        level.Enqueue(parent.left);
                    }

                    k++;
                    if (k < values.Count && values[k] is not null)
                    {
                        parent.right = new TreeNode((int)values[k]);
                        level.Enqueue(parent.right);
                    }

                    k++;
                }

                return root;
            }

            private static void Write(Utf8JsonWriter w, ListNode head)
            {
                w.WriteStartArray();
                for (var count = 0; head is not null; head = head.next)
                {
                    if (++count > MaxNodes)
                    {
                        throw new InvalidOperationException($"the returned linked list has a cycle or more than {MaxNodes} nodes");
                    }

                    w.WriteNumberValue(head.val);
                }

                w.WriteEndArray();
            }

            private static void Write(Utf8JsonWriter w, TreeNode root)
            {
                var values = new List<int?>();
                var level = new Queue<TreeNode>();
                level.Enqueue(root);
                var count = 0;
                while (level.Count > 0)
                {
                    var node = level.Dequeue();
                    if (node is null)
                    {
                        values.Add(null);
                        continue;
                    }

                    if (++count > MaxNodes)
                    {
                        throw new InvalidOperationException($"the returned tree has a cycle or more than {MaxNodes} nodes");
                    }

                    values.Add(node.val);
                    level.Enqueue(node.left);
                    level.Enqueue(node.right);
                }

                var end = values.Count;
                while (end > 0 && values[end - 1] is null)
                {
                    end--;
                }

                w.WriteStartArray();
                for (var k = 0; k < end; k++)
                {
                    if (values[k] is { } v) w.WriteNumberValue(v); else w.WriteNullValue();
                }

                w.WriteEndArray();
            }

        """;

    /// <summary>C# that turns the JsonNode <paramref name="node"/> into a value of <paramref name="type"/>.</summary>
    private static string Reader(Core.Problems.ValueType type, string node, int depth)
    {
        if (type.Rank > 0)
        {
            var item = $"x{depth}";
            return $"Many({node}, {item} => {Reader(type with { Rank = type.Rank - 1 }, item, depth + 1)})";
        }

        return type.Scalar switch
        {
            "double" => $"Double({node})",
            Core.Problems.ValueType.ListNode => $"ListOf({node})",
            Core.Problems.ValueType.TreeNode => $"TreeOf({node})",
            "string" => $"(string){node}",
            _ => $"({type.Scalar}){node}",
        };
    }

    /// <summary>C# that writes <paramref name="value"/> of <paramref name="type"/> with the writer <c>w</c>.</summary>
    private static string Writer(Core.Problems.ValueType type, string value, int depth)
    {
        if (type.Rank == 0)
        {
            return $"Write(w, {value})";
        }

        var element = type with { Rank = type.Rank - 1 };
        var item = $"v{depth}";
        var inner = element.Rank == 0 ? "Write" : $"(w, {item}) => {Writer(element, item, depth + 1)}";
        return $"WriteMany<{element.CSharp}>(w, {value}, {inner})";
    }
}
