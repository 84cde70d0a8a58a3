namespace MlPrep.Core.Srs;

/// <summary>
/// Settings of <see cref="Optimizer"/>. The defaults follow py-fsrs's optimiser (5 epochs, Adam at 0.04 annealed along a
/// cosine) except the batch size: 128 scored reviews rather than 512, because one learner's log is small and 512 would
/// leave only a handful of steps.
/// </summary>
public sealed record OptimizerOptions
{
    /// <summary>Passes over the training cards.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Scored reviews per gradient step (whole cards are added until a batch holds at least this many).</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Adam's initial learning rate, annealed to 0 along a cosine over all steps.</summary>
    public double LearningRate { get; init; } = 0.04;

    /// <summary>The share of cards kept out of training to measure before and after.</summary>
    public double HeldOutFraction { get; init; } = 0.2;

    /// <summary>Seeds the held-out split and the order of cards in each epoch.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Fewer scored training reviews than this and the optimiser keeps the start parameters.</summary>
    public int MinimumTrainingReviews { get; init; } = 100;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (Epochs < 1 || BatchSize < 1)
        {
            throw new ArgumentException($"epochs and batch size must be at least 1, not {Epochs} and {BatchSize}");
        }

        if (!(LearningRate > 0) || !(HeldOutFraction is > 0 and < 1))
        {
            throw new ArgumentException($"the learning rate must be positive and the held-out fraction between 0 and 1, not {LearningRate} and {HeldOutFraction}");
        }
    }
}

/// <summary>What <see cref="Optimizer.Optimize"/> found, measured on the held-out cards.</summary>
/// <param name="Start">The parameters it started from (the ones in use).</param>
/// <param name="Fitted">The best parameters training found (by training log loss, per epoch).</param>
/// <param name="Adopt">True when the fitted parameters have a lower held-out log loss than the start ones.</param>
/// <param name="Reviews">Reviews in the log.</param>
/// <param name="TrainCards">Cards trained on.</param>
/// <param name="HeldOutCards">Cards kept out of training and measured.</param>
/// <param name="TrainScoredReviews">Training reviews that enter the loss (a day or more after the card's previous review).</param>
/// <param name="Before">Held-out log loss and RMSE(bins) with <paramref name="Start"/>.</param>
/// <param name="After">Held-out log loss and RMSE(bins) with <paramref name="Fitted"/>.</param>
/// <param name="EpochLosses">Training log loss before training and after each epoch.</param>
/// <param name="Note">Why nothing was fitted, when nothing was.</param>
public sealed record OptimizationResult(
    FsrsParameters Start,
    FsrsParameters Fitted,
    bool Adopt,
    int Reviews,
    int TrainCards,
    int HeldOutCards,
    int TrainScoredReviews,
    RecallMetrics Before,
    RecallMetrics After,
    IReadOnlyList<double> EpochLosses,
    string? Note)
{
    /// <summary>The parameters to use from now on: the fitted ones if adopted, else the start ones.</summary>
    public FsrsParameters Parameters => Adopt ? Fitted : Start;
}

