using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MlPrep.Web;

namespace MlPrep.Cli.Commands;

/// <summary><c>mlprep serve</c>: the web app on 127.0.0.1.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on, on 127.0.0.1 (0 picks a free one)",
            DefaultValueFactory = _ => WebOptions.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 0 or > 65535)
            {
                result.AddError($"--port must be between 0 and 65535, not {value}");
            }
        });
        var workers = new Option<int?>("--judge-workers") { Description = "Submissions judged at once (default: one per core)" };
        workers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 64)
            {
                result.AddError("--judge-workers must be between 1 and 64");
            }
        });
        var queue = new Option<int>("--judge-queue") { Description = "Submissions waiting or running before the API answers 429", DefaultValueFactory = _ => 32 };
        queue.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                result.AddError("--judge-queue must be between 1 and 10000");
            }
        });
        var warm = new Option<int>("--warm-boxes") { Description = "Pre-started single-use sandboxes kept ready per language (0: off)", DefaultValueFactory = _ => 1 };
        warm.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 8)
            {
                result.AddError("--warm-boxes must be between 0 and 8");
            }
        });
        var dataDir = CommonOptions.DataDir();
        var contentDir = CommonOptions.ContentDir();
        var command = new Command("serve", "Start the MLPrep web app and print its address") { port, workers, queue, warm, dataDir, contentDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var content = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (content is null)
            {
                return 2;
            }

            var app = MlPrepApp.Build(new WebOptions
            {
                Port = parse.GetValue(port),
                DataDir = parse.GetValue(dataDir),
                ContentDir = content,
                JudgeWorkers = parse.GetValue(workers),
                JudgeCapacity = parse.GetValue(queue),
                WarmBoxes = parse.GetValue(warm),
            });
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex) when (ex.InnerException is SocketException or null)
            {
                Console.Error.WriteLine($"error: cannot listen on port {parse.GetValue(port)}: {ex.Message}");
                Console.Error.WriteLine("Another program (perhaps another MLPrep) uses it. Stop it, or pick another port with --port N.");
                return 2;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            var info = app.Services.GetRequiredService<AppInfo>();
            Console.WriteLine($"MLPrep is running at {address}/");
            Console.WriteLine($"  content: {info.ContentDir}");
            Console.WriteLine($"  data:    {info.DataDir}");
            Console.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
