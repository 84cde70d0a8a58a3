# Wrong on purpose: no dummy node, so removing the FIRST node (p equal to the length) is impossible; it removes the second node instead.
def remove_from_end(head, p):
    lead = trail = head
    for _ in range(p):
        if lead.next is None:
            break
        lead = lead.next
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    if trail.next is None:
        return None
    trail.next = trail.next.next
    return head
