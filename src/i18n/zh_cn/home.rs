//! The start page.
//!
//! In Simplified Chinese.

use crate::i18n::en::home::Words;

pub static WORDS: Words = Words {
    lead: "管理您的华为云IAM账号。",
    change_password: "修改密码",
    users: "查找和编辑用户",
    users_for_administrators: "{}（管理员）",
};
