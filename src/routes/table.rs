// The console's pages, one entry each: its const, its path pattern (`{name}` is one
// segment handed to the page), its wasm file (`main` for the first screen, else the
// `on_demand!` split point), who may see it, its title (in the first screen's words,
// `t.titles`), its header link, what to fetch before it is drawn, and the page itself.
// Read by the router, the header and prefetching (`src/routes/mod.rs`) and by the build
// step (`xtask/src/routes.rs`): both include this file, each with its own `route_table!`.
// The first entry whose pattern matches wins; `*` matches any path.
route_table! {
    HOME "/" in home_page, for Anyone, titled home, nav None, prefetch None
        => |_none| crate::pages::home::HomePage().into_any();
    SIGN_IN "/sign-in" in main, for Anyone, titled sign_in, nav None, prefetch None
        => |_none| crate::pages::sign_in::SignInPage().into_any();
    CHANGE_PASSWORD "/password" in change_password_page, for SignedIn, titled password, nav Some(Nav::Always),
        prefetch Some(|client, credentials, _| client.prefetch_password_policy(credentials))
        => |_none| crate::pages::change_password::ChangePasswordPage().into_any();
    USERS "/users" in users_page, for Administrator, titled users, nav Some(Nav::Always), prefetch None
        => |_none| crate::pages::users::UsersPage().into_any();
    NEW_USER "/users/new" in new_user_page, for Administrator, titled new_user, nav None, prefetch None
        => |_none| crate::pages::user_new::NewUserPage().into_any();
    USER_DETAIL "/users/{user_id}" in user_detail_page, for Administrator, titled user, nav None,
        prefetch Some(|client, credentials, user_id| client.prefetch_user(credentials, user_id))
        => |user_id| view! { <crate::pages::user_detail::UserDetailPage user_id=user_id /> }.into_any();
    GROUPS "/groups" in groups_page, for Administrator, titled groups, nav Some(Nav::Always), prefetch None
        => |_none| crate::pages::groups::GroupsPage().into_any();
    GROUP "/groups/{group_id}" in group_page, for Administrator, titled group, nav None, prefetch None
        => |group_id| view! { <crate::pages::group::GroupPage group_id=group_id /> }.into_any();
    MY_CREDENTIALS "/credentials" in credentials_page, for SignedIn, titled credentials, nav Some(Nav::SignedIn),
        prefetch None
        => |_none| crate::pages::credentials::CredentialsPage().into_any();
    NOT_FOUND "*" in not_found_page, for Anyone, titled not_found, nav None, prefetch None
        => |_none| crate::pages::not_found::NotFoundPage().into_any();
}
