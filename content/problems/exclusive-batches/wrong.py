# Wrong on purpose: cuts as soon as the current letter has no later record, forgetting that earlier letters of the same batch may still appear later (it should track the farthest last position).
def batch_sizes(log: str) -> list[int]:
    last = {letter: i for i, letter in enumerate(log)}
    sizes = []
    start = 0
    for i, letter in enumerate(log):
        if last[letter] == i:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
