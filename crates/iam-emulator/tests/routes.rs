//! Who may call each `/v5` route, as one table: every route is refused to a caller without
//! the permission (401 unsigned, 403 signed), and the root user's credentials are out of
//! other administrators' reach. Each row starts from a fresh emulator.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{call, send, SEED};
use iam_emulator::{Emulator, Seed, State, DEFAULT_PUBLIC_HOSTS};
use serde_json::{json, Value};

/// Every `/v5` route the emulator serves, as `METHOD path` with `{user}`, `{key}` and
/// `{group}` standing for the ids the table fills in.
const ROUTES: &[&str] = &[
    "POST /v5/caller-password",
    "GET /v5/users",
    "POST /v5/users",
    "GET /v5/users/{user}",
    "PUT /v5/users/{user}",
    "DELETE /v5/users/{user}",
    "GET /v5/users/{user}/last-login",
    "GET /v5/users/{user}/access-keys",
    "POST /v5/users/{user}/access-keys",
    "PUT /v5/users/{user}/access-keys/{key}",
    "DELETE /v5/users/{user}/access-keys/{key}",
    "GET /v5/users/{user}/access-keys/{key}/last-used",
    "GET /v5/users/{user}/login-profile",
    "POST /v5/users/{user}/login-profile",
    "PUT /v5/users/{user}/login-profile",
    "DELETE /v5/users/{user}/login-profile",
    "GET /v5/groups",
    "POST /v5/groups",
    "GET /v5/groups/{group}",
    "PUT /v5/groups/{group}",
    "DELETE /v5/groups/{group}",
    "POST /v5/groups/{group}/add-user",
    "POST /v5/groups/{group}/remove-user",
    "GET /v5/user/{user}/tags",
    "POST /v5/user/{user}/tags/create",
    "DELETE /v5/user/{user}/tags/delete",
    "GET /v5/mfa-devices",
    "POST /v5/mfa-devices/disable",
    "DELETE /v5/virtual-mfa-devices",
    "GET /v5/password-policy",
    "GET /v5/caller-identity",
    "POST /v5/decode-authorization-message",
];

/// Who calls, with which keys (the common seed's users).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Caller {
    /// No signature at all.
    Unsigned,
    /// alice: no administrator, acting on herself or on others.
    Alice,
    /// dan: no administrator, and denied even the self-service actions.
    Denied,
    /// boss: an administrator.
    Admin,
    /// The account's root user.
    Root,
}

impl Caller {
    fn keys(self) -> (&'static str, &'static str) {
        match self {
            Caller::Unsigned => ("", ""),
            Caller::Alice => ("AK-ALICE", "SK-ALICE"),
            Caller::Denied => ("AK-DAN", "SK-DAN"),
            Caller::Admin => ("AK-ADMIN", "SK-ADMIN"),
            Caller::Root => ("AK-ROOT", "SK-ROOT"),
        }
    }
}

/// One row: `route` (from [`ROUTES`]) for `user`, called by `caller`, answers `status`
/// (`code` for refusals).
struct Row {
    route: &'static str,
    user: &'static str,
    caller: Caller,
    status: StatusCode,
    code: Option<&'static str>,
}

const DENIED: (StatusCode, Option<&str>) = (StatusCode::FORBIDDEN, Some("PAP5.0001"));
const UNSIGNED: (StatusCode, Option<&str>) = (StatusCode::UNAUTHORIZED, Some("APIGW.0301"));

