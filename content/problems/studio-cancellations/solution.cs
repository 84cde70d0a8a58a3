public class Solution
{
    public int MinCancellations(int[][] bookings)
    {
        var kept = 0;
        var freeFrom = long.MinValue; // the room is free from this time on
        foreach (var booking in bookings.OrderBy(b => b[1])) // earliest end first
        {
            if (booking[0] >= freeFrom) // fits after the last kept booking (touching is fine)
            {
                kept++;
                freeFrom = booking[1];
            }
        }

        return bookings.Length - kept;
    }
}
