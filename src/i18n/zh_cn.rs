//! 简体中文, in the terms Huawei Cloud's own console uses (账号名, IAM用户名, 访问密钥, …).

use iam_v5::error::codes;
use iam_v5::password_policy::{CharClasses, Rule};
use iam_v5::password_strength::{Level, Reason};
use iam_v5::rules::{show_chars, TextProblem};

use super::catalogue::*;

mod lifecycle;
mod new_user;
mod security;
pub use lifecycle::LIFECYCLE;
pub use new_user::NEW_USER;
pub use security::SECURITY;

fn classes(present: &CharClasses) -> String {
    super::list_classes(present, ["大写字母", "小写字母", "数字", "特殊字符"], "暂无", "、")
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

/// 简体中文目录.
pub static TEXT: Text = Text {
    frame: Frame {
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
    },
    shared: Shared {
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
    },
    errors: Errors {
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
    },
    config: ConfigText {
        not_json: "config.json 不是有效的 JSON。",
        expect_host: "主机名，例如 iam.myhuaweicloud.com（不带 https://，不带路径）",
        expect_text: "文本",
        expect_list: "列表",
        expect_methods: "由 \"password\" 和 \"access_keys\" 组成的非空列表",
        expect_seconds: "900 到 86400 之间的整数秒",
        wrong: |field, expected| format!("config.json：\"{field}\" 必须是{expected}。"),
        unknown: |field, known| format!("config.json：\"{field}\" 不是有效的设置项。可用设置项：{known}。"),
    },
    sign_in: SignIn {
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
    },
    titles: Titles {
        home: "首页",
        sign_in: "登录",
        password: "修改密码",
        users: "用户",
        new_user: "新建用户",
        user: "用户详情",
        credentials: "我的凭证",
        not_found: "页面不存在",
    },
};

/// `/`.
pub static HOME: Home = Home {
    lead: "管理您的华为云IAM账号。",
    change_password: "修改密码",
    users: "查找和编辑用户",
    users_for_administrators: "{}（管理员）",
};

/// Unknown paths.
pub static NOT_FOUND: NotFound = NotFound { body: "此地址没有页面。", home_link: "返回首页" };

/// `/password`.
pub static PASSWORD: Password = Password {
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

/// `/users`.
pub static USERS: Users = Users {
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

/// `/users/{user_id}`.
pub static USER: UserPage = UserPage {
    loading: "正在加载用户…",
    not_loaded: "无法加载该用户。",
    not_found_title: "用户不存在",
    back: "返回用户列表",
    root: "根用户",
    user_id: "用户ID",
    copy_id: "复制用户ID",
    urn: "URN",
    created: "创建时间",
    tags: "标签",
    no_tags: "无标签",
    last_login: "最近登录时间",
    status: "状态",
    never: "从未登录",
    last_login_unknown: "暂无信息",
    edit: "编辑用户",
    name: "用户名",
    description: "描述",
    enabled: "启用",
    root_always_enabled: "根用户是账号的所有者，不能停用。",
    save: "保存",
    saving: "正在保存…",
    reset: "重置",
    nothing_to_save: "没有需要保存的修改。",
    saved: "修改已保存。",
    not_saved: "修改未保存。",
    name_taken: "该用户名已被占用。",
    disable_title: "停用该用户？",
    disable: "停用用户",
    cancel: "取消",
    changed_title: "该用户已被他人修改",
    changed_lead: "自您打开本页以来，该用户有以下修改：",
    reload: "重新加载",
    overwrite: "仍然保存",
    unsaved: "您对该用户的修改尚未保存。离开本页将丢失这些修改，确定离开吗？",
    is_enabled: "启用",
    is_disabled: "停用",
    not_found: |user_id| format!("不存在ID为 {user_id} 的用户，该用户可能已被删除。"),
    counter: |used, max| format!("{used}/{max}"),
    disable_warning: |name| format!("停用后，{name} 将无法登录。您之后可以重新启用该用户。"),
    changed: |field, was, now| format!("{field}：原为“{was}”，现为“{now}”"),
    name_problem: |problem| text_problem("用户名", problem),
    description_problem: |problem| text_problem("描述", problem),
};

/// `/credentials`.
pub static CREDENTIALS: CredentialsPage = CredentialsPage {
    user_name: "用户名",
    user_id: "用户ID",
    copy_user_id: "复制用户ID",
    account_id: "账号ID",
    copy_account_id: "复制账号ID",
    change_password: "修改密码",
};
