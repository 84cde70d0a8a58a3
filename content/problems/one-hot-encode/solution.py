def one_hot_encode(train: list[list[str]], test: list[list[str]]) -> list[list[int]]:
    columns = len(train[0])
    # Each column's categories map to an output position: offset of the block + rank in sorted order.
    position, width = [], 0
    for j in range(columns):
        categories = sorted({row[j] for row in train})
        position.append({value: width + r for r, value in enumerate(categories)})
        width += len(categories)
    encoded = []
    for row in test:
        out = [0] * width
        for j, value in enumerate(row):
            slot = position[j].get(value)
            if slot is not None:  # an unseen value leaves its block all zeros
                out[slot] = 1
        encoded.append(out)
    return encoded
