# Wrong on purpose: after the first step each beam is extended only by its own best next token, so the beams never compete for the slots (B parallel greedy searches instead of beam search).
def beam_search(start: list[float], trans: list[list[float]], beam_width: int, length: int) -> list[list[int]]:
    vocab = range(len(start))
    beam = sorted(((start[b], (b,)) for b in vocab), key=lambda c: (-c[0], c[1]))[:beam_width]
    for _ in range(length - 1):
        new = []
        for score, seq in beam:
            b = max(vocab, key=lambda t: (trans[seq[-1]][t], -t))
            new.append((score + trans[seq[-1]][b], seq + (b,)))
        beam = sorted(new, key=lambda c: (-c[0], c[1]))
    return [list(seq) for _, seq in beam]
