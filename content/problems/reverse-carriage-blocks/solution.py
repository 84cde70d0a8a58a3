def reverse_in_blocks(head: "ListNode | None", k: int) -> "ListNode | None":
    dummy = ListNode(0, head)
    before = dummy  # the node just before the block being processed
    while True:
        # Find the k-th node of the block; stop if the block is short.
        last = before
        for _ in range(k):
            last = last.next
            if last is None:
                return dummy.next
        after = last.next
        # Reverse the k nodes starting at before.next, pointing the first one at `after`.
        first = before.next
        prev, node = after, first
        while node is not after:
            node.next, prev, node = prev, node, node.next
        before.next = last  # the old last node now starts the block
        before = first  # the old first node now ends it
