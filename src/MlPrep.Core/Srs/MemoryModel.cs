namespace MlPrep.Core.Srs;

/// <summary>A card's memory: stability S (days until recall probability falls to 90%) and difficulty D (1-10).</summary>
public readonly record struct MemoryState(double Stability, double Difficulty);

/// <summary>
/// The FSRS-6 memory model: how stability S and difficulty D start and change with each grade G (1 Again .. 4 Easy),
/// and the probability R of recalling a card t days after its last review. With w = w0..w20:
/// <list type="bullet">
/// <item>Forgetting curve: R(t, S) = (1 + F·t/S)^(-w20), F = 0.9^(-1/w20) - 1, so that R(S, S) = 0.9.</item>
/// <item>Interval for a desired retention r: I(r, S) = S/F·(r^(-1/w20) - 1) days (= S when r = 0.9).</item>
/// <item>First review: S0 = w[G-1]; D0(G) = w4 - e^(w5·(G-1)) + 1, clamped to [1, 10].</item>
/// <item>Difficulty: D' = w7·D0(4) + (1 - w7)·(D + ΔD·(10 - D)/9) with ΔD = -w6·(G - 3) (linear damping, then mean
/// reversion towards D0(Easy)), clamped to [1, 10].</item>
/// <item>Recall (G ≥ 2, a day or more since the last review):
/// S' = S·(1 + e^w8·(11 - D)·S^(-w9)·(e^(w10·(1-R)) - 1)·h·b), h = w15 for Hard else 1, b = w16 for Easy else 1.</item>
/// <item>Lapse (G = 1, a day or more): S' = min(w11·D^(-w12)·((S+1)^w13 - 1)·e^(w14·(1-R)), S / e^(w17·w18)).</item>
/// <item>Same day (less than a whole day since the last review): S' = S·e^(w17·(G - 3 + w18))·S^(-w19), where the
/// factor is at least 1 for Good and Easy.</item>
/// <item>S never falls below 0.001.</item>
/// </list>
/// Elapsed time enters as whole days (floor of the time since the last review), as in the reference. Source: Jarrett Ye
/// et al., FSRS-6, as published in open-spaced-repetition's py-fsrs 6.x and its wiki "The Algorithm".
/// </summary>
public sealed class MemoryModel(FsrsParameters parameters)
{
    public const double MinStability = 0.001;
    public const double MinDifficulty = 1;
    public const double MaxDifficulty = 10;

    private readonly FsrsParameters _w = parameters ?? throw new ArgumentNullException(nameof(parameters));

    public FsrsParameters Parameters => _w;

    /// <summary>The memory after a card's first review.</summary>
    public MemoryState Initial(Rating rating) => new(InitialStability(rating), InitialDifficulty(rating, clamp: true));

    /// <summary>
    /// The memory after a later review, <paramref name="elapsedDays"/> whole days after the previous one: the same-day
    /// formula below one day, otherwise recall or lapse with R computed from the current state.
    /// </summary>
    public MemoryState Next(MemoryState current, int elapsedDays, Rating rating)
    {
        var stability = elapsedDays < 1
            ? ShortTermStability(current.Stability, rating)
            : NextStability(current.Difficulty, current.Stability, Retrievability(elapsedDays, current.Stability), rating);
        return new MemoryState(stability, NextDifficulty(current.Difficulty, rating));
    }

    /// <summary>R(t, S) = (1 + F·t/S)^(-w20): the probability of recall t days (fractions allowed) after the last review.</summary>
    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + _w.Factor * Math.Max(0, elapsedDays) / stability, _w.Decay);

    /// <summary>I(r, S) = S/F·(r^(-1/w20) - 1): the days until R falls to <paramref name="desiredRetention"/>, unrounded.</summary>
    public double IntervalDays(double stability, double desiredRetention) =>
        stability / _w.Factor * (Math.Pow(desiredRetention, 1 / _w.Decay) - 1);

    /// <summary>S0(G) = w[G-1].</summary>
    public double InitialStability(Rating rating) => Math.Max(_w[(int)rating - 1], MinStability);

    /// <summary>D0(G) = w4 - e^(w5·(G-1)) + 1, clamped to [1, 10] for a new card (unclamped as the mean-reversion target).</summary>
    public double InitialDifficulty(Rating rating, bool clamp)
    {
        var difficulty = _w[4] - Math.Exp(_w[5] * ((int)rating - 1)) + 1;
        return clamp ? ClampDifficulty(difficulty) : difficulty;
    }

    /// <summary>D' = w7·D0(Easy) + (1 - w7)·(D + ΔD·(10 - D)/9), ΔD = -w6·(G - 3), clamped to [1, 10].</summary>
    public double NextDifficulty(double difficulty, Rating rating)
    {
        var delta = -_w[6] * ((int)rating - 3);
        var damped = difficulty + (10 - difficulty) * delta / 9;
        return ClampDifficulty(_w[7] * InitialDifficulty(Rating.Easy, clamp: false) + (1 - _w[7]) * damped);
    }

    /// <summary>S' = S·e^(w17·(G - 3 + w18))·S^(-w19), the factor at least 1 for Good and Easy.</summary>
    public double ShortTermStability(double stability, Rating rating)
    {
        var increase = Math.Exp(_w[17] * ((int)rating - 3 + _w[18])) * Math.Pow(stability, -_w[19]);
        if (rating >= Rating.Good)
        {
            increase = Math.Max(increase, 1);
        }

        return Math.Max(stability * increase, MinStability);
    }

    /// <summary>The stability after a review a day or more after the last one: lapse for Again, recall otherwise.</summary>
    public double NextStability(double difficulty, double stability, double retrievability, Rating rating)
    {
        var next = rating == Rating.Again
            ? ForgetStability(difficulty, stability, retrievability)
            : RecallStability(difficulty, stability, retrievability, rating);
        return Math.Max(next, MinStability);
    }

    /// <summary>S'r = S·(1 + e^w8·(11 - D)·S^(-w9)·(e^(w10·(1-R)) - 1)·h·b).</summary>
    public double RecallStability(double difficulty, double stability, double retrievability, Rating rating)
    {
        var hardPenalty = rating == Rating.Hard ? _w[15] : 1;
        var easyBonus = rating == Rating.Easy ? _w[16] : 1;
        return stability * (1 + Math.Exp(_w[8]) * (11 - difficulty) * Math.Pow(stability, -_w[9])
            * (Math.Exp((1 - retrievability) * _w[10]) - 1) * hardPenalty * easyBonus);
    }

    /// <summary>S'f = min(w11·D^(-w12)·((S+1)^w13 - 1)·e^(w14·(1-R)), S / e^(w17·w18)).</summary>
    public double ForgetStability(double difficulty, double stability, double retrievability)
    {
        var longTerm = _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1)
            * Math.Exp((1 - retrievability) * _w[14]);
        var shortTermCap = stability / Math.Exp(_w[17] * _w[18]);
        return Math.Min(longTerm, shortTermCap);
    }

    private static double ClampDifficulty(double difficulty) => Math.Clamp(difficulty, MinDifficulty, MaxDifficulty);
}
