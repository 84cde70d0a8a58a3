# Wrong on purpose: greedy, always takes the largest token that still fits; with values like [1, 4, 5] and amount 8 it uses 5+1+1+1 instead of 4+4, and it can miss exact sums altogether.
def fewest_tokens(values: list[int], amount: int) -> int:
    count = 0
    for value in sorted(set(values), reverse=True):
        count += amount // value
        amount %= value
    return count if amount == 0 else -1
