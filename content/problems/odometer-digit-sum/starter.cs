public class Solution
{
    public ListNode AddDigitLists(ListNode a, ListNode b)
    {
        // Return the digit list (least significant first) of the sum of a and b.
        throw new NotImplementedException();
    }
}
