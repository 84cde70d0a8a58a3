public class Solution
{
    public bool IsBalanced(string s)
    {
        // Return true if the brackets ()[]{} in s pair up properly; other characters are ignored.
        throw new NotImplementedException();
    }
}
