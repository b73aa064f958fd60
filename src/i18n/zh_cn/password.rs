//! The change-password page.
//!
//! In Simplified Chinese.

use iam_v5::password_policy::Rule;
use iam_v5::password_strength::{Level, Reason};

use super::classes;
use crate::i18n::en::password::Words;

pub static WORDS: Words = Words {
    reset_required: "管理员要求您设置新密码。",
    loading: "正在加载账号的密码规则…",
    policy_fallback: "无法加载账号的密码策略，下面显示的是默认规则。修改密码时服务器会按实际策略检查。",
    not_allowed: "您的账号不允许您修改自己的密码，请联系账号管理员为您修改。",
    current: "原密码",
    new: "新密码",
    confirm: "确认新密码",
    user_name: "用户名",
    reveal_current: "原密码",
    reveal_new: "新密码",
    reveal_confirm: "确认新密码",
    submit: "修改密码",
    pending: "正在修改密码…",
    changed: "密码已修改。",
    enter_current: "请输入原密码。",
    enter_new: "请输入新密码。",
    common: "这是最常见的密码之一，请换一个更难猜的密码。",
    enter_confirm: "请再次输入新密码。",
    mismatch: "两次输入的密码不一致。",
    refused: "密码未修改。",
    checklist_intro: "新密码需要满足：",
    confirmation_matches: "两次输入一致",
    met: "（已满足）",
    not_met: "（未满足）",
    rule: |rule| match rule {
        Rule::Length { min, max } => format!("长度为 {min} 到 {max} 个字符"),
        Rule::CharClasses { required, present } => format!(
            "至少包含大写字母、小写字母、数字、特殊字符中的 {required} 种（已有 {} 种：{}）",
            present.count(),
            classes(present)
        ),
        Rule::NotUserName => "不能是用户名或倒序的用户名".into(),
        Rule::MaxIdenticalInRow { max } => format!("同一字符连续出现不超过 {max} 次"),
        Rule::DiffersFromOld => "不能与原密码相同".into(),
    },
    refusal: |rule| match rule {
        Rule::Length { min, max } => format!("密码长度必须为 {min} 到 {max} 个字符。"),
        Rule::CharClasses { required, .. } => {
            format!("密码必须至少包含大写字母、小写字母、数字、特殊字符中的 {required} 种。")
        }
        Rule::NotUserName => "密码不能是用户名或倒序的用户名。".into(),
        Rule::MaxIdenticalInRow { max } => format!("密码中同一字符不能连续出现超过 {max} 次。"),
        Rule::DiffersFromOld => "新密码不能与原密码相同。".into(),
    },
    strength: |level, reason| {
        let level = match level {
            Level::Weak => "弱",
            Level::Fair => "中",
            Level::Strong => "强",
        };
        let reason = match reason {
            Reason::Common => "这是最常见的密码之一",
            Reason::Short => "太短",
            Reason::EasyPattern => "是容易猜到的规律",
            Reason::Long => "足够长",
            Reason::LongAndMixed => "足够长且混合了多种字符",
            Reason::NeedsLength => "再多几个字符即可变强",
            Reason::NeedsTypes => "混入其他类型的字符即可变强",
        };
        format!("密码强度：{level}（{reason}）")
    },
};
