namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.tokenization: BPE trained on four word counts, and embedding sizes.</summary>
public sealed class NlpTokenizationExampleTests
{
    private const string Topic = "nlp.tokenization";
    private const string EndOfWord = "</w>";
    private static readonly (string Word, int Count)[] Corpus = [("low", 5), ("lower", 2), ("newest", 6), ("widest", 3)];

    private static List<string> Symbols(string word) => [.. word.Select(c => c.ToString()), EndOfWord];

    /// <summary>Pair counts weighted by word frequency, in order of first occurrence.</summary>
    private static List<((string, string) Pair, int Count)> PairCounts(List<(List<string> Symbols, int Count)> words)
    {
        var counts = new List<((string, string) Pair, int Count)>();
        foreach (var (symbols, count) in words)
        {
            for (var i = 0; i + 1 < symbols.Count; i++)
            {
                var pair = (symbols[i], symbols[i + 1]);
                var at = counts.FindIndex(c => c.Pair == pair);
                if (at < 0)
                {
                    counts.Add((pair, count));
                }
                else
                {
                    counts[at] = (pair, counts[at].Count + count);
                }
            }
        }

        return counts;
    }

    private static List<string> Merge(List<string> symbols, (string Left, string Right) pair)
    {
        var merged = new List<string>();
        for (var i = 0; i < symbols.Count; i++)
        {
            if (i + 1 < symbols.Count && symbols[i] == pair.Left && symbols[i + 1] == pair.Right)
            {
                merged.Add(pair.Left + pair.Right);
                i++;
            }
            else
            {
                merged.Add(symbols[i]);
            }
        }

        return merged;
    }

    private static List<((string, string) Pair, int Count)> Train(int merges)
    {
        var words = Corpus.Select(w => (Symbols(w.Word), w.Count)).ToList();
        var learned = new List<((string, string) Pair, int Count)>();
        for (var m = 0; m < merges; m++)
        {
            var counts = PairCounts(words);
            var best = counts.First(c => c.Count == counts.Max(x => x.Count));
            learned.Add(best);
            words = [.. words.Select(w => (Merge(w.Item1, best.Pair), w.Item2))];
        }

        return learned;
    }

    [Fact]
    public void InitialPairCounts_MatchTheNotes()
    {
        var counts = PairCounts([.. Corpus.Select(w => (Symbols(w.Word), w.Count))]).ToDictionary(c => c.Pair, c => c.Count);
        var baseSymbols = Corpus.SelectMany(w => Symbols(w.Word)).Distinct().Count();

        Notes.Shows(Topic, "11", baseSymbols, 0);
        Assert.Equal(9, counts[("e", "s")]);
        Assert.Equal(8, counts[("w", "e")]);
        Assert.Equal(7, counts[("l", "o")]);
        Notes.Mention(Topic, "(e, s) 9, (s, t) 9, (t, `</w>`) 9, (w, e) 8, (l, o) 7, (o, w) 7, (n, e) 6");
    }

    [Fact]
    public void FiveMerges_MatchTheTableAndEncodeLowest()
    {
        var merges = Train(5);
        var lowest = merges.Aggregate(Symbols("lowest"), (symbols, m) => Merge(symbols, m.Pair));

        Assert.Equal([("e", "s"), ("es", "t"), ("est", EndOfWord), ("l", "o"), ("lo", "w")], merges.Select(m => m.Pair));
        Assert.Equal([9, 9, 9, 7, 7], merges.Select(m => m.Count));
        Notes.Mention(Topic, "| 5 | lo + w | 7 |");
        Notes.Shows(Topic, "16", 11 + merges.Count, 0);
        Assert.Equal(["low", "est" + EndOfWord], lowest);
        Notes.Mention(Topic, "**low + est`</w>`**");
    }

    [Fact]
    public void EmbeddingSizes_MatchTheNotes()
    {
        Assert.Equal(38_597_376, 50_257 * 768);
        Notes.Mention(Topic, "$50{,}257 \\times 768 = 38{,}597{,}376$");
        Notes.Shows(Topic, "525,336,576", 128_256L * 4_096, 0);
        Notes.Shows(Topic, "50,257", 256 + 50_000 + 1, 0);
    }
}
