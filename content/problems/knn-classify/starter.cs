public class Solution
{
    public int[] KnnClassify(double[][] train, int[] labels, double[][] queries, int k)
    {
        // Return the majority label of each query's k nearest points (distance ties: lower index; vote ties: smaller label).
        throw new NotImplementedException();
    }
}
