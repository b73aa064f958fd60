//! The one way the app talks to IAM, in parts with one job each:
//!
//! | part | job |
//! |---|---|
//! | [`client`] | the [`Client`] in context: sends, shares GETs, retries for the clock or fresh keys |
//! | [`endpoints`] | URL builders and one method per IAM v5 call |
//! | [`access_keys`] | the same for a user's access keys |
//! | [`directory`] | the same for making and deleting users, their groups and tags |
//! | [`groups`] | the same for one group and its members |
//! | [`classic`] | the password sign-in (token → temporary keys) |
//! | [`transport`] | one `fetch` with a timeout |
//! | [`signing`] | `SDK-HMAC-SHA256` headers for the public host (plain function) |
//! | [`classify`] | an answer → the [`ApiError`] it means (plain function) |
//! | [`clock`] | the server's clock against the browser's (plain arithmetic) |
//! | [`cache`] | which GETs are shared and which answers are kept (plain struct) |
//! | [`error`] | the error kinds; their wording is in `i18n::errors` |
//!
//! A request is built on the app's own origin (the gateway forwards `/v5/...`), signed for
//! the public host the gateway forwards to, sent with a timeout, and classified.

pub mod access_keys;
pub mod cache;
pub mod classic;
pub mod classify;
pub mod client;
pub mod clock;
pub mod directory;
pub mod endpoints;
pub mod error;
pub mod groups;
pub mod mfa;
pub mod signing;
pub mod transport;

pub use cache::Freshness;
pub use classic::TemporaryKeys;
pub use client::{Client, Reauthenticate, Settings};
pub use endpoints::{USERS_PER_PAGE, USERS_PER_SEARCH_PAGE};
pub use error::{ApiError, ApiResult, TIMEOUT_MS};

pub use crate::credentials::Credentials;
pub use crate::json::{FromJson, Json};
