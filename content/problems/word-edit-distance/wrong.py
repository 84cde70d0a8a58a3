# Wrong on purpose: initialises the first row and column of the table to 0, so leading insertions and deletions are free.
def word_edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    prev = [0] * (len(hypothesis) + 1)
    for a in reference:
        cur = [0] * (len(hypothesis) + 1)
        for j, b in enumerate(hypothesis, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b))
        prev = cur
    return prev[-1]
