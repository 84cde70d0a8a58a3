# Wrong on purpose: the classic include/exclude recursion without sorting or skipping equal codes, so a kit such as [4, 9] is produced once per way of choosing its vials.
def sample_kits(vials: list[int]) -> list[list[int]]:
    kits = []

    def go(i, current):
        if i == len(vials):
            kits.append(list(current))
            return
        go(i + 1, current)
        go(i + 1, current + [vials[i]])

    go(0, [])
    return kits
