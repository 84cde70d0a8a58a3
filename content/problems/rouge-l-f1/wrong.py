# Wrong on purpose: uses the longest common contiguous substring of tokens instead of the longest common subsequence.
def rouge_l_f1(candidate: str, reference: str) -> float:
    c, r = candidate.split(), reference.split()
    best = 0
    prev = [0] * (len(r) + 1)
    for tok in c:
        cur = [0] * (len(r) + 1)
        for j, ref_tok in enumerate(r, 1):
            if tok == ref_tok:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return 0.0 if best == 0 else 2 * best / (len(c) + len(r))
