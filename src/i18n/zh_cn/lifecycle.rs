//! A user's life on their page: "Groups", "Tags" and "Delete user".
//!
//! In Simplified Chinese.

use iam_v5::rules::TextProblem;

use super::text_problem;
use crate::i18n::en::lifecycle::Words;

fn tag_problem(key: bool, problem: &TextProblem) -> String {
    text_problem(if key { "标签键" } else { "标签值" }, problem)
}

pub static WORDS: Words = Words {
    groups_title: "用户组",
    groups_loading: "正在加载用户组…",
    groups_not_loaded: "无法加载用户组。",
    no_groups: "该用户不属于任何用户组。",
    group: "用户组",
    group_description: "描述",
    actions: "操作",
    add_to_group: "添加到用户组",
    remove_from_group: "移出用户组",
    remove_from_named: |group| format!("移出用户组 {group}"),
    add_to_named: |group| format!("添加到 {group}"),
    add: "添加",
    adding: "正在添加…",
    removing: "正在移出…",
    filter_groups: "筛选用户组",
    all_groups_loading: "正在加载账号的用户组…",
    no_group_matches: |text| format!("已加载的用户组中没有与“{text}”匹配的。"),
    no_groups_to_add: "该账号还没有用户组。",
    member: "已加入",
    added: |group| format!("已添加到 {group}。"),
    removed: |group| format!("已移出 {group}。"),
    not_added: |group| format!("未能将用户添加到 {group}。"),
    not_removed: |group| format!("未能将用户移出 {group}。"),
    tags_title: "标签",
    tags_loading: "正在加载标签…",
    tags_not_loaded: "无法加载标签。",
    no_tags: "暂无标签。添加标签可按团队、成本中心或项目整理和查找用户。",
    tag_key: "键",
    tag_value: "值",
    key_of: |n| format!("标签 {n} 的键"),
    value_of: |n| format!("标签 {n} 的值"),
    remove_tag: |n| format!("删除标签 {n}"),
    add_tag: "添加标签",
    tags_full: |max| format!("每个用户最多 {max} 个标签。"),
    save_tags: "保存标签",
    saving_tags: "正在保存标签…",
    tags_saved: "标签已保存。",
    tags_not_saved: "标签未保存。",
    unsaved_tags: "确定离开此页面？您修改的标签尚未保存。",
    nothing_to_save: "标签没有需要保存的更改。",
    duplicate_key: "上方已有标签使用此键。",
    tag_problem,
    delete_user: "删除用户",
    delete_question: |name| format!("将删除 {name}，及其访问密钥、控制台密码和用户组成员身份。此操作无法撤销。"),
    type_name: "输入用户名以确认",
    name_mismatch: "请按所示准确输入用户名。",
    deleting: "正在删除…",
    not_deleted: "用户未删除。",
    cannot_delete_root: "无法删除根用户。",
    cancel: "取消",
    cannot_delete_self: "不能删除您自己的用户。",
};
