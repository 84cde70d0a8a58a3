def running_medians(latencies: list[int]) -> list[float]:
    # Return the median of latencies[0..i] for every i.
    pass
