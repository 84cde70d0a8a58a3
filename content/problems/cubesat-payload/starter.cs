public class Solution
{
    public long BestPayload(int[] mass, int[] science, int capacity)
    {
        // Return the largest total science of instruments (each used at most once) with total mass <= capacity.
        throw new NotImplementedException();
    }
}
