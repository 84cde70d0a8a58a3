namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.bias-fairness: selection rates, disparate impact, error-rate gaps, precision and accuracy for two groups.</summary>
public sealed class GenaiBiasFairnessExampleTests
{
    private const string Topic = "genai.bias-fairness";

    private sealed record Group(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
    {
        public int Size => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

        public double SelectionRate => (TruePositives + FalsePositives) / (double)Size;

        public double TruePositiveRate => TruePositives / (double)(TruePositives + FalseNegatives);

        public double FalsePositiveRate => FalsePositives / (double)(FalsePositives + TrueNegatives);

        public double Precision => TruePositives / (double)(TruePositives + FalsePositives);

        public double Accuracy => (TruePositives + TrueNegatives) / (double)Size;
    }

    private static readonly Group A = new(35, 5, 15, 45);
    private static readonly Group B = new(18, 2, 12, 68);

    [Fact]
    public void SelectionRates_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.40", A.SelectionRate, 1e-12);
        Notes.Shows(Topic, "0.20", B.SelectionRate, 1e-12);
        Notes.Shows(Topic, "0.5", B.SelectionRate / A.SelectionRate, 1e-12);
        Notes.Mention(Topic, "Parity difference 0.20");
    }

    [Fact]
    public void ErrorRates_MatchTheNotes()
    {
        var tprGap = A.TruePositiveRate - B.TruePositiveRate;
        var fprGap = A.FalsePositiveRate - B.FalsePositiveRate;

        Notes.Shows(Topic, "0.70", A.TruePositiveRate, 1e-12);
        Notes.Shows(Topic, "0.60", B.TruePositiveRate, 1e-12);
        Notes.Shows(Topic, "0.029", B.FalsePositiveRate);
        Notes.Shows(Topic, "0.071", fprGap);
        Notes.Shows(Topic, "0.10", Math.Max(tprGap, fprGap), 1e-12);
    }

    [Fact]
    public void PrecisionAndAccuracy_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.875", A.Precision, 1e-12);
        Notes.Shows(Topic, "0.90", B.Precision, 1e-12);
        Notes.Shows(Topic, "0.80", A.Accuracy, 1e-12);
        Notes.Shows(Topic, "0.86", B.Accuracy, 1e-12);
    }
}
