public class Solution
{
    public int LoopStart(int[] charge, int[] drain)
    {
        // Return the smallest depot index from which a full lap never runs the battery below zero, or -1.
        throw new NotImplementedException();
    }
}
