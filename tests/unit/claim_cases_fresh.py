# ruff: noqa: E501  (a data table: one claim per line)
"""Fresh claim cases for issue 20, written and labelled by an analyst before the analyzer was run on
them: the forms the issue lists (news items, bylines and datelines, topic chains, parallel clauses
and lists, session / intraday / period words, figures real text holds, time and quantity forms, fund
reports), in other words, names, numbers and dates than the issue's own sentences. Mainland, Hong
Kong (报/见/按年, written here in Simplified) and Taiwan (外资/投信/新台币) phrasing. Simplified with
ASCII punctuation: the tests derive the Traditional and full-width variants themselves.

Rows as in ``claim_cases.py``: (family, subject alias, subject id, metric, value or label, unit,
currency, period start, period end, forecast); ``ANY`` means "not checked". The family is a
reader's group only. A range is written ``"low~high"`` (the claim's ``low`` and ``high``, its
value empty). The labels follow these readings:

- a session figure is dated by its session: ``今日``, the item's dateline, else the as-of date; a
  morning briefing (早报, 财经早餐) reports the previous trading session, 隔夜 the previous US one;
  ``承接/延续 昨日…势`` does not date the session; nothing carries from one ``---`` item to the next
- a move that is not the session's change is marked by an 11th item ``True`` (Claim.intraday: read
  during the session): intraday_move for an excursion (一度, 盘中), the change it is (change_pct,
  change_points) for a move at a stated time (较早时, 高开/低开 at the open, with 半日收报); intraday_high / intraday_low / midday: the 高见 / 低见 / 半日收报 levels
- limit_move: the limit a stock closed at (20%涨停 +20, 10%跌停 −10)
- open_market_operation: an operation's amount and the net injection (净投放 +, 净回笼 −)
- new_loans, tsf_flow over the month; tsf_stock, reserves, market_cap, fund_shares at a day
- fine: the penalty's amount on the day it was imposed; payout_ratio, revenue_share over the
  results period; sales: contracted sales in money or units sold (套)
- holding_weight: a stock's share of a fund's net assets (the stock is the subject, the report's
  end date the period); portfolio_weight: a stock's weight in a portfolio or index, never a return
- annual_target: the target for the year (forecast); a forward PE of a year covers that whole year
  (the price over its forecast earnings), as ``pe_forward`` elsewhere in the cases
- 升1.9倍 is a rise of 190%; bp and pp moves are in percentage points (8个基点 → 0.08 bp)
- trailing windows (近一年, 过去十年, 前1周, 过去三个月) end on the as-of day and start the day after
  the same day N units before; open periods (自2021年以来, 2015年起) run from the start to the as-of
  day; a fund report's 本报告期 / 过去六个月 end on the report period's end; 申购费1折 is a tenth of
  the rate; an amount of a Hong Kong company in 元 is HKD unless 人民币 is written
"""

from __future__ import annotations

import datetime as dt

from tests.unit.claim_cases import ANY

D = dt.date

