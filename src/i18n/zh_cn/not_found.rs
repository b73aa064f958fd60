//! The page for unknown paths.
//!
//! In Simplified Chinese.

use crate::i18n::en::not_found::Words;

pub static WORDS: Words = Words {
    body: "此地址没有页面。",
    home_link: "返回首页",
};
