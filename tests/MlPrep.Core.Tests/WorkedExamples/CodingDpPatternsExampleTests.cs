namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked examples of coding.dp-patterns: the edit-distance table for "flaw" to "lawn",
/// the LIS tails trace, the 0/1 knapsack (and its ascending-loop bug), and the matrix-chain costs.</summary>
public sealed class CodingDpPatternsExampleTests
{
    private const string Topic = "coding.dp-patterns";

    [Fact]
    public void EditDistanceTable_MatchesTheNotes()
    {
        const string a = "flaw", b = "lawn";
        var dp = EditTable(a, b);
        for (int i = 0; i <= a.Length; i++)
        {
            var label = i == 0 ? "\"\"" : a[(i - 1)..i];
            var cells = Enumerable.Range(0, b.Length + 1).Select(j => dp[i, j]);
            Notes.Mention(Topic, $"| {label} | {string.Join(" | ", cells)} |");
        }

        Assert.Equal(2, EditDistance(a, b));
        Notes.Mention(Topic, "The answer is **2**: delete f, then insert n.");
        Assert.Equal(2, EditDistance("abc", "yabd"));
        Assert.Equal(3, EditDistance("kitten", "sitting"));
    }

    [Fact]
    public void LisTails_MatchTheNotes()
    {
        int[] nums = [4, 10, 4, 3, 8, 9];
        var tails = new List<int>();
        var states = new List<string>();
        foreach (int x in nums)
        {
            int i = tails.BinarySearch(x);
            if (i < 0)
            {
                i = ~i;
            }

            if (i == tails.Count)
            {
                tails.Add(x);
            }
            else
            {
                tails[i] = x;
            }

            states.Add("[" + string.Join(", ", tails) + "]");
        }

        Notes.Mention(Topic, "tails: " + string.Join(" → ", states) + ", so the length is **3**");
        Assert.Equal(3, LisLength(nums));
        Assert.Equal(4, LisLength([10, 9, 2, 5, 3, 7, 101, 18]));
    }

    [Fact]
    public void Knapsack_MatchesTheNotes()
    {
        int[] weights = [1, 3, 4], values = [15, 20, 30];

        Notes.Shows(Topic, "35", Knapsack01(weights, values, 4), 0);
        Notes.Shows(Topic, "60", AscendingKnapsack(weights, values, 4), 0);
        Notes.Mention(Topic, "the best is **35** (weights 1 + 3)");
        Notes.Mention(Topic, "reuses item 1 four times and reports 60");
    }

    [Fact]
    public void MatrixChain_MatchesTheNotes()
    {
        int[] dims = [10, 30, 5, 60];
        var best = new double[3, 3];
        for (int length = 2; length <= 3; length++)
        {
            for (int i = 0; i + length - 1 < 3; i++)
            {
                int j = i + length - 1;
                best[i, j] = double.MaxValue;
                for (int k = i; k < j; k++)
                {
                    best[i, j] = Math.Min(best[i, j], best[i, k] + best[k + 1, j] + (double)dims[i] * dims[k + 1] * dims[j + 1]);
                }
            }
        }

        Notes.Shows(Topic, "4,500", best[0, 2], 0);
        Notes.Shows(Topic, "27,000", 30 * 5 * 60 + 10 * 30 * 60, 0);
        Notes.Mention(Topic, "(AB)C costs 1,500 + 3,000 = **4,500**");
        Notes.Mention(Topic, "A(BC) costs 9,000 + 18,000 = 27,000");
    }

    [Fact]
    public void QuizNumbers_AreRight()
    {
        Assert.Equal(2, Ways([1, 2], 3, coinsOutside: true));
        Assert.Equal(3, Ways([1, 2], 3, coinsOutside: false));
        Notes.Mention(Topic, "n³ = 1.25 × 10^8");
        Assert.Equal(125_000_000, 500 * 500 * 500);
    }

    private static int Knapsack01(int[] weights, int[] values, int capacity)
    {
        var best = new int[capacity + 1];
        for (int k = 0; k < weights.Length; k++)
        {
            for (int c = capacity; c >= weights[k]; c--)
            {
                best[c] = Math.Max(best[c], best[c - weights[k]] + values[k]);
            }
        }

        return best[capacity];
    }

    private static int AscendingKnapsack(int[] weights, int[] values, int capacity)
    {
        var best = new int[capacity + 1];
        for (int k = 0; k < weights.Length; k++)
        {
            for (int c = weights[k]; c <= capacity; c++)
            {
                best[c] = Math.Max(best[c], best[c - weights[k]] + values[k]);
            }
        }

        return best[capacity];
    }

    private static int LisLength(int[] nums)
    {
        var tails = new List<int>();
        foreach (int x in nums)
        {
            int i = tails.BinarySearch(x);
            if (i < 0)
            {
                i = ~i;
            }

            if (i == tails.Count)
            {
                tails.Add(x);
            }
            else
            {
                tails[i] = x;
            }
        }

        return tails.Count;
    }

    private static int EditDistance(string a, string b) => EditTable(a, b)[a.Length, b.Length];

    private static int[,] EditTable(string a, string b)
    {
        int m = a.Length, n = b.Length;
        var dp = new int[m + 1, n + 1];
        for (int i = 0; i <= m; i++)
        {
            dp[i, 0] = i;
        }

        for (int j = 0; j <= n; j++)
        {
            dp[0, j] = j;
        }

        for (int i = 1; i <= m; i++)
        {
            for (int j = 1; j <= n; j++)
            {
                dp[i, j] = a[i - 1] == b[j - 1]
                    ? dp[i - 1, j - 1]
                    : 1 + Math.Min(dp[i - 1, j - 1], Math.Min(dp[i - 1, j], dp[i, j - 1]));
            }
        }

        return dp;
    }

    private static int Ways(int[] coins, int amount, bool coinsOutside)
    {
        var ways = new int[amount + 1];
        ways[0] = 1;
        if (coinsOutside)
        {
            foreach (int coin in coins)
            {
                for (int a = coin; a <= amount; a++)
                {
                    ways[a] += ways[a - coin];
                }
            }
        }
        else
        {
            for (int a = 1; a <= amount; a++)
            {
                foreach (int coin in coins.Where(c => c <= a))
                {
                    ways[a] += ways[a - coin];
                }
            }
        }

        return ways[amount];
    }
}
