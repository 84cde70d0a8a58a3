MOD = 1_000_000_007


def count_motif(song: str, motif: str) -> int:
    k = len(motif)
    # ways[j]: picks of motif[:j] among the notes read so far; ways[0] = 1 (the empty pick).
    ways = [1] + [0] * k
    positions = {}
    for j in range(k - 1, -1, -1):  # for each letter, the motif slots it fills, right to left
        positions.setdefault(motif[j], []).append(j)
    for note in song:
        # Right to left, so ways[j] is still the count before this note when ways[j + 1] reads it.
        for j in positions.get(note, ()):
            ways[j + 1] = (ways[j + 1] + ways[j]) % MOD
    return ways[k]
