# Wrong on purpose: updates the bias first and then computes the weight gradient with the new bias (a sequential update), instead of taking both gradients at the current parameters.
def gd_step(features: list[list[float]], targets: list[float], weights: list[float], bias: float, learning_rate: float) -> list[float]:
    n = len(targets)
    errors = [sum(w * v for w, v in zip(weights, x)) + bias - y for x, y in zip(features, targets)]
    bias = bias - learning_rate * sum(errors) / n
    errors = [sum(w * v for w, v in zip(weights, x)) + bias - y for x, y in zip(features, targets)]
    new_w = [w - learning_rate * sum(e * x[j] for e, x in zip(errors, features)) / n for j, w in enumerate(weights)]
    return [bias] + new_w
