def cutoff_scores(k: int, initial: list[int], arrivals: list[int]) -> list[int]:
    # After each arrival, return the k-th largest score recorded so far.
    pass
