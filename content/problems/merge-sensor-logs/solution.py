import heapq


def merge_logs(logs: "list[ListNode | None]") -> "ListNode | None":
    # The log index breaks ties, so heapq never has to compare two ListNode objects.
    heap = [(node.val, j, node) for j, node in enumerate(logs) if node is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, j, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, j, node.next))
    tail.next = None
    return dummy.next
