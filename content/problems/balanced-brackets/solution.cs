public class Solution
{
    public bool IsBalanced(string s)
    {
        var expected = new Stack<char>(); // the closers still owed, innermost on top
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '(':
                    expected.Push(')');
                    break;
                case '[':
                    expected.Push(']');
                    break;
                case '{':
                    expected.Push('}');
                    break;
                case ')' or ']' or '}':
                    if (expected.Count == 0 || expected.Pop() != ch)
                    {
                        return false;
                    }

                    break;
            }
        }

        return expected.Count == 0;
    }
}
