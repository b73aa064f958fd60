//! Problems with config.json, and what a field must hold.
//!
//! In Simplified Chinese.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

use crate::i18n::en::config::Words;

pub const WORDS: Words = Words {
    not_json: "config.json 不是有效的 JSON。",
    expect_host: "主机名，例如 iam.myhuaweicloud.com（不带 https://，不带路径）",
    expect_text: "文本",
    expect_list: "列表",
    expect_methods: "由 \"password\" 和 \"access_keys\" 组成的非空列表",
    expect_seconds: "900 到 86400 之间的整数秒",
    wrong: |field, expected| format!("config.json：\"{field}\" 必须是{expected}。"),
    unknown: |field, known| format!("config.json：\"{field}\" 不是有效的设置项。可用设置项：{known}。"),
};
