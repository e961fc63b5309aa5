using VolumeBot.Cli.Commands;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Tests;

public class SettingsBuilderTests
{
    internal static (Cli.Configuration.RunOptions? Options, string? Error) Build(params string[] args)
    {
        var flags = new BotFlags();
        var root = new System.CommandLine.RootCommand();
        foreach (var option in flags.All)
        {
            root.Options.Add(option);
        }

        var parse = root.Parse(args);
        Assert.Empty(parse.Errors);
        return SettingsBuilder.Build(parse, flags);
    }

    [Fact] // scenario 4
    public void Defaults_match_runbot_with_exact_decimals()
    {
        var (options, error) = Build("--paper");
        Assert.Null(error);
        var s = options!.Settings;
        Assert.Equal(("paradex", "ETH", Side.Buy, 40, TimeSpan.FromSeconds(450), -100m), (s.Venue, s.Ticker, s.Direction, s.MaxOrders, s.WaitTime, s.GridStepPercent));
        Assert.Equal("0.1", s.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.02", s.TakeProfitPercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(s.StopPrice);
        Assert.Null(s.PausePrice);
        Assert.False(s.Boost);
        Assert.False(s.UseIoc);
        Assert.Equal(1m, s.IocToleranceBps);
        Assert.Equal("logs", options.LogDirectory);
    }

    [Fact]
    public void Close_ioc_is_use_ioc_and_close_market_is_the_default()
    {
        Assert.True(Build("--paper", "--boost", "--close", "ioc").Options!.Settings.UseIoc);
        Assert.True(Build("--paper", "--boost", "--use-ioc").Options!.Settings.UseIoc);
        Assert.False(Build("--paper", "--boost", "--close", "market").Options!.Settings.UseIoc);
        Assert.False(Build("--paper", "--boost").Options!.Settings.UseIoc);
    }

    [Theory]
    [InlineData("--close fok --boost", "--close must be market, ioc, layered-ioc or maker-first (got fok)")]
    [InlineData("--close market --use-ioc --boost", "--close market contradicts --use-ioc (which means --close ioc)")]
    [InlineData("--close maker-first --use-ioc --boost", "--close maker-first contradicts --use-ioc (which means --close ioc)")]
    [InlineData("--close ioc", "--close ioc can only be used with --boost mode.")]
    [InlineData("--close maker-first", "--close maker-first can only be used with --boost mode.")]
    [InlineData("--boost --close layered-ioc --ioc-layers 50@1", "--ioc-layers takes SHARE%@BPS layers such as 50%@1,70%@5 (got '50@1' in '50@1')")]
    [InlineData("--boost --close layered-ioc --ioc-layers 150%@1", "--ioc-layers: a layer's share must be over 0% and at most 100%, its bps 0 or more (got '150%@1')")]
    [InlineData("--boost --close maker-first --maker-close-timeout 0", "--maker-close-timeout must be more than 0 and at most 86400 seconds (got 0)")]
    [InlineData("--boost --close maker-first --max-adverse-bps -1", "--max-adverse-bps must be greater than 0 (got -1)")]
    [InlineData("--boost --close ioc --ioc-layers 50%@1", "--ioc-layers only applies to --close layered-ioc")]
    [InlineData("--boost --max-adverse-bps 3", "--max-adverse-bps only applies to --close maker-first")]
    [InlineData("--strategy grid", "--strategy must be normal, boost, two-sided or hedge (got grid)")]
    [InlineData("--strategy two-sided --boost", "--strategy two-sided contradicts --boost (which means --strategy boost)")]
    [InlineData("--strategy two-sided --close ioc", "--close ioc can only be used with --boost mode.")]
    [InlineData("--quote-spread-bps 2", "--quote-spread-bps only applies to --strategy two-sided")]
    [InlineData("--boost --max-position 0.2", "--max-position only applies to --strategy two-sided")]
    [InlineData("--strategy two-sided --quote-spread-bps -1", "--quote-spread-bps must be 0 or more (got -1)")]
    [InlineData("--strategy two-sided --requote-bps 0", "--requote-bps must be greater than 0 (got 0)")]
    [InlineData("--strategy two-sided --quantity 0.1 --max-position 0.3", "--max-position must be from --quantity (0.1) to 2 x --quantity (0.2): the drift guard stops a run whose position is more than two order sizes off (got 0.3)")]
    [InlineData("--strategy two-sided --max-inventory-time 0", "--max-inventory-time must be more than 0 and at most 86400 seconds (got 0)")]
    public void A_close_method_that_does_not_fit_is_refused(string args, string expected) =>
        Assert.Equal(expected, Build(["--paper", .. args.Split(' ')]).Error);

    [Fact]
    public void Close_tactics_and_their_flags_reach_the_settings()
    {
        var layered = Build("--paper", "--boost", "--close", "layered-ioc", "--ioc-layers", "40%@2,100%@6").Options!.Settings;
        Assert.Equal(("layered-ioc", false), (layered.CloseTacticName, layered.UseIoc));
        Assert.Equal(new IocLayer[] { new(40m, 2m), new(100m, 6m) }, layered.IocLayers);
        var maker = Build("--paper", "--boost", "--close", "maker-first", "--maker-close-timeout", "2.5", "--max-adverse-bps", "3").Options!.Settings;
        Assert.Equal(("maker-first", TimeSpan.FromSeconds(2.5), 3m), (maker.CloseTacticName, maker.MakerCloseTimeout, maker.MaxAdverseBps));
        var defaults = Build("--paper", "--boost", "--close", "maker-first").Options!.Settings;
        Assert.Equal((TimeSpan.FromSeconds(10), 5m), (defaults.MakerCloseTimeout, defaults.MaxAdverseBps));
        Assert.Equal("ioc", Build("--paper", "--boost", "--use-ioc").Options!.Settings.CloseTacticName);
    }

    [Fact]
    public void Strategy_flags_reach_the_settings()
    {
        var twoSided = Build("--paper", "--strategy", "two-sided", "--quantity", "0.1", "--quote-spread-bps", "1.5", "--requote-bps", "3", "--max-position", "0.2", "--max-inventory-time", "30").Options!.Settings;
        Assert.Equal(("two-sided", "maker-first", false), (twoSided.StrategyName, twoSided.CloseTacticName, twoSided.Boost));
        Assert.Equal((1.5m, 3m, (decimal?)0.2m, TimeSpan.FromSeconds(30)), (twoSided.QuoteSpreadBps, twoSided.RequoteBps, twoSided.MaxPosition, twoSided.MaxInventoryTime));
        var boost = Build("--paper", "--strategy", "boost").Options!.Settings;
        Assert.Equal(("boost", true), (boost.StrategyName, boost.Boost));
        Assert.Equal("normal", Build("--paper").Options!.Settings.StrategyName);
    }

    [Fact] // scenario 4
    public void Ticker_is_upper_cased()
    {
        Assert.Equal("BTC", Build("--ticker", "btc").Options!.Settings.Ticker);
    }

    [Fact] // scenario 1
    public void Use_ioc_needs_boost()
    {
        Assert.Equal("--use-ioc can only be used with --boost mode.", Build("--use-ioc").Error);
    }

    [Fact] // scenario 2
    public void Venues_outside_the_product_are_refused_by_name()
    {
        var error = Build("--boost", "--exchange", "edgex").Error;
        Assert.Contains("--exchange edgex", error, StringComparison.Ordinal);
        Assert.Contains("paradex, grvt", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--quantity", "0", "--quantity must be greater than 0")]
    [InlineData("--quantity", "-1", "--quantity must be greater than 0")]
    [InlineData("--max-orders", "0", "--max-orders must be greater than 0")]
    [InlineData("--wait-time", "-1", "--wait-time must be 0 or more")]
    [InlineData("--direction", "long", "--direction must be buy or sell")]
    [InlineData("--max-cycles", "0", "--max-cycles must be greater than 0")]
    public void Bad_values_name_the_flag(string flag, string value, string expected)
    {
        Assert.StartsWith(expected, Build(flag, value).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.5", 500)]
    [InlineData("1.25", 1250)]
    [InlineData("0", 0)]
    [InlineData("450", 450_000)]
    public void Wait_time_takes_decimal_seconds(string given, int milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Build("--wait-time", given).Options!.Settings.WaitTime);
    }

    [Fact]
    public void Normal_mode_cooldown_tiers_keep_their_ratios_with_a_decimal_wait_time()
    {
        var settings = Build("--wait-time", "0.5", "--max-orders", "12").Options!.Settings;
        var cooldown = new Core.Trading.CooldownPolicy(settings.MaxOrders, settings.WaitTime);

        // fewer than 1/6 of --max-orders resting: a quarter; to 1/3: half; to 2/3: the wait time; above: double
        Assert.Equal(TimeSpan.FromMilliseconds(125), cooldown.CooldownFor(1));
        Assert.Equal(TimeSpan.FromMilliseconds(250), cooldown.CooldownFor(2));
        Assert.Equal(TimeSpan.FromMilliseconds(500), cooldown.CooldownFor(4));
        Assert.Equal(TimeSpan.FromSeconds(1), cooldown.CooldownFor(8));
    }

    [Fact]
    public void Wait_time_above_a_day_is_refused()
    {
        Assert.StartsWith("--wait-time must be at most 86400 seconds", Build("--wait-time", "86400.5").Error, StringComparison.Ordinal);
        Assert.Null(Build("--wait-time", "86400").Error);
    }

    [Fact] // scenario 3
    public void Missing_env_file_is_an_error_with_its_absolute_path()
    {
        var error = Build("--env-file", "missing.env").Error;
        Assert.Contains("Env file not found", error, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath("missing.env"), error, StringComparison.Ordinal);
    }

    [Fact] // scenario 3
    public void Env_file_does_not_override_variables_already_set()
    {
        var file = Path.GetTempFileName();
        File.WriteAllLines(file, ["VB_TEST_ALREADY_SET=from-file", "VB_TEST_ONLY_IN_FILE=\"quoted value\"", "# comment", "export VB_TEST_EXPORTED=yes"]);
        Environment.SetEnvironmentVariable("VB_TEST_ALREADY_SET", "from-process");
        try
        {
            Assert.Null(Build("--env-file", file).Error);
            Assert.Equal("from-process", Environment.GetEnvironmentVariable("VB_TEST_ALREADY_SET"));
            Assert.Equal("quoted value", Environment.GetEnvironmentVariable("VB_TEST_ONLY_IN_FILE"));
            Assert.Equal("yes", Environment.GetEnvironmentVariable("VB_TEST_EXPORTED"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Paper_fees_come_from_the_venue_profile_unless_overridden()
    {
        var grvt = Build("--exchange", "grvt", "--paper").Options!;
        Assert.Equal((0.00027m, 0.00055m, "grvt-level1"), (grvt.PaperFees.MakerRate, grvt.PaperFees.TakerRate, grvt.PaperFees.Profile));
        var paradex = Build("--paper").Options!;
        Assert.Equal((0.00003m, 0.00045m, "paradex-pro"), (paradex.PaperFees.MakerRate, paradex.PaperFees.TakerRate, paradex.PaperFees.Profile));
        var custom = Build("--paper", "--maker-fee-bps", "0.5", "--taker-fee-bps", "2").Options!;
        Assert.Equal((0.00005m, 0.0002m), (custom.PaperFees.MakerRate, custom.PaperFees.TakerRate));
        Assert.Equal("custom (--maker-fee-bps 0.5 and --taker-fee-bps 2)", custom.PaperFees.Profile);
        Assert.Equal("paradex-pro with --maker-fee-bps 0.5", Build("--paper", "--maker-fee-bps", "0.5").Options!.PaperFees.Profile);
    }

    [Fact]
    public void A_named_fee_profile_is_used_and_a_bps_flag_still_overrides_it()
    {
        var doc = Build("--exchange", "grvt", "--paper", "--fee-profile", "grvt-doc").Options!;
        Assert.Equal((-0.0001m, 0.00055m, "grvt-doc"), (doc.PaperFees.MakerRate, doc.PaperFees.TakerRate, doc.PaperFees.Profile));
        var retail = Build("--paper", "--fee-profile", "paradex-retail", "--taker-fee-bps", "1").Options!;
        Assert.Equal((0m, 0.0001m, "paradex-retail with --taker-fee-bps 1"), (retail.PaperFees.MakerRate, retail.PaperFees.TakerRate, retail.PaperFees.Profile));
    }

    [Fact]
    public void A_fee_profile_of_another_venue_or_an_unknown_one_is_refused_with_the_known_ones()
    {
        Assert.Equal("--fee-profile grvt-level1 is not a paradex fee profile; known: paradex-pro, paradex-retail", Build("--paper", "--fee-profile", "grvt-level1").Error);
        Assert.Equal("--fee-profile vip is not a grvt fee profile; known: grvt-level1, grvt-doc", Build("--exchange", "grvt", "--paper", "--fee-profile", "vip").Error);
    }
}
