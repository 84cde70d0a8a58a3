def min_cancellations(bookings: list[list[int]]) -> int:
    kept = 0
    free_from = float("-inf")  # the room is free from this time on
    for start, end in sorted(bookings, key=lambda b: b[1]):  # earliest end first
        if start >= free_from:  # fits after the last kept booking (touching is fine)
            kept += 1
            free_from = end
    return len(bookings) - kept
