public class Solution
{
    public long MinCapacity(int[] crates, int days)
    {
        // Return the smallest barge capacity that moves all crates, in order, within days trips.
        throw new NotImplementedException();
    }
}
