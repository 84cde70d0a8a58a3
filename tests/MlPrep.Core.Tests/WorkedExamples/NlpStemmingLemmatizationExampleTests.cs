namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.stemming-lemmatization: Porter's measure, step 1a and the conflation table.</summary>
public sealed class NlpStemmingLemmatizationExampleTests
{
    private const string Topic = "nlp.stemming-lemmatization";

    /// <summary>Porter's consonant test: a, e, i, o, u are vowels, and y is a vowel when it follows a consonant.</summary>
    private static bool IsConsonant(string word, int i) => word[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(word, i - 1),
        _ => true,
    };

    /// <summary>The number m of vowel-run, consonant-run pairs in [C](VC)^m[V].</summary>
    private static int Measure(string stem)
    {
        var m = 0;
        for (var i = 1; i < stem.Length; i++)
        {
            if (IsConsonant(stem, i) && !IsConsonant(stem, i - 1))
            {
                m++;
            }
        }

        return m;
    }

    private static string Step1a(string word) =>
        word.EndsWith("sses", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith("ies", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith("ss", StringComparison.Ordinal) ? word
        : word.EndsWith('s') ? word[..^1]
        : word;

    [Theory]
    [InlineData("tree", 0)]
    [InlineData("by", 0)]
    [InlineData("trouble", 1)]
    [InlineData("oats", 1)]
    [InlineData("ivy", 1)]
    [InlineData("troubles", 2)]
    [InlineData("private", 2)]
    [InlineData("oaten", 2)]
    public void Measure_MatchesPortersExamples(string word, int m)
    {
        Assert.Equal(m, Measure(word));
        Notes.Mention(Topic, $"\"{word}\"");
    }

    [Fact]
    public void RelationalRules_AreGuardedAsTheNotesSay()
    {
        Assert.Equal(1, Measure("rel"));
        Assert.Equal(2, Measure("relat"));
        Notes.Mention(Topic, "the stem \"rel\" has $m = 1$");
        Notes.Mention(Topic, "\"relat\" has $m = 2$");
    }

    [Fact]
    public void Step1a_MatchesTheCards()
    {
        Assert.Equal(["caress", "poni", "caress", "cat"], new[] { "caresses", "ponies", "caress", "cats" }.Select(Step1a));
    }

    [Fact]
    public void ConflationTable_Has16TypesAnd7Stems()
    {
        string[] words =
        [
            "connect", "connected", "connecting", "connection", "connections", "connective", "connects",
            "university", "universe", "universal", "generalization", "generously", "absorb", "absorption", "running", "ran",
        ];
        string[] porter =
        [
            "connect", "connect", "connect", "connect", "connect", "connect", "connect",
            "univers", "univers", "univers", "gener", "gener", "absorb", "absorpt", "run", "ran",
        ];

        Assert.Equal(words.Length, porter.Length);
        Notes.Shows(Topic, "16", words.Distinct().Count(), 0);
        Notes.Shows(Topic, "7", porter.Distinct().Count(), 0);
        Notes.Mention(Topic, "The 16 types collapse to 7 stems.");
    }
}
