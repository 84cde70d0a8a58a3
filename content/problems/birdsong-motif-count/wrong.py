# Wrong on purpose: updates the one-row table left to right, so a single note can fill two consecutive equal motif letters (e.g. "aaa" with motif "aa" gives 6 instead of 3).
MOD = 1_000_000_007


def count_motif(song: str, motif: str) -> int:
    k = len(motif)
    ways = [1] + [0] * k
    for note in song:
        for j in range(k):
            if motif[j] == note:
                ways[j + 1] = (ways[j + 1] + ways[j]) % MOD
    return ways[k]
