public class Solution
{
    public int MinCancellations(int[][] bookings)
    {
        // Return the fewest bookings to cancel so that no two remaining half-open bookings overlap.
        throw new NotImplementedException();
    }
}
