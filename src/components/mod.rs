//! Reusable pieces of the console's pages, one folder each with its CSS beside it.

pub mod access_keys;
pub mod choice;
pub mod copy_button;
pub mod dialog;
pub mod error_summary;
pub mod failure_notice;
pub mod field;
pub mod form;
pub mod heading;
pub mod loaded;
pub mod on_demand;
pub mod password_checklist;
pub mod permission_panel;
pub mod sign_in_again;

pub use access_keys::AccessKeys;
pub use choice::{Choice, ChoiceOption};
pub use copy_button::CopyButton;
pub use dialog::{open_until_closed, Dialog};
pub use error_summary::{focus_after_render, focus_id_after_render, ErrorSummary, Problem};
pub use failure_notice::FailureNotice;
pub use field::{CheckboxField, Reveal, TextField};
pub use form::{merge_problems, message_for, PendingButton};
pub use heading::Heading;
pub use loaded::{use_action, use_action_then, use_load, use_request, Act, ActionFailure, Load, Loaded};
pub use on_demand::{OnDemand, OnDemandPage};
pub use password_checklist::PasswordChecklist;
pub use permission_panel::PermissionPanel;
pub use sign_in_again::{password_sign_in_refusal, SignInAgainDialog, SIGN_IN_AGAIN};
