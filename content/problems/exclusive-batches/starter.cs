public class Solution
{
    public int[] BatchSizes(string log)
    {
        // Return the sizes of the most consecutive batches such that no letter appears in two batches.
        throw new NotImplementedException();
    }
}
