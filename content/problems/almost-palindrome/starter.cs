public class Solution
{
    public bool IsAlmostPalindrome(string s)
    {
        // Return true if deleting at most one character makes s a palindrome.
        throw new NotImplementedException();
    }
}
