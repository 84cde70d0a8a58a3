namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.problem-sheets: a NeetCode 150 plan at 4 new problems a day
/// with re-solves after 1, 3 and 7 days, and the lighter and shorter variants quoted in the notes.</summary>
public sealed class CodingProblemSheetsExampleTests
{
    private const string Topic = "coding.problem-sheets";

    [Fact]
    public void NeetCodePlan_MatchesTheNotes()
    {
        var plan = StudyPlan(Problems(150), 4);
        var loads = plan.ToDictionary(kv => kv.Key, kv => kv.Value.Count);
        int lastNewDay = plan.Where(kv => kv.Value.Any(t => t.StartsWith("new ", StringComparison.Ordinal))).Max(kv => kv.Key);

        Notes.Shows(Topic, "38", lastNewDay, 0);
        Notes.Shows(Topic, "45", plan.Keys.Max(), 0);
        Notes.Shows(Topic, "600", loads.Values.Sum(), 0);
        Notes.Shows(Topic, "16", loads.Values.Max(), 0);
        Assert.Equal([4, 8, 8, 12, 12, 12, 12], Enumerable.Range(1, 7).Select(d => loads[d]));
        Assert.All(Enumerable.Range(8, 30), d => Assert.Equal(16, loads[d]));
        Assert.NotEqual(16, loads[38]);
        Notes.Mention(Topic, "holds at **16** tasks a day from day 8 to day 37");
        Notes.Shows(Topic, "240", (4 * 30) + (12 * 10), 0);
    }

    [Fact]
    public void Variants_MatchTheNotes()
    {
        var lighter = StudyPlan(Problems(150), 3);
        int lighterNewDays = (int)Math.Ceiling(150 / 3.0);
        Assert.Equal(50, lighterNewDays);
        Assert.Equal(12, lighter.Values.Max(v => v.Count));
        Assert.Equal(57, lighter.Keys.Max());
        Notes.Mention(Topic, "50 days of new problems, a peak of 12 tasks, and 57 days in total");

        Assert.Equal(26, StudyPlan(Problems(75), 4).Keys.Max());
        Notes.Mention(Topic, "Blind 75 under the same settings takes 26 days.");
    }

    private static string[] Problems(int count) => [.. Enumerable.Range(0, count).Select(i => $"p{i}")];

    private static SortedDictionary<int, List<string>> StudyPlan(IReadOnlyList<string> problems, int perDay, int[]? gaps = null)
    {
        gaps ??= [1, 3, 7];
        var plan = new SortedDictionary<int, List<string>>();
        void Add(int day, string task)
        {
            if (!plan.TryGetValue(day, out var tasks))
            {
                plan[day] = tasks = [];
            }

            tasks.Add(task);
        }

        for (int idx = 0; idx < problems.Count; idx++)
        {
            int first = idx / perDay + 1;
            Add(first, "new " + problems[idx]);
            foreach (int gap in gaps)
            {
                Add(first + gap, "redo " + problems[idx]);
            }
        }

        return plan;
    }
}
