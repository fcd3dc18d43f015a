"""Fifth probe of page chrome: notices' own contacts and signatories, tool rows, video prompts, credits.

Whole invented pages of the classes a blind audit of whole pages found:
a notice's contact person between its last sentence and its attachment
line, or over its signatory and date (text; a contact for the press and a
hotline alone after the last paragraph stay chrome); a notice's signatory
that repeats the site's name printed above the title (text, as the
issuer over its date; the title printed again at the foot stays chrome);
rows of language switches with print, accessibility and site-map links;
prompts to watch more videos; a font-size setting followed by a share bar
on one line; a bracketed credit naming the writer with a reviewer (chrome:
the writer's byline alone stays text); the long name of a government
office above its menu when the title carries a figure with a decimal.
Every line is marked by hand: `B` for chrome, `T` for the article's text.
Every line is written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

from tests.stages.test_boilerplate_probe_families import exact_page_tests

PAGES: dict[str, str] = {
    # ---- a notice's own contact person (text) against a press contact (chrome)
    "notice_hans_contact_above_attachment": """
B|青溪市商务局
B|首页 > 通知公告
关于开展2026年外贸企业培训的通知
各区商务局：
为提升外贸企业经营能力，经研究，决定于6月举办外贸企业培训班，现将有关事项通知如下。
一、培训对象为全市规模以上外贸企业负责人，每家企业限报2人。
二、请各区于5月20日前将报名表报送市商务局外贸处。
联系人：外贸处 王明　电话：0573-86012345
附件：培训报名表
B|网站地图 | 联系我们
""",
    "notice_hant_contact_above_attachment": """
B|澜江市住房及城鄉建設局
B|首頁 > 公告
關於受理2026年度公共租賃住房申請的公告
本局將於7月1日起受理公共租賃住房申請，申請人須為本市戶籍居民。
申請人家庭人均月收入應低於3500元，名下無自有住房。
聯絡人：住房保障科 陳小姐　電話：(02)2345-6789
附件1：申請表
""",
    "notice_en_contact_above_attachment": """
B|Home > Notices
Notice of tender for two industrial sites
The department invites tenders for two industrial sites in the eastern district.
Tenders must reach the department by 12 noon on 3 July 2026.
Contact: Ms Wong, Tel: 02-2345-6789
Attachment: tender form (PDF)
""",
    "notice_hans_hotline_above_copy_list": """
B|首页 > 政策文件
关于调整2026年度公共自行车租赁收费标准的通知
自7月1日起，公共自行车单次骑行前1小时免费，超过1小时每小时收费1元。
月卡价格由每月20元调整为每月15元。
服务热线：400-820-1357
抄送：市财政局，市审计局
""",
    "notice_hans_contact_person_over_signature": """
B|青禾县农业农村局
B|首页 > 通知公告
关于做好2026年夏粮收购工作的通知
各乡镇人民政府：
今年夏粮收购工作自6月10日开始，收购价格按每斤1.18元执行。
请各乡镇于6月5日前上报收购网点名单。
联系人：粮食科 赵刚　电话：0573-85012468
青禾县农业农村局
2026年5月28日
B|网站地图 | 联系我们
""",
    "notice_hans_hotline_alone_over_signature": """
B|首页 > 通知公告
关于第12届青溪农产品博览会参展报名的通知
各有关企业：
第12届青溪农产品博览会将于2026年9月在青溪国际会展中心举办，展位约1800个。
参展企业请于8月15日前完成网上报名，逾期不再受理。
B|报名咨询电话：0573-86015555
青溪市农业农村局
2026年7月1日
B|版权所有：青溪市农业农村局
""",
    "release_hans_press_contact_after_last_paragraph": """
B|青溪发布
B|首页 > 新闻
青溪港一季度集装箱吞吐量增长12%
记者从青溪港务集团获悉，一季度青溪港完成集装箱吞吐量120万标箱，同比增长12%。
港务集团表示，二季度将新开通3条外贸航线。
B|新闻联系人：港务集团办公室 李女士　电话：0573-86019876
B|网站地图 | 联系我们
""",
    "release_en_press_contact_over_place_and_date": """
Harbourline Ports announces new feeder service
Harbourline Ports will open a weekly feeder service to three river ports from 4 August 2026.
The service is expected to carry about 40,000 containers a year.
B|Media enquiries: Ms Lam, Tel: 2345 6790
Hong Kong, 28 July 2026
""",
    "news_hant_hotline_after_last_paragraph": """
B|首頁 > 社會
澜江市明起試辦夜間巴士路線
運輸署表示，新路線於晚上11時至翌日凌晨5時行駛，班次約每20分鐘一班。
試辦期為6個月，署方將按乘客量決定是否延續。
B|查詢電話：(02)2345-1188
B|相關新聞
B|澜江市巴士票價下月起調整
""",
    # ---- a notice's signatory repeating the site's name (text)
    "notice_hans_signatory_repeats_masthead": """
B|澜江省文化和旅游厅
B|首页 > 通知公告 > 正文
关于公布2026年省级旅游度假区名单的通知
各设区市文化和旅游局：
经评审，全省新认定省级旅游度假区8家，现予公布。
请各地加强度假区建设管理，每年12月底前报送年度运行情况。
澜江省文化和旅游厅
2026年4月9日
B|【打印】【关闭】
""",
    "notice_hant_signatory_repeats_masthead": """
B|青溪縣政府教育處
B|首頁 > 最新消息
青溪縣115學年度國民中小學新生入學公告
本縣115學年度國民小學新生入學報到日為8月5日，請家長攜帶戶口名簿至學區學校辦理。
國民中學新生入學通知單將於7月中旬寄發。
青溪縣政府教育處
2026年6月2日
B|瀏覽人次：1250
""",
    "notice_en_signatory_repeats_masthead": """
