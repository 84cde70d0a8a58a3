public class Solution
{
    public double[] Bm25Scores(string[] docs, string query, double k1, double b)
    {
        // Return the BM25 score (Lucene idf) of every document for the query, in input order.
        throw new NotImplementedException();
    }
}