/// <summary>
/// Fits the 21 FSRS-6 parameters to a learner's review log, as FSRS's optimiser does. Each card's history is replayed
/// through <see cref="MemoryModel"/>; at every review a whole day or more after the card's previous one (so only the
/// first review of a day counts; same-day reviews still update the memory through the short-term formula) the
/// model predicts R, and the label is 1 when the rating is above Again. The loss is the mean log loss of those
/// predictions. Gradients come from forward-mode automatic differentiation (<see cref="Dual"/>), exact up to rounding.
/// Training: cards are split by a seeded hash of their id into training (80%) and held-out (20%) sets; Adam
/// (β1 0.9, β2 0.999) with a cosine-annealed learning rate runs over mini-batches of whole cards, a few epochs, in a
/// seeded order, clamping every parameter into <see cref="FsrsParameters.LowerBounds"/>..<see cref="FsrsParameters.UpperBounds"/>
/// after each step; the epoch with the lowest training loss wins. The fitted parameters are adopted only when they
/// lower the held-out log loss. Everything is deterministic for a given log and seed.
/// <para>
/// Where it differs from py-fsrs 6.x's optimiser: py-fsrs trains on the whole log and has no held-out check; it cuts
/// mini-batches in the middle of a card's history (detaching the memory state) where this one batches whole cards; it
/// uses only each card's first 64 reviews; it needs 512 reviews where this needs <see cref="OptimizerOptions.MinimumTrainingReviews"/>
/// scored ones; its batches are 512 reviews (here 128); and the start parameters do not compete with the epochs' results.
/// </para>
/// </summary>
public sealed class Optimizer(OptimizerOptions? options = null)
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double AdamEpsilon = 1e-8;

    private readonly OptimizerOptions _options = options ?? new OptimizerOptions();

    /// <summary>A card's history as the optimiser needs it: the ratings and the whole days before each (0 for the first).</summary>
    internal sealed record CardHistory(string CardId, Rating[] Ratings, int[] ElapsedDays)
    {
        public int ScoredReviews => ElapsedDays.Skip(1).Count(days => days >= 1);
    }

    public OptimizationResult Optimize(IEnumerable<ReviewEvent> log, FsrsParameters? start = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        _options.Validate();
        start ??= FsrsParameters.Default;
        var reviews = log as IReadOnlyCollection<ReviewEvent> ?? [.. log];
        var cards = Histories(reviews);
        var heldOut = cards.Where(IsHeldOut).ToList();
        var train = cards.Where(card => !IsHeldOut(card)).ToList();
        var trainScored = train.Sum(card => card.ScoredReviews);
        var before = RecallMetrics.Of(Predict(heldOut, start));

        RecallMetrics? trainBefore = trainScored > 0 ? RecallMetrics.Of(Predict(train, start)) : null;
        if (trainScored < _options.MinimumTrainingReviews || before.Count == 0)
        {
            var note = $"too few reviews to fit: {trainScored} scored training reviews (at least {_options.MinimumTrainingReviews} needed) and {before.Count} held-out";
            return new OptimizationResult(start, start, false, reviews.Count, train.Count, heldOut.Count, trainScored, before, before, trainBefore is null ? [] : [trainBefore.LogLoss], note);
        }

        var (fitted, epochLosses) = Fit(train, trainScored, start, trainBefore!.LogLoss);
        var after = RecallMetrics.Of(Predict(heldOut, fitted));
        return new OptimizationResult(start, fitted, after.LogLoss < before.LogLoss, reviews.Count, train.Count, heldOut.Count, trainScored, before, after, epochLosses, null);
    }

    /// <summary>Log loss and RMSE(bins) of <paramref name="parameters"/> on the cards of <paramref name="log"/> that this optimiser holds out.</summary>
    public RecallMetrics EvaluateHeldOut(IEnumerable<ReviewEvent> log, FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(parameters);
        return RecallMetrics.Of(Predict(Histories(log as IReadOnlyCollection<ReviewEvent> ?? [.. log]).Where(IsHeldOut), parameters));
    }

    /// <summary>The scored predictions (R at each review a day or more after the previous one) of a log under the given parameters.</summary>
    public static IReadOnlyList<RecallPrediction> Predict(IEnumerable<ReviewEvent> log, FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(log);
        return Predict(Histories(log as IReadOnlyCollection<ReviewEvent> ?? [.. log]), parameters);
    }

    internal static List<RecallPrediction> Predict(IEnumerable<CardHistory> cards, FsrsParameters parameters)
    {
        var model = new MemoryModel(parameters);
        var predictions = new List<RecallPrediction>();
        foreach (var card in cards)
        {
            var memory = model.Initial(card.Ratings[0]);
            int reviewIndex = 1, lapses = 0;
            for (var k = 1; k < card.Ratings.Length; k++)
            {
                var days = card.ElapsedDays[k];
                if (days >= 1)
                {
                    reviewIndex++;
                    predictions.Add(new RecallPrediction(model.Retrievability(days, memory.Stability), card.Ratings[k] > Rating.Again, days, reviewIndex, lapses));
                    lapses += card.Ratings[k] == Rating.Again ? 1 : 0;
                }

                memory = model.Next(memory, days, card.Ratings[k]);
            }
        }

        return predictions;
    }

    /// <summary>The reviews grouped by card, each card's in time order, cards in order of their first review.</summary>
    internal static List<CardHistory> Histories(IReadOnlyCollection<ReviewEvent> log)
    {
        var byCard = new Dictionary<string, List<ReviewEvent>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var review in log)
        {
            if (!byCard.TryGetValue(review.CardId, out var reviews))
            {
                byCard[review.CardId] = reviews = [];
                order.Add(review.CardId);
            }

            reviews.Add(review);
        }

        return [.. order.Select(id =>
        {
            var reviews = byCard[id].OrderBy(r => r.Time).ToList();
            var days = reviews.Select((r, k) => k == 0 ? 0 : (int)Math.Min((r.Time - reviews[k - 1].Time).Ticks / TimeSpan.TicksPerDay, int.MaxValue)).ToArray();
            return new CardHistory(id, [.. reviews.Select(r => r.Rating)], days);
        })];
    }

    /// <summary>The mean log loss over <paramref name="cards"/> and its gradient with respect to the 21 parameters.</summary>
    internal static (double Loss, double[] Gradient, int Count) LossAndGradient(IEnumerable<CardHistory> cards, FsrsParameters parameters)
    {
        var model = new DifferentiableMemoryModel(parameters);
        var gradient = new double[FsrsParameters.Count];
        var loss = 0.0;
        var count = 0;
        foreach (var card in cards)
        {
            count += Accumulate(model, card, gradient, ref loss);
        }

        if (count > 0)
        {
            loss /= count;
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] /= count;
            }
        }

        return (loss, gradient, count);
    }

    private static int Accumulate(DifferentiableMemoryModel model, CardHistory card, double[] gradient, ref double loss)
    {
        var (stability, difficulty) = model.Initial(card.Ratings[0]);
        var count = 0;
        for (var k = 1; k < card.Ratings.Length; k++)
        {
            var days = card.ElapsedDays[k];
            if (days >= 1)
            {
                var r = model.Retrievability(days, stability);
                var recalled = card.Ratings[k] > Rating.Again;
                loss += RecallMetrics.LossOf(r.Value, recalled);
                // d(loss)/dR for the clamped log loss: −1/R when recalled, 1/(1−R) when not, 0 where the clamp holds.
                var dLoss = r.Value is <= RecallMetrics.Epsilon or >= 1 - RecallMetrics.Epsilon ? 0 : recalled ? -1 / r.Value : 1 / (1 - r.Value);
                for (var i = 0; i < gradient.Length; i++)
                {
                    gradient[i] += dLoss * r.Gradient[i];
                }

                count++;
            }

            (stability, difficulty) = model.Next(stability, difficulty, days, card.Ratings[k]);
        }

        return count;
    }

    private (FsrsParameters Fitted, List<double> EpochLosses) Fit(List<CardHistory> train, int trainScored, FsrsParameters start, double startLoss)
    {
        var batchesPerEpoch = Math.Max(1, (int)Math.Ceiling(trainScored / (double)_options.BatchSize));
        var totalSteps = batchesPerEpoch * _options.Epochs;
        var m = new double[FsrsParameters.Count];
        var v = new double[FsrsParameters.Count];
        var step = 0;
        var current = start;
        var (best, bestLoss) = (start, startLoss);
        var epochLosses = new List<double> { startLoss };
        var random = new Random(_options.Seed);
        var order = train.ToArray();

        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var batch = new List<CardHistory>();
            var batchScored = 0;
            foreach (var card in order)
            {
                batch.Add(card);
                batchScored += card.ScoredReviews;
                if (batchScored >= _options.BatchSize)
                {
                    current = AdamStep(current, batch, m, v, ref step, totalSteps);
                    batch.Clear();
                    batchScored = 0;
                }
            }

            if (batchScored > 0)
            {
                current = AdamStep(current, batch, m, v, ref step, totalSteps);
            }

            var loss = RecallMetrics.LogLossOf(Predict(train, current));
            epochLosses.Add(loss);
            if (loss < bestLoss)
            {
                (best, bestLoss) = (current, loss);
            }
        }

        return (best, epochLosses);
    }

    private FsrsParameters AdamStep(FsrsParameters current, List<CardHistory> batch, double[] m, double[] v, ref int step, int totalSteps)
    {
        var (_, gradient, _) = LossAndGradient(batch, current);
        var learningRate = _options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(step, totalSteps) / totalSteps));
        step++;
        var next = new double[FsrsParameters.Count];
        for (var i = 0; i < next.Length; i++)
        {
            m[i] = Beta1 * m[i] + (1 - Beta1) * gradient[i];
            v[i] = Beta2 * v[i] + (1 - Beta2) * gradient[i] * gradient[i];
            var mHat = m[i] / (1 - Math.Pow(Beta1, step));
            var vHat = v[i] / (1 - Math.Pow(Beta2, step));
            next[i] = current[i] - learningRate * mHat / (Math.Sqrt(vHat) + AdamEpsilon);
        }

        return FsrsParameters.Clamp(next);
    }

    private bool IsHeldOut(CardHistory card)
    {
        // FNV-1a over the id, so the split is the same on every run and machine (string.GetHashCode is not).
        var hash = 14695981039346656037UL;
        foreach (var c in card.CardId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return IntervalFuzz.Unit((ulong)_options.Seed, (long)hash) < _options.HeldOutFraction;
    }
}
