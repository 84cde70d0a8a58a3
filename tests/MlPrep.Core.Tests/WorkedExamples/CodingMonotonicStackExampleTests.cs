namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked examples of coding.monotonic-stack: days until warmer for eight temperatures,
/// traced pop by pop, the sliding-window maximum, and the histogram rectangle quoted in the notes.</summary>
public sealed class CodingMonotonicStackExampleTests
{
    private const string Topic = "coding.monotonic-stack";
    private static readonly int[] Temps = [60, 58, 62, 57, 55, 59, 64, 61];

    [Fact]
    public void DaysUntilWarmer_TraceMatchesTheTable()
    {
        var stack = new Stack<int>();
        int pops = 0;
        for (int i = 0; i < Temps.Length; i++)
        {
            var popped = new List<string>();
            while (stack.Count > 0 && Temps[stack.Peek()] < Temps[i])
            {
                int j = stack.Pop();
                popped.Add($"{Temps[j]} ({i - j})");
                pops++;
            }

            stack.Push(i);
            var bottomFirst = stack.Reverse().Select(k => Temps[k]);
            var poppedCell = popped.Count == 0 ? " " : $" {string.Join(", ", popped)} ";
            Notes.Mention(Topic, $"| {i} | {Temps[i]} |{poppedCell}| {string.Join(", ", bottomFirst)} |");
        }

        Notes.Shows(Topic, "6", pops, 0);
        Notes.Mention(Topic, "That took 8 pushes and **6 pops**.");
        Assert.Equal([2, 1, 4, 2, 1, 1, 0, 0], DaysUntilWarmer(Temps));
        Notes.Mention(Topic, "The result is [2, 1, 4, 2, 1, 1, 0, 0].");
    }

    [Fact]
    public void WindowMax_MatchesTheNotes()
    {
        Assert.Equal([12, 12, 12, 8, 8], WindowMax([4, 2, 12, 3, 8, 1, 5], 3));
        Assert.Equal([3, 3, 5, 5, 6, 7], WindowMax([1, 3, -1, -3, 5, 3, 6, 7], 3));
        Notes.Mention(Topic, "returns [12, 12, 12, 8, 8]");
    }

    [Fact]
    public void LargestRectangle_MatchesTheNotes()
    {
        Notes.Shows(Topic, "9", LargestRectangle([2, 4, 5, 3, 1]), 0);
        Notes.Mention(Topic, "For [2, 4, 5, 3, 1] the answer is 9 (height 3 over width 3).");
        Assert.Equal(10, LargestRectangle([2, 1, 5, 6, 2, 3]));
    }

    private static int[] DaysUntilWarmer(int[] temps)
    {
        var wait = new int[temps.Length];
        var stack = new Stack<int>();
        for (int i = 0; i < temps.Length; i++)
        {
            while (stack.Count > 0 && temps[stack.Peek()] < temps[i])
            {
                int j = stack.Pop();
                wait[j] = i - j;
            }

            stack.Push(i);
        }

        return wait;
    }

    private static List<int> WindowMax(int[] nums, int k)
    {
        var dq = new int[nums.Length];
        int head = 0, tail = 0;
        var output = new List<int>();
        for (int i = 0; i < nums.Length; i++)
        {
            if (head < tail && dq[head] <= i - k)
            {
                head++;
            }

            while (head < tail && nums[dq[tail - 1]] <= nums[i])
            {
                tail--;
            }

            dq[tail++] = i;
            if (i >= k - 1)
            {
                output.Add(nums[dq[head]]);
            }
        }

        return output;
    }

    private static int LargestRectangle(int[] heights)
    {
        var stack = new Stack<int>();
        int best = 0;
        for (int i = 0; i <= heights.Length; i++)
        {
            int h = i == heights.Length ? 0 : heights[i];
            while (stack.Count > 0 && heights[stack.Peek()] >= h)
            {
                int top = stack.Pop();
                int left = stack.Count > 0 ? stack.Peek() + 1 : 0;
                best = Math.Max(best, heights[top] * (i - left));
            }

            stack.Push(i);
        }

        return best;
    }
}
