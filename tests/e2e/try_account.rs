//! "Try it on your account": `cargo xtask try-account --region cn-north-4` serves the
//! release build and forwards the API to that region's IAM and STS. Here the emulator stands
//! in for the cloud (no internet on these machines), taking signatures for the region's
//! public hosts only: a password sign-in, a password change and a user edit go through.

use crate::harness::{Launch, Session, TRY_REGION};

const ALICE_ID: &str = "d3m0000000000000000000000000a11c";

#[tokio::test]
async fn sign_in_password_change_and_user_edit_pass_through_the_try_account_command() {
    let s = Session::launch(Launch { through_try_account: true, ..Launch::default() }).await;

    // The command's config.json names the region: the header shows it.
    s.sign_in_with_password_at("/password", "bob-admin", "Demo-Password-2").await;
    s.wait_for(&format!("//header//*[normalize-space(.)='{TRY_REGION}']")).await;

    s.type_into("Current password", "Demo-Password-2").await;
    s.type_into("New password", "Fresh-Password-7").await;
    s.type_into("Confirm new password", "Fresh-Password-7").await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;

    s.client.goto(&format!("{}/users/{ALICE_ID}", s.base)).await.expect("alice's page");
    s.type_into("Description", " and more").await;
    s.click_button("Save changes").await;
    s.announced("Changes saved.").await;
    assert_eq!(s.value_of("Description").await, "Demo user who changes her own password and more");

    // Each kind of call reached the stand-in, and every call carried the public Host the
    // browser signed for: STS's for the two STS paths, IAM's for the rest.
    for (method, path) in [
        ("POST", "/v3/auth/tokens"),
        ("POST", "/v3.0/OS-CREDENTIAL/securitytokens"),
        ("GET", "/v5/caller-identity"),
        ("POST", "/v5/caller-password"),
        ("PUT", &format!("/v5/users/{ALICE_ID}")),
    ] {
        assert!(!s.request_lines(method, path).await.is_empty(), "{method} {path} never reached the stand-in");
    }
    for line in s.all_request_lines().await {
        let sts = line.contains(" /v5/caller-identity ") || line.contains(" /v5/decode-authorization-message ");
        let service = if sts { "sts" } else { "iam" };
        assert!(line.contains(&format!(" host={service}.{TRY_REGION}.myhuaweicloud.com ")), "{line}");
    }
    s.close().await;
}
