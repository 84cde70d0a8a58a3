def merge_logs(logs: "list[ListNode | None]") -> "ListNode | None":
    # Return the head of one sorted list holding every node of every log.
    pass
