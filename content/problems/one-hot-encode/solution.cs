public class Solution
{
    public int[][] OneHotEncode(string[][] train, string[][] test)
    {
        int columns = train[0].Length, width = 0;
        var position = new Dictionary<string, int>[columns];
        for (var j = 0; j < columns; j++)
        {
            var categories = train.Select(row => row[j]).Distinct().ToArray();
            Array.Sort(categories, StringComparer.Ordinal);  // character-code order
            position[j] = new Dictionary<string, int>();
            foreach (var value in categories) position[j][value] = width++;
        }

        var encoded = new int[test.Length][];
        for (var i = 0; i < test.Length; i++)
        {
            encoded[i] = new int[width];
            for (var j = 0; j < columns; j++)
                if (position[j].TryGetValue(test[i][j], out var slot)) encoded[i][slot] = 1;  // unseen: zeros
        }

        return encoded;
    }
}
