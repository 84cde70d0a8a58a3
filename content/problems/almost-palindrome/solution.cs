public class Solution
{
    public bool IsAlmostPalindrome(string s)
    {
        int lo = 0, hi = s.Length - 1;
        while (lo < hi)
        {
            if (s[lo] != s[hi])
            {
                // The erased letter must be one of these two; try both.
                return Mirrored(s, lo + 1, hi) || Mirrored(s, lo, hi - 1);
            }

            lo++;
            hi--;
        }

        return true;
    }

    private static bool Mirrored(string s, int lo, int hi)
    {
        while (lo < hi)
        {
            if (s[lo++] != s[hi--])
            {
                return false;
            }
        }

        return true;
    }
}
