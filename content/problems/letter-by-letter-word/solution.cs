public class Solution
{
    private sealed class TrieNode
    {
        public readonly TrieNode[] Children = new TrieNode[26];
        public string Word; // the lexicon word ending here, if any
    }

    public string LongestGrownWord(string[] lexicon)
    {
        var root = new TrieNode();
        foreach (string word in lexicon)
        {
            var node = root;
            foreach (char ch in word) node = node.Children[ch - 'a'] ??= new TrieNode();
            node.Word = word;
        }

        string best = "";
        // Depth-first search that only enters nodes where a lexicon word ends: exactly the grown words.
        var stack = new Stack<TrieNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.Children)
            {
                if (child?.Word == null) continue;
                if (child.Word.Length > best.Length ||
                    (child.Word.Length == best.Length && string.CompareOrdinal(child.Word, best) < 0))
                {
                    best = child.Word;
                }
                stack.Push(child);
            }
        }
        return best;
    }
}
