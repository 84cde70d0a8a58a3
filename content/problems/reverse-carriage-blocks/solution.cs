public class Solution
{
    public ListNode ReverseInBlocks(ListNode head, int k)
    {
        var dummy = new ListNode(0, head);
        var before = dummy; // The node just before the block being processed.
        while (true)
        {
            // Find the k-th node of the block; stop if the block is short.
            var last = before;
            for (var i = 0; i < k; i++)
            {
                last = last.next;
                if (last == null)
                {
                    return dummy.next;
                }
            }

            var after = last.next;
            var first = before.next;
            ListNode prev = after, node = first;
            while (node != after)
            {
                var next = node.next;
                node.next = prev;
                prev = node;
                node = next;
            }

            before.next = last; // The old last node now starts the block.
            before = first;     // The old first node now ends it.
        }
    }
}
