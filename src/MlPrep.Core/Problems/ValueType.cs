using System.Text.Json.Nodes;

namespace MlPrep.Core.Problems;

/// <summary>
/// A parameter or return type of a problem's function: a scalar (int, long, double, bool,
/// string) or an array of any depth of one (<c>int[]</c>, <c>double[][]</c>).
/// </summary>
public sealed record ValueType(string Scalar, int Rank)
{
    public static readonly string[] Scalars = ["int", "long", "double", "bool", "string"];

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

        if (!Scalars.Contains(trimmed) || rank > 3)
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
            var scalar = Scalar switch { "int" or "long" => "int", "double" => "float", "bool" => "bool", _ => "str" };
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

        if (node is not JsonValue value)
        {
            return false;
        }

        var kind = value.GetValueKind();
        return Scalar switch
        {
            "int" => TryNumber(value, out var i) && i == Math.Floor(i) && i is >= int.MinValue and <= int.MaxValue,
            "long" => TryNumber(value, out var l) && l == Math.Floor(l),
            "double" => kind == System.Text.Json.JsonValueKind.Number,
            "bool" => kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            _ => kind == System.Text.Json.JsonValueKind.String,
        };
    }

    /// <summary>The number in a JSON value, whatever .NET type backs it.</summary>
    public static bool TryNumber(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value
            && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number);
    }
}
