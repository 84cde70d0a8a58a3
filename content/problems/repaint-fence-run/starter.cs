public class Solution
{
    public int LongestUniformRun(string boards, int k)
    {
        // Return the longest stretch that at most k repaints can make one colour.
        throw new NotImplementedException();
    }
}
