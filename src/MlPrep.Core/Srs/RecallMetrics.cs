namespace MlPrep.Core.Srs;

/// <summary>
/// One prediction to score: the predicted recall probability R at a review, whether the card was in fact recalled
/// (rating above Again), and the three features RMSE(bins) groups by.
/// </summary>
/// <param name="Probability">Predicted R.</param>
/// <param name="Recalled">True when the rating was Hard, Good or Easy.</param>
/// <param name="ElapsedDays">Whole days since the card's previous review (at least 1: only long-term reviews are scored).</param>
/// <param name="ReviewIndex">Which long-term review of the card this is, counting the first review ever as 1 (so the first scored one is 2).</param>
/// <param name="Lapses">How many earlier long-term reviews of the card were rated Again.</param>
public readonly record struct RecallPrediction(double Probability, bool Recalled, int ElapsedDays, int ReviewIndex, int Lapses);

/// <summary>
/// How well predicted recall matches what happened, as the FSRS benchmark (open-spaced-repetition/srs-benchmark) measures it.
/// <para>Log loss: −(1/n)·Σ [y·ln p + (1−y)·ln(1−p)], y = 1 when recalled, with p kept in [1e−7, 1 − 1e−7].</para>
/// <para>
/// RMSE(bins): the predictions are grouped into bins by three features, each bucketed on a log scale:
/// elapsed days t → ⌊ln t / ln 3.62⌋ (bin value 2.48·3.62^k); the review index i → ⌊ln i / ln 1.89⌋ (1.99·1.89^k);
/// the lapse count l → a bucket of its own when l = 0, else ⌊ln l / ln 1.73⌋ (1.65·1.73^k). In each bin b with n_b predictions,
/// ȳ_b is the recall rate and p̄_b the mean prediction; RMSE(bins) = sqrt(Σ n_b·(ȳ_b − p̄_b)² / Σ n_b).
/// It measures calibration: a perfect model has 0.
/// </para>
/// </summary>
public sealed record RecallMetrics(int Count, double LogLoss, double RmseBins)
{
    public const double Epsilon = 1e-7;

    public static RecallMetrics Of(IReadOnlyCollection<RecallPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        return new RecallMetrics(predictions.Count, LogLossOf(predictions), RmseBinsOf(predictions));
    }

    /// <summary>Mean binary cross-entropy; NaN for no predictions.</summary>
    public static double LogLossOf(IReadOnlyCollection<RecallPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        return predictions.Count == 0 ? double.NaN : predictions.Sum(p => LossOf(p.Probability, p.Recalled)) / predictions.Count;
    }

    /// <summary>RMSE(bins) as defined above; NaN for no predictions.</summary>
    public static double RmseBinsOf(IReadOnlyCollection<RecallPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Count == 0)
        {
            return double.NaN;
        }

        var bins = new Dictionary<(int, int, int), (int Count, double Recalled, double Predicted)>();
        foreach (var p in predictions)
        {
            var key = (Bucket(p.ElapsedDays, 3.62), Bucket(p.ReviewIndex, 1.89), p.Lapses == 0 ? -1 : Bucket(p.Lapses, 1.73));
            var (count, recalled, predicted) = bins.GetValueOrDefault(key);
            bins[key] = (count + 1, recalled + (p.Recalled ? 1 : 0), predicted + p.Probability);
        }

        var squares = bins.Values.Sum(b => b.Count * Math.Pow((b.Recalled - b.Predicted) / b.Count, 2));
        return Math.Sqrt(squares / predictions.Count);
    }

    /// <summary>The loss of one prediction: −ln p if recalled, −ln(1 − p) if not.</summary>
    public static double LossOf(double probability, bool recalled)
    {
        var p = Math.Clamp(probability, Epsilon, 1 - Epsilon);
        return recalled ? -Math.Log(p) : -Math.Log(1 - p);
    }

    /// <summary>⌊ln x / ln base⌋, the index of x's log-scale bucket (x ≥ 1).</summary>
    private static int Bucket(int x, double logBase) => (int)Math.Floor(Math.Log(Math.Max(x, 1)) / Math.Log(logBase));
}
