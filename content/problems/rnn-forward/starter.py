def rnn_forward(x: list[list[float]], h0: list[float], w_ih: list[list[float]], w_hh: list[list[float]],
                b_ih: list[float], b_hh: list[float]) -> list[list[float]]:
    # Return the hidden state after every time step (T rows of length H).
    pass
