using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MlPrep.Core.Srs;
using Spectre.Console;

namespace MlPrep.Cli.Commands;

/// <summary>
/// <c>mlprep srs</c>: the FSRS-6 scheduler from the terminal. <c>replay</c> is the scheduler's public contract: review
/// lines in, one card state per line out. <c>optimize</c> fits the 21 parameters to a review log (or a simulated one)
/// and says whether the fit is worth adopting. Bad input exits with code 2 and a message naming the line and field.
/// </summary>
internal static class SrsCommand
{
    private const int BadInput = 2;

    public static Command Create() => new("srs", "FSRS-6 spaced repetition: replay a review log through the scheduler, or optimise its parameters")
    {
        Replay(),
        Optimize(),
    };

    private static Command Replay()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON lines (replay always does; accepted like on the other verbs)" };
        var parameters = new Option<string?>("--params") { Description = "The 21 FSRS-6 parameters w0..w20, comma-separated (default: the published defaults)" };
        var retention = new Option<string?>("--retention") { Description = "Desired retention, 0.70 to 0.99 (default 0.9)" };
        var command = new Command("replay", """
            Read reviews from standard input as JSON lines, {"card": "<id>", "rating": 1-4, "time": "<ISO-8601 UTC>"}, in time order
            with cards interleaved, and print each card's new state as a JSON line: {"card", "state", "stability", "difficulty", "due"}. Fuzz is off.
            """)
        { json, parameters, retention };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (!TryReadOptions(parse.GetValue(parameters), parse.GetValue(retention), error, out var options))
            {
                return BadInput;
            }

            var scheduler = new Scheduler(options with { EnableFuzz = false });
            var cards = new Dictionary<string, SrsCard>(StringComparer.Ordinal);
            try
            {
                foreach (var review in ReviewLogReader.Read(Console.In))
                {
                    var card = scheduler.Review(cards.GetValueOrDefault(review.CardId) ?? SrsCard.New(review.Time), review.Rating, review.Time).Card;
                    cards[review.CardId] = card;
                    output.WriteLine(JsonSerializer.Serialize(
                        new { card = review.CardId, state = card.State.ToString(), stability = card.Stability, difficulty = card.Difficulty, due = FormatTime(card.Due) },
                        CommonOptions.JsonOutput));
                }
            }
            catch (ReviewLogFormatException ex)
            {
                error.WriteLine($"error: standard input {ex.Message}");
                return BadInput;
            }

