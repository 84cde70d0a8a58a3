public class Solution
{
    public double CorpusBleu(string[] candidates, string[][] references)
    {
        // Return corpus-level BLEU-4 (pooled clipped precisions, brevity penalty) in [0, 1].
        throw new NotImplementedException();
    }
}
