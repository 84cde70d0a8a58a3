import heapq


def recover_alphabet(glossary: list[str]) -> str:
    letters = sorted(set("".join(glossary)))
    after: dict[str, set[str]] = {c: set() for c in letters}
    for first, second in zip(glossary, glossary[1:]):
        for x, y in zip(first, second):
            if x != y:
                after[x].add(y)  # the first difference decides: x comes before y
                break
        else:
            if len(first) > len(second):
                return ""  # a word listed after its own proper prefix

    waiting = {c: 0 for c in letters}
    for x in letters:
        for y in after[x]:
            waiting[y] += 1
    ready = [c for c in letters if waiting[c] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        c = heapq.heappop(ready)  # smallest letter that may come next
        order.append(c)
        for y in after[c]:
            waiting[y] -= 1
            if waiting[y] == 0:
                heapq.heappush(ready, y)
    return "".join(order) if len(order) == len(letters) else ""
