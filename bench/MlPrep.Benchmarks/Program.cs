using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MlPrep.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point of the benchmark runner.</summary>
public partial class Program;
