def zero_sum_triplets(charges: list[int]) -> list[list[int]]:
    values = sorted(charges)
    n = len(values)
    triplets = []
    for i in range(n - 2):
        a = values[i]
        if a > 0:
            break  # every later triplet has only positive values
        if i > 0 and a == values[i - 1]:
            continue  # the same first value was handled already
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = a + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([a, values[lo], values[hi]])
                lo += 1
                while lo < hi and values[lo] == values[lo - 1]:
                    lo += 1  # skip copies of the middle value
                hi -= 1
    return triplets
