public class Solution
{
    private sealed class TrieNode
    {
        public readonly TrieNode[] Children = new TrieNode[26];
        public int ChildCount;
        public string Word; // set on the node where a candidate word ends
    }

    public string[] FindHiddenWords(string[] board, string[] words)
    {
        var root = new TrieNode();
        foreach (string w in words)
        {
            var node = root;
            foreach (char ch in w)
            {
                if (node.Children[ch - 'a'] == null)
                {
                    node.Children[ch - 'a'] = new TrieNode();
                    node.ChildCount++;
                }
                node = node.Children[ch - 'a'];
            }
            node.Word = w;
        }

        int rows = board.Length, cols = board[0].Length;
        var grid = board.Select(row => row.ToCharArray()).ToArray();
        var found = new List<string>();
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };

        void Walk(int r, int c, TrieNode parent)
        {
            char ch = grid[r][c];
            var node = parent.Children[ch - 'a'];
            if (node == null) return; // no candidate continues with this letter
            if (node.Word != null)
            {
                found.Add(node.Word);
                node.Word = null; // report each word once
            }
            grid[r][c] = '#'; // in use on the current path
            for (int d = 0; d < 4; d++)
            {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] != '#')
                {
                    Walk(nr, nc, node);
                }
            }
            grid[r][c] = ch;
            if (node.ChildCount == 0 && node.Word == null)
            {
                parent.Children[ch - 'a'] = null; // prune: nothing left to find below this node
                parent.ChildCount--;
            }
        }

        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                Walk(r, c, root);

        found.Sort(string.CompareOrdinal);
        return found.ToArray();
    }
}
