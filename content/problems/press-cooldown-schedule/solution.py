import heapq
from collections import Counter, deque


def min_press_slots(jobs: str, cooldown: int) -> int:
    # Greedy: whenever the press is free, print the available plate with the most jobs left.
    ready = [-count for count in Counter(jobs).values()]  # max-heap of remaining counts
    heapq.heapify(ready)
    cooling: deque[tuple[int, int]] = deque()  # (first slot it may print again, remaining count)
    slot = 0  # the next free slot (0-based)
    while ready or cooling:
        if not ready:  # nothing can print now: jump over the idle stretch
            slot = max(slot, cooling[0][0])
        while cooling and cooling[0][0] <= slot:
            heapq.heappush(ready, -cooling.popleft()[1])
        remaining = -heapq.heappop(ready) - 1
        if remaining:
            cooling.append((slot + cooldown + 1, remaining))
        slot += 1
    return slot
