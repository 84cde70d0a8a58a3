public class Solution
{
    public ListNode AddDigitLists(ListNode a, ListNode b)
    {
        var dummy = new ListNode();
        var tail = dummy;
        var carry = 0;
        while (a != null || b != null || carry != 0)
        {
            var total = carry;
            if (a != null)
            {
                total += a.val;
                a = a.next;
            }

            if (b != null)
            {
                total += b.val;
                b = b.next;
            }

            carry = total / 10;
            tail.next = new ListNode(total % 10);
            tail = tail.next;
        }

        return dummy.next;
    }
}
