# Wrong on purpose: only measures paths through the root (left height + right height at the root), missing longer paths that stay inside one subtree.
def longest_run(root):
    def height(node):
        if node is None:
            return 0
        return 1 + max(height(node.left), height(node.right))

    if root is None:
        return 0
    return height(root.left) + height(root.right)
