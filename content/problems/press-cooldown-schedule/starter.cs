public class Solution
{
    public long MinPressSlots(string jobs, int cooldown)
    {
        // Return the fewest slots that print every job while respecting each plate's cooldown.
        throw new NotImplementedException();
    }
}
