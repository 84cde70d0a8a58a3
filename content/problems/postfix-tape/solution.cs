public class Solution
{
    public long EvaluatePostfix(string[] tokens)
    {
        var values = new Stack<long>();
        foreach (var token in tokens)
        {
            if (token is "+" or "-" or "*" or "/")
            {
                var b = values.Pop();
                var a = values.Pop();
                values.Push(token switch
                {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ => a / b, // C# integer division already truncates toward zero.
                });
            }
            else
            {
                values.Push(long.Parse(token, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return values.Peek();
    }
}
