def gru_cell(x: list[float], h: list[float], w_ih: list[list[float]], w_hh: list[list[float]],
             b_ih: list[float], b_hh: list[float]) -> list[float]:
    # Return the new hidden state; gate blocks are stacked as reset, update, new (PyTorch's nn.GRUCell).
    pass
