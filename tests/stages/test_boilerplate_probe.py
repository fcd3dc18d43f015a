"""Probe of page chrome: invented furniture lines, each inside a small invented page.

Every case puts one line (or a few lines of one block) of page chrome into a
page of its language and region: a mainland portal or news page (simplified
Chinese), a Hong Kong government release and a Taiwan news page
(traditional Chinese), and an English news page. The line sits where such
furniture sits: above the title (`top`), between the title and the first
paragraph (`meta`), between paragraphs (`middle`) or below the article
(`bottom`). The chrome lines must be boilerplate, every other line of the
page article text. The look-alikes are article lines that resemble chrome (a
sentence saying where its data come from, an editor quoted in a paragraph,
the article's own source line, a heading, a list item): the whole page
stays text.

The lines are written for this probe, not taken from any page: they describe
classes of furniture, so a miss here is a class the rules do not know.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline.stages.boilerplate import classify_lines
from pipeline.stages.normalise import normalise_lines
from tests.conftest import RULES


@dataclass(frozen=True)
class Template:
    """An invented article: its title, the lines between title and text, and three paragraphs."""

    title: str
    meta: tuple[str, ...]
    paragraphs: tuple[str, str, str]


TEMPLATES = {
    "zh": Template(
        "市生态环境局部署夏季大气污染防治攻坚工作",
        ("来源：市生态环境局　　发布时间：2024-06-12",),
        (
            "6月11日，市生态环境局召开夏季大气污染防治攻坚工作推进会，通报前五个月全市空气质量状况，"
            "分析当前面临的形势，并对下一阶段重点任务作出部署。",
            "会议指出，今年以来全市细颗粒物平均浓度同比下降百分之六，优良天数比例稳步提升，"
            "但臭氧污染问题依然突出，各区各部门要切实增强责任感和紧迫感。",
            "会议要求，要聚焦工业源、移动源和扬尘源三大领域，强化挥发性有机物治理，"
            "加大执法检查力度，确保各项措施落地见效，以实际行动守护城市蓝天。",
        ),
    ),
    "hk": Template(
        "政府公布第一季本地生產總值修訂數字",
        (),
        (
            "政府今日公布今年第一季本地生產總值的修訂數字，以及全年經濟預測。經季節性調整後，"
            "本地生產總值按季實質上升百分之二點三，較先前公布的預估數字略高。",
            "政府發言人表示，出口貨物在外圍需求回穩下繼續改善，訪港旅客人次亦持續回升，"
            "帶動零售及餐飲業的表現，但高息環境仍對本地投資構成壓力。",
            "展望今年餘下時間，發言人指出，環球經濟前景仍存在不確定性，政府會密切留意各項風險因素，"
            "並適時推出措施支持中小企業及穩定就業市場。",
        ),
    ),
    "tw": Template(
        "市府擴大公共自行車站點 年底前新增百站",
        ("記者林怡君／台中報導",),
        (
            "為鼓勵市民以綠色運具通勤，市府交通局宣布今年將擴大公共自行車服務範圍，"
            "預計年底前在各區新增一百個租賃站點，並同步汰換老舊車輛，提升騎乘品質。",
            "交通局長表示，去年公共自行車總租借量突破一千兩百萬人次，創下歷年新高，"
            "顯示市民對短程接駁的需求持續增加，未來將優先在捷運站及學校周邊設站。",
            "此外，市府也將與業者合作推出通勤月票方案，結合公車與捷運轉乘優惠，"
            "希望進一步降低市民交通支出，打造友善的低碳城市環境。",
        ),
    ),
    "en": Template(
        "Harbour city approves new ferry route to the eastern islands",
        ("By Anna Chu",),
        (
            "The city council on Wednesday approved a new ferry route linking the central pier with three "
            "eastern islands, a move officials say will cut travel times for some 8,000 daily commuters by "
            "nearly half.",
            "Transport chief Martin Yeung said the route would open in October, using four new electric "
            "vessels ordered last year. Fares will be set at the same level as existing services, and "
            "concession cards will be accepted.",
            "Residents on the islands have long complained about crowded boats and infrequent sailings. A "
            "community group welcomed the decision but urged the council to publish a timetable before the "
            "summer holidays.",
        ),
    ),
}

SLOTS = ("top", "meta", "middle", "bottom")


def page(
    template: str, slot: str, inserted: tuple[str, ...], templates: dict[str, Template] = TEMPLATES
) -> tuple[list[str], set[int]]:
    """The lines of a page with `inserted` at `slot`, and the indices of the inserted lines.

    Lines are separated by one blank line, as a page's text blocks are; the
    lines of an inserted block (a menu, a list, a footer) follow each other.
    """
    article = templates[template]
    first, *rest = article.paragraphs
    placed = {
        slot_name: [(True, line) for line in inserted] if slot_name == slot else [] for slot_name in SLOTS
    }
    order = [
        *placed["top"],
        (False, article.title),
        *((False, line) for line in article.meta),
        *placed["meta"],
        (False, first),
        *placed["middle"],
        *((False, line) for line in rest),
        *placed["bottom"],
    ]
    lines: list[str] = []
    marked: set[int] = set()
    for position, (is_inserted, line) in enumerate(order):
        # The lines of one inserted block follow each other; other lines are set apart.
        if position and not (is_inserted and order[position - 1][0]):
            lines.append("")
        if is_inserted:
            marked.add(len(lines))
        lines.append(line)
    return lines, marked


def verdict_flags(lines: list[str]) -> list[bool]:
    """Whether each line of a page is boilerplate."""
    return [verdict.is_boilerplate for verdict in classify_lines(normalise_lines(lines, RULES), RULES)]


# (template, slot, chrome line or lines of one block)
CHROME: list[tuple[str, str, str | tuple[str, ...]]] = [
    # font-size, print and close bars
    ("zh", "meta", "【字号：大 中 小】"),
    ("zh", "bottom", "【打印】【关闭】"),
    ("zh", "meta", "【字体：大 中 小】【打印本页】【关闭窗口】"),
    ("zh", "meta", "字号：T | T"),
    ("zh", "bottom", "[ 打印本页 ] [ 关闭窗口 ]"),
    ("zh", "bottom", "【我要打印】【关闭】"),
    ("zh", "bottom", "打印 | 关闭 | 收藏"),
    ("zh", "bottom", "【加入收藏】【打印】【关闭】"),
    ("zh", "meta", "字体：【大】【中】【小】"),
    ("zh", "meta", "视力保护色："),
    ("zh", "meta", "【字号 大 中 小】 【打印】"),
    ("zh", "meta", "字号：大 中 小 | 打印 | 关闭"),
    ("zh", "meta", "【 字体：小 中 大 】"),
    ("zh", "meta", "调整字体大小：A+ A A-"),
    ("zh", "bottom", "【打印此页】【关闭此页】"),
    ("zh", "bottom", "打印本页 关闭窗口 返回顶部"),
    ("hk", "meta", "字體：大 中 小"),
    ("hk", "bottom", "友善列印"),
    ("hk", "bottom", "回上頁"),
    ("hk", "bottom", "列印本頁 | 回上頁"),
    ("tw", "meta", "字級：小 中 大"),
    ("tw", "bottom", "友善列印 | 回上一頁 | 轉寄好友"),
    ("tw", "meta", "字型大小：小 中 大"),
    ("hk", "bottom", "列印"),
    ("tw", "meta", "文字大小 小 中 大"),
    ("en", "meta", "Print | Email | Text size: A A A"),
    ("en", "bottom", "Print this article"),
    ("en", "meta", "Font size: Small Medium Large"),
    ("en", "bottom", "Printer-friendly version"),
    ("en", "bottom", "Print Friendly, PDF & Email"),
    # share bars and QR-code prompts
    ("zh", "meta", "分享到："),
    ("zh", "bottom", "分享到： 微信 微博 QQ空间"),
    ("zh", "bottom", "扫一扫在手机打开当前页"),
    ("zh", "bottom", "用手机扫描二维码 在手机上继续观看"),
    ("zh", "bottom", "【打印本页】 【分享到微信】"),
    ("zh", "bottom", "微信扫一扫：分享"),
    ("zh", "bottom", "扫描二维码 手机浏览本页"),
    ("zh", "bottom", "分享："),
    ("zh", "bottom", "分享到微信朋友圈 >>"),
    ("zh", "bottom", "手机扫一扫 分享本页"),
    ("zh", "bottom", "微信“扫一扫”即可将本页分享给好友"),
    ("zh", "bottom", "打开微信，点击“发现”，再用“扫一扫”，就能把这个页面转发给微信好友或发到朋友圈。"),
    ("zh", "bottom", "扫码阅读手机版"),
    ("zh", "bottom", "分享到： QQ好友 QQ空间 新浪微博 微信"),
    ("hk", "bottom", "分享至：Facebook WhatsApp 電郵"),
    ("tw", "bottom", "分享：Facebook LINE Twitter"),
    ("tw", "bottom", "分享此文章"),
    ("hk", "bottom", "分享此頁"),
    ("en", "bottom", "Share this article"),
    ("en", "bottom", "Share: Facebook Twitter LinkedIn Email"),
    ("en", "bottom", "Share via WhatsApp"),
    ("en", "bottom", "Copy link to clipboard"),
    ("en", "bottom", "Scan to read on your phone"),
    ("en", "bottom", "Share on X"),
    ("en", "bottom", "SHARE"),
    ("zh", "bottom", "一键分享到："),
    ("zh", "bottom", "手机看本页"),
    # editor, reviewer and poster lines
    ("zh", "bottom", "责任编辑：周晓宁"),
    ("zh", "bottom", "审核：韩立"),
    ("zh", "bottom", "校对：钱程"),
    ("zh", "bottom", "编辑：林小满"),
    ("zh", "bottom", "【责任编辑：许文】"),
    ("zh", "bottom", "责任编辑：孙婷 审核：吕强"),
    ("zh", "bottom", "来源：某区融媒体中心 编辑：马佳 审核：何平"),
    ("zh", "bottom", "初审：赵一 复审：钱二 终审：孙三"),
    ("zh", "meta", "作者：佚名"),
    ("zh", "meta", "发布者：管理员"),
    ("zh", "bottom", "稿件来源：市农业农村局 | 责任编辑：宋玉"),
    ("zh", "bottom", "值班编辑：欧阳晨"),
    ("zh", "bottom", "监制：黄河 制作：白露"),
    ("zh", "bottom", "实习编辑：杜若"),
    ("zh", "bottom", "本文编辑：章一"),
    ("zh", "bottom", "【编辑：邵冬】"),
    ("zh", "bottom", "签发：何明"),
    ("zh", "bottom", "核稿：曹丹"),
    ("zh", "bottom", "内容审核：胡杨"),
    ("zh", "bottom", "责编：罗一鸣 校对：田甜"),
    ("zh", "bottom", "编辑：陈子墨 审校：柳依依"),
    ("zh", "bottom", "（责任编辑：魏然）"),
    ("zh", "bottom", "[责任编辑:韦一]"),
    ("zh", "bottom", "文章录入：管理员"),
    ("zh", "bottom", "信息录入：办公室"),
    ("zh", "bottom", "审核人：冯力 发布人：周一"),
    ("zh", "bottom", "编审：孔令 终审：罗浩"),
    ("zh", "bottom", "英文编辑：童言"),
    ("hk", "bottom", "責任編輯：黎明思"),
    ("tw", "bottom", "編輯：蔡佳穎"),
    ("tw", "bottom", "核稿編輯：許志明"),
    ("en", "bottom", "Editor: Zhang Lin"),
    ("en", "bottom", "Editor: Li Yan | Reviewer: Wu Di"),
    ("en", "bottom", "Edited by Sarah Lin"),
    ("en", "bottom", "(Editing by Mark Potter)"),
    ("en", "bottom", "Copy editor: Grace Ho"),
    ("en", "bottom", "Editor in charge: Zhou Xin"),
    ("en", "bottom", "Web editor: Huang Wei"),
    ("en", "bottom", "Reviewed by: Chen Lu"),
    ("en", "bottom", "Proofreader: Liu Fang"),
    # view and reading counters
    ("zh", "meta", "浏览次数：2468"),
    ("zh", "meta", "阅读：1.5万"),
    ("zh", "meta", "【浏览次数：】"),
    ("zh", "meta", "点击数：305"),
    ("zh", "meta", "访问量：12,034"),
    ("zh", "meta", "发布日期：2024-03-12 来源：本站 阅读次数：718"),
    ("zh", "meta", "本文已被浏览 936 次"),
    ("zh", "bottom", "阅读数 3021 · 在看 12"),
    ("zh", "meta", "时间：2024-06-12 09:30 来源：区政府办 浏览量：1203 次"),
    ("zh", "meta", "阅读 6230 点赞 88"),
    ("zh", "meta", "已有 486 人阅读"),
    ("zh", "meta", "浏览人次：5230"),
    ("hk", "meta", "點閱次數：1,245"),
    ("tw", "meta", "瀏覽人次：3024"),
    ("tw", "meta", "點閱數：872"),
    ("tw", "meta", "更新日期：2024/06/12 點閱次數：1020"),
    ("en", "meta", "2,340 reads"),
    ("en", "meta", "Viewed 1,024 times"),
    ("en", "meta", "1.2K views"),
    ("en", "meta", "Views: 5,001 | Comments: 3"),
    # publish and update stamps carrying page furniture
    ("zh", "meta", "发布时间：2024-05-17 10:21 浏览次数：1356 【打印】"),
    ("zh", "meta", "更新日期：2024-06-12 【字体：大 中 小】"),
    ("en", "meta", "Updated: 2024-06-12 08:30 | Print | Share"),
    ("en", "meta", "Published: June 12, 2024 | 3 min read"),
    ("tw", "meta", "發布日期：113-06-12 更新日期：113-06-13 點閱次數：233"),
    ("hk", "meta", "2024年6月12日（星期三）列印本頁"),
    ("en", "meta", "Jun 12, 2024 · 4 min read"),
    ("en", "meta", "Updated 2 hours ago"),
    ("en", "meta", "Last updated: 12 June 2024 | Print"),
    # copyright, filing and site-owner footers
    ("zh", "bottom", "版权所有：某某市人民政府办公室"),
    ("zh", "bottom", "京ICP备12345678号-1"),
    ("zh", "bottom", "京公网安备 11010502030000号"),
    ("zh", "bottom", "网站标识码：1101000001"),
    ("zh", "bottom", "粤ICP备2023000001号 粤公网安备44010602000001号"),
    ("zh", "bottom", "主办单位：某某市人民政府办公厅 承办单位：某某市大数据中心"),
    ("zh", "bottom", "地址：某某市人民路1号 邮编：100000"),
    ("zh", "bottom", "联系电话：010-12345678 传真：010-12345679"),
    ("zh", "bottom", "政府网站标识码：4403000001 京ICP备05070000号"),
    ("zh", "bottom", "Copyright © 2024 某某网 All Rights Reserved"),
    ("zh", "bottom", "互联网新闻信息服务许可证：11120170001"),
    ("zh", "bottom", "违法和不良信息举报电话：12377"),
    ("zh", "bottom", "增值电信业务经营许可证：京B2-20200000"),
    ("zh", "bottom", "网站地图 | 联系我们 | 关于我们 | 隐私声明"),
    ("zh", "bottom", "技术支持：某某科技有限公司"),
    ("zh", "bottom", "建议使用IE9以上浏览器访问"),
    ("zh", "bottom", "本站所有文字、图片未经许可不得转载"),
    ("zh", "bottom", "举报邮箱：jubao@example.cn"),
    ("zh", "bottom", "蜀ICP备13001234号"),
    ("zh", "bottom", "公安机关备案号：31010402000000"),
    ("hk", "bottom", "2024 © 版權所有"),
    ("hk", "bottom", "重要告示 | 私隱政策 | 無障礙聲明"),
    ("hk", "bottom", "最後修訂日期：2024年6月12日"),
    ("hk", "bottom", "版權所有 © 某某局"),
    ("tw", "bottom", "隱私權政策 | 資訊安全政策 | 政府網站資料開放宣告"),
    ("tw", "bottom", "最佳瀏覽解析度 1280x768"),
    ("tw", "bottom", "本網站著作權屬於某某市政府"),
    ("tw", "bottom", "地址：某某市中正路100號 電話：(02)2345-6789"),
    ("tw", "bottom", "服務時間：週一至週五 8:30-17:30"),
    ("en", "bottom", "© 2024 Riverside Media Ltd. All rights reserved."),
    ("en", "bottom", "Copyright 2024. All rights reserved."),
    ("en", "bottom", "Terms of Use | Privacy Policy | Contact Us"),
    ("en", "bottom", "This material may not be published, broadcast, rewritten or redistributed."),
    ("en", "bottom", "Copyright © Example Post. All rights reserved."),
    # accessibility and version links
    ("zh", "top", "无障碍"),
    ("zh", "top", "长者模式"),
    ("zh", "top", "无障碍浏览 | 长者模式"),
    ("zh", "top", "关怀版 | 无障碍"),
    ("zh", "top", "适老化无障碍服务"),
    ("hk", "top", "長者模式"),
    ("hk", "top", "無障礙瀏覽"),
    ("hk", "top", "純文字版"),
    ("tw", "top", "跳到主要內容"),
    ("tw", "top", ":::"),
    ("tw", "top", "網站導覽"),
    ("hk", "top", "文字大小 A A A"),
    ("en", "top", "Skip to main content"),
    ("en", "top", "Accessibility"),
    ("en", "top", "High contrast"),
    ("zh", "top", "读屏专用"),
    ("zh", "top", "语音播报"),
    # previous and next links
    ("zh", "bottom", "上一篇：区召开防汛工作部署会"),
    ("zh", "bottom", "下一篇：全区春耕生产有序推进"),
    ("zh", "bottom", "上一篇：没有了"),
    ("zh", "bottom", "下一篇：无"),
    ("hk", "bottom", "上一則："),
    ("tw", "bottom", "下一則：市府推動綠色交通計畫"),
    ("en", "bottom", "Previous article: Port volumes rise in May"),
    ("en", "bottom", "Next story"),
    ("en", "bottom", "« Previous post"),
    ("en", "bottom", "Next Article »"),
    ("zh", "bottom", "上一条：关于开展安全生产检查的通知"),
    ("zh", "bottom", "上一篇 下一篇"),
    # related lists
    ("zh", "bottom", ("相关新闻", "区里再添一座口袋公园", "全区春耕生产有序推进")),
    ("zh", "bottom", "相关链接："),
    ("zh", "bottom", "【相关新闻】"),
    ("zh", "bottom", "相关文章推荐"),
    ("zh", "bottom", "延伸阅读：区里再添一座口袋公园"),
    ("tw", "bottom", "相關新聞"),
    ("hk", "bottom", "相關連結"),
    ("en", "bottom", ("Related Articles", "Council backs bus lane plan", "New pier opens to visitors")),
    ("en", "bottom", "Read more"),
    ("en", "bottom", "Read more: City unveils new bus routes"),
    ("en", "bottom", "More from Business"),
    ("en", "bottom", "You might also like"),
    ("en", "bottom", "Related coverage"),
    ("en", "bottom", "Recommended for you"),
    ("en", "bottom", "Most read"),
    ("zh", "bottom", "热点关注"),
    ("zh", "bottom", "更多>>"),
    # tags
    ("zh", "bottom", "标签：防汛 应急管理"),
    ("zh", "bottom", "关键词：乡村振兴；产业"),
    ("zh", "bottom", "【关键词】 营商环境"),
    ("tw", "bottom", "標籤：交通 捷運"),
    ("tw", "bottom", "相關標籤"),
    ("en", "bottom", "Tags: Economy, Trade"),
    ("en", "bottom", "Keywords: tourism; culture"),
    ("en", "bottom", "Filed under: Policy"),
    # subscribe, newsletter and cookie banners
    ("en", "bottom", "Sign up for our daily newsletter"),
    ("en", "bottom", "Subscribe to our newsletter for the latest updates"),
    (
        "en",
        "bottom",
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies",
    ),
    ("en", "bottom", "Accept cookies"),
    ("en", "bottom", "Get the latest news delivered to your inbox"),
    ("en", "bottom", "Already a subscriber? Log in"),
    ("en", "bottom", "Subscribe"),
    ("en", "bottom", "This website uses cookies."),
    ("zh", "bottom", "本网站使用Cookie以提升您的浏览体验"),
    ("zh", "bottom", "订阅我们的电子报"),
    ("tw", "bottom", "訂閱電子報"),
    ("hk", "bottom", "訂閱新聞公報"),
    ("zh", "bottom", "点击订阅"),
    ("zh", "bottom", "关注我们："),
    # social handles
    ("zh", "bottom", "官方微信：某某发布"),
    ("zh", "bottom", "微信公众号：某某城事"),
    ("zh", "bottom", "新浪微博：@某某发布"),
    ("zh", "bottom", "抖音号：someplace_news"),
    ("en", "bottom", "Follow us on X @RiversideNews"),
    ("en", "bottom", "Follow us: Facebook | Instagram | YouTube"),
    ("en", "bottom", "@RiversidePost"),
    ("tw", "bottom", "追蹤我們：Facebook Instagram"),
    ("tw", "bottom", "加入LINE官方帳號"),
    ("hk", "bottom", "關注我們的Instagram"),
    # photo credits alone on their line
    ("zh", "middle", "（记者 郑林 摄）"),
    ("zh", "middle", "图片来源：网络"),
    ("zh", "middle", "图/视觉中国"),
    ("zh", "middle", "资料图"),
    ("zh", "middle", "图片由受访者提供"),
    ("zh", "middle", "本报记者 黄晓 摄"),
    ("zh", "middle", "供图：区文旅局"),
    ("tw", "middle", "（圖／記者王曉明攝）"),
    ("tw", "middle", "圖：中央社"),
    ("hk", "middle", "圖片來源：網上圖片"),
    ("en", "middle", "Photo: AFP"),
    ("en", "middle", "(Photo: Getty Images)"),
    ("en", "middle", "Photo by Jane Wu/Riverside Post"),
    ("en", "middle", "File photo"),
    ("en", "middle", "Image: Shutterstock"),
    ("en", "middle", "[Photo/VCG]"),
    ("en", "middle", "REUTERS/Kim Lee"),
    # site menus on one line
    ("zh", "top", "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流"),
    ("zh", "top", "首页 机构 政务 服务 互动 数据"),
    ("zh", "top", "网站首页 走进某市 新闻动态 信息公开 在线服务"),
    ("hk", "top", "主頁 | 新聞公報 | 政府資訊 | 聯絡我們"),
    ("tw", "top", "首頁 | 最新消息 | 業務資訊 | 便民服務 | 聯絡我們"),
    ("en", "top", "Home | News | Business | Opinion | Sport | Lifestyle"),
    ("en", "top", "News World Business Tech Sport"),
    ("en", "top", "Home News Politics Economy Society Culture"),
    ("zh", "top", "登录 注册"),
    ("zh", "top", "设为首页 | 加入收藏 | 联系我们"),
    # breadcrumbs
    ("zh", "top", "首页 > 新闻中心 > 工作动态"),
    ("zh", "top", "当前位置：首页 > 信息公开 > 通知公告"),
    ("zh", "top", "您现在的位置： 首页 >> 新闻 >> 正文"),
    ("zh", "top", "首页 > 正文"),
    ("zh", "top", "位置：首页 > 要闻"),
    ("hk", "top", "主頁 > 新聞公報"),
    ("tw", "top", "首頁 > 最新消息 > 新聞稿"),
    ("tw", "top", "現在位置：首頁 > 市政新聞"),
    ("en", "top", "Home › News"),
    ("en", "top", "Home > Business > Economy"),
    ("en", "top", "You are here: Home / News / Local"),
    ("en", "top", "Home » World » Asia"),
    ("zh", "top", "首页 / 新闻 / 本地"),
    # comment prompts
    ("zh", "bottom", "我要评论"),
    ("zh", "bottom", "发表评论"),
    ("zh", "bottom", "网友评论"),
    ("zh", "bottom", "共有 0 条评论"),
    ("zh", "bottom", "请登录后发表评论"),
    ("zh", "bottom", "评论 (0)"),
    ("tw", "bottom", "發表意見"),
    ("en", "bottom", "Leave a Comment"),
    ("en", "bottom", "Comments (0)"),
    ("en", "bottom", "Join the conversation"),
    ("en", "bottom", "0 comments"),
    ("en", "bottom", "Add a comment"),
    # app download prompts
    ("zh", "bottom", "下载客户端"),
    ("zh", "bottom", "打开某某新闻APP，阅读体验更佳"),
    ("zh", "bottom", "扫码下载某某APP"),
    ("zh", "bottom", "下载APP 看更多精彩"),
    ("tw", "bottom", "下載App"),
    ("en", "bottom", "Download our app"),
    ("en", "bottom", "Get the app"),
    ("en", "bottom", "Download the Riverside Post app for iOS and Android"),
    # advert labels
    ("zh", "middle", "广告"),
    ("zh", "middle", "【广告】"),
    ("tw", "middle", "廣告"),
    ("en", "middle", "Advertisement"),
    ("en", "middle", "ADVERTISEMENT"),
    ("en", "middle", "Sponsored"),
    ("en", "middle", "Story continues below advertisement"),
    ("en", "middle", "Scroll to continue with content"),
    ("zh", "bottom", "推广"),
    ("en", "middle", "Ad"),
    # back to top
    ("zh", "bottom", "返回顶部"),
    ("zh", "bottom", "【返回顶部】"),
    ("tw", "bottom", "回頁首"),
    ("tw", "bottom", "TOP"),
    ("en", "bottom", "Back to top"),
    ("en", "bottom", "↑ Back to top"),
    ("en", "bottom", "Top of page"),
    # wire-service and press-release furniture
    ("en", "bottom", "Our Standards: The Trust Principles."),
    ("en", "bottom", "Enditem"),
    ("en", "bottom", "(END)"),
    ("en", "bottom", "-- Ends --"),
    ("en", "bottom", "NNNN"),
    ("en", "bottom", "Copyright 2024 Riverside Wire Service. All rights reserved."),
    ("en", "bottom", "The Riverside Post is not responsible for the content of external sites."),
    ("en", "bottom", "© Riverside Wire 2024"),
    ("en", "bottom", "Purchase Licensing Rights"),
    ("en", "bottom", "Read full article"),
    ("en", "meta", "Listen to this article"),
    ("en", "meta", "3 min read"),
    ("zh", "bottom", "【纠错】"),
    ("zh", "bottom", "【我要纠错】 责任编辑：樊一"),
    # greetings, language switches, search boxes and attachments
    ("zh", "top", "今天是2024年6月12日 星期三"),
    ("zh", "top", "欢迎访问某某市人民政府网站"),
    ("zh", "top", "简体 | 繁体 | English"),
    ("zh", "top", "登录 | 注册 | 无障碍 | 长者模式"),
    ("zh", "top", "搜索"),
    ("zh", "top", "请输入关键词"),
    ("zh", "bottom", "打印本页"),
    ("zh", "bottom", "收藏本页"),
    ("en", "top", "Sign in"),
    ("en", "top", "Search"),
    ("en", "top", "Menu"),
    ("en", "bottom", "Contact us: news@riverside.example"),
    ("zh", "meta", "本文约2400字，阅读需要6分钟"),
    # the furniture of reposted news and self-media articles
    ("zh", "bottom", "（本文来自某某新闻，更多原创资讯请下载“某某新闻”APP）"),
    ("zh", "bottom", "*文章为作者独立观点，不代表某某网立场"),
    ("zh", "bottom", "更多精彩资讯，请关注某某城市APP"),
    ("zh", "bottom", "—— END ——"),
    ("zh", "bottom", "- END -"),
    ("zh", "bottom", "点击右上角“…”分享到朋友圈"),
    ("zh", "bottom", "本文为某某号作者原创，未经授权不得转载"),
    ("zh", "bottom", "投稿邮箱：tougao@example.cn"),
    ("zh", "bottom", "新闻热线：0571-12345678"),
    ("zh", "middle", "▲资料图"),
    ("zh", "middle", "（图片来源于网络）"),
    ("zh", "bottom", "记者：许晴 编辑：方舟"),
    ("zh", "bottom", "文字：周岚 编辑：刘畅 审核：秦川"),
    ("zh", "bottom", "点击“在看”，让更多人看到"),
    ("zh", "bottom", "觉得不错，请点个赞吧"),
    ("zh", "bottom", "喜欢就点个“在看”吧"),
    ("zh", "bottom", "来源：某某网 | 编辑：王一 | 审核：李二"),
    ("tw", "bottom", "※ 歡迎以分享連結的方式轉傳本文；未經授權，請勿複製轉貼文章內容"),
    ("tw", "bottom", "看更多某某新聞"),
    ("tw", "middle", "（圖／翻攝自某某臉書）"),
    ("tw", "bottom", "更多新聞："),
    ("tw", "bottom", "▸ 點我看更多"),
    ("tw", "bottom", "（編輯：楊一帆）1130612"),
    ("hk", "bottom", "▶ 即時新聞"),
    ("en", "bottom", "Contact the writer at annachu@example.com"),
    ("en", "bottom", "To share your thoughts on our stories, send them to opinion@example.com."),
    ("en", "bottom", "Source: Harbour Wire | Editor: Li Yan"),
    ("en", "bottom", "Writer: Zhou Lin | Editor: Wu Di"),
    ("en", "bottom", "Follow the writer on X: @annachu"),
    ("en", "bottom", "Get our newsletter"),
    ("en", "bottom", "Share this story"),
    ("en", "bottom", "Related: Council backs bus lane plan"),
    ("en", "bottom", "Sign up to our free weekly briefing"),
    ("en", "bottom", "Click here to read the full report"),
    ("en", "bottom", "Have a news tip? Email us at tips@example.com"),
    ("en", "bottom", "Want more stories like this? Subscribe to our newsletter."),
    # page controls, widgets and footers of portal pages, third round
    ("zh", "meta", "字体：[大] [中] [小]"),
    ("zh", "meta", "【字体：小 大】"),
    ("zh", "meta", "字号：[ 大 中 小 ]"),
    ("zh", "bottom", "【打印文章】"),
    ("zh", "bottom", "打印文章 关闭窗口"),
    ("zh", "bottom", "[ 收藏 ] [ 打印 ] [ 关闭 ]"),
    ("zh", "meta", "语音播报 暂停"),
    ("zh", "middle", "视频加载中..."),
    ("zh", "middle", "正在加载..."),
    ("zh", "middle", "上一张 下一张"),
    ("zh", "middle", "查看原图"),
    ("zh", "bottom", "共3页 上一页 1 2 3 下一页"),
    ("zh", "bottom", "责任编辑："),
    ("zh", "bottom", "文章纠错"),
    ("zh", "bottom", "网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述"),
    ("zh", "bottom", "我要跟帖"),
    ("zh", "bottom", "发表我的评论"),
    ("zh", "bottom", "查看更多评论"),
    ("zh", "bottom", "热门评论"),
    ("zh", "bottom", "请文明上网、理性发言并遵守相关规定，在注册后发表评论。"),
    ("zh", "bottom", "加载更多评论"),
    ("zh", "bottom", "相关搜索"),
    ("zh", "bottom", "大家都在搜"),
    ("zh", "bottom", "24小时排行"),
    ("zh", "bottom", "打开APP阅读更多精彩内容"),
    ("zh", "bottom", "责任编辑：张亮 SF021"),
    ("hk", "bottom", "本頁最後更新日期：2024年6月12日"),
    ("tw", "top", "主選單"),
    ("tw", "bottom", "常見問答 | 意見信箱 | 網站導覽"),
    ("tw", "bottom", "分享至LINE"),
    ("tw", "bottom", "通過AA無障礙網頁檢測"),
    ("tw", "bottom", "到訪人次：123456"),
    ("tw", "bottom", "今日瀏覽人數：12"),
    ("tw", "bottom", "建議瀏覽器：Chrome、Edge、Firefox"),
    ("en", "bottom", "Report an error"),
    ("en", "bottom", "Send us a correction"),
    ("en", "bottom", "Was this article helpful? Yes No"),
    ("en", "bottom", "Rate this article"),
    ("en", "bottom", "Download PDF"),
    ("en", "bottom", "Share this page"),
    ("en", "bottom", "Page 2 of 3"),
    ("en", "bottom", "1 2 3 Next »"),
    ("en", "bottom", "Open in app"),
    ("en", "bottom", "Don't miss out"),
    ("en", "bottom", "Discover more from Riverside Post"),
    ("en", "bottom", "You have 3 free articles left this month"),
    ("en", "bottom", "Already have an account? Sign in"),
    ("en", "bottom", "Create a free account to continue reading"),
    ("en", "meta", "Posted on June 12, 2024 by admin"),
    ("en", "bottom", "Trending topics: Housing, Ferries, Budget"),
    # captions that only name their picture
    ("en", "middle", "An artist's impression of the new ferry terminal"),
    ("en", "middle", "A rendering of the planned harbour bridge"),
    ("en", "middle", "An aerial view of the eastern islands"),
    ("en", "middle", "Aerial photo of the central pier"),
    ("en", "middle", "File image of the harbour front"),
    ("zh", "middle", "新建码头鸟瞰图"),
    ("zh", "middle", "园区规划效果图（资料图）"),
    ("zh", "middle", "项目现场航拍"),
    ("tw", "middle", "（示意圖／翻攝自網路）"),
    ("tw", "middle", "（圖片來源：Pixabay）"),
    ("hk", "middle", "（資料圖片）"),
    # blocks of furniture, several lines together
    ("zh", "top", ("某某市人民政府门户网站", "首页", "政务公开", "政务服务", "互动交流", "走进某市")),
    (
        "zh",
        "bottom",
        (
            "版权所有：某某市人民政府",
            "地址：某某市人民路1号",
            "联系电话：010-12345678",
            "网站标识码：1101000001",
        ),
    ),
    ("zh", "bottom", ("热点新闻", "全市夏粮收购进度过半", "暑期文旅消费持续升温", "新能源车下乡活动启动")),
    (
        "en",
        "bottom",
        ("Most read", "Council backs bus lane plan", "New pier opens to visitors", "Ferry fares frozen"),
    ),
    ("en", "top", ("Riverside Post", "Home", "News", "Business", "Opinion", "Sport")),
    ("tw", "bottom", ("相關新聞", "市府推動綠色交通", "捷運新線年底通車", "公車票價凍漲一年")),
    ("en", "bottom", ("Ends", "NNNN")),
    # portal and news-site furniture, fifth round
    ("en", "bottom", "Share - WeChat"),
    ("en", "bottom", "Source: Harbour Daily   Editor: Zhu Lin"),
    ("en", "bottom", "Editor: Zhu Lin   Source: Harbour Daily"),
    ("en", "meta", "Share:"),
    ("zh", "bottom", "平台声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。"),
    ("zh", "top", "某某首页 > 某某号 > 正文"),
    ("zh", "bottom", "申请入驻"),
    ("zh", "bottom", "APP专享直播"),
    ("zh", "bottom", "意见反馈留言板"),
    ("zh", "bottom", "责任编辑：李一_NB5619"),
    ("tw", "bottom", "更多 某某電視 報導"),
    ("tw", "bottom", "【點我看更多】"),
    ("hk", "bottom", "相關字詞﹕施政報告 數碼港"),
    ("hk", "bottom", "編輯推介"),
    # labels spaced out with ideographic spaces, as portal templates align them
    ("zh", "bottom", "编　辑：林一"),
    ("zh", "bottom", "审　核：王二"),
    ("zh", "bottom", "校　对：赵三"),
    ("zh", "bottom", "责任编辑 ： 张三"),
    ("zh", "meta", "浏览次数 ： 123"),
    ("zh", "bottom", "【 打 印 】【 关 闭 】"),
    ("zh", "bottom", "分　享："),
    ("zh", "meta", "字　号：大 中 小"),
    ("zh", "bottom", "编辑　林一　审核　王二"),
    ("zh", "bottom", "本文编辑："),
    ("zh", "bottom", "审核："),
    ("en", "bottom", "EDITOR: ZHOU LIN"),
    ("en", "bottom", "SHARE THIS ARTICLE"),
    ("en", "bottom", "RELATED ARTICLES"),
    ("en", "top", "HOME | NEWS | BUSINESS | SPORT"),
    # reading aids, alerts and list links, sixth round
    ("hk", "bottom", "返回新聞公報"),
    ("en", "bottom", "Back to list"),
    ("en", "bottom", "Back to Press Releases"),
    ("en", "bottom", "Email a friend"),
    ("en", "bottom", "Send to a friend"),
    ("en", "bottom", "Bookmark this page"),
    ("en", "bottom", "Save for later"),
    ("en", "bottom", "Follow this topic"),
    ("en", "bottom", "Sign up for alerts"),
    ("en", "meta", "This article is more than 2 years old"),
    ("en", "middle", "Image source, Getty Images"),
    ("en", "middle", "Image caption,"),
    ("en", "bottom", "More on this story"),
    ("en", "meta", "Reading time: 3 minutes"),
    ("en", "meta", "Estimated reading time: 3 min"),
    ("zh", "meta", "预计阅读时间 3 分钟"),
    ("zh", "meta", "阅读时间约3分钟"),
    ("zh", "meta", "AI朗读"),
    ("zh", "meta", "本文字数：2400"),
    ("hk", "bottom", "Imprimir | Partilhar"),
    ("hk", "top", "中文 | Português | English"),
    # Hong Kong and Taiwan portal furniture, seventh round
    ("tw", "bottom", "列印本頁｜回上一頁｜回首頁"),
    ("tw", "bottom", "回應(0)"),
    ("tw", "bottom", "按讚數 12"),
    ("tw", "bottom", "社群分享"),
    ("tw", "bottom", "新聞聯絡人：王小明 電話：02-1234-5678"),
    ("tw", "bottom", "Facebook留言"),
    ("hk", "top", "新聞公報"),
    ("hk", "bottom", "這頁有幫助嗎？ 是 否"),
    ("hk", "bottom", "此網頁對你有幫助嗎？"),
    ("en", "bottom", "Is this page helpful? Yes No"),
    ("en", "bottom", "2024 | Important notices | Privacy Policy"),
    # production credits of multimedia stories
    ("zh", "bottom", "设计：林一"),
    ("zh", "bottom", "出品：某某新闻"),
    ("zh", "bottom", "拍摄：林一 后期：王二"),
    ("zh", "bottom", "总策划：林一 执行：王二 文案：赵三"),
    ("zh", "bottom", "文字：林一 设计：王二"),
    ("zh", "bottom", "某某报记者 王一 编辑 李二 校对 赵三"),
    ("zh", "bottom", "撰文 王一 编辑 李二"),
]

# (template, slot, article line or lines that resemble chrome and stay text)
LOOKALIKES: list[tuple[str, str, str | tuple[str, ...]]] = [
    # a release's or a story's own closing mark, text as the readable golds keep it
    ("hk", "bottom", "完"),
    ("zh", "bottom", "（完）"),
    ("zh", "middle", "该数据来源于市统计局年度报告，经整理后向社会公开发布。"),
    (
        "zh",
        "middle",
        "报社责任编辑王某在接受采访时表示，稿件审核流程已全面升级，每篇稿件须经过采编、校对和终审三道关口，"
        "差错率较去年明显下降。",
    ),
    ("zh", "middle", "截至目前，全市累计浏览次数超过两百万的政务短视频已有十余条。"),
    ("zh", "meta", "来源：市生态环境局"),
    # A source line is the article's (SCHEMA), also behind the page's date
    # stamp and with print and close controls after it.
    ("zh", "meta", "2024-06-12 10:00 来源：市政府网站 【打印】【关闭】"),
    ("zh", "meta", "本报记者 王晓"),
    ("zh", "meta", "发布时间：2024-05-17 10:21"),
    ("zh", "meta", "更新日期：2024-06-12"),
    ("zh", "middle", "一、加强组织领导"),
    ("zh", "middle", "下一步，我们将继续加大投入。"),
    ("zh", "middle", "上一年度，全区共完成植树造林两千余亩。"),
    ("zh", "middle", "分享经济成为新的增长点"),
    ("zh", "middle", "扫码乘车已覆盖全市所有公交线路。"),
    ("zh", "middle", "版权保护工作取得新进展"),
    ("zh", "middle", "相关部门将加强监管。"),
    (
        "zh",
        "middle",
        ("主要措施包括：", "打印机、复印机等办公设备统一采购；", "公务用车统一调度；", "办公用房统一管理。"),
    ),
    ("zh", "middle", "（二）强化督查考核"),
    ("zh", "middle", "编辑出版工作会议在京召开"),
    ("zh", "middle", "数据来源：国家统计局"),
    ("zh", "meta", "本文来源：某某日报"),
    ("zh", "meta", "文/李晓"),
    ("zh", "meta", "——记某区基层网格员张华"),
    ("zh", "bottom", "附件：2024年度项目清单"),
    ("zh", "bottom", ("某某市发展和改革委员会", "2024年6月12日")),
    ("zh", "middle", "首批入驻企业名单将于近期在官网公布，市民可登录查询。"),
    ("zh", "middle", "关注民生 服务群众"),
    ("en", "middle", "Editors at the paper say the change will take months."),
    ("en", "middle", "Source: City Statistics Bureau"),
    ("en", "meta", "Updated figures show a rise of 3% in exports."),
    ("en", "middle", "Read more about the plan on the council's website, officials said."),
    ("en", "middle", "Share prices of the ferry operator rose 2% on Wednesday."),
    ("en", "middle", "The newsletter, launched in March, now reaches 40,000 readers."),
    ("en", "middle", "Home prices in the district fell for a third month."),
    ("en", "middle", "Next year the council plans to add 20 more buses."),
    ("en", "middle", "Photo exhibitions on the pier will run until August."),
    ("en", "middle", "Privacy rules were tightened last year."),
    ("en", "meta", "Updated: June 12, 2024 8:30 a.m."),
    ("en", "middle", "Key points:"),
    ("hk", "middle", "資料來源：統計處"),
    ("hk", "middle", "政府發言人表示，有關措施將於七月一日起生效。"),
    ("tw", "middle", "下一步將擴大試辦範圍至全市各區。"),
    ("tw", "middle", "根據主計總處資料，今年第一季經濟成長率為百分之三點二。"),
    ("tw", "meta", "發布日期：113-06-12"),
    ("tw", "middle", "圖書館週末延長開放時間"),
    ("hk", "meta", "上載日期：2024年6月12日"),
    ("en", "meta", "(Xinhua)"),
    ("en", "bottom", "This article was first published on our partner site."),
    ("en", "middle", "Residents can send complaints to the transport department, the council said."),
    ("zh", "middle", "为家乡的变化点个赞"),
    ("zh", "meta", "来　源：市生态环境局"),
    ("en", "meta", "Editor's note:"),
    ("zh", "meta", "编者按："),
    ("zh", "middle", "制作：将面粉加水揉成团，静置半小时。"),
    ("zh", "meta", "文字：林一"),
    ("zh", "meta", "本报记者 王一 通讯员 李二"),
    ("zh", "meta", "作　者：李晓"),
    ("tw", "bottom", "本文經授權轉載，原文刊載於某某網"),
    ("zh", "middle", "更多企业加入报道团"),
    ("en", "middle", "An aerial view of the islands shows the new pier under construction."),
    ("en", "middle", "Rendering of the terminal was delayed by the design review"),
    ("zh", "middle", "无人机航拍显示,新码头主体工程已基本完工。"),
    ("zh", "middle", ("首批试点区域：", "东湖街道", "西岭镇", "南山乡", "北港社区")),
    # a press release's date and issue time are its own, as a notice's are;
    # a page's update stamp under its byline is its date
    ("en", "bottom", "Wednesday, June 12, 2024"),
    ("en", "bottom", "Issued at HKT 15:30"),
    ("hk", "bottom", ("2024年6月12日（星期三）", "香港時間15時30分")),
    ("en", "bottom", "Ends/Wednesday, June 12, 2024"),
    ("en", "meta", "Page last updated: 12 June 2024"),
    # the page's date and source line under the title with its font controls
    # and no view counter, text as the readable golds keep it
    ("zh", "meta", "发布时间：2024-05-17 10:21 来源：市发展改革委 【字体：大 中 小】"),
]


def _as_lines(inserted: str | tuple[str, ...]) -> tuple[str, ...]:
    return (inserted,) if isinstance(inserted, str) else inserted


# Chrome the rules leave as text, with the reason it is left.
KNOWN_MISSES: dict[str, str] = {
    "觉得不错，请点个赞吧": "点个赞 also cheers in headlines and closing lines of articles (为家乡点个赞)",
    "To share your thoughts on our stories, send them to opinion@example.com.": (
        "a call to send mail to an address is also the text of a notice or consultation "
        "(send views to the bureau at ...)"
    ),
    "服務時間：週一至週五 8:30-17:30": (
        "office hours are also the content of a notice or a service guide (受理时间, 办公时间), "
        "which is article text; alone on a footer line they cannot be told apart"
    ),
}


def chrome_params(chrome: list, known_misses: dict[str, str]) -> list:
    """Each chrome case as test parameters; a block led by a known miss is a strict expected failure."""
    params = []
    for template, slot, inserted in chrome:
        lines = _as_lines(inserted)
        marks = []
        if lines[0] in known_misses:
            marks.append(pytest.mark.xfail(reason=known_misses[lines[0]], strict=True))
        params.append(pytest.param(template, slot, lines, marks=marks, id=f"{template}-{slot}-{lines[0]}"))
    return params


def lookalike_params(lookalikes: list) -> list:
    """Each look-alike case as test parameters."""
    return [pytest.param(t, s, _as_lines(i), id=f"{t}-{s}-{_as_lines(i)[0]}") for t, s, i in lookalikes]


def test_the_probe_holds_at_least_two_hundred_chrome_lines() -> None:
    assert sum(len(_as_lines(inserted)) for _, _, inserted in CHROME) >= 200


@pytest.mark.parametrize(("template", "slot", "inserted"), chrome_params(CHROME, KNOWN_MISSES))
def test_chrome_is_boilerplate_and_the_page_stays_text(
    template: str, slot: str, inserted: tuple[str, ...]
) -> None:
    lines, chrome = page(template, slot, inserted)
    flags = verdict_flags(lines)
    assert [index for index in chrome if not flags[index]] == []
    assert [lines[index] for index, flag in enumerate(flags) if flag and index not in chrome] == []


@pytest.mark.parametrize(("template", "slot", "inserted"), lookalike_params(LOOKALIKES))
def test_lines_that_resemble_chrome_stay_text(template: str, slot: str, inserted: tuple[str, ...]) -> None:
    lines, _ = page(template, slot, inserted)
    assert [line for line, flag in zip(lines, verdict_flags(lines), strict=True) if flag] == []


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_the_pages_alone_are_text(template: str) -> None:
    lines, _ = page(template, "middle", ())
    assert not any(verdict_flags(lines))
