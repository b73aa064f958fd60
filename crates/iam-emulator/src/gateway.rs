//! Gateway mode (`iam-emulator --gateway REGION`): no emulated IAM at all. The console is
//! served as in production and its API calls go to the real IAM and STS of `REGION`, the
//! way `deploy/nginx.conf` sends them: `/v5/caller-identity` and
//! `/v5/decode-authorization-message` to STS, the rest of `/v5`, `/v3` and `/v3.0` to IAM,
//! each with the public `Host` the browser signed for. `/config.json` names that region's
//! hosts, so the signatures match. It is how `cargo xtask try-account` lets someone try the
//! console on their own account without writing an nginx configuration.
//!
//! ```no_run
//! # async fn demo() {
//! use iam_emulator::gateway::Gateway;
//! let gateway = Gateway::for_region("cn-north-4").unwrap();
//! let app = gateway.router(Some("dist".into()));
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await.unwrap();
//! axum::serve(listener, app).await.unwrap();
//! # }
//! ```

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use http_body_util::{BodyExt, Full};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

/// Below the console's own 15 s request timeout, as in `deploy/nginx.conf`: an unreachable
/// IAM comes back as this gateway's 502 or 504, which the console explains.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Sending the request and reading the whole answer.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest request body forwarded (the console's bodies are a few hundred bytes).
const BODY_LIMIT: usize = 64 * 1024;

/// Headers that belong to one connection, not to the request or answer they travel with.
const HOP_BY_HOP: [&str; 8] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// Answer headers the site sets itself (as `proxy_hide_header` does in nginx), and cookies:
/// the console keeps nothing beyond the tab.
const HIDDEN_IN_ANSWERS: [&str; 7] = [
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
    "strict-transport-security",
    "cache-control",
    "set-cookie",
];

/// One cloud service behind the gateway.
#[derive(Debug, Clone)]
pub struct Upstream {
    /// Where requests go: `https://iam.cn-north-4.myhuaweicloud.com` (or a stand-in's URL).
    pub endpoint: String,
    /// The `Host` they carry, which the browser signed: `iam.cn-north-4.myhuaweicloud.com`.
    pub host: String,
}

/// The region's IAM and STS, and the client that reaches them.
pub struct Gateway {
    /// The region, as shown in the console's header.
    pub region: String,
    /// IAM: `/v5`, `/v3`, `/v3.0`.
    pub iam: Upstream,
    /// STS: `/v5/caller-identity`, `/v5/decode-authorization-message`.
    pub sts: Upstream,
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
}

