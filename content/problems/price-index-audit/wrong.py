# Wrong on purpose: compares each node only with its own children, missing a deeper node that breaks an ancestor's bound (e.g. 25 under the left child of 20).
def is_valid_index(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.left and node.left.val >= node.val:
            return False
        if node.right and node.right.val <= node.val:
            return False
        stack += [node.left, node.right]
    return True
