//! Sign-in page and dialog.
//!
//! In Simplified Chinese.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

use crate::i18n::en::sign_in::Words;

pub const WORDS: Words = Words {
    method: "登录方式",
    password_method: "密码",
    keys_method: "访问密钥",
    account: "账号名",
    user: "IAM用户名",
    password: "密码",
    password_note: "在您退出登录或登录过期之前，此标签页保持登录；关闭标签页即退出登录。",
    access_key: "访问密钥ID",
    secret_key: "秘密访问密钥",
    security_token: "安全令牌（可选）",
    keys_note: "您的密钥只保存在此标签页的内存中：刷新页面即退出登录。",
    submit: "登录",
    pending: "正在登录…",
    enter_account: "请输入账号名。",
    enter_user: "请输入IAM用户名。",
    enter_password: "请输入密码。",
    enter_access_key: "请输入访问密钥ID。",
    enter_secret_key: "请输入秘密访问密钥。",
    unknown_account: "不存在该账号，请检查账号名。",
    wrong_password: "IAM用户名或密码不正确，请检查后重试。",
    disabled: "该IAM用户已停用，请联系账号管理员启用。",
    keys_refused: "这组密钥未被接受。",
    failed: "登录失败。",
    again_title: "重新登录",
    expiring: "您的登录即将过期。",
    expired: "您的登录已过期。",
    not_now: "暂不",
    again_as: |user, account| format!("请输入 {user}（账号 {account}）的密码以继续。本页内容不会丢失。"),
};
