def add_digit_lists(a: "ListNode | None", b: "ListNode | None") -> "ListNode | None":
    dummy = tail = ListNode()
    carry = 0
    while a is not None or b is not None or carry:
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
