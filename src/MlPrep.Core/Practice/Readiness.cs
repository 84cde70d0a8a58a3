using MlPrep.Core.Curriculum;
using MlPrep.Core.Srs;

namespace MlPrep.Core.Practice;

/// <summary>How ready a learner is on one topic: the mastery score and the two signals it is made of.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Score">Mastery in [0, 1] (see <see cref="Readiness"/> for the formula).</param>
/// <param name="MeanRetrievability">The mean predicted recall probability of the topic's cards now, never-reviewed cards counting 0.</param>
/// <param name="QuizAccuracy">The recency-weighted share of right answers over the last quiz answers; null without any.</param>
/// <param name="Cards">How many cards the topic has (its weight in the section, area and overall scores).</param>
/// <param name="ReviewedCards">How many of them have been reviewed at least once.</param>
/// <param name="QuizAnswers">How many quiz answers the learner gave on the topic, all time.</param>
/// <param name="Started">Whether the learner has started the topic (a card reviewed, a quiz answered, or a status set).</param>
public sealed record TopicReadiness(Topic Topic, double Score, double MeanRetrievability, double? QuizAccuracy, int Cards, int ReviewedCards, int QuizAnswers, bool Started)
{
    public int Percent => Readiness.Percent(Score);
}

/// <summary>The card-weighted mastery of a group of topics (a section, an area, the roadmap).</summary>
public sealed record ReadinessScore(double Score, int Cards, int ReviewedCards, int StartedTopics)
{
    public static ReadinessScore Empty { get; } = new(0, 0, 0, 0);

    public int Percent => Readiness.Percent(Score);
}

/// <summary>
/// Readiness: a mastery score per topic, and the card-weighted score per section, area and overall.
/// <para>
/// Per topic, with R̄ the mean over the topic's cards of the retrievability R = (1 + F·t/S)^(-w20) that the FSRS
/// scheduler predicts now (a card never reviewed counts 0, so mastering a topic means reviewing all of it) and
/// Q the quiz accuracy over the topic's last <see cref="QuizWindow"/> answers, the i-th oldest of n weighing i
/// (Q = Σ i·correctᵢ / Σ i, so the latest answer weighs n times the oldest):
/// </para>
/// <para>mastery = 0.7·R̄ + 0.3·Q when the topic has quiz answers, else mastery = R̄.</para>
/// <para>
/// Why: retrievability is the calibrated signal (FSRS is fitted to predict exactly that recall probability), and
/// it covers every card of the topic; quiz answers are few and test recognition among choices rather than recall,
/// so they adjust the score rather than drive it. Without quiz answers there is no evidence to mix in, and
/// counting them as 0 would punish learners who only review. Recent answers weigh more because a wrong answer
/// a month ago says less than one today, and a topic's cards are brought forward after each wrong answer.
/// </para>
/// <para>
/// A section, an area and the roadmap score Σ mastery·cards / Σ cards over their topics with cards, started or
/// not: the share of the material the learner would recall now. Topics without cards carry no weight.
/// </para>
/// </summary>
public sealed class Readiness
{
    /// <summary>The weight of the mean retrievability when the topic has quiz answers.</summary>
    public const double RetrievabilityWeight = 0.7;

    /// <summary>The weight of the quiz accuracy when the topic has quiz answers.</summary>
    public const double QuizWeight = 0.3;

    /// <summary>How many of a topic's latest quiz answers count.</summary>
    public const int QuizWindow = 10;

    private readonly Curriculum.Curriculum _curriculum;
    private readonly Dictionary<string, TopicReadiness> _topics;

    private Readiness(Curriculum.Curriculum curriculum, Dictionary<string, TopicReadiness> topics)
    {
        _curriculum = curriculum;
        _topics = topics;
        Overall = Combine(curriculum.Topics);
    }

    /// <summary>The whole roadmap.</summary>
    public ReadinessScore Overall { get; }

    /// <summary>A score as a whole percentage, as the pages show it.</summary>
    public static int Percent(double score) => (int)Math.Round(100 * Math.Clamp(score, 0, 1), MidpointRounding.AwayFromZero);

