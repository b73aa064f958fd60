//! The user list.
//!
//! In Simplified Chinese.

use crate::i18n::en::users::Words;

pub static WORDS: Words = Words {
    filter: "筛选用户",
    loading: "正在加载用户…",
    load_more: "加载更多",
    loading_more: "正在加载更多用户…",
    empty: "此账号下还没有用户。",
    name: "用户名",
    description: "描述",
    status: "状态",
    created: "创建时间",
    enabled: "启用",
    disabled: "停用",
    root: "根用户",
    not_loaded: "无法加载用户。",
    count: |shown, loaded, filtering| {
        if filtering {
            format!("已加载 {loaded} 个用户，显示其中 {shown} 个。")
        } else {
            format!("已加载 {loaded} 个用户。")
        }
    },
    no_match: |filter| format!("已加载的用户中没有与“{filter}”匹配的。"),
    no_match_anywhere: |filter| format!("没有与“{filter}”匹配的用户。"),
    searching: |read| format!("正在搜索…已查找 {read} 个用户。"),
    stop: "停止",
    search_stopped: |read| format!("已停止搜索，共查找 {read} 个用户。"),
    search_failed: "搜索已停止：无法加载后续用户。",
    key_lookup: "正在查找该访问密钥的所属用户…",
    key_owner: |key| format!("访问密钥 {key} 属于以下用户。"),
    no_key_owner: "没有用户拥有该访问密钥。",
    key_lookup_failed: "无法查找该访问密钥的所属用户。",
    create_user: "新建用户",
    select_all: "选择本页全部",
    selected_column: "已选择",
    select_named: |name| format!("选择 {name}"),
    selected_count: |n| format!("已选择 {n} 个用户。"),
    enable: "启用",
    disable: "停用",
    cancel: "取消",
    bulk_title: |enable| if enable { "启用用户".to_owned() } else { "停用用户".to_owned() },
    bulk_question: |enable, n| {
        if enable {
            format!("{n} 个用户将可以再次登录。")
        } else {
            format!("{n} 个用户将无法再登录（无论使用密码还是访问密钥）。")
        }
    },
    bulk_confirm: |enable, n| format!("{}{n} 个用户", if enable { "启用" } else { "停用" }),
    bulk_progress: |enable, done, of| format!("正在{}用户：{done} / {of}…", if enable { "启用" } else { "停用" }),
    results_title: "操作结果",
    bulk_done: |enable, name| format!("{name}：已{}。", if enable { "启用" } else { "停用" }),
    bulk_refused: |name, reason| format!("{name}：未更改。{reason}"),
    user_deleted: |name| format!("已删除用户 {name}。"),
};
