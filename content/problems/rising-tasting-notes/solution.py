from bisect import bisect_left


def longest_rising(scores: list[int]) -> int:
    # tails[k] = smallest last score of a strictly rising selection of length k + 1 seen so far.
    tails = []
    for s in scores:
        k = bisect_left(tails, s)  # first tail >= s: s replaces it (equal scores do not extend)
        if k == len(tails):
            tails.append(s)
        else:
            tails[k] = s
    return len(tails)
