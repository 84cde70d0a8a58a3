def add_digit_lists(a: "ListNode | None", b: "ListNode | None") -> "ListNode | None":
    # Return the digit list (least significant first) of the sum of a and b.
    pass
