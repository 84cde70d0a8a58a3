public class Solution
{
    public double[] RunningMedians(int[] latencies)
    {
        // low: the smaller half as a max-heap (may hold one extra); high: the larger half as a min-heap.
        var low = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var high = new PriorityQueue<int, int>();
        var medians = new double[latencies.Length];
        for (int i = 0; i < latencies.Length; i++)
        {
            int x = latencies[i];
            if (low.Count > 0 && x > low.Peek())
            {
                high.Enqueue(x, x);
            }
            else
            {
                low.Enqueue(x, x);
            }

            if (low.Count > high.Count + 1)
            {
                int moved = low.Dequeue();
                high.Enqueue(moved, moved);
            }
            else if (high.Count > low.Count)
            {
                int moved = high.Dequeue();
                low.Enqueue(moved, moved);
            }

            medians[i] = low.Count > high.Count
                ? low.Peek()
                : ((long)low.Peek() + high.Peek()) / 2.0;
        }
        return medians;
    }
}
