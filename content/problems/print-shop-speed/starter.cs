public class Solution
{
    public int MinPrintSpeed(int[] jobs, long hours)
    {
        // Return the smallest pages-per-hour speed that prints all jobs within hours.
        throw new NotImplementedException();
    }
}
