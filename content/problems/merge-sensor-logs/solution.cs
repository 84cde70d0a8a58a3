public class Solution
{
    public ListNode MergeLogs(ListNode[] logs)
    {
        var heap = new PriorityQueue<ListNode, int>();
        foreach (var node in logs)
        {
            if (node != null)
            {
                heap.Enqueue(node, node.val);
            }
        }

        var dummy = new ListNode();
        var tail = dummy;
        while (heap.TryDequeue(out var node, out _))
        {
            tail.next = node;
            tail = node;
            if (node.next != null)
            {
                heap.Enqueue(node.next, node.next.val);
            }
        }

        tail.next = null;
        return dummy.next;
    }
}
