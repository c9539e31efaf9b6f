using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Application.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Articles;
using Flowwatch.Store.Sanctions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Flowwatch.Web.Tests.Support;

/// <summary>
/// Hosts the same services and pipeline as `flowwatch serve` on a store as `flowwatch demo` leaves it (the bundled
/// figures and UN list; the server itself never writes),
/// in a test server or, for the browser, on a real loopback port. The web project is a library with
/// no entry point, so the host is built here rather than discovered.
/// </summary>
public sealed class FlowwatchFactory : WebApplicationFactory<FlowwatchFactory>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("flowwatch-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "flowwatch.db");

    public long MaxBodyBytes { get; init; } = 64 * 1024;

    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether the store gets the bundled figures and list before the server opens it; false leaves it as a test made it, or empty.</summary>
    public bool Seeded { get; init; } = true;

    /// <summary>A folder of news articles stored (with the figures) before the server opens the store; null stores none.</summary>
    public string? ArticleFolder { get; init; }

    /// <summary>How many article checks run at once, and how many more wait; null keeps <see cref="WebSettings"/>'s defaults.</summary>
    public int? MaxConcurrentChecks { get; init; }

    public int? QueuedChecks { get; init; }

    /// <summary>The detectors the server runs; null for those of `flowwatch serve`.</summary>
    public DetectorSuite? Detectors { get; init; }

    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder().ConfigureWebHost(web => web
            .UseEnvironment(Environments.Production)
            .ConfigureServices(services => services.AddFlowwatchWeb(Settings()))
            .Configure(app => app.UseFlowwatchWeb(endpoints =>
                // A route that fails, to see what a user gets when something breaks inside.
                endpoints.MapGet("/api/test-failure", (HttpContext _) => throw new InvalidOperationException("secret detail at /srv/flowwatch/db.sqlite")))));

    // The test host is a composition root as the command is: it hands the web its store openers (SQLite, read-only).
    private WebSettings Settings()
    {
        var settings = new WebSettings
        {
            OpenStore = () => SqliteObservationStore.OpenReadOnly(DatabasePath),
            OpenSanctions = () => SqliteSanctionsStore.OpenReadOnly(DatabasePath),
            OpenArticles = () => SqliteArticleStore.OpenReadOnly(DatabasePath),
            MaxBodyBytes = MaxBodyBytes,
            RefreshInterval = RefreshInterval,
            Detectors = Detectors,
        };
        return settings with
        {
            MaxConcurrentChecks = MaxConcurrentChecks ?? settings.MaxConcurrentChecks,
            QueuedChecks = QueuedChecks ?? settings.QueuedChecks,
        };
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // The pages need no content root (their files are embedded); this stops the factory hunting for a project folder.
        builder.UseContentRoot(AppContext.BaseDirectory);
        if (Seeded || !File.Exists(DatabasePath))
        {
            using ObservationStore store = SqliteObservationStore.Open(DatabasePath);
            if (Seeded)
            {
                new Ingestion(store).IngestBundled();
            }
        }

        if (ArticleFolder is not null)
        {
            using ObservationStore store = SqliteObservationStore.Open(DatabasePath);
            using ArticleStore articles = SqliteArticleStore.Open(DatabasePath);
            new Ingestion(store, articles).IngestFiles(Ingestion.ExpandTargets([ArticleFolder]), IngestOptions.Default);
        }

        if (Seeded)
        {
            using var sanctions = SqliteSanctionsStore.Open(DatabasePath);
            new SanctionsLists(sanctions).LoadBundled();
        }

        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the OS.
        }
    }
}
