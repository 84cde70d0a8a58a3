# Wrong on purpose: uses bisect_right, which lets an equal score extend a selection, so it measures the longest non-decreasing subsequence (e.g. [7, 7, 7, 7] gives 4).
from bisect import bisect_right


def longest_rising(scores: list[int]) -> int:
    tails = []
    for s in scores:
        k = bisect_right(tails, s)
        if k == len(tails):
            tails.append(s)
        else:
            tails[k] = s
    return len(tails)