# fmt: off
CASES: list[tuple[str, dt.date | None, list[tuple]]] = [
    # ------------------------------------------------------------------ items: nothing carries across ---
    # a month-end date in one item does not date the next item's session; its headline is its own move
    ("南向资金一季度净流入创新高\n截至3月底,南向资金今年累计净流入4,150亿港元。\n---\n恒指急挫6.3%\n恒生指数收报19,828点,急跌1,322点,跌幅6.3%。", D(2025, 4, 7), [
        ("items", "南向资金", "southbound", "net_inflow", "415000000000", "HKD", "HKD", D(2025, 1, 1), D(2025, 3, 31), False),
        ("items", "恒指", "hsi", "change_pct", "-6.3", "%", None, D(2025, 4, 7), D(2025, 4, 7), False),
        ("items", "恒生指数", "hsi", "close", "19828", "点", None, D(2025, 4, 7), D(2025, 4, 7), False),
        ("items", "恒生指数", "hsi", "change_points", "-1322", "点", None, D(2025, 4, 7), D(2025, 4, 7), False),
        ("items", "恒生指数", "hsi", "change_pct", "-6.3", "%", None, D(2025, 4, 7), D(2025, 4, 7), False),
    ]),
    # a stock headline's move is the stock's, never the index's named in the body
    ("长和绩后跌约4%\n长和(00001)今日收报33.85元,跌3.8%。恒指收报23,120点,升0.4%。", D(2025, 3, 21), [
        ("items", "长和", ANY, "change_pct", "-4", "%", None, D(2025, 3, 21), D(2025, 3, 21), False),
        ("items", "长和", ANY, "close", "33.85", "HKD", "HKD", D(2025, 3, 21), D(2025, 3, 21), False),
        ("items", "长和", ANY, "change_pct", "-3.8", "%", None, D(2025, 3, 21), D(2025, 3, 21), False),
        ("items", "恒指", "hsi", "close", "23120", "点", None, D(2025, 3, 21), D(2025, 3, 21), False),
        ("items", "恒指", "hsi", "change_pct", "0.4", "%", None, D(2025, 3, 21), D(2025, 3, 21), False),
    ]),
    ("【快讯】3月28日,比亚迪收涨2.1%。\n---\n【快讯】宁德时代收跌1.5%。", D(2025, 3, 31), [
        ("items", "比亚迪", ANY, "change_pct", "2.1", "%", None, D(2025, 3, 28), D(2025, 3, 28), False),
        ("items", "宁德时代", ANY, "change_pct", "-1.5", "%", None, D(2025, 3, 31), D(2025, 3, 31), False),
    ]),
    # an item with no name of its own has no subject (not the company of the item before)
    ("腾讯控股第四季度收入1,725亿元人民币,按年增长11%。\n---\n股价今日升3.2%。", D(2025, 3, 20), [
        ("items", "腾讯控股", "tencent", "revenue", "172500000000", "CNY", "CNY", D(2024, 10, 1), D(2024, 12, 31), False),
        ("items", "腾讯控股", "tencent", "growth_yoy", "11", "%", None, D(2024, 10, 1), D(2024, 12, 31), False),
        ("items", None, None, "change_pct", "3.2", "%", None, D(2025, 3, 20), D(2025, 3, 20), False),
    ]),
    ("## 港股\n恒指收跌1.2%。\n## A股\n沪深300收涨0.5%。", D(2025, 3, 11), [
        ("items", "恒指", "hsi", "change_pct", "-1.2", "%", None, D(2025, 3, 11), D(2025, 3, 11), False),
        ("items", "沪深300", "csi300", "change_pct", "0.5", "%", None, D(2025, 3, 11), D(2025, 3, 11), False),
    ]),
    # ------------------------------------------------------------------ bylines and datelines
    # the byline's broker is the author, not the subject; 当前股价 is today's price, not a target
    ("海天味业(603288)2024年年报点评\n华泰证券研究所 2025年4月2日\n公司2024年实现营业收入269.0亿元,同比增长9.5%;归母净利润63.4亿元,同比增长12.8%。我们给予目标价48元,较当前股价41元有17.1%的上行空间。", D(2025, 4, 2), [
        ("byline", "海天味业", ANY, "revenue", "26900000000", "CNY", "CNY", D(2024, 1, 1), D(2024, 12, 31), False),
        ("byline", "海天味业", ANY, "growth_yoy", "9.5", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
        ("byline", "海天味业", ANY, "net_profit_attributable", "6340000000", "CNY", "CNY", D(2024, 1, 1), D(2024, 12, 31), False),
        ("byline", "海天味业", ANY, "growth_yoy", "12.8", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
        ("byline", "海天味业", ANY, "target_price", "48", "CNY", "CNY", D(2025, 4, 2), D(2025, 4, 2), True),
        ("byline", "海天味业", ANY, "close", "41", "CNY", "CNY", D(2025, 4, 2), D(2025, 4, 2), False),
        ("byline", "海天味业", ANY, "upside", "17.1", "%", None, None, None, True),
    ]),
    ("招商证券 李明 2025年3月28日\n美的集团2024年营业总收入4,091亿元,同比增长9.4%。", D(2025, 3, 28), [
        ("byline", "美的集团", ANY, "revenue", "409100000000", "CNY", "CNY", D(2024, 1, 1), D(2024, 12, 31), False),
        ("byline", "美的集团", ANY, "growth_yoy", "9.4", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
    ]),
    # ------------------------------------------------------------------ topic chains: predicates are no names
    ("国指早段一度升穿8,000点,高见8,052点,半日收报7,985点,升46点。", D(2025, 3, 12), [
        ("topic", "国指", "hscei", "threshold", "8000", "点", None, D(2025, 3, 12), D(2025, 3, 12), False),
        ("topic", "国指", "hscei", "intraday_high", "8052", "点", None, D(2025, 3, 12), D(2025, 3, 12), False),
        ("topic", "国指", "hscei", "midday", "7985", "点", None, D(2025, 3, 12), D(2025, 3, 12), False),
        ("topic", "国指", "hscei", "change_points", "46", "点", None, D(2025, 3, 12), D(2025, 3, 12), False, True),
    ]),
    ("恒生科技指数较早时跌2.1%,低见5,410点,其后跌幅收窄,收市报5,498点,跌0.5%。", D(2025, 3, 13), [
        ("topic", "恒生科技指数", "hstech", "change_pct", "-2.1", "%", None, D(2025, 3, 13), D(2025, 3, 13), False, True),
        ("topic", "恒生科技指数", "hstech", "intraday_low", "5410", "点", None, D(2025, 3, 13), D(2025, 3, 13), False),
        ("topic", "恒生科技指数", "hstech", "close", "5498", "点", None, D(2025, 3, 13), D(2025, 3, 13), False),
        ("topic", "恒生科技指数", "hstech", "change_pct", "-0.5", "%", None, D(2025, 3, 13), D(2025, 3, 13), False),
    ]),
    ("沪指盘中一度跌破3,100点,最终收报3,145.55点,涨1.3%。", D(2025, 4, 9), [
        ("topic", "沪指", "sse_composite", "threshold", "3100", "点", None, D(2025, 4, 9), D(2025, 4, 9), False),
        ("topic", "沪指", "sse_composite", "close", "3145.55", "点", None, D(2025, 4, 9), D(2025, 4, 9), False),
        ("topic", "沪指", "sse_composite", "change_pct", "1.3", "%", None, D(2025, 4, 9), D(2025, 4, 9), False),
    ]),
    # 低开 is the opening gap, not the session's change
    ("恒指今日低开215点,其后反弹,收市报22,976点,升360点。", D(2025, 2, 18), [
        ("topic", "恒指", "hsi", "change_points", "-215", "点", None, D(2025, 2, 18), D(2025, 2, 18), False, True),
        ("topic", "恒指", "hsi", "close", "22976", "点", None, D(2025, 2, 18), D(2025, 2, 18), False),
        ("topic", "恒指", "hsi", "change_points", "360", "点", None, D(2025, 2, 18), D(2025, 2, 18), False),
    ]),
    ("恒指较早时跌185点,科指一度跌2.4%。", D(2025, 3, 14), [
        ("topic", "恒指", "hsi", "change_points", "-185", "点", None, D(2025, 3, 14), D(2025, 3, 14), False, True),
        ("topic", "科指", "hstech", "intraday_move", "-2.4", "%", None, D(2025, 3, 14), D(2025, 3, 14), False, True),
    ]),
    ("小米集团高开2.1%,高见56.80元,半日收报55.90元,升1.4%。", D(2025, 3, 19), [
        ("topic", "小米集团", "xiaomi", "change_pct", "2.1", "%", None, D(2025, 3, 19), D(2025, 3, 19), False, True),
        ("topic", "小米集团", "xiaomi", "intraday_high", "56.80", "HKD", "HKD", D(2025, 3, 19), D(2025, 3, 19), False),
        ("topic", "小米集团", "xiaomi", "midday", "55.90", "HKD", "HKD", D(2025, 3, 19), D(2025, 3, 19), False),
        ("topic", "小米集团", "xiaomi", "change_pct", "1.4", "%", None, D(2025, 3, 19), D(2025, 3, 19), False, True),
    ]),
    # ------------------------------------------------------------------ parallel clauses and lists
    ("今日收盘,上证50跌0.4%,中证1000涨1.3%,科创50涨2.2%。", D(2025, 3, 24), [
        ("parallel", "上证50", "sse50", "change_pct", "-0.4", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("parallel", "中证1000", "csi1000", "change_pct", "1.3", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("parallel", "科创50", "star50", "change_pct", "2.2", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
    ]),
    ("国内商品期货收盘,沪金涨1.2%,沪铜跌0.8%;螺纹钢、焦煤分别跌1.5%、2.6%。", D(2025, 3, 24), [
        ("parallel", "沪金", ANY, "change_pct", "1.2", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("parallel", "沪铜", ANY, "change_pct", "-0.8", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("parallel", "螺纹钢", ANY, "change_pct", "-1.5", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("parallel", "焦煤", ANY, "change_pct", "-2.6", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
    ]),
    ("可转债方面,今日大秦转债、南航转债分别涨3.1%、2.4%。", D(2025, 3, 24), [
        ("parallel", "大秦转债", ANY, "change_pct", "3.1", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("parallel", "南航转债", ANY, "change_pct", "2.4", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
    ]),
    # a named stock's flow is the stock's, not southbound's
    ("南向资金今日净买入63.2亿港元,其中腾讯控股获净买入12.5亿港元,美团遭净卖出4.8亿港元。", D(2025, 3, 25), [
        ("parallel", "南向资金", "southbound", "net_inflow", "6320000000", "HKD", "HKD", D(2025, 3, 25), D(2025, 3, 25), False),
        ("parallel", "腾讯控股", "tencent", "net_inflow", "1250000000", "HKD", "HKD", D(2025, 3, 25), D(2025, 3, 25), False),
        ("parallel", "美团", "meituan", "net_inflow", "-480000000", "HKD", "HKD", D(2025, 3, 25), D(2025, 3, 25), False),
    ]),
    ("华泰柏瑞沪深300ETF今日净流入25.3亿元,易方达创业板ETF净流出3.6亿元。", D(2025, 3, 25), [
        ("parallel", "华泰柏瑞沪深300ETF", ANY, "net_inflow", "2530000000", "CNY", "CNY", D(2025, 3, 25), D(2025, 3, 25), False),
        ("parallel", "易方达创业板ETF", ANY, "net_inflow", "-360000000", "CNY", "CNY", D(2025, 3, 25), D(2025, 3, 25), False),
    ]),
    ("台股今日收盘,三大法人合计卖超129.7亿元,其中外资卖超152.3亿元,投信买超28.7亿元,自营商卖超6.1亿元。", D(2025, 3, 25), [
        ("parallel", "三大法人", ANY, "net_inflow", "-12970000000", "TWD", "TWD", D(2025, 3, 25), D(2025, 3, 25), False),
        ("parallel", "外资", ANY, "net_inflow", "-15230000000", "TWD", "TWD", D(2025, 3, 25), D(2025, 3, 25), False),
        ("parallel", "投信", ANY, "net_inflow", "2870000000", "TWD", "TWD", D(2025, 3, 25), D(2025, 3, 25), False),
        ("parallel", "自营商", ANY, "net_inflow", "-610000000", "TWD", "TWD", D(2025, 3, 25), D(2025, 3, 25), False),
    ]),
    # ------------------------------------------------------------------ session, briefing and period words
    # the dateline dates the session (the as-of date is the next day)
    ("【A股收评】2025年4月15日\n沪深300涨0.3%,中证A500跌0.2%,两市成交额1.08万亿元。", D(2025, 4, 16), [
        ("session", "沪深300", "csi300", "change_pct", "0.3", "%", None, D(2025, 4, 15), D(2025, 4, 15), False),
        ("session", "中证A500", "csi_a500", "change_pct", "-0.2", "%", None, D(2025, 4, 15), D(2025, 4, 15), False),
        ("session", "两市", "cn_two_markets", "turnover", "1080000000000", "CNY", "CNY", D(2025, 4, 15), D(2025, 4, 15), False),
    ]),
    # a bracket's 截至…收盘 ends the year-to-date period; it does not make a session change
    ("年初至今(截至4月18日收盘),创业板指下跌6.3%,中证1000上涨2.1%。", D(2025, 4, 20), [
        ("session", "创业板指", "chinext", "return", "-6.3", "%", None, D(2025, 1, 1), D(2025, 4, 18), False),
        ("session", "中证1000", "csi1000", "return", "2.1", "%", None, D(2025, 1, 1), D(2025, 4, 18), False),
    ]),
    # 前值 / 上月 date the previous period; 预期 is a forecast of the same month
    ("5月PPI同比下降3.3%,前值为同比下降2.7%。", D(2025, 6, 9), [
        ("session", "PPI", "cn_ppi", "growth_yoy", "-3.3", "%", None, D(2025, 5, 1), D(2025, 5, 31), False),
        ("session", "PPI", "cn_ppi", "growth_yoy", "-2.7", "%", None, D(2025, 4, 1), D(2025, 4, 30), False),
    ]),
    ("4月美国CPI同比上涨2.3%,预期2.4%,前值2.4%。", D(2025, 5, 13), [
        ("session", "美国CPI", "us_cpi", "growth_yoy", "2.3", "%", None, D(2025, 4, 1), D(2025, 4, 30), False),
        ("session", "美国CPI", "us_cpi", "growth_yoy", "2.4", "%", None, D(2025, 4, 1), D(2025, 4, 30), True),
        ("session", "美国CPI", "us_cpi", "growth_yoy", "2.4", "%", None, D(2025, 3, 1), D(2025, 3, 31), False),
    ]),
    ("3月社会融资规模增量为5.89万亿元,上月为2.23万亿元。", D(2025, 4, 14), [
        ("session", "社会融资规模增量", "cn_tsf", "tsf_flow", "5890000000000", "CNY", "CNY", D(2025, 3, 1), D(2025, 3, 31), False),
        ("session", "社会融资规模增量", "cn_tsf", "tsf_flow", "2230000000000", "CNY", "CNY", D(2025, 2, 1), D(2025, 2, 28), False),
    ]),
    # a day word inside 承接/延续 … 势 is not the session's date
    ("港股今日承接昨日跌势,恒指收报22,640点,跌1.1%。", D(2025, 3, 28), [
        ("session", "恒指", "hsi", "close", "22640", "点", None, D(2025, 3, 28), D(2025, 3, 28), False),
        ("session", "恒指", "hsi", "change_pct", "-1.1", "%", None, D(2025, 3, 28), D(2025, 3, 28), False),
    ]),
    ("A股延续上周五涨势,上证指数收涨0.7%,报3,380.66点。", D(2025, 3, 17), [
        ("session", "上证指数", "sse_composite", "change_pct", "0.7", "%", None, D(2025, 3, 17), D(2025, 3, 17), False),
        ("session", "上证指数", "sse_composite", "close", "3380.66", "点", None, D(2025, 3, 17), D(2025, 3, 17), False),
    ]),
    # a Monday briefing reports Friday's sessions (隔夜 US, and the A-share close)
    ("财经早餐 2025年3月10日 星期一\n隔夜美股三大指数集体收涨,道指涨0.5%,标普500指数涨0.6%,纳指涨0.7%。A股方面,上证指数收跌0.2%,报3,372.55点。", D(2025, 3, 10), [
        ("session", "道指", "djia", "change_pct", "0.5", "%", None, D(2025, 3, 7), D(2025, 3, 7), False),
        ("session", "标普500指数", "spx", "change_pct", "0.6", "%", None, D(2025, 3, 7), D(2025, 3, 7), False),
        ("session", "纳指", "nasdaq_composite", "change_pct", "0.7", "%", None, D(2025, 3, 7), D(2025, 3, 7), False),
        ("session", "上证指数", "sse_composite", "change_pct", "-0.2", "%", None, D(2025, 3, 7), D(2025, 3, 7), False),
        ("session", "上证指数", "sse_composite", "close", "3372.55", "点", None, D(2025, 3, 7), D(2025, 3, 7), False),
    ]),
    ("港股早报 2025年4月23日\n恒指收报21,562点,升2.4%,大市成交额2,150亿元。", D(2025, 4, 23), [
        ("session", "恒指", "hsi", "close", "21562", "点", None, D(2025, 4, 22), D(2025, 4, 22), False),
        ("session", "恒指", "hsi", "change_pct", "2.4", "%", None, D(2025, 4, 22), D(2025, 4, 22), False),
        ("session", "大市", "hk_market", "turnover", "215000000000", "HKD", "HKD", D(2025, 4, 22), D(2025, 4, 22), False),
    ]),
    ("恒指全日升312点,收报23,804点,大市成交额2,638亿元。", D(2025, 3, 5), [
        ("session", "恒指", "hsi", "change_points", "312", "点", None, D(2025, 3, 5), D(2025, 3, 5), False),
        ("session", "恒指", "hsi", "close", "23804", "点", None, D(2025, 3, 5), D(2025, 3, 5), False),
        ("session", "大市", "hk_market", "turnover", "263800000000", "HKD", "HKD", D(2025, 3, 5), D(2025, 3, 5), False),
    ]),
    ("小米集团收市升4.2%,报45.30元,成交额逾200亿元。", D(2025, 3, 19), [
        ("session", "小米集团", "xiaomi", "change_pct", "4.2", "%", None, D(2025, 3, 19), D(2025, 3, 19), False),
        ("session", "小米集团", "xiaomi", "close", "45.30", "HKD", "HKD", D(2025, 3, 19), D(2025, 3, 19), False),
        ("session", "小米集团", "xiaomi", "turnover", "20000000000", "HKD", "HKD", D(2025, 3, 19), D(2025, 3, 19), False),
    ]),
    ("台股加权指数今日收盘上涨231点,收在22,850点,成交值新台币4,120亿元。", D(2025, 3, 24), [
        ("session", "台股加权指数", "taiex", "change_points", "231", "点", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("session", "台股加权指数", "taiex", "close", "22850", "点", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("session", "台股加权指数", "taiex", "turnover", "412000000000", "TWD", "TWD", D(2025, 3, 24), D(2025, 3, 24), False),
    ]),
    # ------------------------------------------------------------------ figures: policy and macro amounts
    ("3月20日,央行开展1,505亿元7天期逆回购操作,操作利率为1.50%,实现净投放305亿元。", D(2025, 3, 20), [
        ("figures", "央行", ANY, "open_market_operation", "150500000000", "CNY", "CNY", D(2025, 3, 20), D(2025, 3, 20), False),
        ("figures", "7天期逆回购", ANY, "yield", "1.50", "%", None, D(2025, 3, 20), D(2025, 3, 20), False),
        ("figures", "央行", ANY, "open_market_operation", "30500000000", "CNY", "CNY", D(2025, 3, 20), D(2025, 3, 20), False),
    ]),
    ("人民银行3月25日开展4,500亿元MLF操作,当月MLF净投放630亿元。", D(2025, 3, 25), [
        ("figures", "人民银行", ANY, "open_market_operation", "450000000000", "CNY", "CNY", D(2025, 3, 25), D(2025, 3, 25), False),
        ("figures", "人民银行", ANY, "open_market_operation", "63000000000", "CNY", "CNY", D(2025, 3, 1), D(2025, 3, 31), False),
    ]),
    ("本周央行公开市场累计净回笼2,268亿元。", D(2025, 3, 28), [
        ("figures", "央行", ANY, "open_market_operation", "-226800000000", "CNY", "CNY", D(2025, 3, 24), D(2025, 3, 30), False),
    ]),
    ("2月人民币贷款增加1.01万亿元,社会融资规模增量为2.23万亿元;2月末社会融资规模存量为415.8万亿元,同比增长8.2%。", D(2025, 3, 14), [
        ("figures", "人民币贷款", ANY, "new_loans", "1010000000000", "CNY", "CNY", D(2025, 2, 1), D(2025, 2, 28), False),
        ("figures", "社会融资规模增量", "cn_tsf", "tsf_flow", "2230000000000", "CNY", "CNY", D(2025, 2, 1), D(2025, 2, 28), False),
        ("figures", "社会融资规模存量", "cn_tsf", "tsf_stock", "415800000000000", "CNY", "CNY", D(2025, 2, 28), D(2025, 2, 28), False),
        ("figures", "社会融资规模存量", "cn_tsf", "growth_yoy", "8.2", "%", None, D(2025, 2, 28), D(2025, 2, 28), False),
    ]),
    # the change between two month-ends is the month's change
    ("截至3月末,我国外汇储备规模为32,407亿美元,较2月末上升134亿美元;黄金储备为7,370万盎司。", D(2025, 4, 7), [
        ("figures", "我国外汇储备", "cn_fx_reserves", "reserves", "3240700000000", "USD", "USD", D(2025, 3, 31), D(2025, 3, 31), False),
        ("figures", "我国外汇储备", "cn_fx_reserves", "change_amount", "13400000000", "USD", "USD", D(2025, 3, 1), D(2025, 3, 31), False),
        ("figures", "黄金储备", ANY, "reserves", "73700000", "盎司", None, D(2025, 3, 31), D(2025, 3, 31), False),
    ]),
    ("一季度国内生产总值同比增长5.4%。", D(2025, 4, 16), [
        ("figures", "国内生产总值", "cn_gdp", "growth_yoy", "5.4", "%", None, D(2025, 1, 1), D(2025, 3, 31), False),
    ]),
    ("香港去年第四季度本地生产总值按年实质增长2.4%。", D(2025, 2, 26), [
        ("figures", "本地生产总值", "hk_gdp", "growth_yoy", "2.4", "%", None, D(2024, 10, 1), D(2024, 12, 31), False),
    ]),
    # ------------------------------------------------------------------ figures: company and market amounts
    ("贵州茅台总市值报1.93万亿元,腾讯控股市值约4.6万亿港元。", D(2025, 3, 26), [
        ("figures", "贵州茅台", "moutai", "market_cap", "1930000000000", "CNY", "CNY", D(2025, 3, 26), D(2025, 3, 26), False),
        ("figures", "腾讯控股", "tencent", "market_cap", "4600000000000", "HKD", "HKD", D(2025, 3, 26), D(2025, 3, 26), False),
    ]),
    # the fined company is the subject, not the regulator
    ("3月14日,证监会对东方集团处以罚款1.5亿元。", D(2025, 3, 17), [
        ("figures", "东方集团", ANY, "fine", "150000000", "CNY", "CNY", D(2025, 3, 14), D(2025, 3, 14), False),
    ]),
    ("香港证监会今日谴责耀才证券并罚款1,200万元。", D(2025, 3, 17), [
        ("figures", "耀才证券", ANY, "fine", "12000000", "HKD", "HKD", D(2025, 3, 17), D(2025, 3, 17), False),
    ]),
    ("汇丰控股2024年派息比率为50%,全年每股派息0.87美元。", D(2025, 2, 20), [
        ("figures", "汇丰控股", ANY, "payout_ratio", "50", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
        ("figures", "汇丰控股", ANY, "dps", "0.87", "USD", "USD", D(2024, 1, 1), D(2024, 12, 31), False),
    ]),
    ("保利发展2月签约金额210.3亿元,同比下降18.4%。", D(2025, 3, 10), [
        ("figures", "保利发展", ANY, "sales", "21030000000", "CNY", "CNY", D(2025, 2, 1), D(2025, 2, 28), False),
        ("figures", "保利发展", ANY, "growth_yoy", "-18.4", "%", None, D(2025, 2, 1), D(2025, 2, 28), False),
    ]),
    ("新鸿基地产新盘昨日售出386套,套现约42亿元。", D(2025, 3, 24), [
        ("figures", "新鸿基地产", ANY, "sales", "386", "套", None, D(2025, 3, 23), D(2025, 3, 23), False),
        ("figures", "新鸿基地产", ANY, "sales", "4200000000", "HKD", "HKD", D(2025, 3, 23), D(2025, 3, 23), False),
    ]),
    # a Hong Kong company's 元 is HKD unless 人民币 is written
    ("港交所2024年股东应占溢利130.5亿元,按年升9%;派末期股息每股6.18元。", D(2025, 2, 27), [
        ("figures", "港交所", ANY, "net_profit_attributable", "13050000000", "HKD", "HKD", D(2024, 1, 1), D(2024, 12, 31), False),
        ("figures", "港交所", ANY, "growth_yoy", "9", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
        ("figures", "港交所", ANY, "dps", "6.18", "HKD", "HKD", D(2024, 1, 1), D(2024, 12, 31), False),
    ]),
    ("中国海外发展2024年股东应占溢利人民币156.4亿元,按年跌39%。", D(2025, 3, 28), [
        ("figures", "中国海外发展", ANY, "net_profit_attributable", "15640000000", "CNY", "CNY", D(2024, 1, 1), D(2024, 12, 31), False),
        ("figures", "中国海外发展", ANY, "growth_yoy", "-39", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
    ]),
    ("中国宏桥去年纯利人民币223.7亿元,按年升1.9倍。", D(2025, 3, 20), [
        ("figures", "中国宏桥", ANY, "net_profit", "22370000000", "CNY", "CNY", D(2024, 1, 1), D(2024, 12, 31), False),
        ("figures", "中国宏桥", ANY, "growth_yoy", "190", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
    ]),
    ("台积电1月营收2,933亿元,月增5.4%,年增35.9%。", D(2025, 2, 10), [
        ("figures", "台积电", ANY, "revenue", "293300000000", "TWD", "TWD", D(2025, 1, 1), D(2025, 1, 31), False),
        ("figures", "台积电", ANY, "growth_mom", "5.4", "%", None, D(2025, 1, 1), D(2025, 1, 31), False),
        ("figures", "台积电", ANY, "growth_yoy", "35.9", "%", None, D(2025, 1, 1), D(2025, 1, 31), False),
    ]),
    # limits are signed: 涨停 up, 跌停 down
    ("创业板个股华大基因今日20%涨停,报52.80元。", D(2025, 3, 24), [
        ("figures", "华大基因", ANY, "limit_move", "20", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("figures", "华大基因", ANY, "close", "52.80", "CNY", "CNY", D(2025, 3, 24), D(2025, 3, 24), False),
    ]),
    ("恒瑞医药今日10%跌停,收报45.12元。", D(2025, 3, 24), [
        ("figures", "恒瑞医药", ANY, "limit_move", "-10", "%", None, D(2025, 3, 24), D(2025, 3, 24), False),
        ("figures", "恒瑞医药", ANY, "close", "45.12", "CNY", "CNY", D(2025, 3, 24), D(2025, 3, 24), False),
    ]),
    ("10年期美债收益率上行8个基点至4.38%,2年期美债收益率报3.95%。", D(2025, 3, 27), [
        ("figures", "10年期美债收益率", ANY, "yield_change", "0.08", "bp", None, D(2025, 3, 27), D(2025, 3, 27), False),
        ("figures", "10年期美债收益率", ANY, "yield", "4.38", "%", None, D(2025, 3, 27), D(2025, 3, 27), False),
        ("figures", "2年期美债收益率", ANY, "yield", "3.95", "%", None, D(2025, 3, 27), D(2025, 3, 27), False),
    ]),
    # ------------------------------------------------------------------ figures: shares and weights (never a return or growth)
    ("比亚迪2024年海外收入占总营收的比例为27.5%,较上年提升5.1个百分点。", D(2025, 3, 25), [
        ("figures", "比亚迪", ANY, "revenue_share", "27.5", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
        ("figures", "比亚迪", ANY, "ratio_change", "5.1", "pp", None, D(2024, 1, 1), D(2024, 12, 31), False),
    ]),
    ("腾讯控股第四季度金融科技及企业服务收入占比为31%。", D(2025, 3, 20), [
        ("figures", "腾讯控股", "tencent", "revenue_share", "31", "%", None, D(2024, 10, 1), D(2024, 12, 31), False),
    ]),
    ("我们的5月金股组合中,宁德时代权重为12%,招商银行权重为8%。", D(2025, 4, 30), [
        ("figures", "宁德时代", ANY, "portfolio_weight", "12", "%", None, D(2025, 5, 1), D(2025, 5, 31), False),
        ("figures", "招商银行", ANY, "portfolio_weight", "8", "%", None, D(2025, 5, 1), D(2025, 5, 31), False),
    ]),
    ("在恒生指数中,汇丰控股权重约为8.6%,腾讯控股权重约为9.8%。", D(2025, 3, 6), [
        ("figures", "汇丰控股", ANY, "portfolio_weight", "8.6", "%", None, D(2025, 3, 6), D(2025, 3, 6), False),
        ("figures", "腾讯控股", "tencent", "portfolio_weight", "9.8", "%", None, D(2025, 3, 6), D(2025, 3, 6), False),
    ]),
    # ------------------------------------------------------------------ figures: targets, forward PE, ranges, excess
    ("政府工作报告提出,2025年国内生产总值增长目标为5%左右,居民消费价格涨幅目标为2%左右。", D(2025, 3, 5), [
        ("figures", "国内生产总值", "cn_gdp", "annual_target", "5", "%", None, D(2025, 1, 1), D(2025, 12, 31), True),
        ("figures", "居民消费价格", "cn_cpi", "annual_target", "2", "%", None, D(2025, 1, 1), D(2025, 12, 31), True),
    ]),
    # a target with no year is this year's (not the last completed year's, as 全年 results are)
    ("理想汽车全年交付目标为70万辆。", D(2025, 3, 14), [
        ("figures", "理想汽车", ANY, "annual_target", "700000", "辆", None, D(2025, 1, 1), D(2025, 12, 31), True),
    ]),
    ("山西汾酒(600809)首次覆盖报告\n预计公司2025-2027年归母净利润分别为135.2亿元、151.4亿元和168.1亿元,对应PE分别为18倍、16倍和14倍。", D(2025, 4, 10), [
        ("figures", "山西汾酒", ANY, "net_profit_attributable", "13520000000", "CNY", "CNY", D(2025, 1, 1), D(2025, 12, 31), True),
        ("figures", "山西汾酒", ANY, "net_profit_attributable", "15140000000", "CNY", "CNY", D(2026, 1, 1), D(2026, 12, 31), True),
        ("figures", "山西汾酒", ANY, "net_profit_attributable", "16810000000", "CNY", "CNY", D(2027, 1, 1), D(2027, 12, 31), True),
        ("figures", "山西汾酒", ANY, "pe_forward", "18", "x", None, D(2025, 1, 1), D(2025, 12, 31), True),
        ("figures", "山西汾酒", ANY, "pe_forward", "16", "x", None, D(2026, 1, 1), D(2026, 12, 31), True),
        ("figures", "山西汾酒", ANY, "pe_forward", "14", "x", None, D(2027, 1, 1), D(2027, 12, 31), True),
    ]),
    ("中金公司给予友邦保险目标价区间78-85港元。", D(2025, 3, 12), [
        ("figures", "友邦保险", ANY, "target_price", "78~85", "HKD", "HKD", D(2025, 3, 12), D(2025, 3, 12), True),
    ]),
    ("技术面上,恒指短期支持位在22,800至23,000点。", D(2025, 3, 12), [
        ("figures", "恒指", "hsi", "threshold", "22800~23000", "点", None, D(2025, 3, 12), D(2025, 3, 12), True),
    ]),
    ("本基金近一年净值增长率为18.6%,领先业绩比较基准7.2个百分点。", D(2025, 3, 6), [
        ("figures", "本基金", "unnamed_fund", "fund_return", "18.6", "%", None, D(2024, 3, 7), D(2025, 3, 6), False),
        ("figures", "本基金", "unnamed_fund", "excess_return", "7.2", "pp", None, D(2024, 3, 7), D(2025, 3, 6), False),
    ]),
    # the excess belongs to the index that beat the other, not to the one it beat
    ("中证红利低波指数今年以来上涨4.3%,跑赢沪深300指数6.1个百分点。", D(2025, 3, 6), [
        ("figures", "中证红利低波指数", ANY, "return", "4.3", "%", None, D(2025, 1, 1), D(2025, 3, 6), False),
        ("figures", "中证红利低波指数", ANY, "excess_return", "6.1", "pp", None, D(2025, 1, 1), D(2025, 3, 6), False),
    ]),
    # ------------------------------------------------------------------ time and quantity forms
    ("贵州茅台2024年净利率同比提升两个百分点至52.3%。", D(2025, 3, 31), [
        ("time", "贵州茅台", "moutai", "ratio_change", "2", "pp", None, D(2024, 1, 1), D(2024, 12, 31), False),
        ("time", "贵州茅台", "moutai", "net_margin", "52.3", "%", None, D(2024, 1, 1), D(2024, 12, 31), False),
    ]),
    ("恒生科技指数今年以来跑输恒指三个百分点。", D(2025, 3, 6), [
        ("time", "恒生科技指数", "hstech", "excess_return", "-3", "pp", None, D(2025, 1, 1), D(2025, 3, 6), False),
    ]),
    ("从一月十三日到十七日,北向资金累计净买入185亿元。", D(2025, 1, 20), [
        ("time", "北向资金", "northbound", "net_inflow", "18500000000", "CNY", "CNY", D(2025, 1, 13), D(2025, 1, 17), False),
    ]),
    ("从2016到2018,贵州茅台营业收入累计增长90%。", D(2025, 3, 6), [
        ("time", "贵州茅台", "moutai", "growth", "90", "%", None, D(2016, 1, 1), D(2018, 12, 31), False),
    ]),
    ("过去十年,沪深300指数年化收益率为2.9%。", D(2025, 3, 6), [
        ("time", "沪深300指数", "csi300", "annualized_return", "2.9", "%", None, D(2015, 3, 7), D(2025, 3, 6), False),
    ]),
    ("恒指前1周累计下跌2.1%。", D(2025, 3, 14), [
        ("time", "恒指", "hsi", "return", "-2.1", "%", None, D(2025, 3, 8), D(2025, 3, 14), False),
    ]),
    ("恒生科技指数自2021年以来累计下跌38%。", D(2025, 3, 6), [
        ("time", "恒生科技指数", "hstech", "return", "-38", "%", None, D(2021, 1, 1), D(2025, 3, 6), False),
    ]),
    ("2015年起,沪深300指数累计上涨12%。", D(2025, 3, 6), [
        ("time", "沪深300指数", "csi300", "return", "12", "%", None, D(2015, 1, 1), D(2025, 3, 6), False),
    ]),
    ("沪深300指数自18年10月8日以来累计上涨15.6%。", D(2025, 3, 6), [
        ("time", "沪深300指数", "csi300", "return", "15.6", "%", None, D(2018, 10, 8), D(2025, 3, 6), False),
    ]),
    ("本基金申购费率为1.50%,通过直销网上交易申购享1折优惠。", D(2025, 3, 6), [
        ("time", "本基金", "unnamed_fund", "fee", "1.50", "%", None, D(2025, 3, 6), D(2025, 3, 6), False),
        ("time", "本基金", "unnamed_fund", "fee", "0.15", "%", None, D(2025, 3, 6), D(2025, 3, 6), False),
    ]),
    # ------------------------------------------------------------------ fund reports and leaflets
    # 本报告期 is the report's quarter; the title names the fund
    ("远帆均衡混合基金2025年第二季度报告\n本报告期内,本基金A类份额净值增长率为-2.36%,同期业绩比较基准收益率为-1.05%。", D(2025, 7, 18), [
        ("fund", "远帆均衡混合基金", ANY, "fund_return", "-2.36", "%", None, D(2025, 4, 1), D(2025, 6, 30), False),
        ("fund", "远帆均衡混合基金", ANY, "benchmark_return", "-1.05", "%", None, D(2025, 4, 1), D(2025, 6, 30), False),
    ]),
    # 过去六个月 counts back from the report period's end, not from the as-of date
    ("远帆稳健债券基金2025年中期报告\n本基金过去六个月份额净值增长率为1.12%,同期业绩比较基准收益率为0.86%。", D(2025, 8, 28), [
        ("fund", "远帆稳健债券基金", ANY, "fund_return", "1.12", "%", None, D(2025, 1, 1), D(2025, 6, 30), False),
        ("fund", "远帆稳健债券基金", ANY, "benchmark_return", "0.86", "%", None, D(2025, 1, 1), D(2025, 6, 30), False),
    ]),
    # 自基金合同生效以来 starts on the inception date the report states
    ("本基金合同于2021年3月18日生效。截至2025年6月30日,自基金合同生效以来本基金份额累计净值增长率为-12.30%。", D(2025, 7, 18), [
        ("fund", "本基金", "unnamed_fund", "fund_return_since_inception", "-12.30", "%", None, D(2021, 3, 18), D(2025, 6, 30), False),
    ]),
    ("远帆科技创新混合基金2025年第一季度报告\n报告期末,本基金第一大重仓股为宁德时代,占基金资产净值比例为9.85%;第二大重仓股为贵州茅台,占基金资产净值比例为7.12%。", D(2025, 4, 22), [
        ("fund", "宁德时代", ANY, "holding_weight", "9.85", "%", None, D(2025, 3, 31), D(2025, 3, 31), False),
        ("fund", "贵州茅台", "moutai", "holding_weight", "7.12", "%", None, D(2025, 3, 31), D(2025, 3, 31), False),
    ]),
    ("远帆成长精选混合基金2025年第一季度报告\n报告期末本基金份额总额为18.62亿份,报告期内基金份额净赎回2.15亿份。", D(2025, 4, 22), [
        ("fund", "远帆成长精选混合基金", ANY, "fund_shares", "1862000000", "份", None, D(2025, 3, 31), D(2025, 3, 31), False),
        ("fund", "远帆成长精选混合基金", ANY, "change_amount", "-215000000", "份", None, D(2025, 1, 1), D(2025, 3, 31), False),
    ]),
    ("截至2025年3月31日,易方达蓝筹精选混合基金份额总额为95.3亿份。", D(2025, 4, 22), [
        ("fund", "易方达蓝筹精选混合基金", ANY, "fund_shares", "9530000000", "份", None, D(2025, 3, 31), D(2025, 3, 31), False),
    ]),
    ("远帆消费混合基金2024年年度报告\n截至本报告期末,本基金股票资产占基金资产净值的比例为88.4%,前十大重仓股合计占基金资产净值的比例为45.2%。", D(2025, 3, 28), [
        ("fund", "远帆消费混合基金", ANY, "equity_share", "88.4", "%", None, D(2024, 12, 31), D(2024, 12, 31), False),
        ("fund", "远帆消费混合基金", ANY, "top_holdings_share", "45.2", "%", None, D(2024, 12, 31), D(2024, 12, 31), False),
    ]),
    ("过去三个月,本基金净值增长率为6.8%。", D(2025, 3, 6), [
        ("fund", "本基金", "unnamed_fund", "fund_return", "6.8", "%", None, D(2024, 12, 7), D(2025, 3, 6), False),
    ]),
]
# fmt: on
