public class Solution
{
    public ListNode RemoveFromEnd(ListNode head, int p)
    {
        // Return the head after removing the p-th node counted from the end.
        throw new NotImplementedException();
    }
}
