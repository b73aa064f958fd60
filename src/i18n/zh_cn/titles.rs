//! The pages' titles, one a route (`src/routes/table.rs`).
//!
//! In Simplified Chinese.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

use crate::i18n::en::titles::Words;

pub const WORDS: Words = Words {
    home: "首页",
    sign_in: "登录",
    password: "修改密码",
    users: "用户",
    new_user: "新建用户",
    user: "用户详情",
    groups: "用户组",
    group: "用户组详情",
    credentials: "我的凭证",
    not_found: "页面不存在",
};
