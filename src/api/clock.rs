//! The browser's clock against the server's: requests are signed with the server's time
//! once a refusal for a stale date shows the two differ. Plain arithmetic on milliseconds;
//! reading the clocks (`Date.now()`, a `Date` header) happens at the edge.

/// A refused date is explained by the clocks only beyond this (IAM allows 15 minutes of
/// skew; smaller differences are another reason).
const TOLERANCE_MS: f64 = 5.0 * 60_000.0;

/// How far the server's clock is ahead of the browser's, as learned so far.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Clock {
    offset_ms: f64,
}

impl Clock {
    /// The server's time now, for signing, from the browser's time now.
    pub fn server_now_ms(&self, browser_now_ms: f64) -> f64 {
        browser_now_ms + self.offset_ms
    }

    /// A server time as a time on the browser's clock (when keys expire, say).
    pub fn browser_time_ms(&self, server_ms: f64) -> f64 {
        server_ms - self.offset_ms
    }

    /// The clock to sign with after a refusal whose `Date` header said `server_date_ms`,
    /// when the skew it shows explains the refusal: more than [`TOLERANCE_MS`] beyond
    /// what is already corrected. None: the clocks are not the reason (or the date was
    /// unreadable, NaN).
    pub fn corrected(&self, server_date_ms: f64, browser_now_ms: f64) -> Option<Clock> {
        let skew = server_date_ms - browser_now_ms;
        (!skew.is_nan() && (skew - self.offset_ms).abs() > TOLERANCE_MS).then_some(Clock { offset_ms: skew })
    }

    /// The correction in whole minutes, as the page says it (positive: the browser is behind).
    pub fn minutes(&self) -> i64 {
        (self.offset_ms / 60_000.0).round() as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: f64 = 1_700_000_000_000.0;

    #[test]
    fn a_browser_an_hour_behind_is_corrected_once() {
        let clock = Clock::default().corrected(NOW + 3_600_000.0, NOW).expect("an hour explains a refusal");
        assert_eq!(clock.minutes(), 60);
        assert_eq!(clock.server_now_ms(NOW), NOW + 3_600_000.0);
        assert_eq!(clock.browser_time_ms(NOW + 3_600_000.0), NOW);
        // The same skew again is not news: the refusal has another reason.
        assert_eq!(clock.corrected(NOW + 3_600_000.0 + 1_000.0, NOW), None);
    }

    #[test]
    fn small_differences_and_unreadable_dates_are_not_the_reason() {
        assert_eq!(Clock::default().corrected(NOW + 4.0 * 60_000.0, NOW), None);
        assert_eq!(Clock::default().corrected(f64::NAN, NOW), None);
        let ahead = Clock::default().corrected(NOW - 20.0 * 60_000.0, NOW).expect("20 minutes ahead");
        assert_eq!(ahead.minutes(), -20);
    }
}
