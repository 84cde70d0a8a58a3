def longest_run(root: "TreeNode | None") -> int:
    if root is None:
        return 0
    # Iterative post-order; height[node] = number of nodes on the longest downward path from node.
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(child for child in (node.left, node.right) if child)

    height: dict = {None: 0}
    best = 0
    for node in reversed(order):  # children before parents
        left, right = height[node.left], height[node.right]
        best = max(best, left + right)  # cables on the longest path that turns at node
        height[node] = 1 + max(left, right)
    return best
