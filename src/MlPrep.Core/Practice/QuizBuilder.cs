using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Practice;

/// <summary>
/// One quiz question as shown: the item's choices in shuffled order. <see cref="Order"/>[shown] is the index of
/// the shown choice in the item's own list, and <see cref="Answer"/> is the shown index of the right choice.
/// </summary>
public sealed record QuizQuestion(QuizItem Item, Topic Topic, IReadOnlyList<string> Choices, IReadOnlyList<int> Order, int Answer)
{
    /// <summary>The item's own index of the choice shown at <paramref name="shown"/>.</summary>
    public int OriginalIndex(int shown) => Order[shown];
}

/// <summary>
/// Builds a multiple-choice quiz from the items of a scope in a seeded shuffle: the same seed gives the same
/// questions in the same order with the same choice order, so a quiz can be retaken identically. The order of
/// the choices of an item depends only on the seed and the item's id, so one answer can be checked without
/// rebuilding the whole quiz.
/// </summary>
public static class QuizBuilder
{
    public const int DefaultLength = 10;
    public const int MaxLength = 50;

    public static IReadOnlyList<QuizQuestion> Build(ReviewScope scope, int seed, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var items = scope.Topics
            .SelectMany(topic => (topic.Content?.Quiz ?? []).Select(item => (Item: item, Topic: topic)))
            .ToArray();
        Shuffle(items, new Random(seed));
        return [.. items.Take(length).Select(pair => Question(pair.Item, pair.Topic, seed))];
    }

    /// <summary>The item as it is shown in the quiz of <paramref name="seed"/>.</summary>
    public static QuizQuestion Question(QuizItem item, Topic topic, int seed)
    {
        ArgumentNullException.ThrowIfNull(item);
        var order = Enumerable.Range(0, item.Choices.Count).ToArray();
        Shuffle(order, new Random(ItemSeed(seed, item.Id)));
        return new QuizQuestion(item, topic, [.. order.Select(i => item.Choices[i])], order, Array.IndexOf(order, item.Answer));
    }

    // Fisher-Yates with .NET's seeded Random, whose sequence for a given seed is fixed across runs and platforms.
    private static void Shuffle<T>(T[] values, Random random)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    // FNV-1a over the seed and the id: a hash that, unlike string.GetHashCode, is the same in every process.
    private static int ItemSeed(int seed, string id)
    {
        var hash = 2166136261u;
        foreach (var b in BitConverter.GetBytes(seed).Concat(System.Text.Encoding.UTF8.GetBytes(id)))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }
}
