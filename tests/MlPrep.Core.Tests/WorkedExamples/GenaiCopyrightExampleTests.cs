namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.copyright: five-gram overlap and the longest shared run between an output and a source, and canary exposure.</summary>
public sealed class GenaiCopyrightExampleTests
{
    private const string Topic = "genai.copyright";
    private static readonly string[] Source = "the quick brown fox jumps over the lazy dog near the river bank".Split(' ');
    private static readonly string[] Output = "a quick brown fox jumps over the lazy dog by the river".Split(' ');

    private static List<string> Grams(string[] tokens, int n) =>
        [.. Enumerable.Range(0, tokens.Length - n + 1).Select(i => string.Join(' ', tokens.Skip(i).Take(n)))];

    private static double Exposure(double candidates, double rank) => Math.Log2(candidates) - Math.Log2(rank);

    [Fact]
    public void NgramOverlap_MatchesTheNotes()
    {
        var outputGrams = Grams(Output, 5);
        var sourceGrams = Grams(Source, 5).ToHashSet();
        var shared = outputGrams.Count(sourceGrams.Contains);
        var longest = Enumerable.Range(1, Output.Length).Last(n => Grams(Output, n).Any(Grams(Source, n).Contains));

        Assert.Equal(13, Source.Length);
        Assert.Equal(8, outputGrams.Count);
        Notes.Shows(Topic, "0.5", shared / (double)outputGrams.Count, 1e-12);
        Assert.Equal(8, longest);
        Notes.Mention(Topic, "The longest shared run is 8 tokens");
    }

    [Fact]
    public void CanaryExposure_MatchesTheNotes()
    {
        Notes.Shows(Topic, "19.93", Exposure(1e6, 1), 5e-3);
        Notes.Shows(Topic, "9.97", Exposure(1e6, 1000), 5e-3);
        Assert.Equal(1, Exposure(1e6, 500_000), 12);
    }
}
