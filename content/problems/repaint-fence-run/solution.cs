public class Solution
{
    public int LongestUniformRun(string boards, int k)
    {
        var counts = new int[26];
        int top = 0, left = 0; // top: the largest count of one colour seen in any window so far.
        for (var right = 0; right < boards.Length; right++)
        {
            top = Math.Max(top, ++counts[boards[right] - 'A']);
            // A window needs (length - top) repaints; slide it forward when that exceeds k.
            if (right - left + 1 - top > k)
            {
                counts[boards[left] - 'A']--;
                left++;
            }
        }

        return boards.Length - left;
    }
}
