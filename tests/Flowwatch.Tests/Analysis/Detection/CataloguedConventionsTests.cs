using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Tests.Analysis.Detection;

/// <summary>The detectors the command and the web run learn a dataset's family, whole, partner and purpose from the catalogue.</summary>
public sealed class CataloguedConventionsTests
{
    private static DatasetConventions Conventions => DetectorSuite.Default.Conventions;

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
    public void A_dataset_not_in_the_catalogue_is_not_guessed_from_its_id()
    {
        // "exits" and "-by-" in the id once made it a destination and part of a whole; now only the catalogue says so.
        var synthetic = DatasetId.Parse("synthetic-exits-by-purpose");
        Assert.False(DatasetCatalog.Bundled.TryGet(synthetic, out _));
        Assert.False(Conventions.PartnerIsDestination(synthetic));
        Assert.Equal("synthetic-exits-by-purpose", Conventions.Whole(synthetic));
        Assert.Equal("synthetic-exits-by-purpose", Conventions.Publisher(synthetic));
        Assert.True(Conventions.IsAdditive(synthetic));
        Assert.Equal(1m, Conventions.UnitSize(synthetic));

        DatasetConventions declared = DatasetConventions.From(DatasetCatalog.Bundled.With(new DatasetInfo(synthetic, "test", "Synthetic trips abroad", "trips", "purpose")
        {
            Family = "synthetic",
            Whole = "synthetic-exits",
            PartnerIsDestination = true,
        }));
        Assert.True(declared.PartnerIsDestination(synthetic));
        Assert.Equal("synthetic-exits", declared.Whole(synthetic));
    }

    [Fact]
    public void Stocks_do_not_add_up_over_periods_and_flows_do()
    {
        Assert.False(Conventions.IsAdditive(DatasetId.Parse("dprk-workers-in-russia-stock")));
        Assert.False(Conventions.IsAdditive(DatasetId.Parse("ru-mvd-residence-permit-holders")));
        Assert.False(Conventions.IsAdditive(DatasetId.Parse("dprk-workers-in-russia-decline-since-2017")));
        Assert.True(Conventions.IsAdditive(DatasetId.Parse("ru-fsb-entries-by-purpose")));
    }

    [Fact]
    public void Every_catalogued_dataset_has_a_phrase_naming_both_countries()
    {
        Assert.All(DatasetCatalog.Bundled.All, info =>
        {
            Assert.Contains("{reporter}", info.Phrase, StringComparison.Ordinal);
            Assert.Contains("{partner}", info.Phrase, StringComparison.Ordinal);
            string words = info.Describe("Russia", "North Korea", " for study", "study ");
            Assert.DoesNotContain("{", words, StringComparison.Ordinal);
            Assert.DoesNotContain(info.Id.Id, words, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_dataset_added_without_a_phrase_is_named_by_its_title_or_at_least_its_id()
    {
        var titled = new DatasetInfo(DatasetId.Parse("user-arrivals"), "a user", "Arrivals by sea", "persons", "total");
        Assert.Equal("arrivals by sea (Italy, Tunisia)", titled.Describe("Italy", "Tunisia", "", ""));
        Assert.Equal("user-arrivals (Italy, Tunisia)", (titled with { Title = "" }).Describe("Italy", "Tunisia", "", ""));
    }
}
