# Wrong on purpose: uses only the "most frequent plate" frame formula and forgets that with many plate types the press never idles, so the answer is at least len(jobs).
from collections import Counter


def min_press_slots(jobs: str, cooldown: int) -> int:
    counts = Counter(jobs).values()
    top = max(counts)
    return (top - 1) * (cooldown + 1) + sum(1 for c in counts if c == top)
