public class Solution
{
    public int[][] SampleKits(int[] vials)
    {
        var codes = vials.OrderBy(v => v).ToArray(); // equal codes become neighbours
        var kits = new List<int[]>();
        var current = new List<int>();

        void Extend(int start)
        {
            kits.Add(current.ToArray());
            for (int i = start; i < codes.Length; i++)
            {
                // At one depth, start a branch with each distinct code only once.
                if (i > start && codes[i] == codes[i - 1]) continue;
                current.Add(codes[i]);
                Extend(i + 1);
                current.RemoveAt(current.Count - 1);
            }
        }

        Extend(0);
        return kits.ToArray();
    }
}
