def grad_w1(x: list[list[float]], y: list[int], w1: list[list[float]], b1: list[float],
            w2: list[list[float]], b2: list[float]) -> list[list[float]]:
    # Return dL/dW1 (D x H) for the mean softmax cross-entropy loss of the two-layer ReLU network.
    pass
