//! `/users/new`: "Create user".
//!
//! In Simplified Chinese.

use crate::i18n::en::new_user::Words;

pub static WORDS: Words = Words {
    name: "用户名",
    description: "描述",
    counter: |used, max| format!("{used}/{max}"),
    enabled: "启用",
    console_title: "控制台访问",
    set_password: "设置控制台密码",
    key_title: "编程访问",
    create_key: "创建访问密钥",
    key_hint: "用户创建完成后，其秘密访问密钥仅显示一次。",
    create: "新建用户",
    creating: "正在新建用户…",
    finish: "完成新建用户",
    not_created: "用户未创建。",
    password_failed: |name| format!("已创建用户 {name}，但未能设置其控制台密码。"),
    key_failed: |name| format!("已创建用户 {name}，但未能创建其访问密钥。"),
    finish_there: |name| format!("前往 {name} 的页面完成设置"),
    unsaved: "确定离开此页面？用户尚未创建。",
};
