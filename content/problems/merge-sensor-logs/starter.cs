public class Solution
{
    public ListNode MergeLogs(ListNode[] logs)
    {
        // Return the head of one sorted list holding every node of every log.
        throw new NotImplementedException();
    }
}
