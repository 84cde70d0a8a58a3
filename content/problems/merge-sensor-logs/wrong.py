# Wrong on purpose: merges the logs in pairs (0,1), (2,3), ... each round but silently drops the unpaired last log when the count is odd.
def merge_logs(logs):
    def merge_two(a, b):
        dummy = tail = ListNode()
        while a and b:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a or b
        return dummy.next

    logs = list(logs)
    if not logs:
        return None
    while len(logs) > 1:
        logs = [merge_two(logs[i], logs[i + 1]) for i in range(0, len(logs) - 1, 2)]
    return logs[0]
