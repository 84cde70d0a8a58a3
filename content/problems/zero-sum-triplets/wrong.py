# Wrong on purpose: never skips repeated values after sorting, so a triplet like [-1, -1, 2] or [0, 0, 0] is reported several times.
def zero_sum_triplets(charges: list[int]) -> list[list[int]]:
    values = sorted(charges)
    n = len(values)
    triplets = []
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = values[i] + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([values[i], values[lo], values[hi]])
                lo += 1
                hi -= 1
    return triplets
