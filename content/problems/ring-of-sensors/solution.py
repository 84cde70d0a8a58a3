def max_signal(gain: list[int]) -> int:
    def best_on_line(values):
        take, skip = 0, 0  # best totals with the last sensor on / off
        for v in values:
            take, skip = skip + v, max(take, skip)
        return max(take, skip)

    if len(gain) == 1:
        return gain[0]
    # Sensors 0 and n-1 cannot both be on: drop one of them and solve a straight line.
    return max(best_on_line(gain[1:]), best_on_line(gain[:-1]))
