public class Solution
{
    public long MaxSignal(int[] gain)
    {
        // Return the largest sum of gains over sensors with no two neighbours on the ring both chosen.
        throw new NotImplementedException();
    }
}
