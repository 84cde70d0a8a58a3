# Wrong on purpose: sorts by start time and keeps the earliest-starting booking, so one long early booking can block several short ones that should have been kept.
def min_cancellations(bookings: list[list[int]]) -> int:
    kept = 0
    free_from = float("-inf")
    for start, end in sorted(bookings):
        if start >= free_from:
            kept += 1
            free_from = end
    return len(bookings) - kept
