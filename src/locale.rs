//! Times as the viewer reads them: RFC 3339 from the server, shown in the console's
//! language (English in the browser's own English variant) and the browser's time zone
//! (`Intl` through `Date`, so no date crate ships in the wasm). Read in a reactive
//! closure, a time is shown again when the language changes.
//!
//! ```no_run
//! let shown = iam_console::locale::date_time("2024-01-02T03:04:05Z");
//! ```

use wasm_bindgen::JsValue;

use crate::i18n::{self, Lang};

/// The `Intl` locale for the language in force (tracked): Chinese as `zh-CN`; English as
/// the browser's first English variant (`en-GB` keeps day-month order), else `en`.
fn locale() -> String {
    match i18n::lang() {
        Lang::ZhCn => "zh-CN".to_owned(),
        Lang::En => web_sys::window()
            .and_then(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).find(|l| l.starts_with("en")))
            .unwrap_or_else(|| "en".to_owned()),
    }
}

fn parse(rfc3339: &str) -> Option<js_sys::Date> {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    (!date.get_time().is_nan()).then_some(date)
}

/// Readies the browser's date formatting in the background: its first use loads locale
/// data (~40 ms of main thread, measured in headless Chromium), which a page that shows
/// times should pay while it waits for the network, not after its answer arrived. Call
/// it right after sending the request.
pub fn prepare() {
    let _ = leptos::prelude::set_timeout_with_handle(|| drop(date_time("2000-01-01T00:00:00Z")), Default::default());
}

/// Date and time in the viewer's locale; the text as sent when it is not a time.
pub fn date_time(rfc3339: &str) -> String {
    parse(rfc3339).map(|d| d.to_locale_string(&locale(), &JsValue::UNDEFINED).into()).unwrap_or_else(|| rfc3339.into())
}

/// The date alone in the viewer's locale; the text as sent when it is not a time.
pub fn date(rfc3339: &str) -> String {
    parse(rfc3339)
        .map(|d| d.to_locale_date_string(&locale(), &JsValue::UNDEFINED).into())
        .unwrap_or_else(|| rfc3339.into())
}

/// A time `seconds` from now, in the viewer's locale (e.g. when a lockout ends).
pub fn time_in(seconds: u32) -> String {
    let at = js_sys::Date::new(&JsValue::from_f64(js_sys::Date::now() + f64::from(seconds) * 1000.0));
    at.to_locale_time_string(&locale()).into()
}

/// The lockout sentence, with when to try again (a `Retry-After` in seconds): the one
/// wording for every page that meets a locked user.
pub fn locked_until(seconds: u32) -> String {
    (i18n::t().errors.locked_until)(&time_in(seconds), seconds.div_ceil(60))
}
