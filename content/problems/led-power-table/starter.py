def lit_counts(n: int) -> list[int]:
    # Return [popcount(0), popcount(1), ..., popcount(n)].
    pass
