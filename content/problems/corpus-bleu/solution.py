import math
from collections import Counter


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def corpus_bleu(candidates: list[str], references: list[list[str]]) -> float:
    matches, totals = [0] * 4, [0] * 4
    c = r = 0
    for cand, refs in zip(candidates, references):
        ct = cand.split()
        rts = [ref.split() for ref in refs]
        c += len(ct)
        r += min((len(rt) for rt in rts), key=lambda k: (abs(k - len(ct)), k))
        for n in range(1, 5):
            max_ref = Counter()
            for rt in rts:
                max_ref |= _ngrams(rt, n)  # | keeps the maximum count per n-gram
            cand_counts = _ngrams(ct, n)
            matches[n - 1] += sum((cand_counts & max_ref).values())  # & is the clipped minimum
            totals[n - 1] += max(0, len(ct) - n + 1)
    if c == 0 or min(matches) == 0:
        return 0.0
    log_mean = sum(math.log(m / t) for m, t in zip(matches, totals)) / 4
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(log_mean)
