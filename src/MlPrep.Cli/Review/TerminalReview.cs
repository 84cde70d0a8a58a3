using System.Globalization;
using MlPrep.Core.Practice;
using MlPrep.Core.Srs;
using MlPrep.Web.Practice;

namespace MlPrep.Cli.Review;

/// <summary>How a terminal session went: cards graded, how many of them not Again, and how long it took.</summary>
public sealed record ReviewSummary(int Reviewed, int Remembered, TimeSpan Time, int Left);

/// <summary>
/// The review page's loop in a terminal, with the same keys: the front of a card; Space or Enter shows the back;
/// 1-4 grade it (Again, Hard, Good, Easy), each shown with the interval it gives; U takes back the last grade;
/// Q stops. Due cards come first, then new ones, as the session planner orders them; when the session runs out,
/// or on Q, a summary follows: cards reviewed, accuracy (the share not graded Again) and time.
/// </summary>
public sealed class TerminalReview(ReviewBackend backend, ReviewScope scope, int? newCardsPerDay, IKeySource keys, TextWriter output, TerminalText text, TimeProvider clock)
{
    private const string Dim = "\e[2m";
    private const string Bold = "\e[1m";
    private static readonly string[] GradeStyles = ["", "\e[31m", "\e[33m", "\e[32m", "\e[34m"];

    private readonly Queue<ReviewCardView> _queue = new();
    private readonly List<(ReviewCardView Card, int Rating)> _graded = [];
    private ReviewCardView? _current;
    private bool _revealed;
    private (int Due, int New) _left;
    private ReviewSession? _lastSession;
    private long _startedAt;
    private long _shownAt;

    public async Task<ReviewSummary> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine(text.Paint($"Review: {scope.Title}", Bold));
        foreach (var line in text.Render("Keys: space shows the answer, 1-4 grade it, u undoes the last grade, q quits."))
        {
            output.WriteLine(text.Paint(line, Dim));
        }
        var more = await AdvanceAsync(cancellationToken);
        while (more)
        {
            var key = keys.Next(cancellationToken);
            switch (key)
            {
                case ReviewKey.Reveal when _current is not null && !_revealed:
                    ShowBack();
                    break;
                case ReviewKey.Again or ReviewKey.Hard or ReviewKey.Good or ReviewKey.Easy when _current is not null && _revealed:
                    await GradeAsync(key switch { ReviewKey.Again => Rating.Again, ReviewKey.Hard => Rating.Hard, ReviewKey.Good => Rating.Good, _ => Rating.Easy }, cancellationToken);
                    more = await AdvanceAsync(cancellationToken);
                    break;
                case ReviewKey.Undo when _graded.Count > 0:
                    await UndoAsync(cancellationToken);
                    break;
                case ReviewKey.Quit:
                    more = false;
                    break;
                default:
                    break;
            }
        }

