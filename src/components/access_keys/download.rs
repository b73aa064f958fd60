//! A file made in the browser (credentials.csv): no server round trip, nothing kept.

use leptos::prelude::document;

/// Saves `text` as the file `name`, made in the browser: a Blob behind an object URL,
/// revoked a second later. The download starts in a later task than the click; revoking in
/// the click's own task lets Firefox and Safari cancel it.
pub fn download(name: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document().create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(1),
    );
}
