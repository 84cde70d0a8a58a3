public class Solution
{
    public long ReshareTotal(long a, long hours, long m)
    {
        a %= m;
        // Walk the bits of `hours` from the top, keeping for the prefix k read so far
        // total = S(k) = 1 + a + ... + a^(k-1) and power = a^k (both mod m).
        long total = 0, power = 1 % m;
        for (var bit = 62; bit >= 0; bit--)
        {
            total = total * ((1 + power) % m) % m; // S(2k) = S(k) * (1 + a^k)
            power = power * power % m;             // a^(2k)
            if (((hours >> bit) & 1) == 1)
            {
                total = (total + power) % m;       // S(2k + 1) = S(2k) + a^(2k)
                power = power * a % m;
            }
        }

        return total;
    }
}