        var summary = new ReviewSummary(
            _graded.Count,
            _graded.Count(g => g.Rating != (int)Rating.Again),
            _startedAt == 0 ? TimeSpan.Zero : clock.GetElapsedTime(_startedAt),
            _queue.Count + (_current is null ? 0 : 1));
        PrintSummary(summary);
        return summary;
    }

    /// <summary>Shows the next card, asking for more when the queue is empty; false when there is none.</summary>
    private async Task<bool> AdvanceAsync(CancellationToken cancellationToken)
    {
        _current = null;
        if (_queue.Count == 0)
        {
            var (session, cards, _) = await backend.UseAsync(service => service.NextAsync(scope, newCardsPerDay, cancellationToken));
            _lastSession = session;
            _left = (session.DueCount, session.NewCount);
            foreach (var card in cards)
            {
                _queue.Enqueue(card);
            }

            if (_queue.Count == 0)
            {
                return false;
            }
        }

        Show(_queue.Dequeue());
        return true;
    }

    private void Show(ReviewCardView card)
    {
        _current = card;
        _revealed = false;
        _shownAt = clock.GetTimestamp();
        if (_startedAt == 0)
        {
            _startedAt = _shownAt;
        }

        var remaining = _queue.Count + 1;
        var counts = $"[{remaining} to go · {_left.Due} due, {_left.New} new · {_graded.Count} reviewed]";
        var state = card.IsNew ? "new" : card.State.ToLowerInvariant();
        var room = Math.Max(10, text.Width - counts.Length - state.Length - 4);
        var topic = card.TopicTitle.Length <= room ? card.TopicTitle : card.TopicTitle[..(room - 1)].TrimEnd() + "…";
        output.WriteLine();
        output.WriteLine($"{text.Paint(counts, Dim)} {text.Paint(topic, Bold)} · {state}");
        WriteSide(ContentIds.FindCard(backend.Curriculum, card.Id)?.Card.Question ?? card.FrontHtml);
        output.WriteLine(text.Paint("  space: show answer · u: undo · q: quit", Dim));
    }

    private void ShowBack()
    {
        _revealed = true;
        var card = _current!;
        output.WriteLine(text.Paint("  " + new string('─', Math.Min(40, text.Width - 2)), Dim));
        WriteSide(ContentIds.FindCard(backend.Curriculum, card.Id)?.Card.Answer ?? card.BackHtml);
        var options = card.Grades.Select(g => $"{text.Paint($"{g.Rating} {g.Name}", GradeStyles[g.Rating])} {g.Interval}");
        output.WriteLine("  " + string.Join("   ", options) + text.Paint("   (u undo, q quit)", Dim));
    }

    private void WriteSide(string markdown)
    {
        foreach (var line in text.Render(markdown, "  "))
        {
            output.WriteLine(line);
        }
    }

    private async Task GradeAsync(Rating rating, CancellationToken cancellationToken)
    {
        var card = _current!;
        if (ContentIds.FindCard(backend.Curriculum, card.Id) is not { } found)
        {
            output.WriteLine($"The card {card.Id} is no longer in the content; skipped.");
            return;
        }

        var duration = (long)clock.GetElapsedTime(_shownAt).TotalMilliseconds;
        var outcome = await backend.UseAsync(service => service.GradeAsync(found.Card, found.Topic, rating, duration, cancellationToken));
        _graded.Add((card, (int)rating));
        _left = card.IsNew ? (_left.Due, Math.Max(0, _left.New - 1)) : (Math.Max(0, _left.Due - 1), _left.New);
        var next = outcome.Interval == "now" ? "now" : "in " + outcome.Interval;
        output.WriteLine($"{text.Paint(rating.ToString(), GradeStyles[(int)rating])}: next {next}.");
    }

    private async Task UndoAsync(CancellationToken cancellationToken)
    {
        var undone = await backend.UseAsync(service => service.UndoAsync(cancellationToken));
        if (undone is not { } result)
        {
            output.WriteLine("Nothing to undo.");
            return;
        }

        var index = _graded.FindLastIndex(g => g.Card.Id == result.Log.CardId);
        var last = index >= 0 ? _graded[index].Card : null;
        if (index >= 0)
        {
            _graded.RemoveAt(index);
        }

        if (_current is not null)
        {
            var rest = _queue.ToList();
            _queue.Clear();
            _queue.Enqueue(_current);
            foreach (var card in rest)
            {
                _queue.Enqueue(card);
            }
        }

        output.WriteLine("Last grade undone: the card is back as it was.");
        if ((result.Card ?? last) is { } again)
        {
            _left = again.IsNew ? (_left.Due, _left.New + 1) : (_left.Due + 1, _left.New);
            Show(again);
        }
        else
        {
            _current = null;
        }
    }

    private void PrintSummary(ReviewSummary summary)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine();
        var title = summary.Reviewed == 0 && summary.Left == 0 ? "Nothing to review now" : summary.Left == 0 ? "Session done" : "Session stopped";
        output.WriteLine(text.Paint(title, Bold));
        output.WriteLine(string.Create(culture, $"  Cards reviewed  {summary.Reviewed}"));
        output.WriteLine(summary.Reviewed == 0
            ? "  Accuracy        -"
            : string.Create(culture, $"  Accuracy        {Math.Round(100.0 * summary.Remembered / summary.Reviewed)}% ({summary.Remembered} of {summary.Reviewed} not Again)"));
        output.WriteLine(summary.Reviewed == 0 ? "  Time            -" : $"  Time            {FormatDuration(summary.Time)}");
        if (summary.Left > 0)
        {
            output.WriteLine(string.Create(culture, $"  Still to review {summary.Left}"));
        }
        else if (_lastSession?.NextDue is { } due)
        {
            output.WriteLine($"  Next due        {FormatWait(due - clock.GetUtcNow())} ({due.ToLocalTime().ToString("yyyy-MM-dd HH:mm", culture)})");
        }
        else if (_lastSession?.NewLeftToday == 0 && summary.Reviewed > 0)
        {
            output.WriteLine("  Next due        new cards tomorrow");
        }
    }

    /// <summary>As the review page writes a wait: "in 7 min", "in 5 h", "tomorrow", "in 12 days".</summary>
    public static string FormatWait(TimeSpan wait)
    {
        var minutes = (int)Math.Round(wait.TotalMinutes);
        if (minutes < 1)
        {
            return "now";
        }

        if (minutes < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"in {minutes} min");
        }

        if (wait.TotalHours < 24)
        {
            return string.Create(CultureInfo.InvariantCulture, $"in {(int)Math.Round(wait.TotalHours)} h");
        }

        var days = (int)Math.Round(wait.TotalDays);
        return days == 1 ? "tomorrow" : string.Create(CultureInfo.InvariantCulture, $"in {days} days");
    }

    /// <summary>As the review page writes a duration: "42 s", "3 min 05 s".</summary>
    public static string FormatDuration(TimeSpan time)
    {
        var seconds = (int)Math.Round(time.TotalSeconds);
        return seconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} min {seconds % 60:00} s");
    }
}
