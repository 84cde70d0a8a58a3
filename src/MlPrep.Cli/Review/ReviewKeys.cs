namespace MlPrep.Cli.Review;

/// <summary>What a key press asks the terminal review to do.</summary>
public enum ReviewKey
{
    /// <summary>A key with no meaning here; ignored.</summary>
    Other,

    /// <summary>Space or Enter: show the answer.</summary>
    Reveal,

    Again,
    Hard,
    Good,
    Easy,

    /// <summary>U: take back the last grade.</summary>
    Undo,

    /// <summary>Q, Escape, Ctrl+C, or the end of piped input: stop and print the summary.</summary>
    Quit,
}

/// <summary>Where the terminal review reads its keys from, one at a time.</summary>
public interface IKeySource
{
    ReviewKey Next(CancellationToken cancellationToken);
}

/// <summary>The same keys as the web review page.</summary>
public static class ReviewKeys
{
    public static ReviewKey FromChar(char key) => key switch
    {
        ' ' or '\n' or '\r' => ReviewKey.Reveal,
        '1' => ReviewKey.Again,
        '2' => ReviewKey.Hard,
        '3' => ReviewKey.Good,
        '4' => ReviewKey.Easy,
        'u' or 'U' => ReviewKey.Undo,
        'q' or 'Q' or '\x1b' or '\x03' => ReviewKey.Quit,
        _ => ReviewKey.Other,
    };
}

/// <summary>
/// Keys from piped or redirected input: one key per character, so a review can be scripted
/// (<c>printf ' 3 4q' | mlprep review</c>). The end of the input quits.
/// </summary>
public sealed class TextKeySource(TextReader reader) : IKeySource
{
    public ReviewKey Next(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ReviewKey.Quit;
        }

        var next = reader.Read();
        return next < 0 ? ReviewKey.Quit : ReviewKeys.FromChar((char)next);
    }
}

/// <summary>
/// Single key presses from the terminal, without echo and without waiting for Enter. Ctrl+C arrives as a key
/// while reviewing (so it ends the session with its summary); the console's setting is restored on dispose.
/// </summary>
public sealed class ConsoleKeySource : IKeySource, IDisposable
{
    private readonly bool _controlCWasInput;

    public ConsoleKeySource()
    {
        _controlCWasInput = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
    }

    public ReviewKey Next(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key is ConsoleKey.C or ConsoleKey.D)
            {
                return ReviewKey.Quit;
            }

            var mapped = key.Key switch
            {
                ConsoleKey.Spacebar or ConsoleKey.Enter => ReviewKey.Reveal,
                ConsoleKey.Escape => ReviewKey.Quit,
                ConsoleKey.NumPad1 => ReviewKey.Again,
                ConsoleKey.NumPad2 => ReviewKey.Hard,
                ConsoleKey.NumPad3 => ReviewKey.Good,
                ConsoleKey.NumPad4 => ReviewKey.Easy,
                _ => ReviewKeys.FromChar(key.KeyChar),
            };
            if (mapped != ReviewKey.Other)
            {
                return mapped;
            }
        }

        return ReviewKey.Quit;
    }

    public void Dispose() => Console.TreatControlCAsInput = _controlCWasInput;
}
