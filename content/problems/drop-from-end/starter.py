def remove_from_end(head: "ListNode | None", p: int) -> "ListNode | None":
    # Return the head after removing the p-th node counted from the end.
    pass
