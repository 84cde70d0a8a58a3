public class Solution
{
    public int CountSentryLayouts(string[] plaza)
    {
        // Return how many ways n sentries can stand on free cells with no shared row, column or diagonal.
        throw new NotImplementedException();
    }
}
