def remove_from_end(head: "ListNode | None", p: int) -> "ListNode | None":
    dummy = ListNode(0, head)
    lead = trail = dummy
    for _ in range(p):
        lead = lead.next  # lead runs p nodes ahead of trail
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    # lead is the last node, so trail is p + 1 from the end: just before the doomed node.
    trail.next = trail.next.next
    return dummy.next
