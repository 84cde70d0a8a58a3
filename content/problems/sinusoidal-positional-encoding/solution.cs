public class Solution
{
    public double[][] PositionalEncoding(int nPositions, int dModel)
    {
        var table = new double[nPositions][];
        for (int pos = 0; pos < nPositions; pos++)
        {
            table[pos] = new double[dModel];
            for (int col = 0; col < dModel; col++)
            {
                int i = col / 2;
                double angle = pos / Math.Pow(10000.0, 2.0 * i / dModel);
                table[pos][col] = col % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle);
            }
        }
        return table;
    }
}
