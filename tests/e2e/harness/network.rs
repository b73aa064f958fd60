//! What the browser itself sent, read from DevTools' network log (chromedriver's
//! `performance` log): a request counts the moment the browser starts it, whether or not
//! it ever reaches a server, so "nothing was sent" is seen where it happens.

/// chromedriver's log of one type since it was last read (`POST /session/{id}/se/log`).
#[derive(Debug)]
pub struct ReadLog(pub &'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for ReadLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(serde_json::json!({ "type": self.0 }).to_string()))
    }
}

/// Capabilities that make chromedriver keep the network log.
pub fn capabilities(caps: &mut serde_json::Map<String, serde_json::Value>) {
    caps.insert("goog:loggingPrefs".into(), serde_json::json!({ "performance": "ALL" }));
}

/// Options for `goog:chromeOptions`: network events only.
pub fn chrome_options() -> serde_json::Value {
    serde_json::json!({ "enableNetwork": true, "enablePage": false })
}

/// One request the browser started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub method: String,
    /// The URL's path, without the query.
    pub path: String,
}

/// Every request seen in the log so far, and those not yet finished.
#[derive(Debug, Default)]
pub struct Network {
    pub sent: Vec<Sent>,
    in_flight: std::collections::HashMap<String, Sent>,
}

impl Network {
    /// Takes in one read of the log; returns how many requests it started.
    pub fn take_in(&mut self, entries: &serde_json::Value) -> usize {
        let mut started = 0;
        for entry in entries.as_array().into_iter().flatten() {
            let Some(text) = entry["message"].as_str() else { continue };
            let Ok(message) = serde_json::from_str::<serde_json::Value>(text) else { continue };
            let event = &message["message"];
            let params = &event["params"];
            let id = params["requestId"].as_str().unwrap_or_default().to_owned();
            match event["method"].as_str() {
                Some("Network.requestWillBeSent") => {
                    let url = params["request"]["url"].as_str().unwrap_or_default();
                    let path = url::Url::parse(url).map(|u| u.path().to_owned()).unwrap_or_default();
                    let method = params["request"]["method"].as_str().unwrap_or_default().to_owned();
                    // A redirect is sent again under the same id: one request each time.
                    let sent = Sent { method, path };
                    self.sent.push(sent.clone());
                    // What the page's code asks for: a document, script or image the test
                    // navigated to is the test's, and its end is not always logged.
                    if matches!(params["type"].as_str(), Some("Fetch" | "XHR")) {
                        self.in_flight.insert(id, sent);
                    }
                    started += 1;
                }
                Some("Network.loadingFinished" | "Network.loadingFailed") => {
                    self.in_flight.remove(&id);
                }
                _ => {}
            }
        }
        started
    }

    /// Whether every request started has finished or failed.
    pub fn quiet(&self) -> bool {
        self.in_flight.is_empty()
    }

    /// The requests started and not finished.
    pub fn open(&self) -> Vec<&Sent> {
        self.in_flight.values().collect()
    }

    /// How many `METHOD path` requests were sent.
    pub fn count(&self, method: &str, path: &str) -> usize {
        self.sent.iter().filter(|s| s.method == method && s.path == path).count()
    }
}

#[cfg(test)]
mod tests {
    fn entry(method: &str, params: serde_json::Value) -> serde_json::Value {
        let message = serde_json::json!({ "message": { "method": method, "params": params }, "webview": "x" });
        serde_json::json!({ "level": "INFO", "message": message.to_string(), "timestamp": 0 })
    }

    #[test]
    fn requests_count_when_started_and_are_quiet_once_finished() {
        let mut network = super::Network::default();
        let sent = entry(
            "Network.requestWillBeSent",
            serde_json::json!({ "requestId": "1", "type": "Fetch", "request": { "url": "http://127.0.0.1:1/v5/users?limit=25", "method": "GET" } }),
        );
        assert_eq!(network.take_in(&serde_json::json!([sent])), 1);
        assert_eq!(network.count("GET", "/v5/users"), 1);
        assert!(!network.quiet());
        network.take_in(&serde_json::json!([entry("Network.loadingFailed", serde_json::json!({ "requestId": "1" }))]));
        assert!(network.quiet());
    }
}
