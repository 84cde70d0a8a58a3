public class Solution
{
    public double RougeLF1(string candidate, string reference)
    {
        // Return the ROUGE-L F1 score (LCS-based, beta = 1) of candidate against reference.
        throw new NotImplementedException();
    }
}
