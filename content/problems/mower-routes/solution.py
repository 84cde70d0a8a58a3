MOD = 1_000_000_007


def count_routes(field: list[list[int]]) -> int:
    n = len(field[0])
    ways = [0] * n  # ways[c]: routes into (r, c) for the current row r
    ways[0] = 1
    for row in field:
        for c in range(n):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] = (ways[c] + ways[c - 1]) % MOD  # from the north plus from the west
    return ways[-1]
