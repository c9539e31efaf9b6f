using Flowwatch.Application.Watching;
using Flowwatch.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Flowwatch.Tests.Application.Watching;

public sealed class FileSettlingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_file_being_written_waits_until_it_stops_changing()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settling = new FileSettling(TimeSpan.FromSeconds(1), clock);
        string path = _dir.Write("a.csv", "half");
        File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);

        Assert.Equal([path], settling.Look([path]).Changing);

        clock.Advance(TimeSpan.FromMilliseconds(600));
        File.AppendAllText(path, " and the rest");
        File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
        Assert.Equal([path], settling.Look([path]).Changing);

        clock.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal([path], settling.Look([path]).Changing);

        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal([path], settling.Look([path]).Settled);
    }

    [Fact]
    public void A_file_finished_long_ago_settles_at_first_sight()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        string path = _dir.Write("old.csv", "x");
        File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime.AddMinutes(-5));
        Assert.Equal([path], new FileSettling(TimeSpan.FromSeconds(1), clock).Look([path]).Settled);
    }
}
