def sample_kits(vials: list[int]) -> list[list[int]]:
    codes = sorted(vials)  # equal codes become neighbours
    kits: list[list[int]] = []
    current: list[int] = []

    def extend(start: int) -> None:
        kits.append(current.copy())
        for i in range(start, len(codes)):
            # At one depth, start a branch with each distinct code only once.
            if i > start and codes[i] == codes[i - 1]:
                continue
            current.append(codes[i])
            extend(i + 1)
            current.pop()

    extend(0)
    return kits
