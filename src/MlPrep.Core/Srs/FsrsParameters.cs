using System.Globalization;

namespace MlPrep.Core.Srs;

/// <summary>
/// The 21 weights w0..w20 of the FSRS-6 memory model (see <see cref="MemoryModel"/> for where each one enters).
/// Every value must lie inside the range the reference optimiser clamps it to; <see cref="Create"/> checks that
/// and names every value that does not.
/// </summary>
public sealed class FsrsParameters
{
    /// <summary>FSRS-6 has 21 parameters.</summary>
    public const int Count = 21;

    private static readonly double[] DefaultValues =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    // The ranges py-fsrs 6.x validates against and clamps to after every optimiser step.
    private static readonly double[] LowerValues =
    [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ];

    private static readonly double[] UpperValues =
    [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ];

    private readonly double[] _values;

    private FsrsParameters(double[] values) => _values = values;

    /// <summary>The published FSRS-6 defaults.</summary>
    public static FsrsParameters Default { get; } = new(DefaultValues);

    /// <summary>The smallest value each parameter may take.</summary>
    public static IReadOnlyList<double> LowerBounds { get; } = Array.AsReadOnly(LowerValues);

    /// <summary>The largest value each parameter may take.</summary>
    public static IReadOnlyList<double> UpperBounds { get; } = Array.AsReadOnly(UpperValues);

    /// <summary>w[index].</summary>
    public double this[int index] => _values[index];

    /// <summary>w0..w20 in order.</summary>
    public IReadOnlyList<double> Values => Array.AsReadOnly(_values);

    /// <summary>The forgetting curve's decay, -w20.</summary>
    public double Decay => -_values[20];

    /// <summary>The forgetting curve's factor, 0.9^(1/decay) - 1, chosen so that R(S) = 0.9.</summary>
    public double Factor => Math.Pow(0.9, 1 / Decay) - 1;

    /// <summary>Validated parameters; throws <see cref="ArgumentException"/> naming every problem.</summary>
    public static FsrsParameters Create(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problem = Check(values);
        return problem is null ? new FsrsParameters([.. values]) : throw new ArgumentException(problem, nameof(values));
    }

    /// <summary>Validated parameters, or false and a message saying what is wrong.</summary>
    public static bool TryCreate(IReadOnlyList<double> values, out FsrsParameters parameters, out string problem)
    {
        ArgumentNullException.ThrowIfNull(values);
        problem = Check(values) ?? "";
        parameters = problem.Length == 0 ? new FsrsParameters([.. values]) : Default;
        return problem.Length == 0;
    }

    /// <summary>Each value moved into its allowed range (NaN becomes the default), as the optimiser does after every step.</summary>
    public static FsrsParameters Clamp(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != Count)
        {
            throw new ArgumentException(CountMessage(values.Count), nameof(values));
        }

        var clamped = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            clamped[i] = double.IsNaN(values[i]) ? DefaultValues[i] : Math.Clamp(values[i], LowerValues[i], UpperValues[i]);
        }

        return new FsrsParameters(clamped);
    }

    /// <summary>The values joined by commas, in the form <c>--params</c> accepts.</summary>
    public override string ToString() => string.Join(",", _values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static string? Check(IReadOnlyList<double> values)
    {
        if (values.Count != Count)
        {
            return CountMessage(values.Count);
        }

        var problems = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            if (!(values[i] >= LowerValues[i] && values[i] <= UpperValues[i]))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"w{i} = {values[i]} is outside [{LowerValues[i]}, {UpperValues[i]}]"));
            }
        }

        return problems.Count == 0 ? null : "FSRS parameters out of range: " + string.Join("; ", problems);
    }

    private static string CountMessage(int count) => $"FSRS-6 needs {Count} parameters (w0..w20), got {count}";
}
