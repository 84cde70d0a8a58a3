public class Solution
{
    public int[] NearestDrones(int[][] points, int k)
    {
        // Max-heap of the k best (squared distance, index) pairs: the root is the worst one kept.
        var worstFirst = Comparer<(long Dist, int Index)>.Create((a, b) => b.CompareTo(a));
        var heap = new PriorityQueue<int, (long Dist, int Index)>(worstFirst);
        for (int i = 0; i < points.Length; i++)
        {
            long x = points[i][0], y = points[i][1];
            var key = (x * x + y * y, i);
            if (heap.Count < k)
            {
                heap.Enqueue(i, key);
            }
            else
            {
                heap.TryPeek(out _, out var worst);
                if (key.CompareTo(worst) < 0)
                {
                    heap.DequeueEnqueue(i, key);
                }
            }
        }

        var result = new int[heap.Count];
        for (int pos = result.Length - 1; pos >= 0; pos--)
        {
            result[pos] = heap.Dequeue();
        }
        return result;
    }
}
