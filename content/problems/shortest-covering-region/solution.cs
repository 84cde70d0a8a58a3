public class Solution
{
    public int[] ShortestCover(int[][] regions, int[] positions)
    {
        var byLeft = regions.OrderBy(g => g[0]).ToArray();
        var order = Enumerable.Range(0, positions.Length).OrderBy(i => positions[i]).ToArray();
        var answer = new int[positions.Length];
        // Regions that start at or before the current position, shortest first; the element is the right end.
        var heap = new PriorityQueue<int, int>();
        var k = 0;
        foreach (var idx in order)
        {
            var p = positions[idx];
            while (k < byLeft.Length && byLeft[k][0] <= p)
            {
                heap.Enqueue(byLeft[k][1], byLeft[k][1] - byLeft[k][0] + 1);
                k++;
            }

            // Regions ending before p can never cover this or any later (larger) position.
            while (heap.TryPeek(out var right, out _) && right < p)
            {
                heap.Dequeue();
            }

            answer[idx] = heap.TryPeek(out _, out var length) ? length : -1;
        }

        return answer;
    }
}
