def loop_start(charge: list[int], drain: list[int]) -> int:
    total = 0   # net energy of the whole lap
    tank = 0    # battery level when starting from `start`
    start = 0
    for i, (gain, cost) in enumerate(zip(charge, drain)):
        total += gain - cost
        tank += gain - cost
        if tank < 0:
            # No depot in start..i can be the start: each reaches i + 1 with no more energy.
            start, tank = i + 1, 0
    return start if total >= 0 else -1
