public class Solution
{
    public int[] ModuleOrder(int n, int[][] rules)
    {
        var after = new List<int>[n];
        for (int i = 0; i < n; i++) after[i] = new List<int>();
        var waiting = new int[n]; // unfinished prerequisites per module
        foreach (var rule in rules)
        {
            after[rule[0]].Add(rule[1]);
            waiting[rule[1]]++;
        }

        var available = new PriorityQueue<int, int>();
        for (int m = 0; m < n; m++)
        {
            if (waiting[m] == 0) available.Enqueue(m, m);
        }

        var order = new List<int>(n);
        while (available.Count > 0)
        {
            int m = available.Dequeue(); // always take the smallest module that is free to start
            order.Add(m);
            foreach (int next in after[m])
            {
                if (--waiting[next] == 0) available.Enqueue(next, next);
            }
        }
        return order.Count == n ? order.ToArray() : Array.Empty<int>(); // leftovers sit on a cycle
    }
}
