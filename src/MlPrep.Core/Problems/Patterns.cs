namespace MlPrep.Core.Problems;

/// <summary>One of the algorithm patterns that dsa problems are grouped by.</summary>
public sealed record Pattern(string Slug, string Title, string Cue);

/// <summary>
/// The eighteen algorithm patterns, in the order the pattern path teaches them: each builds on
/// the ones before it (hashing before sliding windows, trees before tries and heaps, graphs before
/// advanced graphs, 1-D before 2-D dynamic programming).
/// </summary>
public static class Patterns
{
    public static readonly IReadOnlyList<Pattern> All =
    [
        new("arrays-hashing", "Arrays and hashing", "count, group or look up in O(1) instead of scanning again"),
        new("two-pointers", "Two pointers", "a sorted array or a string read from both ends"),
        new("sliding-window", "Sliding window", "the best contiguous run under a condition"),
        new("stack", "Stack", "the nearest greater or smaller element, nesting, evaluation"),
        new("binary-search", "Binary search", "a sorted space, or a yes/no answer that flips once"),
        new("linked-list", "Linked list", "pointer rewiring with fast and slow runners"),
        new("trees", "Trees", "recursion over left and right subtrees, level-order traversal"),
        new("tries", "Tries", "many words sharing prefixes"),
        new("heap", "Heap / priority queue", "the k best, a running median, merging sorted streams"),
        new("backtracking", "Backtracking", "enumerate every valid choice sequence, pruning early"),
        new("graphs", "Graphs", "grids and adjacency lists: BFS, DFS, topological order"),
        new("advanced-graphs", "Advanced graphs", "weighted shortest paths, spanning trees, ordering constraints"),
        new("dp-1d", "1-D dynamic programming", "the answer for i from the answers before it"),
        new("dp-2d", "2-D dynamic programming", "two strings or a grid: a table indexed by two positions"),
        new("greedy", "Greedy", "a locally best choice that an exchange argument proves safe"),
        new("intervals", "Intervals", "sort by start or end, then merge or count overlaps"),
        new("math-geometry", "Math and geometry", "matrix walks, number theory, fast exponentiation"),
        new("bit-manipulation", "Bit manipulation", "XOR cancellation, masks, counting bits"),
    ];

    public static Pattern? Find(string? slug) => All.FirstOrDefault(p => p.Slug == slug);

    /// <summary>The pattern's position on the path; unknown slugs sort last.</summary>
    public static int Order(string? slug)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Slug == slug)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
