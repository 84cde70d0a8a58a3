def lit_counts(n: int) -> list[int]:
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i >> 1] + (i & 1)  # i without its last bit, plus that bit
    return counts
