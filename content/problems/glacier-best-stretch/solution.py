def best_stretch(change: list[int]) -> int:
    best = current = change[0]  # current: best sum of a stretch ending today
    for value in change[1:]:
        current = max(value, current + value)  # extend yesterday's stretch or start afresh
        best = max(best, current)
    return best
