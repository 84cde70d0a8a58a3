public class Solution
{
    public string[][] GroupAnagrams(string[] words)
    {
        // Return the groups of tile-equivalent words, each sorted, groups sorted by first word.
        throw new NotImplementedException();
    }
}
