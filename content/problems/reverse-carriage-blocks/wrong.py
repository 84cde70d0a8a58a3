# Wrong on purpose: also reverses the short tail at the end, which the statement says keeps its order.
def reverse_in_blocks(head, k):
    values = []
    while head:
        values.append(head.val)
        head = head.next
    out = []
    for i in range(0, len(values), k):
        out += values[i : i + k][::-1]
    result = None
    for v in reversed(out):
        result = ListNode(v, result)
    return result
