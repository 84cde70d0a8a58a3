public class Solution
{
    public long MirrorWord(long word)
    {
        long result = 0;
        for (var k = 0; k < 32; k++)
        {
            result = (result << 1) | (word & 1); // take the lowest bit of word, push it in from the right
            word >>= 1;
        }

        return result;
    }
}
