# Wrong on purpose: mixes up the two directions, charging delete_cost for letters added to the scan and insert_cost for letters removed from it; only right when the two prices are equal.
def repair_cost(scanned: str, reference: str, insert_cost: int, delete_cost: int, replace_cost: int) -> int:
    m = len(reference)
    prev = [j * delete_cost for j in range(m + 1)]
    for i, letter in enumerate(scanned, start=1):
        cur = [i * insert_cost] + [0] * m
        for j in range(1, m + 1):
            keep = prev[j - 1] + (0 if letter == reference[j - 1] else replace_cost)
            cur[j] = min(keep, prev[j] + insert_cost, cur[j - 1] + delete_cost)
        prev = cur
    return prev[m]
