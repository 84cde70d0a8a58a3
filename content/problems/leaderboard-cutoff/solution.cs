public class Solution
{
    public int[] CutoffScores(int k, int[] initial, int[] arrivals)
    {
        // Min-heap of the k largest scores; its root is the k-th largest.
        var top = new PriorityQueue<int, int>();
        foreach (int score in initial)
        {
            top.Enqueue(score, score);
            if (top.Count > k) top.Dequeue();
        }

        var result = new int[arrivals.Length];
        for (int j = 0; j < arrivals.Length; j++)
        {
            int score = arrivals[j];
            if (top.Count < k)
            {
                top.Enqueue(score, score);
            }
            else if (score > top.Peek())
            {
                top.DequeueEnqueue(score, score);
            }
            result[j] = top.Peek();
        }
        return result;
    }
}
