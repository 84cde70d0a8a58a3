def batch_sizes(log: str) -> list[int]:
    last = {letter: i for i, letter in enumerate(log)}  # last position of each customer
    sizes = []
    start = end = 0
    for i, letter in enumerate(log):
        end = max(end, last[letter])  # the batch must reach every letter's last record
        if i == end:                  # nothing in the batch appears later: cut here
            sizes.append(end - start + 1)
            start = i + 1
    return sizes
