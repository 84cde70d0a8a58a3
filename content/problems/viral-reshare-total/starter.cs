public class Solution
{
    public long ReshareTotal(long a, long hours, long m)
    {
        // Return (1 + a + a^2 + ... + a^(hours-1)) mod m.
        throw new NotImplementedException();
    }
}
