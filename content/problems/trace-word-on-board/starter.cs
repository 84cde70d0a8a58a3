public class Solution
{
    public bool CanTrace(string[] board, string word)
    {
        // Return true if word can be spelled along edge-adjacent tiles, never reusing a tile.
        throw new NotImplementedException();
    }
}
