def postage_combinations(stamps: list[int], postage: int) -> list[list[int]]:
    values = sorted(stamps)
    ways: list[list[int]] = []
    current: list[int] = []

    def fill(start: int, remaining: int) -> None:
        if remaining == 0:
            ways.append(current.copy())
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break  # sorted: every later value is too large as well
            current.append(values[i])
            fill(i, remaining - values[i])  # i, not i + 1: a value may be reused
            current.pop()

    fill(0, postage)
    return ways
