def beam_search(start: list[float], trans: list[list[float]], beam_width: int, length: int) -> list[list[int]]:
    vocab = range(len(start))
    beam = sorted(((start[b], (b,)) for b in vocab), key=lambda c: (-c[0], c[1]))[:beam_width]
    for _ in range(length - 1):
        candidates = [(score + trans[seq[-1]][b], seq + (b,)) for score, seq in beam for b in vocab]
        candidates.sort(key=lambda c: (-c[0], c[1]))
        beam = candidates[:beam_width]
    return [list(seq) for _, seq in beam]
