# Wrong on purpose: off-by-one expiry test (front < i - k instead of <= i - k), so a reading that has just left the block can still be reported as its maximum.
from collections import deque


def window_peaks(readings: list[int], k: int) -> list[int]:
    candidates = deque()
    peaks = []
    for i, level in enumerate(readings):
        while candidates and readings[candidates[-1]] <= level:
            candidates.pop()
        candidates.append(i)
        if candidates[0] < i - k:
            candidates.popleft()
        if i >= k - 1:
            peaks.append(readings[candidates[0]])
    return peaks
