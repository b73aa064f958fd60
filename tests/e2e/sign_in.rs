//! `/sign-in`: signed requests, identity in the header, sign-out, and keys never in the URL.

use crate::harness::{Keys, Session, ALICE};

#[tokio::test]
async fn keys_the_emulator_refuses_are_explained_and_kept() {
    let s = Session::start().await;
    s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
    s.choose("Access keys").await;
    s.field("Access key ID").await;
    s.assert_accessible("sign-in form, empty").await;
    s.click_button("Sign in").await;
    s.field_message("Access key ID", "Enter your access key ID.").await;
    s.field_message("Secret access key", "Enter your secret access key.").await;
    s.assert_accessible("sign-in form, errors shown").await;
    assert_eq!(s.sent("GET", "/v5/caller-identity").await, 0, "an incomplete form sends nothing");
    let wrong = Keys { access: ALICE.access, secret: "not-the-secret" };
    s.type_into("Access key ID", wrong.access).await;
    s.type_into("Secret access key", wrong.secret).await;
    s.click_button("Sign in").await;
    let message = s.announced("These keys were not accepted.").await;
    assert!(message.contains("APIGW.0301"), "{message}");
    assert_eq!(s.value_of("Access key ID").await, ALICE.access);
    assert_eq!(s.value_of("Secret access key").await, "not-the-secret");
    s.assert_accessible("sign-in refused").await;
    s.close().await;
}

#[tokio::test]
async fn signing_in_names_the_user_and_signing_out_forgets_the_keys() {
    let s = Session::start().await;
    s.sign_in_at("/password", &ALICE, "alice").await;
    let url = s.client.current_url().await.unwrap();
    assert!(!url.as_str().contains(ALICE.secret) && !url.as_str().contains(ALICE.access), "no keys in the URL");
    s.click_button("Sign out").await;
    s.field("Account name").await;
    s.wait_for("//header//a[normalize-space(.)='Sign in']").await;
    // The password page needs a signed-in user again.
    s.wait_for("//nav//a[normalize-space(.)='Change password']").await.click().await.unwrap();
    s.field("Account name").await;
    let url = s.client.current_url().await.unwrap();
    assert_eq!((url.path(), url.query()), ("/sign-in", Some("next=%2Fpassword")));
    s.close().await;
}
