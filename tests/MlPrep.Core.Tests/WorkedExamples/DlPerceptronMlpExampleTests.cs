using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.perceptron-mlp: the perceptron rule on AND, a two-unit ReLU network for XOR,
/// and the parameter count and FLOPs of a 784-256-128-10 MLP.
/// </summary>
public sealed class DlPerceptronMlpExampleTests
{
    private const string Topic = "dl.perceptron-mlp";
    private static readonly int[] Sizes = [784, 256, 128, 10];

    [Fact]
    public void PerceptronOnAnd_MatchesTheNotes()
    {
        (double X1, double X2, int Y)[] data = [(0, 0, 0), (0, 1, 0), (1, 0, 0), (1, 1, 1)];
        double w1 = 0, w2 = 0, b = 0;
        var updates = 0;
        var passesWithMistakes = 0;
        for (var pass = 0; pass < 20; pass++)
        {
            var mistakes = 0;
            foreach (var (x1, x2, y) in data)
            {
                var predicted = (w1 * x1) + (w2 * x2) + b > 0 ? 1 : 0;
                if (predicted != y)
                {
                    w1 += (y - predicted) * x1;
                    w2 += (y - predicted) * x2;
                    b += y - predicted;
                    mistakes++;
                }
            }

            updates += mistakes;
            if (mistakes == 0)
            {
                break;
            }

            passesWithMistakes++;
        }

        Assert.Equal(10, updates);
        Assert.Equal(5, passesWithMistakes);
        Assert.Equal((2.0, 1.0, -2.0), (w1, w2, b));
        Notes.Mention(Topic, "the rule makes 10 updates over five passes and ends at $w = (2, 1)$, $b = -2$");
    }

    [Fact]
    public void XorNetwork_MatchesTheTable()
    {
        (int X1, int X2)[] inputs = [(0, 0), (0, 1), (1, 0), (1, 1)];
        foreach (var (x1, x2) in inputs)
        {
            var h1 = Math.Max(0, x1 + x2);
            var h2 = Math.Max(0, x1 + x2 - 1);
            var output = h1 - (2 * h2);

            Assert.Equal(x1 ^ x2, output);
            Notes.Mention(Topic, string.Create(CultureInfo.InvariantCulture, $"| ({x1}, {x2}) | {h1} | {h2} | {output} |"));
        }
    }

    [Fact]
    public void ParameterCountAndFlops_MatchTheNotes()
    {
        var perLayer = Sizes.Zip(Sizes.Skip(1), (input, output) => (input * output) + output).ToArray();
        var total = perLayer.Sum();
        var multiplyAccumulates = Sizes.Zip(Sizes.Skip(1), (input, output) => input * output).Sum();
        var forwardFlops = 2 * multiplyAccumulates;

        Assert.Equal(new[] { 200_960, 32_896, 1_290 }, perLayer);
        Notes.Mention(Topic, "$784 \\cdot 256 + 256 = 200{,}960$");
        Notes.Mention(Topic, "$128 \\cdot 10 + 10 = 1{,}290$");
        Notes.Shows(Topic, "235,146", total, 0);
        Notes.Shows(Topic, "0.94", total * 4 / 1e6, 0.005);
        Assert.Equal(469_504, forwardFlops);
        Notes.Mention(Topic, "= 469{,}504$ FLOPs forward");
        Notes.Shows(Topic, "30.0", 64.0 * forwardFlops / 1e6, 0.05);
    }
}
