public class Solution
{
    public int MaxXorPair(int[] codes)
    {
        int best = 0, mask = 0;
        var prefixes = new HashSet<int>();
        for (var bit = 30; bit >= 0; bit--)
        {
            mask |= 1 << bit;
            prefixes.Clear();
            foreach (var code in codes)
            {
                prefixes.Add(code & mask); // the codes cut to their top bits
            }

            var candidate = best | (1 << bit); // can this bit be 1 as well?
            foreach (var p in prefixes)
            {
                // Two prefixes p, q with p ^ q == candidate exist iff candidate ^ p is also a prefix.
                if (prefixes.Contains(candidate ^ p))
                {
                    best = candidate;
                    break;
                }
            }
        }

        return best;
    }
}
