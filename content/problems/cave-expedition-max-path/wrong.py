# Wrong on purpose: starts the running best at 0 instead of a real route's value, so a cave where every chamber is negative reports 0 (an empty route) instead of the best single chamber.
def best_expedition(root):
    best = 0

    def down(node):
        nonlocal best
        if node is None:
            return 0
        left = max(down(node.left), 0)
        right = max(down(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    down(root)
    return best
