namespace MlPrep.Core.Srs;

/// <summary>
/// Generates a review log of a simulated learner whose memory follows FSRS-6 with "true" parameters that differ from
/// the defaults, while their cards are scheduled by a <see cref="Scheduler"/> with the default parameters (as for a
/// learner who has not optimised yet). New cards arrive a fixed number a day. At each review the learner recalls the
/// card with probability R computed from the true memory state (whole days since the last review, or the fraction of a
/// day for same-day reviews), rates Again when they forget and Hard/Good/Easy (15/75/10%) when they recall; a new card's
/// first rating is Again/Hard/Good/Easy with 25/15/45/15%. Reviews happen after the due time: within seconds to two
/// minutes for learning steps, within 12 hours for review cards, and one time in three after a break of about five days
/// more. The same seed gives the same log.
/// </summary>
public sealed class ReviewSimulator
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);

    private readonly MemoryModel _truth;
    private readonly SchedulerOptions _scheduling;

    public ReviewSimulator(FsrsParameters trueParameters, SchedulerOptions? scheduling = null)
    {
        _truth = new MemoryModel(trueParameters ?? throw new ArgumentNullException(nameof(trueParameters)));
        _scheduling = scheduling ?? new SchedulerOptions();
    }

    /// <summary>
    /// A learner who forgets new cards much faster than the defaults assume (initial stabilities about a third of them),
    /// whose stability grows more slowly, and whose forgetting curve has a different shape (decay 0.4, not 0.1542).
    /// </summary>
    public static FsrsParameters ExampleTrueParameters { get; } = FsrsParameters.Create(
    [
        0.1, 0.5, 0.9, 3.0, 7.0, 0.7, 2.5, 0.01, 1.2, 0.25, 1.1,
        1.2, 0.1, 0.35, 2.0, 0.4, 2.0, 0.6, 0.15, 0.1, 0.4,
    ]);

    /// <summary>New cards introduced a day.</summary>
    public int NewCardsPerDay { get; init; } = 10;

    /// <summary>The first <paramref name="reviewCount"/> reviews of the simulated learner, in time order.</summary>
    public IReadOnlyList<ReviewEvent> Simulate(int reviewCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reviewCount);
        var random = new Random(seed);
        var scheduler = new Scheduler(_scheduling with { FuzzSeed = (ulong)seed });
        var cards = new List<(SrsCard Card, MemoryState Truth)>();
        var queue = new PriorityQueue<int, (long Ticks, int Card)>();
        var log = new List<ReviewEvent>(reviewCount);
        queue.Enqueue(0, (IntroductionTime(0, random).UtcTicks, 0));

        while (log.Count < reviewCount && queue.TryDequeue(out var index, out var at))
        {
            var now = new DateTimeOffset(at.Ticks, TimeSpan.Zero);
            Rating rating;
            if (index == cards.Count)
            {
                rating = Pick(random, 0.25, 0.15, 0.45);
                cards.Add((SrsCard.New(now), _truth.Initial(rating)));
                queue.Enqueue(index + 1, (IntroductionTime(index + 1, random).UtcTicks, index + 1));
            }
            else
            {
                var (card, truth) = cards[index];
                var elapsed = now - card.LastReview!.Value;
                var days = Scheduler.ElapsedDays(card, now);
                var recall = _truth.Retrievability(days >= 1 ? days : elapsed.TotalDays, truth.Stability);
                rating = random.NextDouble() < recall ? Pick(random, 0, 0.15, 0.75) : Rating.Again;
                cards[index] = (card, _truth.Next(truth, days, rating));
            }

            var reviewed = scheduler.Review(cards[index].Card, rating, now).Card;
            cards[index] = (reviewed, cards[index].Truth);
            log.Add(new ReviewEvent($"c{index}", rating, now));
            queue.Enqueue(index, ((reviewed.Due + Delay(reviewed.Due - now, random)).UtcTicks, index));
        }

        return log;
    }

    private DateTimeOffset IntroductionTime(int index, Random random) =>
        Start.AddDays(index / NewCardsPerDay).AddSeconds(index % NewCardsPerDay * 40 + random.Next(0, 30));

    private static TimeSpan Delay(TimeSpan interval, Random random)
    {
        if (interval < TimeSpan.FromDays(1))
        {
            return TimeSpan.FromSeconds(random.Next(5, 120));
        }

        var delay = TimeSpan.FromHours(random.NextDouble() * 12);
        return random.NextDouble() < 1.0 / 3 ? delay + TimeSpan.FromDays(-5 * Math.Log(1 - random.NextDouble())) : delay;
    }

    /// <summary>Again, Hard or Good with the given probabilities, else Easy.</summary>
    private static Rating Pick(Random random, double again, double hard, double good)
    {
        var u = random.NextDouble();
        return u < again ? Rating.Again : u < again + hard ? Rating.Hard : u < again + hard + good ? Rating.Good : Rating.Easy;
    }
}
