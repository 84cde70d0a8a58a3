from collections import Counter


def oob_vote(draws: list[list[int]], predictions: list[list[int]]) -> list[int]:
    n = len(predictions[0])
    votes = [Counter() for _ in range(n)]
    for sample, predicted in zip(draws, predictions):
        in_bag = set(sample)
        for i in range(n):
            if i not in in_bag:
                votes[i][predicted[i]] += 1
    result = []
    for counter in votes:
        if not counter:
            result.append(-1)  # in every bootstrap sample: no fair vote
        else:
            top = max(counter.values())
            result.append(min(label for label, c in counter.items() if c == top))
    return result
