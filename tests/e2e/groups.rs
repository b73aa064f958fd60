//! "Groups" (`/groups`): the page the route table's recipe added. The header links to it,
//! it lists the account's groups read from IAM, and it speaks both languages.

use crate::harness::Session;
use crate::languages::sign_in_in_chinese;

/// The demo seed's groups, as the table shows them (name, then description).
const GROUPS: [(&str, &str); 3] = [
    ("developers", "Build and run the payment services"),
    ("admins", "Administer the account"),
    ("auditors", "Read-only access for audits"),
];

fn row(name: &str, description: &str) -> String {
    format!("//table//tr[td[1][normalize-space(.)='{name}']][td[2][normalize-space(.)='{description}']]")
}

#[tokio::test]
async fn the_header_links_to_groups_which_lists_every_group_of_the_account() {
    let s = Session::start().await;
    s.sign_in_with_password_at("/users", "bob-admin", "Demo-Password-2").await;
    s.wait_for("//header//nav//a[normalize-space(.)='Groups']").await.click().await.expect("follow Groups");
    s.wait_for("//h1[normalize-space(.)='Groups']").await;
    for (name, description) in GROUPS {
        s.wait_for(&row(name, description)).await;
    }
    s.wait_for("//table//th[normalize-space(.)='Group name']").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/groups");
    assert_eq!(s.client.title().await.unwrap(), "Groups – IAM Console");
    assert_eq!(s.sent("GET", "/v5/groups").await, 1, "one page holds the demo's three groups");
    s.assert_accessible("groups").await;
    s.close().await;
}

#[tokio::test]
async fn groups_in_chinese_has_no_english_left_but_the_groups_own_words() {
    let s = Session::start().await;
    s.prefer_languages("zh-CN,zh;q=0.9,en;q=0.8").await;
    sign_in_in_chinese(&s, "/groups", "bob-admin", "Demo-Password-2").await;
    s.wait_for("//h1[normalize-space(.)='用户组']").await;
    s.wait_for("//table//th[normalize-space(.)='用户组名称']").await;
    for (name, description) in GROUPS {
        s.wait_for(&row(name, description)).await;
    }
    let allowed: Vec<&str> = GROUPS.iter().flat_map(|(name, description)| [*name, *description]).collect();
    s.assert_no_english("用户组", &[&["bob-admin"], allowed.as_slice()].concat()).await;
    s.assert_accessible("groups in Chinese").await;
    s.click_button("创建用户组").await;
    s.type_into("用户组名称", "a.b").await;
    s.wait_for("//dialog[@open]//button[normalize-space(.)='创建用户组']").await.click().await.expect("create");
    s.field_message("用户组名称", "用户组名称").await;
    s.assert_no_english("创建用户组", &[&["bob-admin", "a.b"], allowed.as_slice()].concat()).await;
    s.assert_accessible("create group in Chinese").await;
    s.close().await;
}

#[tokio::test]
async fn the_filter_narrows_and_create_group_says_a_broken_or_taken_name_at_its_field() {
    let s = Session::start().await;
    s.sign_in_with_password_at("/groups", "bob-admin", "Demo-Password-2").await;
    let (name, description) = GROUPS[2];
    s.wait_for(&row(name, description)).await;

    s.type_into("Filter groups", "AUD").await;
    s.wait_for("//table[not(.//td[normalize-space(.)='developers'])]//td[normalize-space(.)='auditors']").await;
    s.retype("Filter groups", "nobody").await;
    s.wait_for("//p[normalize-space(.)='No group matches “nobody”.']").await;
    s.retype("Filter groups", " ").await;
    s.wait_for(&row("developers", GROUPS[0].1)).await;

    s.click_button("Create group").await;
    let create = "//dialog[@open]//button[normalize-space(.)='Create group']";
    s.type_into("Group name", "a.b").await;
    s.wait_for(create).await.click().await.expect("create");
    s.field_message("Group name", "Group name must not contain these characters: .").await;
    assert_eq!(s.sent("POST", "/v5/groups").await, 0, "a broken name is never sent");

    s.retype("Group name", "developers").await;
    s.wait_for(create).await.click().await.expect("create");
    s.field_message("Group name", "A group with this name already exists.").await;
    assert_eq!(s.sent("POST", "/v5/groups").await, 1);

    s.retype("Group name", "testers").await;
    s.type_into("Description", "Try things").await;
    s.wait_for(create).await.click().await.expect("create");
    s.announced("Group testers created.").await;
    s.wait_for(&row("testers", "Try things")).await;
    s.wait_for("//main[not(.//dialog[@open])]").await;
    assert_eq!(s.sent("POST", "/v5/groups").await, 2, "one request for each press that could succeed");
    assert_eq!(s.requests("POST", "/v5/groups").await, 2);
    s.assert_accessible("groups after creating one").await;
    s.close().await;
}

#[tokio::test]
async fn a_group_is_renamed_kept_while_it_has_members_emptied_and_deleted() {
    let s = Session::start().await;
    s.sign_in_with_password_at("/groups", "bob-admin", "Demo-Password-2").await;
    s.wait_for("//table//a[normalize-space(.)='developers']").await.click().await.expect("open developers");
    s.wait_for("//h1[normalize-space(.)='developers']").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/groups/d3m0-group-developers");
    // Its member links to her page.
    s.wait_for("//section[@class='group-members']//a[normalize-space(.)='alice'][@href='/users/d3m0000000000000000000000000a11c']")
        .await;

    s.retype("Group name", "builders").await;
    s.click_button("Save changes").await;
    s.announced("Changes saved.").await;
    s.wait_for("//h1[normalize-space(.)='builders']").await;
    assert_eq!(s.sent("PUT", "/v5/groups/d3m0-group-developers").await, 1);

    let confirm = "//dialog[@open]//button[normalize-space(.)='Delete group']";
    s.click_button("Delete group").await;
    s.type_into("Type the name of the group to confirm", "builders").await;
    s.wait_for(confirm).await.click().await.expect("delete");
    s.wait_for("//dialog[@open]//p[contains(., 'IAM keeps a group that still has members.')]").await;
    s.click_button("Cancel").await;

    s.click_button("Remove alice from the group").await;
    s.announced("alice removed from the group.").await;
    s.wait_for("//p[normalize-space(.)='This group has no members.']").await;

    s.click_button("Delete group").await;
    s.type_into("Type the name of the group to confirm", "builders").await;
    s.wait_for(confirm).await.click().await.expect("delete");
    s.wait_for("//h1[normalize-space(.)='Groups']").await;
    s.wait_for("//table[not(.//td[normalize-space(.)='builders'])]//td[normalize-space(.)='auditors']").await;
    assert_eq!(s.sent("DELETE", "/v5/groups/d3m0-group-developers").await, 2, "refused once, then deleted");
    s.assert_accessible("groups after deleting one").await;
    s.close().await;
}

#[tokio::test]
async fn a_groups_page_in_chinese_has_no_english_left() {
    let s = Session::start().await;
    s.prefer_languages("zh-CN,zh;q=0.9,en;q=0.8").await;
    sign_in_in_chinese(&s, "/groups/d3m0-group-admins", "bob-admin", "Demo-Password-2").await;
    s.wait_for("//h1[normalize-space(.)='admins']").await;
    s.wait_for("//section[@class='group-members']//a[normalize-space(.)='bob-admin']").await;
    s.assert_no_english("用户组详情", &["admins", "Administer the account", "bob-admin", "Demo administrator"]).await;
    s.assert_accessible("a group in Chinese").await;
    s.close().await;
}
