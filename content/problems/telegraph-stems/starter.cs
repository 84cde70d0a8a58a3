public class Solution
{
    public string ShortenMessage(string[] stems, string message)
    {
        // Replace each word by the shortest stem that is a prefix of it (if any); keep the spacing.
        throw new NotImplementedException();
    }
}
