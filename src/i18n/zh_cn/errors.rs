//! Failed requests.
//!
//! In Simplified Chinese.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

use super::known_code;
use crate::i18n::en::errors::Words;

pub const WORDS: Words = Words {
    timeout: "服务器响应超时。",
    network: "无法连接服务器，请检查网络连接。",
    gateway: |status| format!("暂时无法连接IAM：控制台网关未收到IAM的响应（HTTP {status}）。请稍后重试。"),
    malformed: |status| format!("服务器返回了无法识别的响应（HTTP {status}）。"),
    with_code: |message, code| format!("{message}（错误码 {code}）"),
    known_code,
    with_detail: |ours, detail| format!("{ours}{detail}"),
    locked_until: |time, minutes| {
        format!("密码错误次数过多，用户已被暂时锁定。请在 {time}（{minutes} 分钟后）重试。")
    },
};
