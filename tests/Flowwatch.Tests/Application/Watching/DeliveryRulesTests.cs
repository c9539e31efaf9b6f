using Flowwatch.Application.Watching;

namespace Flowwatch.Tests.Application.Watching;

/// <summary>The delivery rules' table, row by row, and the schedule's bounds.</summary>
public sealed class DeliveryRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryRules Rules = DeliveryRules.Default;

    [Theory]
    [InlineData(200, "Delivered")]
    [InlineData(202, "Delivered")]
    [InlineData(299, "Delivered")]
    [InlineData(410, "Gone")]
    [InlineData(429, "Throttled")]
    [InlineData(502, "Throttled")]
    [InlineData(503, "Throttled")]
    [InlineData(504, "Throttled")]
    [InlineData(301, "Failed")]
    [InlineData(400, "Failed")]
    [InlineData(401, "Failed")]
    [InlineData(404, "Failed")]
    [InlineData(500, "Failed")]
    [InlineData(null, "Failed")]
    public void Each_answer_is_classed_as_the_table_says(int? status, string verdict) =>
        Assert.Equal(Enum.Parse<DeliveryVerdict>(verdict), DeliveryRules.Judge(status));

    [Fact]
    public void The_backoff_is_full_jitter_under_a_cap_that_doubles_up_to_the_longest_wait()
    {
        Assert.Equal(TimeSpan.Zero, Rules.Backoff(1, 0.0));
        Assert.Equal(TimeSpan.FromSeconds(5), Rules.Backoff(1, 0.5));
        Assert.Equal(TimeSpan.FromSeconds(10), Rules.Backoff(2, 0.5));
        Assert.Equal(TimeSpan.FromSeconds(40), Rules.Backoff(4, 0.5));
        Assert.Equal(TimeSpan.FromHours(2), Rules.Backoff(30, 0.5));
        Assert.Equal(TimeSpan.FromHours(2), Rules.Backoff(int.MaxValue, 0.5));
        Assert.True(Rules.Backoff(3, 0.999999) < TimeSpan.FromSeconds(40));
    }

    [Fact]
    public void A_2xx_is_delivered_and_a_410_disables_the_endpoint_whatever_came_before()
    {
        Assert.Equal(DeliveryStep.Delivered, Rules.Decide(new DeliveryAttempt(204, null, null), 7, Now.AddHours(-30), Now, 0.5).Step);
        DeliveryDecision gone = Rules.Decide(new DeliveryAttempt(410, null, "HTTP 410 Gone"), 0, null, Now, 0.5);
        Assert.Equal(DeliveryStep.Disable, gone.Step);
        Assert.Null(gone.RetryAt);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    [InlineData(null)]
    public void Another_answer_or_none_is_retried_after_the_backoff(int? status)
    {
        DeliveryDecision d = Rules.Decide(new DeliveryAttempt(status, null, "x"), 2, Now.AddMinutes(-1), Now, 0.5);
        Assert.Equal(DeliveryStep.Retry, d.Step);
        Assert.Equal(Now + Rules.Backoff(3, 0.5), d.RetryAt);
    }

    [Fact]
    public void A_throttled_answer_waits_as_Retry_After_says_at_most_the_longest_wait_and_backs_off_without_one()
    {
        Assert.Equal(Now.AddSeconds(120), Rules.Decide(new DeliveryAttempt(429, TimeSpan.FromSeconds(120), "HTTP 429"), 0, null, Now, 0.5).RetryAt);
        Assert.Equal(Now + Rules.MaxDelay, Rules.Decide(new DeliveryAttempt(503, TimeSpan.FromDays(3), "HTTP 503"), 0, null, Now, 0.5).RetryAt);
        Assert.Equal(Now, Rules.Decide(new DeliveryAttempt(503, TimeSpan.FromSeconds(-5), "HTTP 503"), 0, null, Now, 0.5).RetryAt);
        Assert.Equal(Now + Rules.Backoff(1, 0.5), Rules.Decide(new DeliveryAttempt(502, null, "HTTP 502"), 0, null, Now, 0.5).RetryAt);
        Assert.Equal(DeliveryVerdict.Throttled, Rules.Decide(new DeliveryAttempt(504, null, "HTTP 504"), 0, null, Now, 0.5).Verdict);
    }

    [Fact]
    public void The_last_retry_falls_at_the_end_of_the_schedule_and_the_attempt_failing_after_it_is_a_dead_letter()
    {
        DateTimeOffset first = Now.AddHours(-23).AddMinutes(-50);
        DeliveryDecision last = Rules.Decide(new DeliveryAttempt(500, null, "HTTP 500"), 20, first, Now, 0.99);
        Assert.Equal(first + Rules.GiveUpAfter, last.RetryAt);
        DeliveryDecision dead = Rules.Decide(new DeliveryAttempt(500, null, "HTTP 500"), 21, first, first + Rules.GiveUpAfter, 0.5);
        Assert.Equal(DeliveryStep.Dead, dead.Step);
        Assert.Equal("HTTP 500", dead.Problem);
    }

    [Fact]
    public void An_alert_that_always_fails_is_tried_a_bounded_number_of_times_over_about_a_day_then_given_up()
    {
        var random = new Random(26);
        DateTimeOffset at = Now;
        DateTimeOffset? first = null;
        int attempts = 0;
        DeliveryDecision d;
        while ((d = Rules.Decide(new DeliveryAttempt(500, null, "HTTP 500"), attempts, first, at, random.NextDouble())).Step == DeliveryStep.Retry)
        {
            attempts++;
            first ??= at;
            Assert.True(d.RetryAt >= at);
            at = d.RetryAt!.Value;
        }

        Assert.Equal(DeliveryStep.Dead, d.Step);
        Assert.Equal(TimeSpan.FromHours(24), at - Now);
        Assert.InRange(attempts, 12, 40);
    }
}
