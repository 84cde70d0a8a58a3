using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;

namespace MlPrep.Judge.Tests;

/// <summary>Hostile Python programs: each is contained with the right status and leaves the host as it was.</summary>
[Collection(SandboxCollection.Name)]
public sealed class PythonSandboxTests
{
    [Fact]
    public async Task Hello_WithNumpyAndStdin_IsOk()
    {
        var result = await Judge.PythonAsync("import sys, numpy as np\nprint(np.array([int(v) for v in sys.stdin.read().split()]).sum())", stdin: "1 2 3 4");

        Assert.Equal(RunResult.Ok, result.Status);
        Assert.Equal("10\n", result.Stdout);
        Assert.True(result.MemoryKb > 1000, "peak memory is measured");
    }

    [Fact]
    public async Task InfiniteLoop_IsTimeLimit()
    {
        var result = await Judge.PythonAsync("while True: pass", Judge.OneCpuSecond);

        Assert.Equal(RunResult.TimeLimit, result.Status);
        Assert.True(result.TimeMs >= 1000, $"stopped after {result.TimeMs} ms of CPU");
    }

    [Fact]
    public async Task Sleeping_IsStoppedByTheWallClock()
    {
        var result = await Judge.PythonAsync("import time\ntime.sleep(100)", Judge.TwoWallSeconds);

        Assert.Equal(RunResult.TimeLimit, result.Status);
    }

