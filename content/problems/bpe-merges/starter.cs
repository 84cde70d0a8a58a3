public class Solution
{
    public string[][] BpeMerges(string[] words, int[] counts, int numMerges)
    {
        // Return the learned merges in order, each as [left, right] (ties to the smallest pair).
        throw new NotImplementedException();
    }
}
