# Wrong on purpose: average pooling divides by the number of real pixels in the window (count_include_pad=False) instead of kernel*kernel, and max pooling pads with zeros, so border windows differ.
def pool2d(x, kernel, stride, padding, mode):
    h, w = len(x), len(x[0])
    hp, wp = h + 2 * padding, w + 2 * padding
    out = []
    for i in range((hp - kernel) // stride + 1):
        row = []
        for j in range((wp - kernel) // stride + 1):
            vals = []
            for a in range(kernel):
                for b in range(kernel):
                    r, c = i * stride + a - padding, j * stride + b - padding
                    vals.append(x[r][c] if 0 <= r < h and 0 <= c < w else None)
            real = [v for v in vals if v is not None]
            if mode == "max":
                row.append(max(v if v is not None else 0.0 for v in vals))
            else:
                row.append(sum(real) / len(real))
        out.append(row)
    return out
