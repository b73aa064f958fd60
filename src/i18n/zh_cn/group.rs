//! `/groups/{group_id}`: one group, its members, and deleting it.
//!
//! In Simplified Chinese.

use crate::i18n::en::group::Words;

pub static WORDS: Words = Words {
    loading: "正在加载用户组…",
    not_loaded: "无法加载用户组。",
    not_found_title: "用户组不存在",
    not_found: |id| format!("不存在 ID 为 {id} 的用户组，可能已被删除。"),
    back: "返回用户组",
    edit_title: "编辑用户组",
    save: "保存修改",
    saving: "正在保存…",
    saved: "修改已保存。",
    nothing_to_save: "没有需要保存的修改。",
    unsaved: "该用户组有未保存的修改，仍要离开吗？",
    not_saved: "未能保存用户组。",
    members_title: "成员",
    no_members: "该用户组没有成员。",
    user_name: "用户名",
    actions: "操作",
    remove: "移出用户组",
    remove_named: |name| format!("将 {name} 移出用户组"),
    removed: |name| format!("已将 {name} 移出用户组。"),
    not_removed: |name| format!("未能将 {name} 移出用户组。"),
    delete: "删除用户组",
    delete_needs_empty: "用户组没有成员时才能删除：请先移出所有成员。",
    delete_question: |name| format!("删除用户组 {name}？此操作无法撤销。"),
    type_name: "输入用户组名称以确认",
    name_mismatch: "输入的不是该用户组的名称。",
    deleting: "正在删除…",
    cancel: "取消",
    not_empty: "IAM 不会删除仍有成员的用户组。请先将所有成员移出用户组，再删除它。",
    not_deleted: "未能删除用户组。",
};
