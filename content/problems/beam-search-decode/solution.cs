public class Solution
{
    private static int CompareCandidates((double Score, int[] Seq) a, (double Score, int[] Seq) b)
    {
        int c = b.Score.CompareTo(a.Score);   // higher score first
        if (c != 0) return c;
        for (int i = 0; i < a.Seq.Length; i++)
            if (a.Seq[i] != b.Seq[i]) return a.Seq[i].CompareTo(b.Seq[i]);
        return 0;
    }

    public int[][] BeamSearch(double[] start, double[][] trans, int beamWidth, int length)
    {
        int v = start.Length;
        var beam = new List<(double Score, int[] Seq)>();
        for (int b = 0; b < v; b++) beam.Add((start[b], new[] { b }));
        beam.Sort(CompareCandidates);
        if (beam.Count > beamWidth) beam.RemoveRange(beamWidth, beam.Count - beamWidth);
        for (int step = 1; step < length; step++)
        {
            var candidates = new List<(double Score, int[] Seq)>(beam.Count * v);
            foreach (var (score, seq) in beam)
                for (int b = 0; b < v; b++)
                {
                    var next = new int[seq.Length + 1];
                    seq.CopyTo(next, 0);
                    next[seq.Length] = b;
                    candidates.Add((score + trans[seq[^1]][b], next));
                }
            candidates.Sort(CompareCandidates);
            if (candidates.Count > beamWidth) candidates.RemoveRange(beamWidth, candidates.Count - beamWidth);
            beam = candidates;
        }
        return beam.Select(c => c.Seq).ToArray();
    }
}
