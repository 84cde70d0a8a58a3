# Wrong on purpose: forgets to check that the whole lap has enough energy, so when the canopies give less than the lap needs it still returns a depot instead of -1.
def loop_start(charge: list[int], drain: list[int]) -> int:
    tank = 0
    start = 0
    for i, (gain, cost) in enumerate(zip(charge, drain)):
        tank += gain - cost
        if tank < 0:
            start, tank = i + 1, 0
    return start % len(charge)
