namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.backtracking: Combination Sum on [5, 2, 3] with target 8,
/// the calls with and without pruning, and the counts quoted under complexity.</summary>
public sealed class CodingBacktrackingExampleTests
{
    private const string Topic = "coding.backtracking";
    private static readonly int[] Candidates = [5, 2, 3];

    [Fact]
    public void CombinationSum_FindsTheThreeCombinations()
    {
        var result = CombinationSum(Candidates, 8);

        Assert.Equal(3, result.Count);
        Assert.Equal([2, 2, 2, 2], result[0]);
        Assert.Equal([2, 3, 3], result[1]);
        Assert.Equal([3, 5], result[2]);
        Notes.Mention(Topic, "The result is [[2, 2, 2, 2], [2, 3, 3], [3, 5]]");
    }

    [Fact]
    public void CallCounts_MatchTheNotes()
    {
        var nums = Candidates.Order().ToArray();
        int pruned = 0, unpruned = 0;

        void WithBreak(int start, int remaining)
        {
            pruned++;
            if (remaining == 0)
            {
                return;
            }

            for (int i = start; i < nums.Length && nums[i] <= remaining; i++)
            {
                WithBreak(i, remaining - nums[i]);
            }
        }

        void WithoutBreak(int start, int remaining)
        {
            unpruned++;
            if (remaining <= 0)
            {
                return;
            }

            for (int i = start; i < nums.Length; i++)
            {
                WithoutBreak(i, remaining - nums[i]);
            }
        }

        WithBreak(0, 8);
        WithoutBreak(0, 8);

        Notes.Shows(Topic, "13", pruned, 0);
        Notes.Mention(Topic, "found in **13 calls**");
        Notes.Shows(Topic, "23", unpruned, 0);
        Notes.Mention(Topic, "makes **23 calls**");
    }

    [Fact]
    public void EnumerationSizes_MatchTheNotes()
    {
        Notes.Shows(Topic, "1,024", Math.Pow(2, 10), 0);
        Notes.Shows(Topic, "3,628,800", Enumerable.Range(1, 10).Aggregate(1.0, (p, k) => p * k), 0);
        Notes.Shows(Topic, "92", CountQueens(8), 0);
        Notes.Mention(Topic, "The 8 × 8 board has 92 solutions.");
        Assert.Equal(2, CountQueens(4));
    }

    [Fact]
    public void QuizNumbers_AreRight()
    {
        var orderedSequences = 0;
        void Count(int remaining)
        {
            if (remaining == 0)
            {
                orderedSequences++;
                return;
            }

            foreach (int c in new[] { 2, 3, 5 }.Where(c => c <= remaining))
            {
                Count(remaining - c);
            }
        }

        Count(8);
        Assert.Equal(6, orderedSequences);
        Assert.Equal(5, Catalan(3));
    }

    private static List<List<int>> CombinationSum(int[] candidates, int target)
    {
        var nums = candidates.Order().ToArray();
        var result = new List<List<int>>();
        var path = new List<int>();

        void Dfs(int start, int remaining)
        {
            if (remaining == 0)
            {
                result.Add([.. path]);
                return;
            }

            for (int i = start; i < nums.Length && nums[i] <= remaining; i++)
            {
                path.Add(nums[i]);
                Dfs(i, remaining - nums[i]);
                path.RemoveAt(path.Count - 1);
            }
        }

        Dfs(0, target);
        return result;
    }

    private static int CountQueens(int n)
    {
        var cols = new HashSet<int>();
        var diagonals = new HashSet<int>();
        var antiDiagonals = new HashSet<int>();
        int count = 0;

        void Place(int row)
        {
            if (row == n)
            {
                count++;
                return;
            }

            for (int c = 0; c < n; c++)
            {
                if (cols.Contains(c) || diagonals.Contains(row - c) || antiDiagonals.Contains(row + c))
                {
                    continue;
                }

                cols.Add(c);
                diagonals.Add(row - c);
                antiDiagonals.Add(row + c);
                Place(row + 1);
                cols.Remove(c);
                diagonals.Remove(row - c);
                antiDiagonals.Remove(row + c);
            }
        }

        Place(0);
        return count;
    }

    private static long Catalan(int n)
    {
        long c = 1;
        for (int i = 0; i < n; i++)
        {
            c = c * 2 * (2 * i + 1) / (i + 2);
        }

        return c;
    }
}
