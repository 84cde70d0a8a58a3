def best_expedition(root: "TreeNode") -> int:
    # Iterative post-order: down[node] is the best route that starts at node and goes down.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(child for child in (node.left, node.right) if child)

    down: dict = {}
    best = root.val
    for node in reversed(order):  # children before parents
        left = max(down.get(node.left, 0), 0)    # a losing branch is simply not taken
        right = max(down.get(node.right, 0), 0)
        best = max(best, node.val + left + right)  # the route that turns at this node
        down[node] = node.val + max(left, right)
    return best
