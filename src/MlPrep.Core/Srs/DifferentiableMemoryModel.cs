namespace MlPrep.Core.Srs;

/// <summary>
/// <see cref="MemoryModel"/>'s formulas over <see cref="Dual"/> numbers, so that every stability, difficulty and
/// predicted R carries its gradient with respect to the 21 parameters. The tests check that its values equal
/// <see cref="MemoryModel"/>'s and its gradients equal finite differences.
/// </summary>
internal sealed class DifferentiableMemoryModel
{
    private readonly Dual[] _w = new Dual[FsrsParameters.Count];
    private readonly Dual _decay;
    private readonly Dual _factor;

    public DifferentiableMemoryModel(FsrsParameters parameters)
    {
        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            _w[i] = Dual.Variable(parameters[i], i);
        }

        _decay = -_w[20];
        _factor = Dual.Pow(0.9, 1 / _decay) - 1;
    }

    public (Dual Stability, Dual Difficulty) Initial(Rating rating) =>
        (Dual.Max(_w[(int)rating - 1], MemoryModel.MinStability), ClampDifficulty(InitialDifficulty(rating)));

    public (Dual Stability, Dual Difficulty) Next(in Dual stability, in Dual difficulty, int elapsedDays, Rating rating)
    {
        var nextStability = elapsedDays < 1
            ? ShortTermStability(stability, rating)
            : NextStability(difficulty, stability, Retrievability(elapsedDays, stability), rating);
        return (nextStability, NextDifficulty(difficulty, rating));
    }

    public Dual Retrievability(int elapsedDays, in Dual stability) => Dual.Pow(1 + _factor * elapsedDays / stability, _decay);

    private Dual InitialDifficulty(Rating rating) => _w[4] - Dual.Exp(_w[5] * ((int)rating - 1)) + 1;

    private Dual NextDifficulty(in Dual difficulty, Rating rating)
    {
        var delta = -_w[6] * ((int)rating - 3);
        var damped = difficulty + (10 - difficulty) * delta / 9;
        return ClampDifficulty(_w[7] * InitialDifficulty(Rating.Easy) + (1 - _w[7]) * damped);
    }

    private Dual ShortTermStability(in Dual stability, Rating rating)
    {
        var increase = Dual.Exp(_w[17] * ((int)rating - 3 + _w[18])) * Dual.Pow(stability, -_w[19]);
        if (rating >= Rating.Good)
        {
            increase = Dual.Max(increase, 1);
        }

        return Dual.Max(stability * increase, MemoryModel.MinStability);
    }

    private Dual NextStability(in Dual difficulty, in Dual stability, in Dual retrievability, Rating rating)
    {
        Dual next;
        if (rating == Rating.Again)
        {
            var longTerm = _w[11] * Dual.Pow(difficulty, -_w[12]) * (Dual.Pow(stability + 1, _w[13]) - 1)
                * Dual.Exp((1 - retrievability) * _w[14]);
            next = Dual.Min(longTerm, stability / Dual.Exp(_w[17] * _w[18]));
        }
        else
        {
            var growth = Dual.Exp(_w[8]) * (11 - difficulty) * Dual.Pow(stability, -_w[9]) * (Dual.Exp((1 - retrievability) * _w[10]) - 1);
            if (rating == Rating.Hard)
            {
                growth *= _w[15];
            }
            else if (rating == Rating.Easy)
            {
                growth *= _w[16];
            }

            next = stability * (1 + growth);
        }

        return Dual.Max(next, MemoryModel.MinStability);
    }

    private static Dual ClampDifficulty(in Dual difficulty) => Dual.Clamp(difficulty, MemoryModel.MinDifficulty, MemoryModel.MaxDifficulty);
}
