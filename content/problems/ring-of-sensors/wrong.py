# Wrong on purpose: treats the sensors as a straight line, so it may switch on both sensor 0 and sensor n-1, which are neighbours on the ring.
def max_signal(gain: list[int]) -> int:
    take, skip = 0, 0
    for v in gain:
        take, skip = skip + v, max(take, skip)
    return max(take, skip)
