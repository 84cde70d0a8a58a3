def repair_cost(scanned: str, reference: str, insert_cost: int, delete_cost: int, replace_cost: int) -> int:
    m = len(reference)
    # prev[j]: cheapest repair of the scanned prefix so far into reference[:j].
    prev = [j * insert_cost for j in range(m + 1)]
    for i, letter in enumerate(scanned, start=1):
        cur = [i * delete_cost] + [0] * m
        for j in range(1, m + 1):
            keep = prev[j - 1] + (0 if letter == reference[j - 1] else replace_cost)
            cur[j] = min(keep, prev[j] + delete_cost, cur[j - 1] + insert_cost)
        prev = cur
    return prev[m]
