public class Solution
{
    public string LongestGrownWord(string[] lexicon)
    {
        // Return the longest word whose every prefix is in lexicon (ties: a-z smallest), or "".
        throw new NotImplementedException();
    }
}
