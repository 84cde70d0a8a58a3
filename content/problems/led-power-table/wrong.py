# Wrong on purpose: off by one, builds the table for 0..n-1 only (n entries instead of n + 1).
def lit_counts(n: int) -> list[int]:
    counts = [0] * max(n, 1)
    for i in range(1, n):
        counts[i] = counts[i >> 1] + (i & 1)
    return counts
