using System.Text.Json.Nodes;

namespace MlPrep.Core.Problems;

/// <summary>
/// A parameter or return type of a problem's function: a scalar (int, long, double, bool,
/// string) or an array of any depth of one (<c>int[]</c>, <c>double[][]</c>); or a node type for
/// linked-list and tree problems (<c>ListNode</c>, <c>TreeNode</c>, or an array of them).
/// </summary>
/// <remarks>
/// In tests a <c>ListNode</c> is written as the array of its values (<c>[]</c> is the empty list)
/// and a <c>TreeNode</c> in level order with <c>null</c> for a missing child and trailing nulls
/// dropped (<c>[3, 9, 20, null, null, 15, 7]</c>; <c>[]</c> is the empty tree).
/// </remarks>
public sealed record ValueType(string Scalar, int Rank)
{
    public static readonly string[] Scalars = ["int", "long", "double", "bool", "string", ListNode, TreeNode];

    public const string ListNode = "ListNode";

    public const string TreeNode = "TreeNode";

    /// <summary>Whether the scalar is a linked-list or tree node (at most one array level).</summary>
    public bool IsNode => Scalar is ListNode or TreeNode;

    public static bool TryParse(string? text, out ValueType type)
    {
        type = new ValueType("int", 0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var rank = 0;
        while (trimmed.EndsWith("[]", StringComparison.Ordinal))
        {
            rank++;
            trimmed = trimmed[..^2];
        }

        if (!Scalars.Contains(trimmed) || rank > (trimmed is ListNode or TreeNode ? 1 : 3))
        {
            return false;
        }

        type = new ValueType(trimmed, rank);
        return true;
    }

    public override string ToString() => Scalar + string.Concat(Enumerable.Repeat("[]", Rank));

    /// <summary>The C# spelling: jagged arrays for matrices.</summary>
    public string CSharp => ToString();

    /// <summary>The Python annotation shown in starters (lists for arrays).</summary>
    public string Python
    {
        get
        {
            var scalar = Scalar switch { "int" or "long" => "int", "double" => "float", "bool" => "bool", ListNode or TreeNode => $"{Scalar} | None", _ => "str" };
            var result = scalar;
            for (var i = 0; i < Rank; i++)
            {
                result = $"list[{result}]";
            }

            return result;
        }
    }

    /// <summary>Whether a JSON value has this type (numbers of an integer type must be whole).</summary>
    public bool Accepts(JsonNode? node) => Accepts(node, Rank);

    private bool Accepts(JsonNode? node, int rank)
    {
        if (rank > 0)
        {
            return node is JsonArray array && array.All(item => Accepts(item, rank - 1));
        }

        if (IsNode)
        {
            // A list holds whole ints; a tree also has nulls for missing children, but not at the root.
            return node is JsonArray values
                && values.All(v => (v is null && Scalar == TreeNode) || IsInt(v))
                && (values.Count == 0 || values[0] is not null)
                && (Scalar == ListNode || FitsLevelOrder(values));
        }

        if (node is not JsonValue value)
        {
            return false;
        }

        var kind = value.GetValueKind();
        return Scalar switch
        {
            "int" => IsInt(value),
            "long" => TryNumber(value, out var l) && l == Math.Floor(l),
            "double" => kind == System.Text.Json.JsonValueKind.Number,
            "bool" => kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            _ => kind == System.Text.Json.JsonValueKind.String,
        };
    }

    /// <summary>Whether every value has a free child slot: each node opens two, each value fills one.</summary>
    private static bool FitsLevelOrder(JsonArray values)
    {
        var open = 1;
        foreach (var value in values)
        {
            if (open == 0)
            {
                return false;
            }

            open += value is null ? -1 : 1;
        }

        return true;
    }

    private static bool IsInt(JsonNode? node) => TryNumber(node, out var i) && i == Math.Floor(i) && i is >= int.MinValue and <= int.MaxValue;

    /// <summary>The number in a JSON value, whatever .NET type backs it.</summary>
    public static bool TryNumber(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value
            && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number);
    }
}
