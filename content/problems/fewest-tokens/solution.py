def fewest_tokens(values: list[int], amount: int) -> int:
    unreachable = amount + 1  # more tokens than any exact refund can need
    best = [0] + [unreachable] * amount
    for value in set(values):
        for total in range(value, amount + 1):
            if best[total - value] + 1 < best[total]:
                best[total] = best[total - value] + 1
    return best[amount] if best[amount] <= amount else -1
