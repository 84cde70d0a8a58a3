using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.two-pointers: 3Sum on [3, -2, 1, 0, -1, -2, 2] with its trace,
/// and the brute-force counts it is compared with.</summary>
public sealed class CodingTwoPointersExampleTests
{
    private const string Topic = "coding.two-pointers";
    private static readonly int[] Nums = [3, -2, 1, 0, -1, -2, 2];

    [Fact]
    public void ThreeSum_FindsTheThreeTriplets()
    {
        var triplets = ThreeSum(Nums);

        Assert.Equal(3, triplets.Count);
        Assert.Equal([-2, -1, 3], triplets[0]);
        Assert.Equal([-2, 0, 2], triplets[1]);
        Assert.Equal([-1, 0, 1], triplets[2]);
        Notes.Mention(Topic, "record [−2, −1, 3]");
        Notes.Mention(Topic, "record [−2, 0, 2]");
        Notes.Mention(Topic, "record [−1, 0, 1]");
    }

    [Fact]
    public void SumEvaluations_MatchTheTrace()
    {
        var a = Nums.Order().ToArray();
        int evaluations = 0;
        for (int i = 0; i < a.Length - 2; i++)
        {
            if (a[i] > 0)
            {
                break;
            }

            if (i > 0 && a[i] == a[i - 1])
            {
                continue;
            }

            int lo = i + 1, hi = a.Length - 1;
            while (lo < hi)
            {
                int sum = a[i] + a[lo] + a[hi];
                evaluations++;
                Notes.Mention(Topic, $"| {i} ({Minus(a[i])}) | {lo}, {hi} | {Minus(sum)} |");
                if (sum < 0)
                {
                    lo++;
                }
                else if (sum > 0)
                {
                    hi--;
                }
                else
                {
                    lo++;
                    hi--;
                    while (lo < hi && a[lo] == a[lo - 1])
                    {
                        lo++;
                    }
                }
            }
        }

        Notes.Shows(Topic, "8", evaluations, 0);
        Notes.Mention(Topic, "with 8 sum evaluations");
        Notes.Shows(Topic, "35", Choose(7, 3), 0);
    }

    [Fact]
    public void BruteForceAndPointerCounts_MatchTheNotes()
    {
        Notes.Shows(Topic, "4,495,501,000", Choose(3000, 3), 0);
        Notes.Shows(Topic, "4,500,000", 3000.0 * 3000 / 2, 0);
    }

    [Fact]
    public void QuizNumbers_AreRight()
    {
        int[] sorted = [1, 3, 4, 6, 8, 11];
        int lo = 0, hi = sorted.Length - 1, sums = 0;
        while (lo < hi)
        {
            int s = sorted[lo] + sorted[hi];
            sums++;
            if (s == 10)
            {
                break;
            }

            if (s < 10)
            {
                lo++;
            }
            else
            {
                hi--;
            }
        }

        Assert.Equal(5, sums);
        Assert.Equal((4, 6), (sorted[lo], sorted[hi]));
        Assert.Equal(4, DedupeSorted([1, 1, 2, 3, 3, 3, 4]));
    }

    private static List<int[]> ThreeSum(int[] nums)
    {
        var a = (int[])nums.Clone();
        Array.Sort(a);
        var result = new List<int[]>();
        for (int i = 0; i < a.Length - 2; i++)
        {
            if (a[i] > 0)
            {
                break;
            }

            if (i > 0 && a[i] == a[i - 1])
            {
                continue;
            }

            int lo = i + 1, hi = a.Length - 1;
            while (lo < hi)
            {
                int sum = a[i] + a[lo] + a[hi];
                if (sum < 0)
                {
                    lo++;
                }
                else if (sum > 0)
                {
                    hi--;
                }
                else
                {
                    result.Add([a[i], a[lo], a[hi]]);
                    lo++;
                    hi--;
                    while (lo < hi && a[lo] == a[lo - 1])
                    {
                        lo++;
                    }
                }
            }
        }

        return result;
    }

    private static int DedupeSorted(int[] a)
    {
        int write = 0;
        for (int read = 0; read < a.Length; read++)
        {
            if (write == 0 || a[read] != a[write - 1])
            {
                a[write++] = a[read];
            }
        }

        return write;
    }

    private static double Choose(long n, long k)
    {
        double result = 1;
        for (long i = 0; i < k; i++)
        {
            result = result * (n - i) / (i + 1);
        }

        return result;
    }

    private static string Minus(int value) =>
        value < 0
            ? "−" + (-value).ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);
}
