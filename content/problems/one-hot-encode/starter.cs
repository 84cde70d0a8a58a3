public class Solution
{
    public int[][] OneHotEncode(string[][] train, string[][] test)
    {
        // Return the test rows one-hot encoded with each column's sorted training categories; unseen -> zeros.
        throw new NotImplementedException();
    }
}
