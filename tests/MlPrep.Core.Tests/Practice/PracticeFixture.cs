using MlPrep.Core.Curriculum;
using MlPrep.Core.Practice;
using MlPrep.Core.Progress;
using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Practice;

/// <summary>A clock that stands still until a test moves it.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// A small curriculum built in memory: area "ml" with sections ml.basics (ml.a, ml.b needing ml.a) and ml.more
/// (ml.c needing ml.b, ml.d with an unknown prerequisite), and area "math" with math.x (no prerequisites).
/// Each topic has three cards and two quiz items.
/// </summary>
internal static class PracticeFixture
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static Core.Curriculum.Curriculum Roadmap { get; } = Build();

    private static Core.Curriculum.Curriculum Build()
    {
        static Topic T(string id, string area, string section, params string[] prerequisites)
        {
            var cards = Enumerable.Range(1, 3).Select(i => new Card($"{id}/c{i}", $"Front {i} of {id}", $"Back {i} of {id}", i)).ToList();
            var quiz = Enumerable.Range(1, 2)
                .Select(i => new QuizItem($"{id}/q{i}", $"Quiz {i} of {id}?", ["right", "wrong one", "wrong two", "wrong three"], 0, $"Because {i}.", i))
                .ToList();
            var content = new TopicContent($"Title {id}", "Summary.", prerequisites, [], [], cards, quiz, "notes", "<p>notes</p>", 10, $"{id}.md");
            return new Topic(id, $"Title {id}", area, section, false, false, content);
        }

        var basics = new Section("ml.basics", "Basics", "ml", false, [T("ml.a", "ml", "ml.basics"), T("ml.b", "ml", "ml.basics", "ml.a")]);
        var more = new Section("ml.more", "More", "ml", false, [T("ml.c", "ml", "ml.more", "ml.b"), T("ml.d", "ml", "ml.more", "ml.not-on-the-roadmap")]);
        var core = new Section("math.core", "Core", "math", false, [T("math.x", "math", "math.core")]);
        return new Core.Curriculum.Curriculum([new Area("ml", "Machine Learning", [], [basics, more]), new Area("math", "Mathematics", [], [core])], []);
    }

    public static LearnerCards Learner(IEnumerable<StoredCard>? cards = null, IDictionary<string, TopicStatus>? statuses = null, int newToday = 0) =>
        new(
            (cards ?? []).ToDictionary(c => c.CardId, StringComparer.Ordinal),
            new Dictionary<string, TopicStatus>(statuses ?? new Dictionary<string, TopicStatus>(), StringComparer.Ordinal),
            newToday);

    /// <summary>A review card last seen <paramref name="daysAgo"/> days before now with stability <paramref name="stability"/>, due <paramref name="dueInDays"/> from now.</summary>
    public static StoredCard Reviewed(string id, double stability, double daysAgo, double dueInDays) =>
        new(id, new SrsCard(stability, 5, CardState.Review, 0, Now.AddDays(dueInDays), Now.AddDays(-daysAgo)));
}
