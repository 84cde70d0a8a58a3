# Wrong on purpose: every recursive call restarts from the first denomination, so the same multiset is listed once per ordering ([2, 3, 3], [3, 2, 3], ...).
def postage_combinations(stamps: list[int], postage: int) -> list[list[int]]:
    ways = []

    def fill(remaining, current):
        if remaining == 0:
            ways.append(list(current))
            return
        for v in stamps:
            if v <= remaining:
                fill(remaining - v, current + [v])

    fill(postage, [])
    return ways
