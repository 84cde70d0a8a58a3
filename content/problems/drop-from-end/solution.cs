public class Solution
{
    public ListNode RemoveFromEnd(ListNode head, int p)
    {
        var dummy = new ListNode(0, head);
        ListNode lead = dummy, trail = dummy;
        for (var i = 0; i < p; i++)
        {
            lead = lead.next; // lead runs p nodes ahead of trail.
        }

        while (lead.next != null)
        {
            lead = lead.next;
            trail = trail.next;
        }

        // lead is the last node, so trail is p + 1 from the end: just before the doomed node.
        trail.next = trail.next.next;
        return dummy.next;
    }
}
