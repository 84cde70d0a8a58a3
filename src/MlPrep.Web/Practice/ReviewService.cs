using MlPrep.Core.Curriculum;
using MlPrep.Core.Practice;
using MlPrep.Core.Srs;
using MlPrep.Data;
using MlPrep.Data.Reviews;

namespace MlPrep.Web.Practice;

/// <summary>How many new cards a day a session brings in, unless a request asks for another number.</summary>
public sealed record PracticeSettings(int NewCardsPerDay = SessionPlanner.DefaultNewCardsPerDay);

/// <summary>A card as the review page shows it: both sides as HTML and the interval each grade would give.</summary>
public sealed record ReviewCardView(string Id, string TopicId, string TopicTitle, string FrontHtml, string BackHtml, string State, bool IsNew, IReadOnlyList<GradeOption> Grades, DateTimeOffset Due);

/// <summary>One grade button: its rating (1-4), name and the interval it would give, as "10m" or "3d".</summary>
public sealed record GradeOption(int Rating, string Name, string Interval);

/// <summary>The outcome of a grade: the card's new state, and when it is due.</summary>
public sealed record GradeOutcome(string CardId, int Rating, string State, DateTimeOffset Due, string Interval, double Stability, double Difficulty, long LogId);

/// <summary>The outcome of a quiz answer: right or not, the right choice (as shown), the explanation, and how many cards came forward.</summary>
public sealed record QuizOutcome(string ItemId, bool Correct, int Chosen, int Answer, string ExplanationHtml, string TopicId, int CardsBroughtForward);

/// <summary>
/// The pages' and the API's way into reviewing and quizzes: plans sessions with <see cref="SessionPlanner"/>,
/// grades with the FSRS <see cref="Scheduler"/> and stores the results through <see cref="ReviewStore"/>.
/// </summary>
public sealed class ReviewService(Curriculum curriculum, ReviewStore store, Scheduler scheduler, TimeProvider clock, LearnerSettingsService settings)
{
    /// <summary>The most cards one call hands out; the page asks again when it has shown them.</summary>
    public const int MaxCardsPerCall = 100;

    private const string User = MlPrepDbContext.LocalUser;

    /// <summary>
    /// The cards to show now, and the cards in their learning steps that come back within the session
    /// (<see cref="SessionPlanner.LearnAhead"/>). The daily limit of new cards is <paramref name="newCardsPerDay"/>
    /// when given, else the learner's setting.
    /// </summary>
    public async Task<(ReviewSession Session, IReadOnlyList<ReviewCardView> Cards, IReadOnlyList<ReviewCardView> Ahead)> NextAsync(ReviewScope scope, int? newCardsPerDay, CancellationToken cancellationToken = default)
    {
        var learner = await store.LoadAsync(User, cancellationToken);
        var limit = newCardsPerDay ?? (await settings.NewCardsAsync(cancellationToken)).NewCardsPerDay;
        var session = new SessionPlanner(scheduler, clock).Plan(curriculum, scope, learner, limit);
        return (session, [.. session.Cards.Take(MaxCardsPerCall).Select(p => View(p.Card, p.Topic, p.State))], [.. session.Ahead.Take(MaxCardsPerCall).Select(p => View(p.Card, p.Topic, p.State))]);
    }

    /// <summary>Grades a card now. The caller has checked that the card exists and the rating is 1-4.</summary>
    public async Task<GradeOutcome> GradeAsync(Card card, Topic topic, Rating rating, long? durationMs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(topic);
        var before = (await store.GetCardAsync(User, card.Id, cancellationToken))?.ToSrsCard() ?? SrsCard.New(clock.GetUtcNow());
        var now = NowFor(before);
        var result = scheduler.Review(before, rating, now);
        var log = await store.RecordAsync(User, card.Id, topic.Id, before, result, durationMs, cancellationToken);
        var next = result.Card;
        return new GradeOutcome(card.Id, (int)rating, next.State.ToString(), next.Due, IntervalText.Format(next.Due - now), next.Stability, next.Difficulty, log.Id);
    }

    /// <summary>Takes back the latest grade; returns the card as it is shown again, or null when there is nothing to undo.</summary>
    public async Task<(ReviewLog Log, ReviewCardView? Card)?> UndoAsync(CancellationToken cancellationToken = default)
    {
        if (await store.UndoLastAsync(User, cancellationToken) is not { } log)
        {
            return null;
        }

        var found = ContentIds.FindCard(curriculum, log.CardId);
        return (log, found is { } f ? View(f.Card, f.Topic, log.Before()) : null);
    }

    /// <summary>Checks a quiz answer given as the shown index, stores it, and brings the topic's cards forward when it is wrong.</summary>
    public async Task<QuizOutcome> AnswerAsync(QuizItem item, Topic topic, int seed, int shownChoice, CancellationToken cancellationToken = default)
    {
        var question = QuizBuilder.Question(item, topic, seed);
        var chosen = question.OriginalIndex(shownChoice);
        var correct = chosen == item.Answer;
        await store.AddQuizAnswerAsync(User, item.Id, topic.Id, chosen, correct, cancellationToken);
        var forward = correct ? 0 : await store.BringForwardAsync(User, topic.Id, (topic.Content?.Cards ?? []).Select(c => c.Id), cancellationToken);
        return new QuizOutcome(item.Id, correct, shownChoice, question.Answer, ContentMarkdown.ToInlineHtml(item.Explanation), topic.Id, forward);
    }

    /// <summary>The time to grade or preview a card at: now, or its last review when the clock went backwards, so the card stays reviewable.</summary>
    private DateTimeOffset NowFor(SrsCard state)
    {
        var now = clock.GetUtcNow();
        return state.LastReview is { } last && last > now ? last : now;
    }

    private ReviewCardView View(Card card, Topic topic, SrsCard state)
    {
        var preview = scheduler.PreviewIntervals(state, NowFor(state));
        GradeOption Option(Rating rating) => new((int)rating, rating.ToString(), IntervalText.Format(preview.IntervalFor(rating)));
        return new ReviewCardView(
            card.Id,
            topic.Id,
            topic.Content?.Title ?? topic.Title,
            ContentMarkdown.ToInlineHtml(card.Question),
            ContentMarkdown.ToInlineHtml(card.Answer),
            state.State.ToString(),
            state.State == CardState.New,
            [Option(Rating.Again), Option(Rating.Hard), Option(Rating.Good), Option(Rating.Easy)],
            state.Due);
    }
}
