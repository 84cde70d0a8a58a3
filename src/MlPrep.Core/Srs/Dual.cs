using System.Runtime.CompilerServices;

namespace MlPrep.Core.Srs;

/// <summary>The partial derivatives of a value with respect to the 21 FSRS parameters, stored inline.</summary>
[InlineArray(FsrsParameters.Count)]
internal struct ParameterGradient
{
    private double _element;
}

/// <summary>
/// A dual number for forward-mode automatic differentiation over the FSRS parameters: a value x together with
/// ∂x/∂w_i for every parameter. Each operation applies the chain rule, e.g. (a·b)' = a'·b + a·b' and
/// (a^b)' = b·a^(b-1)·a' + a^b·ln(a)·b'. Min, max and clamp pass the gradient of the branch taken (zero for a constant
/// bound), as automatic differentiation in PyTorch does.
/// </summary>
internal struct Dual
{
    public double Value;
    public ParameterGradient Gradient;

    public static Dual Constant(double value) => new() { Value = value };

    /// <summary>The parameter w_index itself: gradient 1 in its own slot.</summary>
    public static Dual Variable(double value, int index)
    {
        var variable = Constant(value);
        variable.Gradient[index] = 1;
        return variable;
    }

    public static Dual operator +(in Dual a, in Dual b) => Combine(a.Value + b.Value, a, 1, b, 1);

    public static Dual operator +(in Dual a, double b) => Scale(a.Value + b, a, 1);

    public static Dual operator +(double a, in Dual b) => Scale(a + b.Value, b, 1);

    public static Dual operator -(in Dual a, in Dual b) => Combine(a.Value - b.Value, a, 1, b, -1);

    public static Dual operator -(in Dual a, double b) => Scale(a.Value - b, a, 1);

    public static Dual operator -(double a, in Dual b) => Scale(a - b.Value, b, -1);

    public static Dual operator -(in Dual a) => Scale(-a.Value, a, -1);

    public static Dual operator *(in Dual a, in Dual b) => Combine(a.Value * b.Value, a, b.Value, b, a.Value);

    public static Dual operator *(in Dual a, double b) => Scale(a.Value * b, a, b);

    public static Dual operator *(double a, in Dual b) => Scale(a * b.Value, b, a);

    public static Dual operator /(in Dual a, in Dual b) => Combine(a.Value / b.Value, a, 1 / b.Value, b, -a.Value / (b.Value * b.Value));

    public static Dual operator /(in Dual a, double b) => Scale(a.Value / b, a, 1 / b);

    public static Dual operator /(double a, in Dual b) => Scale(a / b.Value, b, -a / (b.Value * b.Value));

    public static Dual Exp(in Dual a)
    {
        var value = Math.Exp(a.Value);
        return Scale(value, a, value);
    }

    public static Dual Log(in Dual a) => Scale(Math.Log(a.Value), a, 1 / a.Value);

    /// <summary>a^b for a &gt; 0.</summary>
    public static Dual Pow(in Dual a, in Dual b)
    {
        var value = Math.Pow(a.Value, b.Value);
        return Combine(value, a, b.Value * Math.Pow(a.Value, b.Value - 1), b, value * Math.Log(a.Value));
    }

    public static Dual Pow(double a, in Dual b)
    {
        var value = Math.Pow(a, b.Value);
        return Scale(value, b, value * Math.Log(a));
    }

    public static Dual Max(in Dual a, double floor) => a.Value >= floor ? a : Constant(floor);

    public static Dual Min(in Dual a, in Dual b) => a.Value <= b.Value ? a : b;

    public static Dual Clamp(in Dual a, double min, double max) => a.Value < min ? Constant(min) : a.Value > max ? Constant(max) : a;

    private static Dual Scale(double value, in Dual a, double da)
    {
        var result = Constant(value);
        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            result.Gradient[i] = da * a.Gradient[i];
        }

        return result;
    }

    private static Dual Combine(double value, in Dual a, double da, in Dual b, double db)
    {
        var result = Constant(value);
        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            result.Gradient[i] = da * a.Gradient[i] + db * b.Gradient[i];
        }

        return result;
    }
}
