from collections import Counter


def _apply(seq: list[str], left: str, right: str) -> list[str]:
    out, i = [], 0
    while i < len(seq):
        if i + 1 < len(seq) and seq[i] == left and seq[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(seq[i])
            i += 1
    return out


def bpe_merges(words: list[str], counts: list[int], num_merges: int) -> list[list[str]]:
    seqs = [list(w) + ["</w>"] for w in words]
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for seq, c in zip(seqs, counts):
            for pair in zip(seq, seq[1:]):
                pairs[pair] += c
        if not pairs:
            break
        left, right = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append([left, right])
        seqs = [_apply(seq, left, right) for seq in seqs]
    return merges
