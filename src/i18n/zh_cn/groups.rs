//! `/groups`: the account's user groups.
//!
//! In Simplified Chinese.

use crate::i18n::en::groups::Words;

pub static WORDS: Words = Words {
    loading: "正在加载用户组…",
    not_loaded: "无法加载用户组。",
    empty: "该账号还没有用户组。",
    name: "用户组名称",
    description: "描述",
    created: "创建时间",
};
