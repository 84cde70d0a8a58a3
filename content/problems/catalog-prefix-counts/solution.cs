public class Solution
{
    private sealed class TrieNode
    {
        public readonly TrieNode[] Children = new TrieNode[26];
        public int Passing; // how many names go through this node
    }

    public int[] PrefixCounts(string[] names, string[] typed)
    {
        var root = new TrieNode();
        foreach (string name in names)
        {
            var node = root;
            node.Passing++; // the root is the empty prefix
            foreach (char ch in name)
            {
                node = node.Children[ch - 'a'] ??= new TrieNode();
                node.Passing++;
            }
        }

        var result = new int[typed.Length];
        for (int j = 0; j < typed.Length; j++)
        {
            var node = root;
            foreach (char ch in typed[j])
            {
                node = node.Children[ch - 'a'];
                if (node == null) break;
            }
            result[j] = node?.Passing ?? 0;
        }
        return result;
    }
}
