namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.apriori, recomputed from its six baskets.</summary>
public sealed class AprioriExampleTests
{
    private const string Topic = "ml.apriori";
    private const int MinCount = 3;

    private static readonly string[][] Baskets =
    [
        ["bread", "butter", "milk"],
        ["bread", "butter", "milk"],
        ["bread", "butter", "eggs", "milk"],
        ["bread", "eggs", "milk"],
        ["bread", "eggs"],
        ["eggs", "jam", "milk"],
    ];

    private static int Count(IEnumerable<string> itemset) => Baskets.Count(basket => itemset.All(basket.Contains));

    private static double Support(IEnumerable<string> itemset) => (double)Count(itemset) / Baskets.Length;

    [Fact]
    public void LevelByLevelSearch_MatchesTheNotes()
    {
        var items = Baskets.SelectMany(b => b).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([5, 3, 4, 1, 5], items.Select(i => Count([i])));
        Notes.Mention(Topic, "Counts: bread 5, milk 5, eggs 4, butter 3, jam 1. Jam is dropped.");

        var level1 = items.Where(i => Count([i]) >= MinCount).Select(i => new[] { i }).ToList();
        var candidates2 = Join(level1);
        Assert.Equal(6, candidates2.Count);
        Assert.Empty(Prune(candidates2, level1));
        var level2 = candidates2.Where(c => Count(c) >= MinCount).ToList();
        Assert.Equal(5, level2.Count);
        Assert.Equal(4, Count(["bread", "milk"]));
        Assert.Equal(1, Count(["butter", "eggs"]));
        Notes.Mention(Topic, "bread-milk 4, bread-butter 3, bread-eggs 3, butter-milk 3, eggs-milk 3, butter-eggs 1. Five are frequent.");

        var candidates3 = Join(level2);
        Assert.Equal(3, candidates3.Count);
        var pruned = Prune(candidates3, level2);
        Assert.Equal(["bread", "butter", "eggs"], Assert.Single(pruned));
        Notes.Mention(Topic, "{bread, butter, eggs} is pruned without counting, because its subset {butter, eggs} failed");
        var counted3 = candidates3.Except(pruned).ToList();
        Assert.Equal([3, 2], counted3.Select(Count));
        Notes.Mention(Topic, "{bread, butter, milk} has 3 (frequent), {bread, eggs, milk} has 2 (not)");

        var level3 = counted3.Where(c => Count(c) >= MinCount).ToList();
        Assert.Empty(Join(level3));
        var countedTotal = items.Length + candidates2.Count + counted3.Count;
        Assert.Equal(13, countedTotal);
        Assert.Equal(31, (1 << items.Length) - 1);
        Notes.Mention(Topic, "Apriori counted 5 + 6 + 2 = 13 itemsets of the 31 possible.");
    }

    [Fact]
    public void RuleMeasures_MatchTheNotes()
    {
        string[] antecedent = ["bread", "milk"];
        string[] consequent = ["butter"];
        string[] both = [.. antecedent, .. consequent];
        var confidence = Support(both) / Support(antecedent);
        var lift = confidence / Support(consequent);
        var conviction = (1 - Support(consequent)) / (1 - confidence);

        Notes.Shows(Topic, "0.5", Support(both));
        Notes.Shows(Topic, "0.75", confidence);
        Notes.Shows(Topic, "1.5", lift);
        Notes.Shows(Topic, "2", conviction);
        Notes.Mention(Topic, "support $3/6 = 0.5$, confidence $3/4 = 0.75$, lift $0.75/0.5 = 1.5$, conviction $0.5/0.25 = 2$");

        var eggsToBread = Support(["eggs", "bread"]) / Support(["eggs"]);
        Assert.Equal(confidence, eggsToBread, 12);
        Notes.Shows(Topic, "0.9", eggsToBread / Support(["bread"]));
        Notes.Mention(Topic, "lift $= 0.75/(5/6) = 0.9$");
    }

    /// <summary>Joins itemsets (sorted arrays) that agree on all but their last item.</summary>
    private static List<string[]> Join(List<string[]> frequent)
    {
        var joined = new List<string[]>();
        for (var i = 0; i < frequent.Count; i++)
        {
            for (var j = i + 1; j < frequent.Count; j++)
            {
                var a = frequent[i];
                var b = frequent[j];
                if (a[..^1].SequenceEqual(b[..^1]))
                {
                    joined.Add([.. a.Append(b[^1]).Order(StringComparer.Ordinal)]);
                }
            }
        }

        return joined;
    }

    /// <summary>The candidates with a subset one item smaller that is not frequent.</summary>
    private static List<string[]> Prune(List<string[]> candidates, List<string[]> frequent) =>
        candidates
            .Where(c => Enumerable.Range(0, c.Length)
                .Select(skip => c.Where((_, index) => index != skip).ToArray())
                .Any(subset => !frequent.Any(f => f.SequenceEqual(subset))))
            .ToList();
}
