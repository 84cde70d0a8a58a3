public class Solution
{
    public ListNode ReverseInBlocks(ListNode head, int k)
    {
        // Return the head after reversing every full block of k nodes.
        throw new NotImplementedException();
    }
}
