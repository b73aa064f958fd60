//! Simplified Chinese: one file a section (`<section>.rs`, its words as `WORDS`), declared by
//! build.rs, which lists this folder; here, the helpers the sections share.

use iam_v5::error::codes;
use iam_v5::password_policy::CharClasses;
use iam_v5::rules::{show_chars, TextProblem};

fn classes(present: &CharClasses) -> String {
    crate::i18n::list_classes(present, ["大写字母", "小写字母", "数字", "特殊字符"], "暂无", "、")
}

fn text_problem(label: &str, problem: &TextProblem) -> String {
    match problem {
        TextProblem::Empty => format!("请输入{label}。"),
        TextProblem::TooLong { max, length } => format!("{label}最多 {max} 个字符（当前 {length} 个）。"),
        TextProblem::NotAllowed(chars) => {
            format!("{label}只能包含字母、数字、空格和 _ - .（请删除：{}）。", show_chars(chars))
        }
        TextProblem::Forbidden(chars) => format!("{label}不能包含这些字符：{}。", show_chars(chars)),
        TextProblem::LeadingDigit => format!("{label}不能以数字开头。"),
        TextProblem::EdgeSpace => format!("{label}的开头和结尾不能是空格。"),
        TextProblem::ReservedPrefix(prefix) => format!("{label}不能以 {prefix} 开头。"),
    }
}

fn known_code(code: &str) -> Option<&'static str> {
    Some(match code {
        codes::INCORRECT_PASSWORD => "原密码不正确。",
        codes::PASSWORD_UNCHANGED => "新密码不能与原密码相同。",
        codes::WEAK_PASSWORD => "新密码不符合账号的密码策略。",
        codes::PASSWORD_REUSED => "该密码最近使用过，请换一个未用过的密码。",
        codes::PASSWORD_TOO_YOUNG => "密码修改过于频繁，暂时不能再次修改。",
        codes::PASSWORD_CHANGE_NOT_ALLOWED => "账号不允许您修改自己的密码。",
        codes::USER_LOCKED => "密码错误次数过多，用户已被暂时锁定。",
        codes::ACCOUNT_NOT_FOUND => "不存在该账号，请检查账号名。",
        codes::USER_DISABLED => "该IAM用户已停用。",
        codes::NAME_CONFLICT | codes::DUPLICATE_KEY => "该名称已被占用。",
        codes::INVALID_DESCRIPTION => "描述无效。",
        codes::INVALID_PARAMETER => "请求中的参数值无效。",
        codes::INVALID_BODY => "请求格式不符合服务器的要求。",
        codes::INVALID_MARKER => "无法从上次停止处继续加载列表，请刷新页面。",
        codes::INVALID_CALLER => "只有IAM用户可以执行此操作。",
        codes::NOT_FOUND => "对象不存在（或已被删除）。",
        codes::ACCESS_DENIED => "IAM拒绝了请求：您的用户没有执行此操作的权限。",
        codes::UNAUTHENTICATED => "服务器未接受登录密钥或请求签名。",
        codes::METHOD_NOT_ALLOWED => "服务器不允许在此执行该操作。",
        codes::BODY_TOO_LARGE => "请求内容超出服务器允许的大小。",
        _ => return None,
    })
}

include!(concat!(env!("OUT_DIR"), "/words_zh_cn.rs"));
