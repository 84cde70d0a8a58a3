# Wrong on purpose: stops when both lists run out and forgets a final carry, so 999 + 1 comes out as 000 instead of 1000.
def add_digit_lists(a, b):
    dummy = tail = ListNode()
    carry = 0
    while a is not None or b is not None:
        total = carry
        if a is not None:
            total += a.val
            a = a.next
        if b is not None:
            total += b.val
            b = b.next
        carry, digit = divmod(total, 10)
        tail.next = tail = ListNode(digit)
    return dummy.next
