namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.dynamic-programming: fewest coins for 6 from [1, 3, 4], greedy's failure and the cost of naive recursion.</summary>
public sealed class CodingDynamicProgrammingExampleTests
{
    private const string Topic = "coding.dynamic-programming";
    private static readonly int[] Coins = [1, 3, 4];

    private static int[] Table(int amount)
    {
        var dp = new int[amount + 1];
        Array.Fill(dp, amount + 1);
        dp[0] = 0;
        for (var a = 1; a <= amount; a++)
        {
            foreach (var c in Coins.Where(c => c <= a))
            {
                dp[a] = Math.Min(dp[a], dp[a - c] + 1);
            }
        }

        return dp;
    }

    private static long NaiveCalls(int amount) =>
        1 + Coins.Where(c => c <= amount).Sum(c => NaiveCalls(amount - c));

    private static long FibCalls(int n) => n < 2 ? 1 : 1 + FibCalls(n - 1) + FibCalls(n - 2);

    [Fact]
    public void CoinTable_MatchesTheNotes()
    {
        var dp = Table(6);

        for (var a = 1; a <= 6; a++)
        {
            var cells = Coins.Select(c => c <= a ? $" dp[{a - c}]+1 = {dp[a - c] + 1} |" : " |");
            Notes.Mention(Topic, $"| {a} |{string.Concat(cells)} {dp[a]} |");
        }

        Notes.Shows(Topic, "2", dp[6], 0);
        Notes.Mention(Topic, "The answer is 2 coins (3 + 3)");
    }

    [Fact]
    public void Greedy_UsesThreeCoins()
    {
        var left = 6;
        var used = new List<int>();
        foreach (var c in Coins.OrderDescending())
        {
            while (left >= c)
            {
                left -= c;
                used.Add(c);
            }
        }

        Assert.Equal([4, 1, 1], used);
        Notes.Mention(Topic, "pays 4 + 1 + 1, three coins");
    }

    [Fact]
    public void NaiveRecursion_RepeatsWork()
    {
        Notes.Shows(Topic, "24", NaiveCalls(6), 0);
        Notes.Shows(Topic, "20,736", NaiveCalls(20), 0);
        Notes.Shows(Topic, "21", Table(20).Length, 0);
        Notes.Shows(Topic, "2,692,537", FibCalls(30), 0);
        Notes.Mention(Topic, "for 31 distinct subproblems");
    }
}
