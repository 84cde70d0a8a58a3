public class Solution
{
    public double BigramPerplexity(string[] train, string[] test, double k)
    {
        // Return the perplexity of the add-k bigram model trained on train, measured on test.
        throw new NotImplementedException();
    }
}
