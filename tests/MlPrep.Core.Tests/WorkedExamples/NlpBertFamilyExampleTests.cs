namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.bert-family: parameter counts, forward cost and the masking arithmetic.</summary>
public sealed class NlpBertFamilyExampleTests
{
    private const string Topic = "nlp.bert-family";

    private static long Layer(long d) => 12 * d * d + 13 * d;

    private static long Embeddings(long vocabulary, long d, long positions, long segments) =>
        (vocabulary + positions + segments) * d + 2 * d;

    [Fact]
    public void BertBaseParameters_MatchTheNotes()
    {
        const long d = 768;
        var embeddings = Embeddings(30_522, d, 512, 2);
        var layers = 12 * Layer(d);
        var pooler = d * d + d;

        Assert.Equal(23_440_896, 30_522 * d);
        Notes.Mention(Topic, "23{,}440{,}896");
        Notes.Shows(Topic, "23,837,184", embeddings, 0);
        Assert.Equal(7_087_872, Layer(d));
        Notes.Mention(Topic, "13d = 7{,}087{,}872");
        Notes.Shows(Topic, "85,054,464", layers, 0);
        Notes.Shows(Topic, "590,592", pooler, 0);
        Notes.Shows(Topic, "109,482,240", embeddings + layers + pooler, 0);
    }

    [Fact]
    public void RelatedModels_MatchTheNotes()
    {
        var large = Embeddings(30_522, 1024, 512, 2) + 24 * Layer(1024) + 1024 * 1024 + 1024;
        var distil = Embeddings(30_522, 768, 512, 0) + 6 * Layer(768);
        var roberta = Embeddings(50_265, 768, 514, 1) + 12 * Layer(768) + 768 * 768 + 768;

        Assert.Equal(335, Math.Round(large / 1e6));
        Notes.Mention(Topic, "335M for BERT-large");
        Assert.Equal(66, Math.Round(distil / 1e6));
        Notes.Mention(Topic, "66M for DistilBERT");
        Assert.Equal(125, Math.Round(roberta / 1e6));
        Notes.Mention(Topic, "125M for RoBERTa-base");
        Assert.Equal(15, Math.Round((50_265 - 30_522) * 768 / 1e6));
    }

    [Fact]
    public void ForwardCostAndMasking_MatchTheNotes()
    {
        const double d = 768, t = 128, layers = 12;

        Notes.Shows(Topic, "21.74", 2 * layers * 12 * d * d * t / 1e9, 5e-3);
        Notes.Shows(Topic, "0.60", layers * 4 * t * t * d / 1e9, 5e-3);

        var selected = 0.15 * 200;
        Assert.Equal(30, selected, 12);
        Assert.Equal(24, 0.8 * selected, 12);
        Assert.Equal(3, 0.1 * selected, 12);
        Notes.Mention(Topic, "30 tokens are selected: 24 become `[MASK]`, 3 random, 3 unchanged");
    }
}
