from collections import deque


def window_peaks(readings: list[int], k: int) -> list[int]:
    candidates = deque()  # positions whose readings strictly decrease from front to back
    peaks = []
    for i, level in enumerate(readings):
        while candidates and readings[candidates[-1]] <= level:
            candidates.pop()  # older and not higher: can never be a block maximum again
        candidates.append(i)
        if candidates[0] <= i - k:
            candidates.popleft()  # the front has left the block
        if i >= k - 1:
            peaks.append(readings[candidates[0]])
    return peaks
