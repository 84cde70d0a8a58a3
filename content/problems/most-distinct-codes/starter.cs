public class Solution
{
    public int MaxXorPair(int[] codes)
    {
        // Return the largest codes[i] ^ codes[j] over all pairs i < j.
        throw new NotImplementedException();
    }
}
