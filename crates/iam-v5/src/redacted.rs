//! `Debug` for types that hold a secret (a password, a secret key, a token): a log line or
//! a panic message that prints one shows `***` in its place.

/// Implements `Debug` for `$type`, printing the fields before `;` as they are and those
/// after it as `***`.
///
/// ```
/// pub struct Login { pub name: String, pub password: String }
/// iam_v5::debug_redacted!(Login { name; password });
/// let login = Login { name: "alice".into(), password: "Demo-Password-1".into() };
/// assert_eq!(format!("{login:?}"), r#"Login { name: "alice", password: *** }"#);
/// ```
#[macro_export]
macro_rules! debug_redacted {
    ($type:ident { $($shown:ident),* ; $($secret:ident),+ }) => {
        impl ::core::fmt::Debug for $type {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(stringify!($type))
                    $(.field(stringify!($shown), &self.$shown))*
                    $(.field(stringify!($secret), &format_args!("***")))+
                    .finish()
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::classic::{Credential, Domain, PasswordUser};
    use crate::{AccessKey, AccessKeyStatus, ChangePasswordRequest, CreateLoginProfileRequest};

    #[test]
    fn types_that_hold_a_secret_print_stars_in_its_place() {
        let secret = "s3cr3t-never-printed";
        let printed = [
            format!(
                "{:?}",
                AccessKey {
                    user_id: "u".into(),
                    access_key_id: "AK".into(),
                    created_at: "t".into(),
                    secret_access_key: secret.into(),
                    status: AccessKeyStatus::Active,
                }
            ),
            format!(
                "{:?}",
                Credential {
                    access: "AK".into(),
                    secret: secret.into(),
                    securitytoken: secret.into(),
                    expires_at: "t".into()
                }
            ),
            format!(
                "{:?}",
                PasswordUser {
                    domain: Domain { id: None, name: "acme".into() },
                    name: "alice".into(),
                    password: secret.into()
                }
            ),
            format!("{:?}", ChangePasswordRequest { new_password: secret.into(), old_password: secret.into() }),
            format!("{:?}", CreateLoginProfileRequest { password: secret.into(), password_reset_required: true }),
        ];
        for text in printed {
            assert!(!text.contains(secret) && text.contains("***"), "{text}");
        }
    }
}