impl Gateway {
    /// The real IAM and STS of `region` (`cn-north-4`), over HTTPS.
    pub fn for_region(region: &str) -> Result<Self, String> {
        let valid = !region.is_empty()
            && region.len() <= 32
            && region.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            return Err(format!("{region:?} is not a region name such as cn-north-4 or ap-southeast-1"));
        }
        let upstream = |service: &str| {
            let host = format!("{service}.{region}.myhuaweicloud.com");
            Upstream { endpoint: format!("https://{host}"), host }
        };
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_connect_timeout(Some(CONNECT_TIMEOUT));
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())
            .map_err(|e| format!("TLS set-up: {e}"))?
            // http:// only for a local stand-in named with `--iam-endpoint`/`--sts-endpoint`.
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let client = Client::builder(TokioExecutor::new()).build(https);
        Ok(Gateway { region: region.to_owned(), iam: upstream("iam"), sts: upstream("sts"), client })
    }

    /// The console's runtime settings for this region: its hosts, so signatures match.
    pub fn config_json(&self) -> String {
        serde_json::json!({
            "iam_host": self.iam.host,
            "sts_host": self.sts.host,
            "region": self.region,
            "sign_in_methods": ["password", "access_keys"],
            "temporary_key_seconds": 3600,
        })
        .to_string()
    }

    /// The console from `dist` with this region's `config.json`, and the API forwarded.
    pub fn router(self, dist: Option<PathBuf>) -> Router {
        let api = Router::new()
            .route("/config.json", get(config))
            .route("/v5/caller-identity", any(to_sts))
            .route("/v5/decode-authorization-message", any(to_sts))
            .route("/v5/{*rest}", any(to_iam))
            .route("/v3/{*rest}", any(to_iam))
            .route("/v3.0/{*rest}", any(to_iam))
            .with_state(Arc::new(self));
        crate::site(api, dist)
    }

    /// Sends `request` to `upstream` with its public Host; the answer comes back as it is,
    /// less connection headers and the ones the site sets itself.
    async fn forward(&self, upstream: &Upstream, request: Request) -> Response {
        let (parts, body) = request.into_parts();
        let path = parts.uri.path_and_query().map_or("/", |p| p.as_str()).to_owned();
        let Ok(uri) = format!("{}{path}", upstream.endpoint).parse::<Uri>() else {
            return gateway_error(StatusCode::BAD_REQUEST, "This path cannot be forwarded.");
        };
        let Ok(body) = axum::body::to_bytes(body, BODY_LIMIT).await else {
            return gateway_error(StatusCode::PAYLOAD_TOO_LARGE, "The request body is too large.");
        };
        let mut outgoing = hyper::Request::builder().method(parts.method.clone()).uri(uri);
        for (name, value) in &parts.headers {
            if !HOP_BY_HOP.contains(&name.as_str()) && name != header::HOST && name != header::COOKIE {
                outgoing = outgoing.header(name, value);
            }
        }
        let Ok(outgoing) = outgoing.header(header::HOST, upstream.host.as_str()).body(Full::new(body)) else {
            return gateway_error(StatusCode::BAD_REQUEST, "This request cannot be forwarded.");
        };
        let answer = tokio::time::timeout(ANSWER_TIMEOUT, async {
            let answer = self.client.request(outgoing).await.map_err(|e| (StatusCode::BAD_GATEWAY, e.to_string()))?;
            let (parts, body) = answer.into_parts();
            let body = body.collect().await.map_err(|e| (StatusCode::BAD_GATEWAY, e.to_string()))?.to_bytes();
            Ok::<_, (StatusCode, String)>((parts, body))
        })
        .await
        .unwrap_or_else(|_| Err((StatusCode::GATEWAY_TIMEOUT, "no answer in time".to_owned())));
        let response = match answer {
            Ok((answer, body)) => {
                let mut response = Response::new(Body::from(body));
                *response.status_mut() = answer.status;
                for (name, value) in &answer.headers {
                    let name_text = name.as_str();
                    if !HOP_BY_HOP.contains(&name_text)
                        && !HIDDEN_IN_ANSWERS.contains(&name_text)
                        && name != header::CONTENT_LENGTH
                    {
                        response.headers_mut().append(name.clone(), value.clone());
                    }
                }
                response
            }
            // No IAM body: the console reads a bare 502/504 as "IAM cannot be reached".
            Err((status, why)) => {
                eprintln!("gateway: {} {} via {}: {why}", parts.method, parts.uri.path(), upstream.endpoint);
                gateway_error(status, "IAM cannot be reached through this gateway.")
            }
        };
        // Never the query, headers or body: they may carry keys and passwords.
        println!("forward {} {} {} host={}", parts.method, parts.uri.path(), response.status().as_u16(), upstream.host);
        response
    }
}

/// A gateway's own failure: plain text, as nginx's error page is not IAM's JSON either.
fn gateway_error(status: StatusCode, text: &'static str) -> Response {
    let mut response = (status, text).into_response();
    response.headers_mut().insert(HeaderName::from_static("content-type"), HeaderValue::from_static("text/plain"));
    response
}

async fn config(State(gateway): State<Arc<Gateway>>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], gateway.config_json()).into_response()
}

async fn to_iam(State(gateway): State<Arc<Gateway>>, request: Request) -> Response {
    gateway.forward(&gateway.iam, request).await
}

async fn to_sts(State(gateway): State<Arc<Gateway>>, request: Request) -> Response {
    gateway.forward(&gateway.sts, request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_names_its_public_hosts_and_config() {
        let gateway = Gateway::for_region("cn-north-4").unwrap();
        assert_eq!(gateway.iam.endpoint, "https://iam.cn-north-4.myhuaweicloud.com");
        assert_eq!(gateway.sts.host, "sts.cn-north-4.myhuaweicloud.com");
        let config: serde_json::Value = serde_json::from_str(&gateway.config_json()).unwrap();
        assert_eq!(config["iam_host"], "iam.cn-north-4.myhuaweicloud.com");
        assert_eq!(config["region"], "cn-north-4");
    }

    #[test]
    fn a_region_is_a_plain_name() {
        for wrong in ["", "cn-north-4.evil.example", "CN North", "cn/north"] {
            assert!(Gateway::for_region(wrong).is_err(), "{wrong:?}");
        }
    }
}
