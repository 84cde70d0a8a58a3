public class Solution
{
    public int[][] ConfusionMatrix(int[] yTrue, int[] yPred, int[] labels)
    {
        var position = new Dictionary<int, int>();
        for (var i = 0; i < labels.Length; i++) position[labels[i]] = i;
        var matrix = new int[labels.Length][];
        for (var i = 0; i < labels.Length; i++) matrix[i] = new int[labels.Length];
        for (var t = 0; t < yTrue.Length; t++)
        {
            // A pair is counted only when both codes are among the chosen labels.
            if (position.TryGetValue(yTrue[t], out var row) && position.TryGetValue(yPred[t], out var col))
                matrix[row][col]++;
        }

        return matrix;
    }
}
