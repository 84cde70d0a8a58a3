using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Practice;

/// <summary>Finds cards and quiz items by their stable ids (<c>topic/c3</c>, <c>topic/q2</c>, or an id set in the topic file).</summary>
public static class ContentIds
{
    public static (Card Card, Topic Topic)? FindCard(Curriculum.Curriculum curriculum, string? cardId) =>
        Find(curriculum, cardId, content => content.Cards, card => card.Id);

    public static (QuizItem Item, Topic Topic)? FindQuizItem(Curriculum.Curriculum curriculum, string? itemId) =>
        Find(curriculum, itemId, content => content.Quiz, item => item.Id);

    // The default ids start with the topic id, so that topic is tried first; ids set by hand may be anywhere.
    private static (T Value, Topic Topic)? Find<T>(Curriculum.Curriculum curriculum, string? id, Func<TopicContent, IReadOnlyList<T>> list, Func<T, string> idOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var slash = id.LastIndexOf('/');
        var likely = slash > 0 ? curriculum.FindTopic(id[..slash]) : null;
        foreach (var topic in likely is null ? curriculum.Topics : curriculum.Topics.Prepend(likely))
        {
            if (topic.Content is { } content && list(content).FirstOrDefault(value => idOf(value) == id) is { } found)
            {
                return (found, topic);
            }
        }

        return null;
    }
}
