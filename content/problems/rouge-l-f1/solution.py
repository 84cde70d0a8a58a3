def rouge_l_f1(candidate: str, reference: str) -> float:
    c, r = candidate.split(), reference.split()
    prev = [0] * (len(r) + 1)
    for tok in c:
        cur = [0] * (len(r) + 1)
        for j, ref_tok in enumerate(r, 1):
            cur[j] = prev[j - 1] + 1 if tok == ref_tok else max(prev[j], cur[j - 1])
        prev = cur
    lcs = prev[-1]
    return 0.0 if lcs == 0 else 2 * lcs / (len(c) + len(r))
