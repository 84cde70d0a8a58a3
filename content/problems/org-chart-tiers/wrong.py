# Wrong on purpose: collects the next tier with a stack (LIFO) instead of a queue, so tiers below the second come out in a scrambled, partly reversed order.
def chart_tiers(root):
    tiers = []
    stack = [root] if root else []
    while stack:
        tiers.append([node.val for node in stack])
        nxt = []
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child:
                    nxt.append(child)
        stack = nxt
    return tiers
