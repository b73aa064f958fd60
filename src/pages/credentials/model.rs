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
