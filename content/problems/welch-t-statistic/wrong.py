# Wrong on purpose: uses the biased variance (divisor n instead of n - 1) in the standard error and the degrees of freedom.
import math


def welch_t(a, b):
    def stats(v):
        m = sum(v) / len(v)
        return m, sum((x - m) ** 2 for x in v) / len(v) / len(v)
    ma, va = stats(a)
    mb, vb = stats(b)
    se2 = va + vb
    return [(ma - mb) / math.sqrt(se2), se2 ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))]
