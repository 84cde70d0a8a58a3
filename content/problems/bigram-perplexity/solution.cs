public class Solution
{
    private static IEnumerable<(string, string)> Pairs(string sentence)
    {
        var words = sentence.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
        string prev = "<s>";
        foreach (var w in words.Append("</s>"))
        {
            yield return (prev, w);
            prev = w;
        }
    }

    public double BigramPerplexity(string[] train, string[] test, double k)
    {
        var pairCounts = new Dictionary<(string, string), int>();
        var history = new Dictionary<string, int>();
        var types = new HashSet<string>();
        foreach (var s in train)
            foreach (var (v, w) in Pairs(s))
            {
                pairCounts[(v, w)] = pairCounts.GetValueOrDefault((v, w)) + 1;
                history[v] = history.GetValueOrDefault(v) + 1;
                types.Add(w);
            }
        double logSum = 0;
        long n = 0;
        foreach (var s in test)
            foreach (var (v, w) in Pairs(s))
            {
                logSum += Math.Log((pairCounts.GetValueOrDefault((v, w)) + k) / (history.GetValueOrDefault(v) + k * types.Count));
                n++;
            }
        return Math.Exp(-logSum / n);
    }
}
