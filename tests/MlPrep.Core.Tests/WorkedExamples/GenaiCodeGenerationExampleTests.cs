namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.code-generation: the unbiased pass@k estimator against the plug-in estimate.</summary>
public sealed class GenaiCodeGenerationExampleTests
{
    private const string Topic = "genai.code-generation";

    private static double Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        double result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    private static double PassAtK(int n, int c, int k) => 1 - (Choose(n - c, k) / Choose(n, k));

    [Fact]
    public void UnbiasedPassAtK_MatchesTheTable()
    {
        Notes.Shows(Topic, "0.3", PassAtK(10, 3, 1), 1e-12);
        Assert.Equal(21, Choose(7, 5));
        Assert.Equal(252, Choose(10, 5));
        Notes.Mention(Topic, "1 - 21/252");
        Notes.Shows(Topic, "0.917", PassAtK(10, 3, 5));
        Assert.Equal(1, PassAtK(10, 3, 10));
    }

    [Fact]
    public void PlugInEstimate_IsLowerAndMatchesTheNotes()
    {
        var plugIn = 1 - Math.Pow(1 - 0.3, 5);

        Notes.Shows(Topic, "0.832", plugIn);
        Assert.True(plugIn < PassAtK(10, 3, 5));
    }

    [Fact]
    public void ManySamplesRescueWeakPassAtOne_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.1", PassAtK(20, 2, 1), 1e-12);
        Notes.Shows(Topic, "0.763", PassAtK(20, 2, 10));
    }
}
