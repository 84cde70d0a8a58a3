public class Solution
{
    public long MirrorWord(long word)
    {
        // Return word with its 32 bits in reverse order (bit k moves to bit 31 - k).
        throw new NotImplementedException();
    }
}