    [Fact]
    public async Task BlockingStdinRead_GetsEndOfFileInsteadOfHanging()
    {
        var result = await Judge.PythonAsync("input()", Judge.OneCpuSecond);

        Assert.Equal(RunResult.RuntimeError, result.Status);
        Assert.Contains("EOFError", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x = []\nwhile True: x.append(bytearray(10**7))")]
    [InlineData("x = [0] * (10**9)")]
    [InlineData("import numpy as np\nx = np.ones(10**9)")]
    [InlineData("import numpy as np\nx = [np.ones(10**6) for _ in range(10**4)]")]
    public async Task MemoryBomb_IsMemoryLimit(string source)
    {
        var result = await Judge.PythonAsync(source);

        Assert.Equal(RunResult.MemoryLimit, result.Status);
    }

    [Fact]
    public async Task ForkBomb_IsContained()
    {
        var result = await Judge.PythonAsync("import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass", Judge.OneCpuSecond);

        Assert.Contains(result.Status, new[] { RunResult.TimeLimit, RunResult.MemoryLimit, RunResult.RuntimeError });
        Assert.Empty(Judge.JudgeUserProcesses());
    }

    [Fact]
    public async Task ThreadBomb_IsContained()
    {
        var source = "import threading, time\nthreads = []\nwhile True:\n    t = threading.Thread(target=time.sleep, args=(100,))\n    t.start()\n    threads.append(t)";

        // When thread creation fails, Python still waits for the sleeping threads at exit: the wall clock ends it.
        var result = await Judge.PythonAsync(source, Judge.OneCpuSecond with { WallTime = TimeSpan.FromSeconds(5) });

        Assert.Contains(result.Status, new[] { RunResult.TimeLimit, RunResult.RuntimeError, RunResult.MemoryLimit });
        Assert.Empty(Judge.JudgeUserProcesses());
    }

    [Fact]
    public async Task DaemonThatOutlivesItsParent_IsKilledWithTheBox()
    {
        var source = "import os, time\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(1000)\nprint('parent done')";

        var result = await Judge.PythonAsync(source, Judge.OneCpuSecond);

        Assert.Equal(RunResult.Ok, result.Status);
        Assert.Equal("parent done\n", result.Stdout);
        Assert.Empty(Judge.JudgeUserProcesses());
    }

    [Theory]
    [InlineData("import sys\nwhile True: sys.stdout.write('x' * 65536)")]
    [InlineData("import sys\nwhile True: sys.stderr.write('x' * 65536)")]
    public async Task EndlessOutput_IsOutputLimit(string source)
    {
        var result = await Judge.PythonAsync(source, Judge.OneCpuSecond);

        Assert.Equal(RunResult.OutputLimit, result.Status);
        Assert.True(result.Stdout.Length + result.Stderr.Length <= 2 * new SandboxLimits().MaxOutputBytes);
    }

    [Fact]
    public async Task FillingTmp_FailsInsideTheBoxOnly()
    {
        var source = """
            import errno
            try:
                for i in range(1000):
                    with open(f'/tmp/f{i}', 'wb') as f:
                        f.write(b'x' * (8 << 20))
            except OSError as e:
                print(errno.errorcode[e.errno])
            """;

        var result = await Judge.PythonAsync(source);

        Assert.Equal(RunResult.Ok, result.Status);
        Assert.Contains(result.Stdout.Trim(), new[] { "ENOSPC", "EFBIG" });
    }

    [Fact]
    public async Task FileLeftInTmp_IsGoneForTheNextRun()
    {
        var first = await Judge.PythonAsync("import os\nopen('/tmp/leftover', 'w').write('secret')\nos.symlink('/box', '/tmp/link')\nprint('written')");
        var second = await Judge.PythonAsync("import os\nprint(os.path.exists('/tmp/leftover'), os.path.lexists('/tmp/link'))");

        Assert.Equal("written\n", first.Stdout);
        Assert.Equal("False False\n", second.Stdout);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/etc/shadow")]
    [InlineData("/root")]
    [InlineData("/home")]
    [InlineData("/work")]
    [InlineData(BoxDirectory.Root)]
    public async Task HostFiles_AreNotVisible(string path)
    {
        var result = await Judge.PythonAsync($"import os\nprint(os.path.exists('{path}'))");

        Assert.Equal("False\n", result.Stdout);
    }

    [Fact]
    public async Task JudgeOwnFiles_AreNotVisible()
    {
        var own = Path.GetDirectoryName(typeof(BubblewrapSandbox).Assembly.Location)!;

        var result = await Judge.PythonAsync($"import os\nprint(os.path.exists({System.Text.Json.JsonSerializer.Serialize(own)}))");

        Assert.Equal("False\n", result.Stdout);
    }

    [Fact]
    public async Task ProcShowsOnlyTheBoxAndACleanEnvironment()
    {
        Environment.SetEnvironmentVariable("MLPREP_TEST_SECRET", "hunter2");
        var source = """
            import os
            pids = [p for p in os.listdir('/proc') if p.isdigit()]
            leaked = False
            for p in pids:
                try:
                    leaked |= b'hunter2' in open(f'/proc/{p}/environ', 'rb').read()
                except OSError:
                    pass
            print(len(pids) < 10, leaked)
            """;

        var result = await Judge.PythonAsync(source);

        Assert.Equal("True False\n", result.Stdout);
    }

    [Theory]
    [InlineData("/usr/evil")]
    [InlineData("/box/evil")]
    [InlineData("/etc/evil")]
    public async Task WritingOutsideTmp_Fails(string path)
    {
        var result = await Judge.PythonAsync($"open('{path}', 'w').write('x')");

        Assert.Equal(RunResult.RuntimeError, result.Status);
        Assert.Matches("(PermissionError|OSError|FileNotFoundError)", result.Stderr);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Network_IsUnreachable()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var source = $$"""
            import socket
            def attempt(f):
                try:
                    f()
                    return 'connected'
                except OSError as e:
                    return 'blocked'
            print(attempt(lambda: socket.create_connection(('127.0.0.1', {{port}}), timeout=1)))
            print(attempt(lambda: socket.create_connection(('1.1.1.1', 53), timeout=1)))
            print(attempt(lambda: socket.getaddrinfo('example.com', 80)))
            """;

        var result = await Judge.PythonAsync(source);

        Assert.Equal("blocked\nblocked\nblocked\n", result.Stdout);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task KillingTheParent_LeavesTheHostAlone()
    {
        var result = await Judge.PythonAsync("import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nos.kill(1, signal.SIGKILL)\nprint('still here')", Judge.OneCpuSecond);

        Assert.NotEqual(RunResult.InternalError, result.Status);
        Assert.Empty(Judge.JudgeUserProcesses());
    }

    [Fact]
    public async Task NamespaceEscapes_AreRefused()
    {
        var source = $$"""
            import ctypes, os
            libc = ctypes.CDLL(None, use_errno=True)
            CLONE_NEWUSER, CLONE_NEWNS = 0x10000000, 0x00020000
            print(libc.unshare(CLONE_NEWUSER), libc.unshare(CLONE_NEWNS))
            print(libc.mount(b'none', b'/tmp', b'tmpfs', 0, None))
            print(libc.ptrace(16, {{Environment.ProcessId}}, 0, 0))
            print(os.getuid() != 0 or open('/proc/self/status').read().count('CapEff:\t0000000000000000') == 1)
            """;

        var result = await Judge.PythonAsync(source);

        Assert.Equal("-1 -1\n-1\n-1\nTrue\n", result.Stdout);
    }

    [Fact]
    public async Task DeepRecursion_IsARuntimeError()
    {
        var result = await Judge.PythonAsync("import sys\nsys.setrecursionlimit(10**7)\ndef f(n): return f(n + 1)\nf(0)");

        Assert.Contains(result.Status, new[] { RunResult.RuntimeError, RunResult.MemoryLimit });
    }

    [Fact]
    public async Task SysExit_IsARuntimeErrorWithItsCode()
    {
        var result = await Judge.PythonAsync("import sys\nsys.exit(3)");

        Assert.Equal(RunResult.RuntimeError, result.Status);
        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public async Task Segfault_IsARuntimeErrorWithItsSignal()
    {
        var result = await Judge.PythonAsync("import ctypes\nctypes.string_at(0)");

        Assert.Equal(RunResult.RuntimeError, result.Status);
        Assert.Equal(11, result.Signal);
    }

    [Fact]
    public async Task InvalidUtf8AndNulBytes_AreKeptReadable()
    {
        var result = await Judge.PythonAsync("import sys\nsys.stdout.buffer.write(b'ok\\xff\\xfe\\x00end')");

        Assert.Equal(RunResult.Ok, result.Status);
        Assert.Equal("ok\uFFFD\uFFFD\\0end", result.Stdout);
    }

    [Fact]
    public async Task TwentyConcurrentRuns_DoNotSeeEachOther()
    {
        var boxesBefore = Directory.Exists(BoxDirectory.Root) ? Directory.GetDirectories(BoxDirectory.Root) : [];
        var runs = Enumerable.Range(0, 20).Select(i => Judge.PythonAsync(
            $"import os, time\nopen('/tmp/mine', 'w').write('{i}')\ntime.sleep(0.2)\nprint(open('/tmp/mine').read(), len(os.listdir('/tmp')))")).ToList();

        var results = await Task.WhenAll(runs);

        for (var i = 0; i < results.Length; i++)
        {
            Assert.True($"{i} 1\n" == results[i].Stdout, $"run {i}: {results[i]}");
        }

        Assert.Empty(Judge.JudgeUserProcesses());
        Assert.Empty((Directory.Exists(BoxDirectory.Root) ? Directory.GetDirectories(BoxDirectory.Root) : []).Except(boxesBefore));
        foreach (var hierarchy in new[] { "/sys/fs/cgroup/memory/mlprep", "/sys/fs/cgroup/pids/mlprep", "/sys/fs/cgroup/mlprep" })
        {
            Assert.Empty(Directory.Exists(hierarchy) ? Directory.GetDirectories(hierarchy) : []);
        }
    }
}
