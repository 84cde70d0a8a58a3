namespace MlPrep.Core.Text;

/// <summary>Whether a line of a diff is in both versions, only the old one or only the new one.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>One line of a diff, with its line number in the old and the new version (null where absent).</summary>
public sealed record DiffLine(DiffKind Kind, string Text, int? OldLine, int? NewLine);

/// <summary>
/// A line diff of two texts (two attempts at a problem): the longest common subsequence of
/// lines, computed by dynamic programming after trimming the common head and tail, so the cost is
/// the product of the lengths of the changed middles only.
/// </summary>
public static class LineDiff
{
    /// <summary>Beyond this many cells of the middle's table the diff falls back to "all removed, all added".</summary>
    public const long MaxCells = 16_000_000;

    public static IReadOnlyList<DiffLine> Compute(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var result = new List<DiffLine>(a.Length + b.Length);
        for (var i = 0; i < head; i++)
        {
            result.Add(new DiffLine(DiffKind.Same, a[i], i + 1, i + 1));
        }

        Middle(a, b, head, a.Length - tail, head, b.Length - tail, result);
        for (var k = tail; k > 0; k--)
        {
            int i = a.Length - k, j = b.Length - k;
            result.Add(new DiffLine(DiffKind.Same, a[i], i + 1, j + 1));
        }

        return result;
    }

    /// <summary>How many lines were added and removed.</summary>
    public static (int Added, int Removed) Count(IReadOnlyList<DiffLine> diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return (diff.Count(l => l.Kind == DiffKind.Added), diff.Count(l => l.Kind == DiffKind.Removed));
    }

    private static void Middle(string[] a, string[] b, int a0, int a1, int b0, int b1, List<DiffLine> result)
    {
        int n = a1 - a0, m = b1 - b0;
        if ((long)n * m > MaxCells)
        {
            for (var i = a0; i < a1; i++)
            {
                result.Add(new DiffLine(DiffKind.Removed, a[i], i + 1, null));
            }

            for (var j = b0; j < b1; j++)
            {
                result.Add(new DiffLine(DiffKind.Added, b[j], null, j + 1));
            }

            return;
        }

        // lcs[i, j]: the longest common subsequence of a[a0 + i ..] and b[b0 + j ..].
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[a0 + i] == b[b0 + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[a0 + x] == b[b0 + y])
            {
                result.Add(new DiffLine(DiffKind.Same, a[a0 + x], a0 + x + 1, b0 + y + 1));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                result.Add(new DiffLine(DiffKind.Removed, a[a0 + x], a0 + x + 1, null));
                x++;
            }
            else
            {
                result.Add(new DiffLine(DiffKind.Added, b[b0 + y], null, b0 + y + 1));
                y++;
            }
        }
    }

    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