fn row(
    route: &'static str,
    user: &'static str,
    caller: Caller,
    (status, code): (StatusCode, Option<&'static str>),
) -> Row {
    Row { route, user, caller, status, code }
}

fn ok(status: StatusCode) -> (StatusCode, Option<&'static str>) {
    (status, None)
}

/// The table. Ids: u-alice, u-carol (another user), u-root; each user's key is
/// `AK-<NAME>`, MFA device `iam/mfa/<id>`, group g-devs.
fn table() -> Vec<Row> {
    use Caller::*;
    let mut rows = vec![
        // Self-service: every signed-in user, unless denied.
        row("POST /v5/caller-password", "u-alice", Alice, ok(StatusCode::OK)),
        row("POST /v5/caller-password", "u-dan", Denied, DENIED),
        row("GET /v5/password-policy", "u-alice", Alice, ok(StatusCode::OK)),
        row("GET /v5/password-policy", "u-dan", Denied, DENIED),
        row("POST /v5/decode-authorization-message", "u-alice", Alice, ok(StatusCode::OK)),
        row("POST /v5/decode-authorization-message", "u-dan", Denied, DENIED),
        // STS's caller identity needs no permission, only a signature.
        row("GET /v5/caller-identity", "u-dan", Denied, ok(StatusCode::OK)),
        // The account's users: administrators only.
        row("GET /v5/users", "u-carol", Alice, DENIED),
        row("POST /v5/users", "u-carol", Alice, DENIED),
        row("GET /v5/users/{user}", "u-carol", Alice, DENIED),
        row("GET /v5/users/{user}", "u-alice", Alice, DENIED),
        row("PUT /v5/users/{user}", "u-carol", Alice, DENIED),
        row("DELETE /v5/users/{user}", "u-carol", Alice, DENIED),
        row("GET /v5/users/{user}/last-login", "u-carol", Alice, DENIED),
        row("GET /v5/groups", "u-carol", Alice, DENIED),
        row("POST /v5/groups", "", Alice, DENIED),
        row("GET /v5/groups/{group}", "", Alice, DENIED),
        row("PUT /v5/groups/{group}", "", Alice, DENIED),
        row("DELETE /v5/groups/{group}", "", Alice, DENIED),
        row("POST /v5/groups/{group}/add-user", "u-carol", Alice, DENIED),
        row("POST /v5/groups/{group}/remove-user", "u-alice", Alice, DENIED),
        row("GET /v5/user/{user}/tags", "u-carol", Alice, DENIED),
        row("POST /v5/user/{user}/tags/create", "u-carol", Alice, DENIED),
        row("DELETE /v5/user/{user}/tags/delete", "u-carol", Alice, DENIED),
        row("GET /v5/mfa-devices", "", Alice, DENIED),
        row("GET /v5/users", "u-carol", Admin, ok(StatusCode::OK)),
        row("POST /v5/groups", "", Admin, ok(StatusCode::CREATED)),
        row("GET /v5/groups/{group}", "", Admin, ok(StatusCode::OK)),
        row("PUT /v5/groups/{group}", "", Admin, ok(StatusCode::OK)),
        row("DELETE /v5/groups/{group}", "", Admin, (StatusCode::CONFLICT, Some("IAM.0025"))),
        row("DELETE /v5/users/{user}", "u-root", Admin, (StatusCode::BAD_REQUEST, Some("IAM.0007"))),
        row("PUT /v5/users/{user}", "u-root", Admin, (StatusCode::BAD_REQUEST, Some("IAM.0007"))),
        // Login profiles: reading one's own, or an administrator.
        row("GET /v5/users/{user}/login-profile", "u-alice", Alice, ok(StatusCode::OK)),
        row("GET /v5/users/{user}/login-profile", "u-carol", Alice, DENIED),
        row("POST /v5/users/{user}/login-profile", "u-alice", Alice, DENIED),
        row("PUT /v5/users/{user}/login-profile", "u-alice", Alice, DENIED),
        row("DELETE /v5/users/{user}/login-profile", "u-alice", Alice, DENIED),
        row("PUT /v5/users/{user}/login-profile", "u-carol", Admin, ok(StatusCode::OK)),
    ];
    // One's own credentials (keys, MFA devices), or an administrator; a user denied them
    // is refused even their own.
    let own_credentials: [(&str, StatusCode); 7] = [
        ("GET /v5/users/{user}/access-keys", StatusCode::OK),
        ("POST /v5/users/{user}/access-keys", StatusCode::CREATED),
        ("PUT /v5/users/{user}/access-keys/{key}", StatusCode::OK),
        ("DELETE /v5/users/{user}/access-keys/{key}", StatusCode::NO_CONTENT),
        ("GET /v5/users/{user}/access-keys/{key}/last-used", StatusCode::OK),
        ("POST /v5/mfa-devices/disable", StatusCode::FORBIDDEN),
        ("DELETE /v5/virtual-mfa-devices", StatusCode::FORBIDDEN),
    ];
    for (route, own) in own_credentials {
        let own = if own == StatusCode::FORBIDDEN { DENIED } else { ok(own) };
        rows.push(row(route, "u-alice", Alice, own));
        rows.push(row(route, "u-carol", Alice, DENIED));
    }
    rows.push(row("GET /v5/users/{user}/access-keys", "u-dan", Denied, DENIED));
    rows.push(row("GET /v5/mfa-devices", "u-carol", Alice, DENIED));
    // The root user's credentials: out of an administrator's reach, in the root user's own.
    let root_credentials: [(&str, StatusCode); 8] = [
        ("POST /v5/users/{user}/login-profile", StatusCode::CONFLICT),
        ("PUT /v5/users/{user}/login-profile", StatusCode::OK),
        ("DELETE /v5/users/{user}/login-profile", StatusCode::NO_CONTENT),
        ("POST /v5/users/{user}/access-keys", StatusCode::CREATED),
        ("PUT /v5/users/{user}/access-keys/{key}", StatusCode::OK),
        ("DELETE /v5/users/{user}/access-keys/{key}", StatusCode::NO_CONTENT),
        ("POST /v5/mfa-devices/disable", StatusCode::OK),
        ("DELETE /v5/virtual-mfa-devices", StatusCode::NO_CONTENT),
    ];
    for (route, by_root) in root_credentials {
        rows.push(row(route, "u-root", Admin, DENIED));
        let code = (by_root == StatusCode::CONFLICT).then_some("PAP5.0033");
        rows.push(row(route, "u-root", Root, (by_root, code)));
    }
    // What an administrator still sees of the root user.
    for route in ["GET /v5/users/{user}/login-profile", "GET /v5/users/{user}/access-keys", "GET /v5/mfa-devices"] {
        rows.push(row(route, "u-root", Admin, ok(StatusCode::OK)));
    }
    // Unsigned, every route is refused.
    for route in ROUTES {
        rows.push(row(route, "u-alice", Unsigned, UNSIGNED));
    }
    rows
}

/// The request a row makes: the route with its ids filled in, and a body that would pass.
fn request(row: &Row) -> Request<Body> {
    let (method, template) = row.route.split_once(' ').expect("METHOD path");
    let user = row.user;
    let name = user.trim_start_matches("u-").to_ascii_uppercase();
    let mut path =
        template.replace("{user}", user).replace("{key}", &format!("AK-{name}")).replace("{group}", "g-devs");
    let serial = format!("iam/mfa/{user}");
    let body = match template {
        "/v5/caller-password" => json!({"old_password": "Old-Password-1", "new_password": "Fresh-Password-9"}),
        "/v5/users" if method == "POST" => json!({"name": "erin"}),
        "/v5/groups" if method == "POST" => json!({"group_name": "testers", "description": "Try things"}),
        "/v5/groups/{group}" if method == "PUT" => json!({"new_group_description": "Builds things"}),
        "/v5/users/{user}" if method == "PUT" => json!({"enabled": false}),
        "/v5/users/{user}/access-keys/{key}" if method == "PUT" => json!({"status": "inactive"}),
        "/v5/users/{user}/login-profile" if method == "POST" => {
            json!({"password": "Fresh-Password-9", "password_reset_required": false})
        }
        "/v5/users/{user}/login-profile" if method == "PUT" => json!({"password_reset_required": true}),
        "/v5/groups/{group}/add-user" | "/v5/groups/{group}/remove-user" => json!({"user_id": user}),
        "/v5/user/{user}/tags/create" => json!({"tags": [{"tag_key": "team", "tag_value": "a"}]}),
        "/v5/user/{user}/tags/delete" => json!(["team"]),
        "/v5/mfa-devices/disable" => json!({"user_id": user, "serial_number": serial}),
        "/v5/decode-authorization-message" => {
            let encoded = iam_emulator::auth::encode_message("{}");
            json!({ "encoded_message": encoded })
        }
        _ => Value::Null,
    };
    match template {
        "/v5/virtual-mfa-devices" => {
            path.push_str(&format!("?user_id={user}&serial_number={}", iam_v5::signer::percent_encode(&serial)))
        }
        "/v5/mfa-devices" if !user.is_empty() => path.push_str(&format!("?user_id={user}")),
        _ => {}
    }
    let (ak, sk) = row.caller.keys();
    let signed = call(method, &path).keys(ak, sk);
    let signed = if body.is_null() { signed } else { signed.json(body) };
    let mut request = signed.request();
    if row.caller == Caller::Unsigned {
        request.headers_mut().remove("authorization");
    }
    request
}

#[tokio::test]
async fn every_v5_route_is_refused_to_a_caller_without_permission_and_roots_credentials_to_everyone_else() {
    let rows = table();
    for route in ROUTES {
        let refused =
            rows.iter().any(|r| r.route == *route && r.caller != Caller::Unsigned && r.status.is_client_error());
        assert!(refused || *route == "GET /v5/caller-identity", "{route}: no row shows a signed caller refused");
    }
    // Hashing the seed's passwords once: each row starts from a copy.
    let seeded = State::from_seed(Seed::parse(SEED).unwrap());
    let hosts: Vec<String> = DEFAULT_PUBLIC_HOSTS.iter().map(|h| h.to_string()).collect();
    let mut wrong = Vec::new();
    for row in &rows {
        assert!(ROUTES.contains(&row.route), "{}: not a route of the emulator", row.route);
        let emulator = Emulator::new(seeded.clone(), None, hosts.clone());
        let (status, body, _) = send(&emulator, request(row)).await;
        let code = body["error_code"].as_str();
        let refusal_shape = !status.is_client_error()
            || status == StatusCode::BAD_REQUEST
            || status == StatusCode::CONFLICT
            || (body["request_id"].is_string()
                && (status != StatusCode::FORBIDDEN || body["encoded_authorization_message"].is_string()));
        if status != row.status || code != row.code || !refusal_shape {
            wrong.push(format!("{} as {:?} on {}: {status} {body}", row.route, row.caller, row.user));
        }
    }
    assert!(wrong.is_empty(), "{} of {} rows answered otherwise:\n{}", wrong.len(), rows.len(), wrong.join("\n"));
}

#[tokio::test]
async fn the_root_refusal_says_why_and_sts_decodes_it() {
    let emulator = Emulator::from_seed(Seed::parse(SEED).unwrap());
    let row = row("DELETE /v5/users/{user}/login-profile", "u-root", Caller::Admin, DENIED);
    let (_, body, _) = send(&emulator, request(&row)).await;
    let message = body["error_msg"].as_str().unwrap();
    assert!(message.contains("root user"), "{message}");
    let encoded = body["encoded_authorization_message"].as_str().unwrap();
    let decoded = iam_emulator::auth::decode_message(encoded).unwrap();
    assert!(decoded.contains("\"explicitDeny\":true") && decoded.contains("deleteLoginProfileV5"), "{decoded}");
}
