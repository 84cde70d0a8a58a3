public class Solution
{
    public long LargestPoster(int[] heights)
    {
        long best = 0;
        var rising = new Stack<int>(); // Column indices with strictly increasing heights.
        for (var i = 0; i <= heights.Length; i++)
        {
            var h = i < heights.Length ? heights[i] : 0; // A final 0 flushes the stack.
            while (rising.Count > 0 && heights[rising.Peek()] >= h)
            {
                var top = rising.Pop();
                // Column top is the lowest on (left, i): left is the new stack top (or -1).
                var left = rising.Count > 0 ? rising.Peek() : -1;
                best = Math.Max(best, (long)heights[top] * (i - left - 1));
            }

            rising.Push(i);
        }

        return best;
    }
}