B|Harbour City Lands Department
B|Home > Notices
Notice of closure of Eastern Pier car park
The Eastern Pier car park will close for resurfacing works from 1 to 14 September 2026.
Motorists may use the Western Pier car park, which has 420 spaces.
Harbour City Lands Department
Friday, August 21, 2026
B|Important notices | Privacy policy
""",
    "article_hans_title_printed_again_at_the_foot": """
B|青溪新闻网
B|首页 > 本地
青溪地铁3号线二期开工建设
青溪地铁3号线二期工程今日开工，全长12.6公里，设车站9座，计划2029年通车。
工程总投资约98亿元，建成后将串联城东多个居住区。
B|青溪地铁3号线二期开工建设
B|版权所有 青溪新闻网
""",
    # ---- language switches with page tools on one row (chrome)
    "release_hant_language_and_print_row": """
B|繁體版 | English | 友善列印
青溪港務局公布上半年貨櫃吞吐量
青溪港上半年處理貨櫃215萬個標準箱，按年上升6.3%。
港務局預計全年吞吐量可達440萬個標準箱。
""",
    "portal_hant_accessibility_language_sitemap_row": """
B|無障礙 | English | 網站導覽
澜江科學園區第一季營業額創新高
園區第一季營業額新臺幣3,215億元，較去年同期成長11.2%。
英文版年報將於6月印製寄送各廠商。
""",
    "portal_en_accessibility_language_sitemap_row": """
B|Accessibility | 中文 | Sitemap
Science park sales reach record in first quarter
Sales at the science park rose 11.2 percent to NT$321.5 billion in the first quarter.
English and Chinese versions of the annual report will be printed in June.
""",
    "portal_hans_language_and_print_row": """
B|English | 无障碍 | 打印本页
青溪市上半年新增市场主体3.2万户
今年上半年，全市新增各类市场主体3.2万户，同比增长8.5%。
语文 | 数学 | 英语三科的平均分均有提高。
""",
    # ---- prompts to watch more videos (chrome)
    "news_hant_more_videos_prompt": """
B|香港新聞 > 港聞
青溪隧道明年通車　料紓緩東區交通
運輸署表示，青溪隧道全長2.8公里，預計明年第二季通車。
B|按此收看更多影片
觀看更多影片的讀者平均停留了12分鐘。
""",
    "news_hans_more_videos_prompt": """
青溪国际马拉松报名人数创新高
今年青溪国际马拉松报名人数达8.6万人，较去年增加1.2万人。
B|点此观看更多视频 >>
组委会表示，赛事直播将推出更多短片内容。
""",
    "news_en_more_videos_prompt": """
Riverside ferry adds night sailings
The ferry operator will add four night sailings on weekdays from next month.
B|Watch more videos
Viewers watched more videos on phones than on TVs last year, the survey found.
""",
    # ---- a font-size setting followed by a share bar (chrome)
    "news_hant_font_setting_and_share_bar": """
B|字級設定：小 中 大　　分享：Facebook LINE 列印
澜江縣推動老舊社區更新計畫
縣府今年將投入新臺幣12億元，更新8處老舊社區的公共設施。
字級設定分為小、中、大三檔，讀者可自行調整。
""",
    "news_hans_font_setting_and_share_bar": """
青溪市启动老旧小区改造
今年全市计划改造老旧小区126个，涉及居民4.1万户。
B|字级设置：大 中 小　分享：微信 微博
""",
    # ---- credits naming the writer with a reviewer (chrome; the byline alone is text)
    "university_hans_credit_with_reviewer": """
B|首页 > 综合新闻 > 正文
青溪大学新建材料科学实验楼启用
青溪大学材料科学实验楼今日启用，建筑面积2.3万平方米，总投资4.6亿元。
B|（文/林一　图/王二　审核/赵三）
""",
    "hospital_hant_credit_with_reviewer": """
青溪醫院新增兒童急診病床40張
青溪醫院兒童急診今年新增病床40張，候診時間縮短約三成。
B|（文／林一　圖／王二　審核／趙三）
""",
    "bureau_hans_writer_and_reviewer_credit": """
文/周明
青溪市一季度规上工业增加值增长7.1%
一季度，全市规模以上工业增加值同比增长7.1%，其中高技术制造业增长15.2%。
B|（撰稿/周明　审核/吴军）
""",
    # ---- a government office's long name above its menu (chrome)
    "customs_hans_long_name_above_menu": """
B|中华人民共和国青溪海关
B|首页 | 机构概况 | 新闻发布 | 政务公开 | 互动交流
前5个月青溪关区进出口1213.5亿元 同比增长4.2%
2026-06-12　来源：青溪海关
据青溪海关统计，前5个月青溪关区进出口1213.5亿元，同比增长4.2%。
其中，出口786.3亿元，增长6.1%；进口427.2亿元，增长0.9%。
""",
    "bureau_hant_long_name_above_menu": """
B|澜江特別行政區政府統計暨普查局
B|首頁 | 最新消息 | 統計資料 | 聯絡我們
第一季本地生產總值1021.4億元 按年實質上升3.5%
2026-05-29　來源：統計暨普查局
第一季本地生產總值為1,021.4億澳門元，按年實質上升3.5%。
""",
    "notice_hans_long_name_without_menu": """
青溪市人民政府办公室
关于印发青溪市2026年重点项目计划的通知
各区人民政府，市政府各部门：
2026年全市安排重点项目312个，年度计划投资1126.8亿元。
""",
}


test_the_probe_takes_no_article_line_and_finds_its_chrome, test_each_page_is_judged_line_by_line = (
    exact_page_tests(PAGES)
)
