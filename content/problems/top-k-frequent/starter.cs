public class Solution
{
    public int[] TopKFrequent(int[] plays, int k)
    {
        // Return the k most aired ids, most aired first, ties broken by smaller id.
        throw new NotImplementedException();
    }
}
