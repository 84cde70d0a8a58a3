# Wrong on purpose: averages sentence-level BLEU over the corpus instead of pooling the clipped counts and lengths, so one short sentence without a 4-gram match pulls the score down.
import math
from collections import Counter


def _ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def _sentence_bleu(ct, rts):
    if not ct:
        return 0.0
    logs = 0.0
    for n in range(1, 5):
        max_ref = Counter()
        for rt in rts:
            max_ref |= _ngrams(rt, n)
        m = sum((_ngrams(ct, n) & max_ref).values())
        if m == 0:
            return 0.0
        logs += math.log(m / (len(ct) - n + 1))
    r = min((len(rt) for rt in rts), key=lambda k: (abs(k - len(ct)), k))
    bp = 1.0 if len(ct) > r else math.exp(1 - r / len(ct))
    return bp * math.exp(logs / 4)


def corpus_bleu(candidates: list[str], references: list[list[str]]) -> float:
    scores = [_sentence_bleu(c.split(), [x.split() for x in refs]) for c, refs in zip(candidates, references)]
    return sum(scores) / len(scores)
