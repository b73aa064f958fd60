//! The header, notices and start-up page.
//!
//! In Simplified Chinese.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

use crate::i18n::en::frame::Words;

pub const WORDS: Words = Words {
    brand: "IAM Console",
    main_nav: "主导航",
    my_account: "我的账号",
    signed_in_as: "当前登录：{}",
    sign_out: "退出登录",
    sign_in: "登录",
    language: "语言",
    theme: "主题",
    theme_system: "跟随系统",
    theme_light: "浅色",
    theme_dark: "深色",
    expired: "登录已过期：下次请求时需要输入密码。",
    startup_title: "IAM Console 无法启动",
    startup_help: "请由部署控制台的人员修正 config.json 后刷新本页。",
    clock_off: |minutes| {
        let direction = if minutes > 0 { "慢" } else { "快" };
        format!(
            "您设备的时钟比服务器{direction} {} 分钟。IAM Console 会自动校正；将时钟调准可避免其他问题。",
            minutes.unsigned_abs()
        )
    },
    document_title: |page| format!("{page} – IAM Console"),
};
