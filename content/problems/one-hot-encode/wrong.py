# Wrong on purpose: orders each column's categories by first appearance in train instead of sorting them.
def one_hot_encode(train: list[list[str]], test: list[list[str]]) -> list[list[int]]:
    categories = []
    for j in range(len(train[0])):
        seen = []
        for row in train:
            if row[j] not in seen:
                seen.append(row[j])
        categories.append(seen)
    encoded = []
    for row in test:
        out = []
        for j, value in enumerate(row):
            out += [1 if value == c else 0 for c in categories[j]]
        encoded.append(out)
    return encoded
