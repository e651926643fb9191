using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ProdAI.Redis.Tests;

/// <summary>
/// Starts a real <c>redis-server</c> (Debian package) on a free loopback port for the test collection, and stops it
/// afterwards. Tests marked <see cref="RedisFactAttribute"/> are skipped, with the reason, when the binary is missing.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; private set; }

    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000,syncTimeout=5000,asyncTimeout=5000";

    internal static string? FindServer()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("REDIS_SERVER_PATH");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv))
        {
            return fromEnv;
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/sbin"))
        {
            string candidate = Path.Combine(dir, "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task InitializeAsync()
    {
        string? server = FindServer();
        if (server is null)
        {
            return; // RedisFact skips every test
        }

        Port = FreePort();
        _process = Process.Start(new ProcessStartInfo(server)
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--protected-mode", "yes" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");

        // Wait for the server's own readiness line rather than polling with sleeps.
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"redis-server exited with code {_process.ExitCode} before it was ready."));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    /// <summary>Connects (without waiting) to a free loopback port nobody listens on, failing fast with short timeouts.</summary>
    /// <param name="timeoutMilliseconds">The sync and async timeouts.</param>
    /// <returns>A multiplexer whose every command fails.</returns>
    public static async Task<ConnectionMultiplexer> ConnectUnreachableAsync(int timeoutMilliseconds)
    {
        ConfigurationOptions options = ConfigurationOptions.Parse($"127.0.0.1:{FreePort()},abortConnect=false,connectTimeout=200");
        options.SyncTimeout = options.AsyncTimeout = timeoutMilliseconds;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    public async Task<ConnectionMultiplexer> ConnectAsync()
    {
        ConfigurationOptions options = ConfigurationOptions.Parse(Configuration);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A fact that needs a real Redis: skipped, with the reason, when <c>redis-server</c> is not installed.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServerFixture.FindServer() is null)
        {
            Skip = "redis-server is not installed (apt-get install -y redis-server); the Redis ledger tests need a real server.";
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
