public class Solution
{
    public int[] DaysUntilHigher(int[] prices)
    {
        var wait = new int[prices.Length];
        var waiting = new Stack<int>(); // Days without a higher price yet; prices never increase bottom to top.
        for (var day = 0; day < prices.Length; day++)
        {
            while (waiting.Count > 0 && prices[waiting.Peek()] < prices[day])
            {
                var earlier = waiting.Pop();
                wait[earlier] = day - earlier;
            }

            waiting.Push(day);
        }

        return wait;
    }
}
