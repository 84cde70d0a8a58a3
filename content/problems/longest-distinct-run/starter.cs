public class Solution
{
    public int LongestDistinctRun(string s)
    {
        // Return the length of the longest stretch of consecutive characters of s with no character repeated.
        throw new NotImplementedException();
    }
}
