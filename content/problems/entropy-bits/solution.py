import math


def entropy_bits(counts: list[int]) -> float:
    total = sum(counts)
    # H = log2(N) - (1/N) * sum c log2 c, skipping empty bins (0 log 0 = 0)
    return math.log2(total) - math.fsum(c * math.log2(c) for c in counts if c > 0) / total
