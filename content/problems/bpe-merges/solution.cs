public class Solution
{
    public string[][] BpeMerges(string[] words, int[] counts, int numMerges)
    {
        var seqs = words.Select(w => w.Select(ch => ch.ToString()).Append("</w>").ToList()).ToList();
        var merges = new List<string[]>();
        for (int step = 0; step < numMerges; step++)
        {
            var pairs = new Dictionary<(string, string), long>();
            for (int w = 0; w < seqs.Count; w++)
                for (int i = 0; i + 1 < seqs[w].Count; i++)
                {
                    var p = (seqs[w][i], seqs[w][i + 1]);
                    pairs[p] = pairs.GetValueOrDefault(p) + counts[w];
                }
            if (pairs.Count == 0) break;
            (string, string)? best = null;
            long bestCount = 0;
            foreach (var (p, c) in pairs)
            {
                bool better = best is null || c > bestCount
                    || (c == bestCount && (string.CompareOrdinal(p.Item1, best.Value.Item1) < 0
                        || (p.Item1 == best.Value.Item1 && string.CompareOrdinal(p.Item2, best.Value.Item2) < 0)));
                if (better) { best = p; bestCount = c; }
            }
            var (left, right) = best!.Value;
            merges.Add(new[] { left, right });
            for (int w = 0; w < seqs.Count; w++)
            {
                var seq = seqs[w];
                var merged = new List<string>(seq.Count);
                for (int i = 0; i < seq.Count; i++)
                {
                    if (i + 1 < seq.Count && seq[i] == left && seq[i + 1] == right)
                    {
                        merged.Add(left + right);
                        i++;
                    }
                    else merged.Add(seq[i]);
                }
                seqs[w] = merged;
            }
        }
        return merges.ToArray();
    }
}
