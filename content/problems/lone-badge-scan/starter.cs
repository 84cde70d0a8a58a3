public class Solution
{
    public int LoneBadge(int[] scans)
    {
        // Return the value that occurs once; every other value occurs exactly three times.
        throw new NotImplementedException();
    }
}
