namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.convexity: chord and Hessian checks on the logistic loss, two quadratics and a tiny network.</summary>
public sealed class ConvexityExampleTests
{
    private const string Topic = "math.convexity";

    private static double LogisticLoss(double z) => Math.Log(1 + Math.Exp(-z));

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static (double Large, double Small) Eigenvalues(double a, double b, double c)
    {
        var root = Math.Sqrt((a - c) * (a - c) + 4 * b * b);
        return ((a + c + root) / 2, (a + c - root) / 2);
    }

    [Fact]
    public void LogisticLossChordAndCurvature_MatchTheNotes()
    {
        var chord = (LogisticLoss(-2) + LogisticLoss(2)) / 2;

        Notes.Shows(Topic, "2.127", LogisticLoss(-2));
        Notes.Shows(Topic, "0.127", LogisticLoss(2));
        Notes.Shows(Topic, "1.127", chord);
        Notes.Shows(Topic, "0.693", LogisticLoss(0));
        Assert.True(LogisticLoss(0) <= chord);
        Notes.Shows(Topic, "0.25", Sigmoid(0) * (1 - Sigmoid(0)), 1e-12);
        Notes.Shows(Topic, "0.105", Sigmoid(2) * (1 - Sigmoid(2)));
        Assert.Equal(Sigmoid(2) * (1 - Sigmoid(2)), Sigmoid(-2) * (1 - Sigmoid(-2)), 12);
    }

    [Fact]
    public void Quadratics_MatchTheNotes()
    {
        static double G(double x, double y) => x * x + 3 * x * y + y * y;
        var (convexLarge, convexSmall) = Eigenvalues(2, 1, 2);
        var (saddleLarge, saddleSmall) = Eigenvalues(2, 3, 2);

        Assert.Equal(3, (2 * 2) - (1 * 1));
        Notes.Mention(Topic, "The first Hessian has determinant 3 and eigenvalues 3 and 1");
        Assert.Equal(3, convexLarge, 12);
        Assert.Equal(1, convexSmall, 12);
        Assert.Equal(-5, (2 * 2) - (3 * 3));
        Notes.Mention(Topic, "The second has determinant $-5$ and eigenvalues 5 and $-1$");
        Assert.Equal(5, saddleLarge, 12);
        Assert.Equal(-1, saddleSmall, 12);
        Notes.Mention(Topic, "$g(1, -1) = g(-1, 1) = -1$");
        Assert.Equal(-1, G(1, -1));
        Assert.Equal(-1, G(-1, 1));
        Assert.Equal(0, G(0, 0));
        Assert.True(G(0, 0) > (G(1, -1) + G(-1, 1)) / 2, "the chord inequality fails for g");
    }

    [Fact]
    public void TinyNetworkIsNotConvex_AsTheNotesSay()
    {
        static double Loss(double w1, double w2) => Math.Pow((w1 * w2) - 1, 2);

        Assert.Equal(0, Loss(1, 1));
        Assert.Equal(0, Loss(-1, -1));
        Assert.Equal(1, Loss(0, 0));
        Notes.Mention(Topic, "$(w_1 w_2 - 1)^2$ is 0 at $(1, 1)$ and at $(-1, -1)$ but 1 at their midpoint $(0, 0)$");
    }
}
