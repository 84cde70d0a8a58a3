namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.image-captioning: multi-reference BLEU and the decoder's parameter count.</summary>
public sealed class ProjectsImageCaptioningExampleTests
{
    private const string Topic = "projects.image-captioning";
    private static readonly string[] Candidate = "a dog runs on the grass".Split(' ');
    private static readonly string[][] References =
    [
        "a dog is running on the grass".Split(' '),
        "a brown dog runs across a lawn".Split(' '),
    ];

    private static Dictionary<string, int> NGrams(string[] words, int n) =>
        Enumerable.Range(0, words.Length - n + 1)
            .Select(i => string.Join(' ', words.Skip(i).Take(n)))
            .GroupBy(g => g)
            .ToDictionary(g => g.Key, g => g.Count());

    private static double ClippedPrecision(int n)
    {
        var candidate = NGrams(Candidate, n);
        var references = References.Select(r => NGrams(r, n)).ToArray();
        var clipped = candidate.Sum(kv => Math.Min(kv.Value, references.Max(r => r.GetValueOrDefault(kv.Key))));
        return (double)clipped / candidate.Values.Sum();
    }

    [Fact]
    public void Bleu_MatchesTheNotes()
    {
        var brevity = Math.Exp(1 - (7.0 / Candidate.Length));

        Notes.Shows(Topic, "1.0", ClippedPrecision(1), 1e-12);
        Notes.Shows(Topic, "0.8", ClippedPrecision(2), 1e-12);
        Notes.Shows(Topic, "0.25", ClippedPrecision(3), 1e-12);
        Assert.Equal(0, ClippedPrecision(4));
        Notes.Shows(Topic, "0.8465", brevity, 5e-5);
        Notes.Shows(Topic, "0.757", brevity * Math.Sqrt(ClippedPrecision(1) * ClippedPrecision(2)));
    }

    [Fact]
    public void DecoderParameters_MatchTheNotes()
    {
        const int vocabulary = 10000, hidden = 512, input = 512, features = 2048;
        var embedding = vocabulary * input;
        var projection = (features * hidden) + hidden;
        var lstm = (4 * hidden * (input + hidden)) + (8 * hidden);
        var output = (hidden * vocabulary) + vocabulary;
        var total = embedding + projection + lstm + output;

        Notes.Shows(Topic, "5,120,000", embedding, 0);
        Notes.Shows(Topic, "1,049,088", projection, 0);
        Notes.Shows(Topic, "2,101,248", lstm, 0);
        Notes.Shows(Topic, "5,130,000", output, 0);
        Notes.Shows(Topic, "13,400,336", total, 0);
        Notes.Shows(Topic, "76", 100.0 * (embedding + output) / total, 0.5);
    }
}
