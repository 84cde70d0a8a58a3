def min_cancellations(bookings: list[list[int]]) -> int:
    # Return the fewest bookings to cancel so that no two remaining half-open bookings overlap.
    pass
