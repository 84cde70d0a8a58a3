namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of ml.self-training: scikit-learn's SelfTrainingClassifier loop around a
/// nearest-centroid model with logistic confidence, with the threshold and k_best criteria.
/// </summary>
public sealed class SelfTrainingExampleTests
{
    private const string Topic = "ml.self-training";
    private static readonly double[] LabelledA = [0, 1];
    private static readonly double[] LabelledB = [10, 11];
    private static readonly double[] Unlabelled = [2, 3, 4, 5, 6];

    private sealed record Round(double MeanA, double MeanB, Dictionary<double, (double Confidence, char Label)> Scores, double[] Added);

    [Fact]
    public void ThresholdCriterion_MatchesTheNotes()
    {
        var (rounds, termination, labels) = Run(criterion: "threshold", threshold: 0.75, kBest: 10);

        Assert.Equal(3, rounds.Count);
        Assert.Equal("no_change", termination);
        Notes.Shows(Topic, "1.0986", Math.Log(3));

        var first = rounds[0];
        Notes.Shows(Topic, "5.5", Boundary(first));
        Notes.Shows(Topic, "0.971", first.Scores[2].Confidence);
        Notes.Shows(Topic, "0.924", first.Scores[3].Confidence);
        Notes.Shows(Topic, "0.818", first.Scores[4].Confidence);
        Notes.Shows(Topic, "0.622", first.Scores[5].Confidence);
        Assert.Equal(('A', 'B'), (first.Scores[5].Label, first.Scores[6].Label));
        Assert.Equal([2, 3, 4], first.Added);

        var second = rounds[1];
        Notes.Shows(Topic, "2.0", second.MeanA);
        Notes.Shows(Topic, "6.25", Boundary(second));
        Notes.Shows(Topic, "0.777", second.Scores[5].Confidence);
        Notes.Shows(Topic, "0.562", second.Scores[6].Confidence);
        Assert.Equal([5], second.Added);

        var third = rounds[2];
        Notes.Shows(Topic, "6.5", Boundary(third));
        Assert.Equal(0.622, third.Scores[6].Confidence, 3);
        Assert.Empty(third.Added);
        Assert.All(rounds, r => Assert.Equal(10.5, r.MeanB));
        Assert.False(labels.ContainsKey(6));
        Notes.Mention(Topic, "Round 3 selects nothing, so the fit ends with `'no_change'`, `n_iter_` = 3, and point 6 keeps `labeled_iter_` = -1.");
    }

    [Fact]
    public void KBestCriterion_MatchesTheNotes()
    {
        var (rounds, termination, labels) = Run(criterion: "k_best", threshold: 0.75, kBest: 2);

        Assert.Equal("all_labeled", termination);
        Assert.Equal(3, rounds.Count);
        Assert.Equal([2, 3], rounds[0].Added);
        Assert.Equal([4, 5], rounds[1].Added);
        Assert.Equal([6], rounds[2].Added);
        Notes.Shows(Topic, "0.881", rounds[1].Scores[4].Confidence);
        Notes.Shows(Topic, "0.731", rounds[1].Scores[5].Confidence);
        Notes.Shows(Topic, "0.5", rounds[1].Scores[6].Confidence);
        Assert.Equal('A', labels[6]);

        var finalMeanA = labels.Where(p => p.Value == 'A').Average(p => p.Key);
        Notes.Shows(Topic, "6.75", (finalMeanA + 10.5) / 2);
        Notes.Mention(Topic, "All rows are labelled after three rounds (`'all_labeled'`)");
    }

    private static double Boundary(Round round) => (round.MeanA + round.MeanB) / 2;

    /// <summary>scikit-learn's loop: fit, score the unlabelled rows, add those selected, stop when none is.</summary>
    private static (List<Round> Rounds, string Termination, Dictionary<double, char> Labels) Run(string criterion, double threshold, int kBest, int maxIter = 10)
    {
        var labels = LabelledA.Select(x => (x, 'A')).Concat(LabelledB.Select(x => (x, 'B'))).ToDictionary(p => p.x, p => p.Item2);
        var pool = Unlabelled.ToList();
        var rounds = new List<Round>();
        while (pool.Count > 0 && rounds.Count < maxIter)
        {
            var meanA = labels.Where(p => p.Value == 'A').Average(p => p.Key);
            var meanB = labels.Where(p => p.Value == 'B').Average(p => p.Key);
            var boundary = (meanA + meanB) / 2;
            var scores = pool.ToDictionary(x => x, x =>
            {
                var pA = 1 / (1 + Math.Exp(-(boundary - x)));
                return pA >= 0.5 ? (Confidence: pA, Label: 'A') : (Confidence: 1 - pA, Label: 'B');
            });
            var added = criterion == "threshold"
                ? pool.Where(x => scores[x].Confidence > threshold).ToArray()
                : pool.OrderByDescending(x => scores[x].Confidence).Take(kBest).Order().ToArray();
            rounds.Add(new Round(meanA, meanB, scores, added));
            if (added.Length == 0)
            {
                return (rounds, "no_change", labels);
            }

            foreach (var x in added)
            {
                labels[x] = scores[x].Label;
                pool.Remove(x);
            }
        }

        return (rounds, pool.Count == 0 ? "all_labeled" : "max_iter", labels);
    }
}
