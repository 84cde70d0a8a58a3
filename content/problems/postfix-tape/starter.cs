public class Solution
{
    public long EvaluatePostfix(string[] tokens)
    {
        // Return the value of the postfix tape (division truncates toward zero).
        throw new NotImplementedException();
    }
}
