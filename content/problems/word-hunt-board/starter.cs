public class Solution
{
    public string[] FindHiddenWords(string[] board, string[] words)
    {
        // Return the words that can be traced on the board (edge-adjacent cells, no reuse), sorted.
        throw new NotImplementedException();
    }
}