            return 0;
        });
        return command;
    }

    private static Command Optimize()
    {
        var simulate = new Option<int?>("--simulate") { Description = "Fit to a simulated learner's log of this many reviews (100 to 2,000,000)" };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulation and of the optimiser", DefaultValueFactory = _ => 42 };
        var logFile = new Option<FileInfo?>("--log") { Description = "Fit to this review log: JSON lines in the replay input format" };
        var json = CommonOptions.Json();
        var command = new Command("optimize", "Fit the 21 FSRS-6 parameters to a review log; report held-out log loss and RMSE(bins) before and after, and whether to adopt the fit")
        {
            simulate, seed, logFile, json,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var (count, file) = (parse.GetValue(simulate), parse.GetValue(logFile));
            if ((count is null) == (file is null))
            {
                error.WriteLine("error: give exactly one of --simulate N (a simulated log of N reviews) or --log FILE (your review log)");
                return BadInput;
            }

            if (count is < 100 or > 2_000_000)
            {
                error.WriteLine($"error: --simulate must be between 100 and 2000000 reviews, not {count}");
                return BadInput;
            }

            var clock = Stopwatch.StartNew();
            IReadOnlyList<ReviewEvent> log;
            if (count is { } reviews)
            {
                log = new ReviewSimulator(ReviewSimulator.ExampleTrueParameters).Simulate(reviews, parse.GetValue(seed));
            }
            else if (!TryReadLog(file!, error, out log))
            {
                return BadInput;
            }

            var readSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var optimizer = new Optimizer(new OptimizerOptions { Seed = parse.GetValue(seed) });
            var result = optimizer.Optimize(log);
            var fitSeconds = clock.Elapsed.TotalSeconds;
            var truth = count is null ? null : optimizer.EvaluateHeldOut(log, ReviewSimulator.ExampleTrueParameters);
            var source = count is null ? file!.FullName : $"simulated (seed {parse.GetValue(seed)})";
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        source,
                        reviews = result.Reviews,
                        trainCards = result.TrainCards,
                        heldOutCards = result.HeldOutCards,
                        trainScoredReviews = result.TrainScoredReviews,
                        before = Metrics(result.Before),
                        after = Metrics(result.After),
                        adopted = result.Adopt,
                        parameters = result.Fitted.Values,
                        trueParameters = count is null ? null : ReviewSimulator.ExampleTrueParameters.Values,
                        trueParametersHeldOut = truth is null ? null : Metrics(truth),
                        epochLosses = result.EpochLosses,
                        note = result.Note,
                        readSeconds = Math.Round(readSeconds, 3),
                        seconds = Math.Round(fitSeconds, 3),
                    },
                    CommonOptions.JsonOutput));
                return 0;
            }

            Print(result, truth, source, fitSeconds, output);
            return 0;
        });
        return command;
    }

    private static bool TryReadOptions(string? parameters, string? retention, TextWriter error, out SchedulerOptions options)
    {
        options = new SchedulerOptions();
        if (parameters is not null)
        {
            var parts = parameters.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != FsrsParameters.Count)
            {
                error.WriteLine($"error: --params needs {FsrsParameters.Count} comma-separated numbers (w0..w20), got {parts.Length}");
                return false;
            }

            var values = new double[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
                {
                    error.WriteLine($"error: --params: w{i} = '{parts[i]}' is not a number");
                    return false;
                }
            }

            if (!FsrsParameters.TryCreate(values, out var checkedParameters, out var problem))
            {
                error.WriteLine($"error: --params: {problem}");
                return false;
            }

            options = options with { Parameters = checkedParameters };
        }

        if (retention is not null)
        {
            var problem = double.TryParse(retention, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? SchedulerOptions.CheckRetention(value)
                : $"'{retention}' is not a number";
            if (problem is not null)
            {
                error.WriteLine($"error: --retention: {problem}");
                return false;
            }

            options = options with { DesiredRetention = value };
        }

        return true;
    }

    private static bool TryReadLog(FileInfo file, TextWriter error, out IReadOnlyList<ReviewEvent> log)
    {
        log = [];
        if (!file.Exists)
        {
            error.WriteLine($"error: --log {file.FullName} does not exist");
            return false;
        }

        try
        {
            using var reader = file.OpenText();
            log = [.. ReviewLogReader.Read(reader)];
            return true;
        }
        catch (ReviewLogFormatException ex)
        {
            error.WriteLine($"error: {file.Name} {ex.Message}");
            return false;
        }
    }

    private static void Print(OptimizationResult result, RecallMetrics? truth, string source, double seconds, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().RoundedBorder().Title($"FSRS-6 optimisation: {result.Reviews} reviews, {Markup.Escape(source)}");
        table.AddColumns("held-out cards", "predictions", "", "log loss", "RMSE(bins)");
        table.AddRow(result.HeldOutCards.ToString(CultureInfo.InvariantCulture), result.Before.Count.ToString(CultureInfo.InvariantCulture), "before", Number(result.Before.LogLoss), Number(result.Before.RmseBins));
        table.AddRow("", "", "after", Number(result.After.LogLoss), Number(result.After.RmseBins));
        if (truth is not null)
        {
            table.AddRow("", "", "true parameters", Number(truth.LogLoss), Number(truth.RmseBins));
        }

        console.Write(table);
        if (result.Note is not null)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(result.Note)}[/]");
        }

        console.MarkupLine(result.Adopt
            ? "[green]Adopt[/]: the fitted parameters predict the held-out reviews better."
            : "[yellow]Keep[/] the current parameters: the fit does not predict the held-out reviews better.");
        console.WriteLine("Fitted parameters: " + string.Join(", ", result.Fitted.Values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture))));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trained on {result.TrainCards} cards ({result.TrainScoredReviews} scored reviews) in {seconds:0.00} s."));
    }

    private static object Metrics(RecallMetrics metrics) => new
    {
        count = metrics.Count,
        logLoss = Finite(metrics.LogLoss),
        rmseBins = Finite(metrics.RmseBins),
    };

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.0000", CultureInfo.InvariantCulture) : "-";

    private static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