    /// <summary>Computes every topic's readiness at <paramref name="now"/>.</summary>
    /// <param name="curriculum">The roadmap.</param>
    /// <param name="learner">The learner's card states and topic statuses.</param>
    /// <param name="quizAnswers">Per topic id, whether each quiz answer was right, oldest first.</param>
    /// <param name="scheduler">The scheduler whose retrievability is used.</param>
    /// <param name="now">The time to compute retrievability at.</param>
    public static Readiness Compute(Curriculum.Curriculum curriculum, LearnerCards learner, IReadOnlyDictionary<string, IReadOnlyList<bool>> quizAnswers, Scheduler scheduler, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(quizAnswers);
        ArgumentNullException.ThrowIfNull(scheduler);
        var topics = new Dictionary<string, TopicReadiness>(StringComparer.Ordinal);
        foreach (var topic in curriculum.Topics)
        {
            var cards = topic.Content?.Cards ?? [];
            var retrievabilitySum = 0.0;
            var reviewed = 0;
            foreach (var card in cards)
            {
                if (learner.Cards.GetValueOrDefault(card.Id) is { } stored && stored.Card.State != CardState.New)
                {
                    reviewed++;
                    retrievabilitySum += scheduler.Retrievability(stored.Card, now);
                }
            }

            var meanRetrievability = cards.Count == 0 ? 0 : retrievabilitySum / cards.Count;
            var answers = quizAnswers.GetValueOrDefault(topic.Id) ?? [];
            var accuracy = QuizAccuracy(answers);
            var started = answers.Count > 0 || SessionPlanner.IsStarted(topic, learner);
            topics[topic.Id] = new TopicReadiness(topic, Mastery(meanRetrievability, accuracy), meanRetrievability, accuracy, cards.Count, reviewed, answers.Count, started);
        }

        return new Readiness(curriculum, topics);
    }

    /// <summary>0.7·R̄ + 0.3·Q with quiz answers, R̄ without.</summary>
    public static double Mastery(double meanRetrievability, double? quizAccuracy) =>
        quizAccuracy is { } accuracy ? RetrievabilityWeight * meanRetrievability + QuizWeight * accuracy : meanRetrievability;

    /// <summary>
    /// The recency-weighted accuracy of the last <see cref="QuizWindow"/> answers (oldest first): the i-th oldest of
    /// the n counted weighs i. Null without answers.
    /// </summary>
    public static double? QuizAccuracy(IReadOnlyList<bool> answersOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(answersOldestFirst);
        if (answersOldestFirst.Count == 0)
        {
            return null;
        }

        var window = answersOldestFirst.Skip(Math.Max(0, answersOldestFirst.Count - QuizWindow)).ToList();
        double right = 0, total = 0;
        for (var i = 0; i < window.Count; i++)
        {
            var weight = i + 1;
            total += weight;
            right += window[i] ? weight : 0;
        }

        return right / total;
    }

    public TopicReadiness Of(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return _topics[topic.Id];
    }

    public TopicReadiness? Of(string topicId) => _topics.GetValueOrDefault(topicId);

    public ReadinessScore Of(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Combine(section.Topics);
    }

    public ReadinessScore Of(Area area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return Combine(area.Topics);
    }

    /// <summary>
    /// The started topics with cards that score lowest, lowest first (ties in roadmap order), at most
    /// <paramref name="count"/>, within <paramref name="topics"/> (default: the whole roadmap).
    /// </summary>
    public IReadOnlyList<TopicReadiness> Weakest(int count, IEnumerable<Topic>? topics = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. (topics ?? _curriculum.Topics)
            .Select((topic, order) => (Readiness: _topics[topic.Id], Order: order))
            .Where(t => t.Readiness.Started && t.Readiness.Cards > 0)
            .OrderBy(t => t.Readiness.Score)
            .ThenBy(t => t.Order)
            .Take(count)
            .Select(t => t.Readiness)];
    }

    private ReadinessScore Combine(IEnumerable<Topic> topics)
    {
        double weighted = 0;
        int cards = 0, reviewed = 0, started = 0;
        foreach (var topic in topics)
        {
            var readiness = _topics[topic.Id];
            weighted += readiness.Score * readiness.Cards;
            cards += readiness.Cards;
            reviewed += readiness.ReviewedCards;
            started += readiness.Started ? 1 : 0;
        }

        return cards == 0 ? ReadinessScore.Empty with { StartedTopics = started } : new ReadinessScore(weighted / cards, cards, reviewed, started);
    }
}
