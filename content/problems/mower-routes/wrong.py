# Wrong on purpose: seeds the whole first row and first column with 1, forgetting that a tree there also cuts off every cell beyond it along that edge.
MOD = 1_000_000_007


def count_routes(field: list[list[int]]) -> int:
    m, n = len(field), len(field[0])
    if field[0][0] == 1:
        return 0
    ways = [[0] * n for _ in range(m)]
    for r in range(m):
        ways[r][0] = 0 if field[r][0] else 1
    for c in range(n):
        ways[0][c] = 0 if field[0][c] else 1
    for r in range(1, m):
        for c in range(1, n):
            if field[r][c] == 0:
                ways[r][c] = (ways[r - 1][c] + ways[r][c - 1]) % MOD
    return ways[m - 1][n - 1]
