public class Solution
{
    public double MutualInformation(long[][] counts)
    {
        // Return I(X; Y) in bits for the joint distribution proportional to the count table.
        throw new NotImplementedException();
    }
}
