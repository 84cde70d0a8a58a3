public class Solution
{
    private sealed class TrieNode
    {
        public readonly TrieNode[] Children = new TrieNode[26];
        public bool EndsStem;
    }

    public string ShortenMessage(string[] stems, string message)
    {
        var root = new TrieNode();
        foreach (string stem in stems)
        {
            var node = root;
            foreach (char ch in stem) node = node.Children[ch - 'a'] ??= new TrieNode();
            node.EndsStem = true;
        }

        string ShortestStem(string word)
        {
            var node = root;
            for (int i = 0; i < word.Length; i++)
            {
                node = node.Children[word[i] - 'a'];
                if (node == null) return word; // no stem continues along this word
                if (node.EndsStem) return word[..(i + 1)]; // the first stem met is the shortest
            }
            return word;
        }

        return string.Join(" ", message.Split(' ').Select(ShortestStem));
    }
}
