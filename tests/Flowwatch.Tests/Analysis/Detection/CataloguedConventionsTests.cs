using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Model;

namespace Flowwatch.Tests.Analysis.Detection;

/// <summary>The detectors the command and the web run learn a dataset's family, whole, partner and purpose from the catalogue.</summary>
public sealed class CataloguedConventionsTests
{
    private static DatasetConventions Conventions => CataloguedDetection.Suite.Conventions;

    [Fact]
    public void The_partner_of_trips_abroad_is_their_destination_as_the_catalogue_states()
    {
        var exits = DatasetId.Parse("ru-fsb-exits-of-russians-by-purpose");
        Assert.True(DatasetCatalog.Bundled.TryGet(exits, out DatasetInfo info));
        Assert.True(info.PartnerIsDestination);
        Assert.True(Conventions.PartnerIsDestination(exits));
        Assert.False(Conventions.PartnerIsDestination(DatasetId.Parse("ru-fsb-entries-by-purpose")));
    }

    [Fact]
    public void Two_breakdowns_of_one_table_share_its_whole_and_family()
    {
        var byPurpose = DatasetId.Parse("ru-fsb-entries-by-purpose");
        var byMode = DatasetId.Parse("ru-fsb-entries-by-mode");
        Assert.Equal("ru-fsb-entries", Conventions.Whole(byPurpose));
        Assert.Equal(Conventions.Whole(byPurpose), Conventions.Whole(byMode));
        Assert.Equal("ru-fsb", Conventions.Publisher(byMode));
    }

    [Fact]
    public void Workers_present_count_work_and_other_totals_count_no_purpose()
    {
        Assert.Equal(Purpose.Work, Conventions.DatasetPurpose(DatasetId.Parse("dprk-workers-in-russia-stock")));
        Assert.Null(Conventions.DatasetPurpose(DatasetId.Parse("dprk-workers-in-russia-decline-since-2017")));
        Assert.Null(Conventions.DatasetPurpose(DatasetId.Parse("ru-mvd-visas-issued")));
    }

    [Fact]
    public void Every_catalogued_dataset_states_its_family_whole_and_partner()
    {
        Assert.All(DatasetCatalog.Bundled.All, info =>
        {
            Assert.False(string.IsNullOrWhiteSpace(info.Family), info.Id.Id);
            Assert.False(string.IsNullOrWhiteSpace(info.Whole), info.Id.Id);
            Assert.NotNull(info.PartnerIsDestination);
        });
    }

    [Fact]
    public void A_dataset_not_in_the_catalogue_keeps_the_default_conventions()
    {
        var synthetic = DatasetId.Parse("synthetic-exits-by-purpose");
        Assert.False(DatasetCatalog.Bundled.TryGet(synthetic, out _));
        Assert.Equal(DatasetConventions.Default.Whole(synthetic), Conventions.Whole(synthetic));
        Assert.Equal(DatasetConventions.Default.PartnerIsDestination(synthetic), Conventions.PartnerIsDestination(synthetic));
    }
}
