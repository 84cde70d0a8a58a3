def reverse_in_blocks(head: "ListNode | None", k: int) -> "ListNode | None":
    # Return the head after reversing every full block of k nodes.
    pass
