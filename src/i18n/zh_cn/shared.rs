//! Entry of the shared components.
//!
//! In Simplified Chinese.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

use crate::i18n::en::shared::Words;

pub const WORDS: Words = Words {
    show: "显示",
    hide: "隐藏",
    close: "关闭",
    copied: "已复制。",
    not_copied: "复制失败：请选中文本后自行复制。",
    error_code: "错误码：{}",
    request_id: "请求ID：{}",
    reveal: |shown, what| format!("{}{what}", if shown { "隐藏" } else { "显示" }),
    lead_and_reason: |lead, reason| format!("{lead}{reason}"),
    try_again: "重试",
    problem_title: "请修正以下问题",
    permission_title: "您没有执行此操作的权限",
    permission_ask: "请联系账号管理员授予权限，并提供请求ID。",
    copy_request_id: "复制请求ID",
    show_details: "查看详情",
    details_title: "拒绝访问的原因",
    decoding: "正在向IAM查询原因…",
    not_decoded: "无法加载详情：",
    page_loading: "正在加载页面…",
    page_not_loaded_title: "页面未加载",
    page_not_loaded: "无法加载此页面。请检查网络连接，然后重试。",
};
