//! `/groups`: the account's user groups.
//!
//! In Simplified Chinese.

use super::text_problem;
use crate::i18n::en::groups::Words;

pub static WORDS: Words = Words {
    loading: "正在加载用户组…",
    not_loaded: "无法加载用户组。",
    empty: "该账号还没有用户组。",
    name: "用户组名称",
    description: "描述",
    created: "创建时间",
    filter: "筛选用户组",
    no_match: |filter| format!("没有与“{filter}”匹配的用户组。"),
    create: "创建用户组",
    creating: "正在创建…",
    cancel: "取消",
    name_problem: |problem| text_problem("用户组名称", problem),
    description_problem: |problem| text_problem("描述", problem),
    name_taken: "已存在同名用户组，请换一个名称。",
    not_created: "未能创建用户组。",
    created_notice: |name| format!("已创建用户组 {name}。"),
};
