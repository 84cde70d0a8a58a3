public class Solution
{
    public double InformationGain(string[] feature, string[] labels)
    {
        // Return H(labels) - sum_v |S_v|/n * H(labels in S_v), entropies in bits.
        throw new NotImplementedException();
    }
}
