def window_peaks(readings: list[int], k: int) -> list[int]:
    # Return the maximum of every block of k consecutive readings, in order.
    pass
