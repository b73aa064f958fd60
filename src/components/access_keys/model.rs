//! The access-key table's state as plain data: the rows, what may be done, and how a
//! change is applied, with host tests.

use iam_v5::{AccessKeyMetadata, AccessKeyStatus, ACCESS_KEYS_PER_USER};

/// One key as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRow {
    pub key: AccessKeyMetadata,
    /// When it last signed a request: `Some(None)` never, `None` when it could not be read.
    pub last_used: Option<Option<String>>,
}

/// Whether another key may be created, given the ones there are.
pub fn may_create(rows: &[KeyRow]) -> bool {
    rows.len() < ACCESS_KEYS_PER_USER
}

/// The status a key's toggle sets.
pub fn toggled(status: AccessKeyStatus) -> AccessKeyStatus {
    match status {
        AccessKeyStatus::Active => AccessKeyStatus::Inactive,
        AccessKeyStatus::Inactive => AccessKeyStatus::Active,
    }
}

/// The rows with `changed` in place of the key with its id (its last use kept).
pub fn with_changed(rows: &[KeyRow], changed: AccessKeyMetadata) -> Vec<KeyRow> {
    rows.iter()
        .map(|row| {
            if row.key.access_key_id == changed.access_key_id {
                KeyRow { key: changed.clone(), last_used: row.last_used.clone() }
            } else {
                row.clone()
            }
        })
        .collect()
}

/// The rows without the key `access_key_id`.
pub fn without(rows: &[KeyRow], access_key_id: &str) -> Vec<KeyRow> {
    rows.iter().filter(|row| row.key.access_key_id != access_key_id).cloned().collect()
}

/// credentials.csv as Huawei Cloud's console writes it: a header line, then the user's
/// name, the access key id and the secret. Fields are quoted when they need it (RFC 4180).
pub fn credentials_csv(user_name: &str, access_key_id: &str, secret: &str) -> String {
    let field = |text: &str| {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_owned()
        }
    };
    format!(
        "User Name,Access Key Id,Secret Access Key\n{},{},{}\n",
        field(user_name),
        field(access_key_id),
        field(secret)
    )
}

/// Days after which a key should be rotated, by age or disuse (the CIS benchmark's advice).
pub const ROTATE_AFTER_DAYS: u32 = 90;

/// Why a key should be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rotate {
    /// Created this many days ago, more than [`ROTATE_AFTER_DAYS`].
    Created(u32),
    /// Last used this many days ago, more than [`ROTATE_AFTER_DAYS`].
    Unused(u32),
}

/// The reasons to rotate a key created at `created_ms`, last used at `last_used_ms` (none:
/// never), at `now_ms` (milliseconds since the epoch; NaN for a time that did not parse).
pub fn rotation(created_ms: f64, last_used_ms: Option<f64>, now_ms: f64) -> Vec<Rotate> {
    let days = |since: f64| {
        let days = (now_ms - since) / 86_400_000.0;
        (days.is_finite() && days > f64::from(ROTATE_AFTER_DAYS)).then_some(days as u32)
    };
    let mut reasons: Vec<Rotate> = days(created_ms).map(Rotate::Created).into_iter().collect();
    if let Some(unused) = last_used_ms.and_then(days) {
        reasons.push(Rotate::Unused(unused));
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, status: AccessKeyStatus) -> KeyRow {
        KeyRow {
            key: AccessKeyMetadata {
                user_id: "u".into(),
                access_key_id: id.into(),
                created_at: "2024-01-02T03:04:05Z".into(),
                status,
            },
            last_used: Some(Some("2026-12-01T00:00:00Z".into())),
        }
    }

    #[test]
    fn credentials_csv_has_huaweis_columns_and_quotes_what_needs_it() {
        assert_eq!(
            credentials_csv("alice", "AK1", "SK1"),
            "User Name,Access Key Id,Secret Access Key\nalice,AK1,SK1\n"
        );
        assert!(credentials_csv("a,\"b\"", "AK", "SK").ends_with("\n\"a,\"\"b\"\"\",AK,SK\n"));
    }

    #[test]
    fn old_or_unused_keys_are_marked_for_rotation() {
        const DAY: f64 = 86_400_000.0;
        let now = 1_000.0 * DAY;
        assert_eq!(rotation(now - 10.0 * DAY, None, now), []);
        assert_eq!(rotation(now - 90.0 * DAY, None, now), [], "90 days is still fine");
        assert_eq!(rotation(now - 91.5 * DAY, None, now), [Rotate::Created(91)]);
        assert_eq!(
            rotation(now - 400.0 * DAY, Some(now - 95.0 * DAY), now),
            [Rotate::Created(400), Rotate::Unused(95)]
        );
        assert_eq!(rotation(now - 400.0 * DAY, Some(now - DAY), now), [Rotate::Created(400)]);
        assert_eq!(rotation(f64::NAN, Some(f64::NAN), now), [], "a time that did not parse marks nothing");
    }

    #[test]
    fn a_third_key_may_not_be_created() {
        assert!(may_create(&[]));
        assert!(may_create(&[row("A", AccessKeyStatus::Active)]));
        assert!(!may_create(&[row("A", AccessKeyStatus::Active), row("B", AccessKeyStatus::Inactive)]));
    }

    #[test]
    fn a_change_replaces_its_key_and_keeps_when_it_was_used() {
        let rows = [row("A", AccessKeyStatus::Active), row("B", AccessKeyStatus::Active)];
        let changed = AccessKeyMetadata { status: toggled(AccessKeyStatus::Active), ..rows[1].key.clone() };
        let after = with_changed(&rows, changed);
        assert_eq!(after[0], rows[0]);
        assert_eq!(after[1].key.status, AccessKeyStatus::Inactive);
        assert_eq!(after[1].last_used, rows[1].last_used);
        assert_eq!(without(&after, "A"), vec![after[1].clone()]);
        assert_eq!(toggled(AccessKeyStatus::Inactive), AccessKeyStatus::Active);
    }
}
