using System.Text.Json;
using System.Text.Json.Nodes;
using MlPrep.Core.Problems;

namespace MlPrep.Judge.Problems;

/// <summary>Compares an answer with the expected value under a problem's comparator.</summary>
public static class AnswerComparer
{
    public static bool Matches(Comparator comparator, JsonNode? expected, JsonNode? actual)
    {
        ArgumentNullException.ThrowIfNull(comparator);
        return comparator.Kind switch
        {
            "float" => Close(expected, actual, comparator),
            "unordered" => SameItems(expected, actual, distinct: false, comparator),
            "set" => SameItems(expected, actual, distinct: true, comparator),
            _ => Close(expected, actual, comparator with { Absolute = 0, Relative = 0 }),
        };
    }

    /// <summary>Structural equality, with numbers equal within the tolerance |a - e| &lt;= max(abs, rel * |e|).</summary>
    private static bool Close(JsonNode? expected, JsonNode? actual, Comparator tolerance)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case JsonArray expectedArray:
                return actual is JsonArray actualArray
                    && expectedArray.Count == actualArray.Count
                    && expectedArray.Zip(actualArray).All(pair => Close(pair.First, pair.Second, tolerance));
            case JsonValue expectedValue when expectedValue.GetValueKind() == JsonValueKind.Number:
                if (!Core.Problems.ValueType.TryNumber(expectedValue, out var e) || !Core.Problems.ValueType.TryNumber(actual, out var a))
                {
                    return false;
                }

                return a == e || Math.Abs(a - e) <= Math.Max(tolerance.Absolute, tolerance.Relative * Math.Abs(e));
            default:
                return JsonNode.DeepEquals(expected, actual);
        }
    }

    private static bool SameItems(JsonNode? expected, JsonNode? actual, bool distinct, Comparator comparator)
    {
        if (expected is not JsonArray e || actual is not JsonArray a)
        {
            return Close(expected, actual, comparator);
        }

        var expectedItems = Canonical(e, distinct);
        var actualItems = Canonical(a, distinct);
        return expectedItems.SequenceEqual(actualItems, StringComparer.Ordinal);
    }

    /// <summary>Items as canonical JSON text, sorted (inner arrays sorted too, so [[2,1]] equals [[1,2]] as a set of sets).</summary>
    private static List<string> Canonical(JsonArray items, bool distinct)
    {
        var texts = items.Select(item => item is JsonArray inner ? "[" + string.Join(',', Canonical(inner, distinct)) + "]" : item?.ToJsonString() ?? "null");
        if (distinct)
        {
            texts = texts.Distinct(StringComparer.Ordinal);
        }

        return [.. texts.Order(StringComparer.Ordinal)];
    }
}
