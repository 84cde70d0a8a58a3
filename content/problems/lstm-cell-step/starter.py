def lstm_cell(x: list[float], h: list[float], c: list[float], w_ih: list[list[float]], w_hh: list[list[float]],
              b_ih: list[float], b_hh: list[float]) -> list[list[float]]:
    # Return [h_new, c_new] after one step; gate blocks are stacked as input, forget, cell (g), output.
    pass
