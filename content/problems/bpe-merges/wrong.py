# Wrong on purpose: breaks ties by the first pair encountered while counting instead of the smallest pair.
def bpe_merges(words: list[str], counts: list[int], num_merges: int) -> list[list[str]]:
    seqs = [list(w) + ["</w>"] for w in words]
    merges = []
    for _ in range(num_merges):
        pairs = {}
        for seq, c in zip(seqs, counts):
            for pair in zip(seq, seq[1:]):
                pairs[pair] = pairs.get(pair, 0) + c
        if not pairs:
            break
        left, right = max(pairs, key=pairs.get)  # dict order: first occurrence wins ties
        merges.append([left, right])
        new = []
        for seq in seqs:
            out, i = [], 0
            while i < len(seq):
                if i + 1 < len(seq) and seq[i] == left and seq[i + 1] == right:
                    out.append(left + right)
                    i += 2
                else:
                    out.append(seq[i])
                    i += 1
            new.append(out)
        seqs = new
    return merges
