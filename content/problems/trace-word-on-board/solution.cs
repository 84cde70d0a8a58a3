public class Solution
{
    public bool CanTrace(string[] board, string word)
    {
        int rows = board.Length, cols = board[0].Length;
        var have = new int[26];
        foreach (string row in board)
            foreach (char ch in row) have[ch - 'A']++;
        var need = new int[26];
        foreach (char ch in word) need[ch - 'A']++;
        for (int i = 0; i < 26; i++)
        {
            if (need[i] > have[i]) return false; // not enough tiles of some letter
        }

        // Start from the rarer end of the word: fewer starting tiles, fewer dead branches.
        string target = have[word[^1] - 'A'] < have[word[0] - 'A']
            ? new string(word.Reverse().ToArray())
            : word;

        var grid = board.Select(row => row.ToCharArray()).ToArray();
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };

        bool Extend(int r, int c, int i)
        {
            if (grid[r][c] != target[i]) return false;
            if (i == target.Length - 1) return true;
            grid[r][c] = '#'; // mark as used on this path
            bool found = false;
            for (int d = 0; d < 4 && !found; d++)
            {
                int nr = r + dr[d], nc = c + dc[d];
                found = nr >= 0 && nr < rows && nc >= 0 && nc < cols && Extend(nr, nc, i + 1);
            }
            grid[r][c] = target[i]; // unmark when backtracking
            return found;
        }

        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (Extend(r, c, 0)) return true;
        return false;
    }
}
