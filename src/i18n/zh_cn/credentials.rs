//! `/credentials`: the signed-in user's own credentials.
//!
//! In Simplified Chinese.

use crate::i18n::en::credentials::Words;

pub static WORDS: Words = Words {
    user_name: "用户名",
    user_id: "用户ID",
    copy_user_id: "复制用户ID",
    account_id: "账号ID",
    copy_account_id: "复制账号ID",
    change_password: "修改密码",
};
