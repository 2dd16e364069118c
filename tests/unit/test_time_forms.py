"""Every time form of issue 11 (quarters, halves, fiscal years, weeks and days, ranges and open periods,
the year of a month-day without one, 上年同期, Chinese numerals, impossible dates) as table rows.

Each row runs in both scripts (Simplified as written, Traditional through OpenCC s2t) and both
punctuation widths (ASCII ,:;() and full-width ，：；（）), through the engine directly and through the
extract stage (normalize → recognizer → Mention in original-text offsets).
"""

from __future__ import annotations

from datetime import date

import pytest
from time_support import VARIANTS, back, variant

from analyzer.extract import extract_mentions
from analyzer.extract.timeexpr import TimeHit, find_time_expressions, same_period_last_year, year_spans
from analyzer.extract.timevocab import TimeSettings
from analyzer.normalize import normalize
from analyzer.types import Mention

A = date(2025, 3, 6)  # a Thursday; its week is 2025-03-03 … 2025-03-09
S = date(2024, 9, 3)  # the issue's example: a text dated 2024-09-03 (a Tuesday)
PAST = TimeSettings(prefer_dates_from="past")
FUTURE = TimeSettings(prefer_dates_from="future")


# (text, as_of, surface, kind, start, end, relation); exactly one hit expected
FORMS: list[tuple[str, date, str, str, str | None, str | None, str | None]] = [
    # quarters and halves
    ("首季业绩", A, "首季", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("第4季业绩", A, "第4季", "period", "2025-10-01", "2025-12-31", "quarter"),
    ("去年第4季业绩", A, "去年第4季", "period", "2024-10-01", "2024-12-31", "quarter"),
    ("一季度业绩", A, "一季度", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("第一季度业绩", A, "第一季度", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("二季度末持仓", A, "二季度末", "date", "2025-06-30", "2025-06-30", "quarter_end"),
    ("去年三季度末持仓", A, "去年三季度末", "date", "2024-09-30", "2024-09-30", "quarter_end"),
    ("前三季度营收", A, "前三季度", "period", "2025-01-01", "2025-09-30", "ytd_quarters"),
    ("前三季度营收", date(2024, 11, 15), "前三季度", "period", "2024-01-01", "2024-09-30", "ytd_quarters"),
    ("2024年前三季度营收", A, "2024年前三季度", "period", "2024-01-01", "2024-09-30", "ytd_quarters"),
    # claims10b: a four-digit year without 年 before the whole year or its first quarters (results notes)
    ("2019全年毛利率", A, "2019全年", "period", "2019-01-01", "2019-12-31", "year"),
    ("2023前三季度营收", A, "2023前三季度", "period", "2023-01-01", "2023-09-30", "ytd_quarters"),
    # claims11c: a year word with its number in brackets (Taiwan's 今(2025)年, 去(2024)年) states that year
    ("今(2025)年第1季营收", A, "2025)年第1季", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("去(2024)年出口", A, "2024)年", "date", "2024-01-01", "2024-12-31", "year"),
    ("上半年业绩", A, "上半年", "period", "2025-01-01", "2025-06-30", "half"),
    ("下半年业绩", A, "下半年", "period", "2025-07-01", "2025-12-31", "half"),
    ("去年下半年业绩", A, "去年下半年", "period", "2024-07-01", "2024-12-31", "half"),
    ("2024年上半年业绩", A, "2024年上半年", "period", "2024-01-01", "2024-06-30", "half"),
    ("H1 2025业绩", A, "H1 2025", "period", "2025-01-01", "2025-06-30", "half"),
    ("1H25业绩", A, "1H25", "period", "2025-01-01", "2025-06-30", "half"),
    ("2025H2业绩", A, "2025H2", "period", "2025-07-01", "2025-12-31", "half"),
    ("2024Q3业绩", A, "2024Q3", "period", "2024-07-01", "2024-09-30", "quarter"),
    ("Q3 2024业绩", A, "Q3 2024", "period", "2024-07-01", "2024-09-30", "quarter"),
    ("3Q24业绩", A, "3Q24", "period", "2024-07-01", "2024-09-30", "quarter"),
    ("2025年第一季度业绩", A, "2025年第一季度", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("今年一季度业绩", A, "今年一季度", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("本季度业绩", A, "本季度", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("上季度业绩", A, "上季度", "period", "2024-10-01", "2024-12-31", "quarter"),
    ("最新一季业绩", A, "最新一季", "period", "2024-10-01", "2024-12-31", "quarter"),
    ("最新一季业绩", date(2024, 11, 15), "最新一季", "period", "2024-07-01", "2024-09-30", "quarter"),
    # fiscal years
    ("2023/24年度业绩", A, "2023/24年度", "period", "2023-04-01", "2024-03-31", "fiscal_year"),
    ("2023/24财年业绩", A, "2023/24财年", "period", "2023-04-01", "2024-03-31", "fiscal_year"),
    ("2024-25财政年度预算", A, "2024-25财政年度", "period", "2024-04-01", "2025-03-31", "fiscal_year"),
    # Hong Kong writes the years of a fiscal or assessment year joined by 至 (2023至24课税年度)
    ("政府2022至23年度税收", A, "2022至23年度", "period", "2022-04-01", "2023-03-31", "fiscal_year"),
    ("2021至22课税年度的薪俸税", A, "2021至22课税年度", "period", "2021-04-01", "2022-03-31", "fiscal_year"),
    ("今个财政年度首9个月", A, "今个财政年度首9个月", "period", "2024-04-01", "2024-12-31", "fiscal_first_months"),
    ("本财政年度赤字", A, "本财政年度", "period", "2024-04-01", "2025-03-31", "fiscal_year"),
    ("截至2024年6月30日止年度", A, "截至2024年6月30日止年度", "period", "2023-07-01", "2024-06-30", "fiscal_year"),
    ("截至2024年6月30日止六个月", A, "截至2024年6月30日止六个月", "period", "2024-01-01", "2024-06-30", "months_ended"),
    ("截至2024年9月30日止九个月", A, "截至2024年9月30日止九个月", "period", "2024-01-01", "2024-09-30", "months_ended"),
    # claims10: a month's end ends the months as its last day does (截至12月底止3个月: October to December)
    ("截至2024年12月底止3个月", A, "截至2024年12月底止3个月", "period", "2024-10-01", "2024-12-31", "months_ended"),
    ("截至去年9月末止六个月", A, "截至去年9月末止六个月", "period", "2024-04-01", "2024-09-30", "months_ended"),
    ("2024财年收入", A, "2024财年", "period", "2024-01-01", "2024-12-31", "fiscal_year"),
    ("FY2024收入", A, "FY2024", "period", "2024-01-01", "2024-12-31", "fiscal_year"),
    ("FY2025上半年收入", A, "FY2025上半年", "period", "2025-01-01", "2025-06-30", "fiscal_half"),
    ("2024/25财年下半年", A, "2024/25财年下半年", "period", "2024-10-01", "2025-03-31", "fiscal_half"),
    # weeks and days
    ("本周成交", A, "本周", "period", "2025-03-03", "2025-03-09", "week"),
    ("上周成交", A, "上周", "period", "2025-02-24", "2025-03-02", "week"),
    ("下周公布", A, "下周", "period", "2025-03-10", "2025-03-16", "week"),
    ("上周五收市", A, "上周五", "date", "2025-02-28", "2025-02-28", None),
    ("恒指周一收报23000点", A, "周一", "date", "2025-03-03", "2025-03-03", None),
    ("周五公布数据", A, "周五", "date", "2025-03-07", "2025-03-07", None),
    ("已于周五公布", date(2025, 3, 4), "周五", "date", "2025-02-28", "2025-02-28", None),
    ("星期日休市", A, "星期日", "date", "2025-03-09", "2025-03-09", None),
    ("3月上旬出货", A, "3月上旬", "period", "2025-03-01", "2025-03-10", "ten_days"),
    ("2024年2月下旬出货", A, "2024年2月下旬", "period", "2024-02-21", "2024-02-29", "ten_days"),
    ("本月中旬出货", A, "本月中旬", "period", "2025-03-11", "2025-03-20", "ten_days"),
    ("去年12月下旬出货", S, "去年12月下旬", "period", "2023-12-21", "2023-12-31", "ten_days"),
    ("今日收市", A, "今日", "date", "2025-03-06", "2025-03-06", None),
    ("今天收市", A, "今天", "date", "2025-03-06", "2025-03-06", None),
    ("昨日收市", A, "昨日", "date", "2025-03-05", "2025-03-05", None),
    ("昨天收市", A, "昨天", "date", "2025-03-05", "2025-03-05", None),
    # the trading day before the as-of date: the weekday before it (Friday before a Monday)
    ("上一交易日,恒指收涨0.35%", A, "上一交易日", "date", "2025-03-05", "2025-03-05", None),
    ("前一个交易日北向资金净买入", date(2025, 3, 10), "前一个交易日", "date", "2025-03-07", "2025-03-07", None),
    ("上个交易日收市", date(2025, 3, 9), "上个交易日", "date", "2025-03-07", "2025-03-07", None),
    ("国务院21日发布通知", A, "21日", "date", "2025-03-21", "2025-03-21", None),
    ("恒指21日收报23000点", A, "21日", "date", "2025-02-21", "2025-02-21", None),
    ("月底调仓", A, "月底", "date", "2025-03-31", "2025-03-31", "month_end"),
    ("本月成交", A, "本月", "date", "2025-03-01", "2025-03-31", "month"),
    ("上个月成交", A, "上个月", "date", "2025-02-01", "2025-02-28", "month"),
    ("本月底调仓", A, "本月底", "date", "2025-03-31", "2025-03-31", "month_end"),
    ("6月末持仓", A, "6月末", "date", "2025-06-30", "2025-06-30", "month_end"),
    ("月初调仓", A, "月初", "date", "2025-03-01", "2025-03-01", "month_start"),
    ("年初调仓", A, "年初", "date", "2025-01-01", "2025-01-01", "year_start"),
    ("年底调仓", A, "年底", "date", "2025-12-31", "2025-12-31", "year_end"),
    ("2024年底持仓", A, "2024年底", "date", "2024-12-31", "2024-12-31", "year_end"),
    ("去年12月出口", S, "去年12月", "date", "2023-12-01", "2023-12-31", None),
    ("今年3月6日收市", S, "今年3月6日", "date", "2024-03-06", "2024-03-06", None),
    ("明年3月到期", S, "明年3月", "date", "2025-03-01", "2025-03-31", None),
    ("去年6月底以来", S, "去年6月底以来", "period", "2023-06-30", "2024-09-03", "since"),
    ("今年1-7月出口", S, "今年1-7月", "period", "2024-01-01", "2024-07-31", "range"),
    ("2024年初步核算", A, "2024年", "date", "2024-01-01", "2024-12-31", "year"),
    ("3月初步核算", A, "3月", "date", "2025-03-01", "2025-03-31", None),
    ("今年前7个月出口", date(2024, 8, 20), "今年前7个月", "period", "2024-01-01", "2024-07-31", "first_months"),
    ("今年首两个月出口", A, "今年首两个月", "period", "2025-01-01", "2025-02-28", "first_months"),
    ("今年累计成交", A, "今年累计", "period", "2025-01-01", "2025-03-06", "ytd"),
    ("今年以来成交", A, "今年以来", "period", "2025-01-01", "2025-03-06", "ytd"),
    ("恒生指数年内上涨", A, "年内", "period", "2025-01-01", "2025-03-06", "ytd"),
    ("余下三个月", S, "余下三个月", "period", "2024-10-01", "2024-12-31", "remaining"),
    # ranges and open periods
    ("10月8日至11日举行", S, "10月8日至11日", "period", "2024-10-08", "2024-10-11", "range"),
    ("11月4日至11月7日举行", S, "11月4日至11月7日", "period", "2024-11-04", "2024-11-07", "range"),
    ("2024年3月至5月出口", A, "2024年3月至5月", "period", "2024-03-01", "2024-05-31", "range"),
    ("自10月15日起", S, "自10月15日起", "period", "2024-10-15", None, "from"),
    ("2010年6月底以来", A, "2010年6月底以来", "period", "2010-06-30", "2025-03-06", "since"),
    ("去年底以来", A, "去年底以来", "period", "2024-12-31", "2025-03-06", "since"),
    ("2018年以前成立", A, "2018年以前", "period", None, "2017-12-31", "before"),
    ("2018年之后成立", A, "2018年之后", "period", "2019-01-01", None, "after"),
    ("近6年半", A, "近6年半", "period", "2018-09-07", "2025-03-06", "trailing"),
    ("估值处于近5年40%分位", A, "近5年", "period", "2020-03-07", "2025-03-06", "trailing"),
    ("六个月前的水平", A, "六个月前", "date", "2024-09-06", "2024-09-06", "ago"),
    ("三年前的水平", A, "三年前", "date", "2022-03-06", "2022-03-06", "ago"),
    ("2024年年度业绩", A, "2024年", "date", "2024-01-01", "2024-12-31", "year"),
    ("2024年度业绩", A, "2024年度", "period", "2024-01-01", "2024-12-31", "year"),
    ("M1增长。前两个月贷款增加", A, "前两个月", "period", "2025-01-01", "2025-02-28", "first_months"),
    ("年内累计上涨", A, "年内", "period", "2025-01-01", "2025-03-06", "ytd"),
    ("一季度降准的概率不低", A, "一季度", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("一季度降准25bp的概率不低", A, "一季度", "period", "2025-01-01", "2025-03-31", "quarter"),
    ("一季度GDP增长5.3%", A, "一季度", "period", "2024-01-01", "2024-03-31", "quarter"),
    # stop 40: a figure the period will reach is guidance for the period ahead (a figure alone dates it back)
    ("公司称,第2季营收将约190亿美元", date(2024, 5, 9), "第2季", "period", "2024-04-01", "2024-06-30", "quarter"),
    ("三季度出货量将达120万台", date(2024, 8, 20), "三季度", "period", "2024-07-01", "2024-09-30", "quarter"),
    ("法人看好,6月营收将介于900亿至950亿元", date(2024, 5, 9), "6月", "date", "2024-06-01", "2024-06-30", None),
    ("一年来累计上涨", A, "一年来", "period", "2024-03-07", "2025-03-06", "trailing"),
    ("三个月以来", A, "三个月以来", "period", "2024-12-07", "2025-03-06", "trailing"),
    ("两年半来", A, "两年半来", "period", "2022-09-07", "2025-03-06", "trailing"),
    ("十年来最大", A, "十年来", "period", "2015-03-07", "2025-03-06", "trailing"),
    ("未来6至12个月", A, "未来6至12个月", "period", "2025-03-07", "2026-03-06", "future"),
    ("未来一年", A, "未来一年", "period", "2025-03-07", "2026-03-06", "future"),
    # a month or day without a year in a text dated 2024-09-03
    ("将于9月10日举行", S, "9月10日", "date", "2024-09-10", "2024-09-10", None),
    ("自9月25日起执行", S, "自9月25日起", "period", "2024-09-25", None, "from"),
    ("12月10日举行年会", S, "12月10日", "date", "2024-12-10", "2024-12-10", None),
    ("已于12月10日完成", S, "12月10日", "date", "2023-12-10", "2023-12-10", None),
    ("此前12月份出口", S, "12月份", "date", "2023-12-01", "2023-12-31", None),
    ("将于3月1日起实施", S, "3月1日", "date", "2025-03-01", "2025-03-01", None),
    ("3月10日完成", S, "3月10日", "date", "2024-03-10", "2024-03-10", None),
    ("12月出口增长5%", S, "12月", "date", "2023-12-01", "2023-12-31", None),
    # issue 20: day, month and year ranges; trailing windows; open periods; two-digit years
    ("从一月十日到十二日", A, "从一月十日到十二日", "period", "2025-01-10", "2025-01-12", "range"),
    ("自二月三日至二十日", A, "自二月三日至二十日", "period", "2025-02-03", "2025-02-20", "range"),
    ("1月10日至12日", A, "1月10日至12日", "period", "2025-01-10", "2025-01-12", "range"),
    ("2月3日到21日休市", A, "2月3日到21日", "period", "2025-02-03", "2025-02-21", "range"),
    ("从2016到2018", A, "从2016到2018", "period", "2016-01-01", "2018-12-31", "years"),
    ("自2019至2021,营收翻倍", A, "自2019至2021", "period", "2019-01-01", "2021-12-31", "years"),
    ("2016-2018年", A, "2016-2018年", "period", "2016-01-01", "2018-12-31", "years"),
    ("2013年至2015年", A, "2013年至2015年", "period", "2013-01-01", "2015-12-31", "years"),
    ("1-2月出口", A, "1-2月", "period", "2025-01-01", "2025-02-28", "range"),
    ("一至二月出口", A, "一至二月", "period", "2025-01-01", "2025-02-28", "range"),
    ("2024年三至五月出口", A, "2024年三至五月", "period", "2024-03-01", "2024-05-31", "range"),
    ("十至十二月出口", S, "十至十二月", "period", "2024-10-01", "2024-12-31", "range"),
    ("过去十年", A, "过去十年", "period", "2015-03-07", "2025-03-06", "trailing"),
    ("过去3个月", A, "过去3个月", "period", "2024-12-07", "2025-03-06", "trailing"),
    ("前1周", A, "前1周", "period", "2025-02-28", "2025-03-06", "trailing"),
    ("前两周累计下跌", A, "前两周", "period", "2025-02-21", "2025-03-06", "trailing"),
    ("前5天", A, "前5天", "period", "2025-03-02", "2025-03-06", "trailing"),
    ("前5个交易日", A, "前5个交易日", "period", None, "2025-03-06", "trailing"),
    ("近两年", A, "近两年", "period", "2023-03-07", "2025-03-06", "trailing"),
    ("最近一个月", A, "最近一个月", "period", "2025-02-07", "2025-03-06", "trailing"),
    ("自2018年以来", A, "自2018年以来", "period", "2018-01-01", "2025-03-06", "since"),
    ("2015年起", A, "2015年起", "period", "2015-01-01", "2025-03-06", "since"),
    ("2017年开始,利润连增", A, "2017年开始", "period", "2017-01-01", "2025-03-06", "since"),
    ("自2012年3月起", A, "自2012年3月起", "period", "2012-03-01", "2025-03-06", "since"),
    ("去年起", A, "去年起", "period", "2024-01-01", "2025-03-06", "since"),
    ("2026年起实施", A, "2026年起", "period", "2026-01-01", None, "from"),
    ("2020年至今", A, "2020年至今", "period", "2020-01-01", "2025-03-06", "since"),
    ("自去年以来", A, "自去年以来", "period", "2024-01-01", "2025-03-06", "since"),
    ("18年10月1日", A, "18年10月1日", "date", "2018-10-01", "2018-10-01", None),
    ("98年6月", A, "98年6月", "date", "1998-06-01", "1998-06-30", None),
    ("21年3月底", A, "21年3月底", "date", "2021-03-31", "2021-03-31", "month_end"),
    ("18年上半年业绩", A, "18年上半年", "period", "2018-01-01", "2018-06-30", "half"),
    ("19年四季度业绩", A, "19年四季度", "period", "2019-10-01", "2019-12-31", "quarter"),
    ("20年底持仓", A, "20年底", "date", "2020-12-31", "2020-12-31", "year_end"),
    # a year written digit by digit is never a count of years
    ("二〇一八年以来", A, "二〇一八年以来", "period", "2018-01-01", "2025-03-06", "since"),
    # mixed and Chinese numerals
    ("2016年一月十日", A, "2016年一月十日", "date", "2016-01-10", "2016-01-10", None),
    ("二〇二四年三月", A, "二〇二四年三月", "date", "2024-03-01", "2024-03-31", None),
    ("二〇二四年十二月三十一日", A, "二〇二四年十二月三十一日", "date", "2024-12-31", "2024-12-31", None),
    # claims15d: a month in Chinese numerals alone, its range, with 份 (the as-of year)
    ("七月份进口回落", A, "七月份", "date", "2025-07-01", "2025-07-31", None),
    ("十一月的客运量", A, "十一月", "date", "2025-11-01", "2025-11-30", None),
    ("二月至五月的就业人数", A, "二月至五月", "period", "2025-02-01", "2025-05-31", "range"),
    ("去年九月至十二月的访客", A, "去年九月至十二月", "period", "2024-09-01", "2024-12-31", "range"),
    ("统计处说,十月份零售量(以数量计)下跌", A, "十月份", "date", "2025-10-01", "2025-10-31", None),
    ("港股在九月先升后跌", A, "九月", "date", "2025-09-01", "2025-09-30", None),
    ("四月,内需转弱", A, "四月", "date", "2025-04-01", "2025-04-30", None),
    # research5: a series of years written short, the heading of a row of forecasts
    ("预计25-27年营收", A, "25-27年", "period", "2025-01-01", "2027-12-31", "years"),
    ("预计2026-28年营收", A, "2026-28年", "period", "2026-01-01", "2028-12-31", "years"),
    ("对应2026/2027年PE", A, "2026/2027年", "period", "2026-01-01", "2027-12-31", "years"),
    ("对应26/27/28年PE", A, "26/27/28年", "period", "2026-01-01", "2028-12-31", "years"),
    ("2025E-2027E净利润", A, "2025E-2027E", "period", "2025-01-01", "2027-12-31", "years"),
    ("2026-2028E营收", A, "2026-2028E", "period", "2026-01-01", "2028-12-31", "years"),
]


def _row(h: TimeHit | Mention) -> tuple:
    start = h.start_date.isoformat() if h.start_date else None
    end = h.end_date.isoformat() if h.end_date else None
    kind = h.kind if isinstance(h, TimeHit) else h.kind.value
    return kind, start, end, h.relation


def _mentions(text: str, as_of: date, settings: TimeSettings | None = None) -> list[Mention]:
    mentions, _ = extract_mentions(text, normalize(text), as_of, ["time"], time_settings=settings)
    return mentions


@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(
    ("text", "as_of", "surface", "kind", "start", "end", "relation"), FORMS, ids=[f[0] for f in FORMS]
)
def test_forms_engine(
    which: str,
    text: str,
    as_of: date,
    surface: str,
    kind: str,
    start: str | None,
    end: str | None,
    relation: str | None,
) -> None:
    source = variant(text, which)
    hits = find_time_expressions(source, as_of)
    assert [(back(h.surface), *_row(h)) for h in hits] == [(surface, kind, start, end, relation)]
    assert all(source[h.start : h.end] == h.surface and h.invalid is None for h in hits)


@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(
    ("text", "as_of", "surface", "kind", "start", "end", "relation"), FORMS, ids=[f[0] for f in FORMS]
)
def test_forms_extract_stage(
    which: str,
    text: str,
    as_of: date,
    surface: str,
    kind: str,
    start: str | None,
    end: str | None,
    relation: str | None,
) -> None:
    source = variant(text, which)
    mentions = _mentions(source, as_of)
    assert [(back(m.text), *_row(m)) for m in mentions] == [(surface, kind, start, end, relation)]
    assert all(source[m.span.start : m.span.end] == m.text for m in mentions)


# ------------------------------------------------------------------ the year setting


@pytest.mark.parametrize(
    ("text", "settings", "expected"),
    [
        ("12月10日举行年会", None, date(2024, 12, 10)),
        ("12月10日举行年会", PAST, date(2023, 12, 10)),
        ("12月10日举行年会", FUTURE, date(2024, 12, 10)),
        ("3月10日举行年会", None, date(2024, 3, 10)),
        ("3月10日举行年会", PAST, date(2024, 3, 10)),
        ("3月10日举行年会", FUTURE, date(2025, 3, 10)),
    ],
)
@pytest.mark.parametrize("which", VARIANTS)
def test_prefer_dates_from_setting(which: str, text: str, settings: TimeSettings | None, expected: date) -> None:
    source = variant(text, which)
    (h,) = find_time_expressions(source, S, settings)
    assert (h.date, h.year_inferred) == (expected, True)
    (m,) = _mentions(source, S, settings)
    assert m.date == expected


def test_setting_passes_through_analyze() -> None:
    import analyzer

    text = "公司将于12月10日举行年会。"
    default = analyzer.analyze(text.encode(), name="a.txt", as_of=S)
    past = analyzer.analyze(text.encode(), name="a.txt", as_of=S, time_settings=PAST)
    assert [m.date for m in default.mentions if m.kind.value == "date"] == [date(2024, 12, 10)]
    assert [m.date for m in past.mentions if m.kind.value == "date"] == [date(2023, 12, 10)]


# ------------------------------------------------------------------ 上年同期


@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(
    ("text", "as_of", "compared", "expected"),
    [
        ("今年前7个月出口增长5%,较上年同期", S, ("2024-01-01", "2024-07-31"), ("2023-01-01", "2023-07-31")),
        ("2024年上半年净利润较去年同期增长", A, ("2024-01-01", "2024-06-30"), ("2023-01-01", "2023-06-30")),
        ("前三季度营收较上年同期增长", date(2024, 11, 1), ("2024-01-01", "2024-09-30"), ("2023-01-01", "2023-09-30")),
    ],
)
def test_same_period_last_year_takes_the_compared_span(
    which: str, text: str, as_of: date, compared: tuple[str, str], expected: tuple[str, str]
) -> None:
    hits = find_time_expressions(variant(text, which), as_of)
    assert [(_row(h)[1], _row(h)[2]) for h in hits] == [compared, expected]
    assert hits[-1].relation == "same_period_last_year"


def test_same_period_last_year_needs_a_period_in_its_sentence() -> None:
    hits = find_time_expressions("今年前7个月出口增长5%。较上年同期", S)
    assert (hits[-1].relation, hits[-1].start_date, hits[-1].end_date) == ("same_period_last_year", None, None)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 1, 1), date(2024, 7, 31), (date(2023, 1, 1), date(2023, 7, 31))),
        (date(2024, 2, 29), date(2024, 2, 29), (date(2023, 2, 28), date(2023, 2, 28))),
        (date(2024, 1, 1), date(2024, 2, 29), (date(2023, 1, 1), date(2023, 2, 28))),
        (date(2025, 1, 1), date(2025, 2, 28), (date(2024, 1, 1), date(2024, 2, 29))),
    ],
)
def test_same_period_last_year_helper(start: date, end: date, expected: tuple[date, date]) -> None:
    assert same_period_last_year(start, end) == expected


# ------------------------------------------------------------------ a company's stated fiscal year


@pytest.mark.parametrize("which", VARIANTS)
def test_stated_fiscal_year_end(which: str) -> None:
    text = variant("公司财年截至3月31日。2024财年收入增长,2023/24财年利润,FY2025上半年", which)
    hits = find_time_expressions(text, A)
    assert [(back(h.surface), *_row(h)) for h in hits] == [
        ("财年截至3月31日", "period", None, None, "fiscal_year_end"),
        ("2024财年", "period", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("2023/24财年", "period", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("FY2025上半年", "period", "2024-04-01", "2024-09-30", "fiscal_half"),
    ]


def test_fiscal_year_stated_by_a_year_ended_heading() -> None:
    text = "截至2024年6月30日止年度业绩。本财年收入,FY2025目标"
    hits = find_time_expressions(text, date(2025, 3, 6))
    assert [(h.surface, *_row(h)) for h in hits] == [
        ("截至2024年6月30日止年度", "period", "2023-07-01", "2024-06-30", "fiscal_year"),
        ("本财年", "period", "2024-07-01", "2025-06-30", "fiscal_year"),
        ("FY2025", "period", "2024-07-01", "2025-06-30", "fiscal_year"),
    ]


# ------------------------------------------------------------------ impossible dates and periods

INVALID = [
    ("2025年2月30日,恒生科技指数收于5000点", A, "2025年2月30日", "2025年2月没有30日"),
    ("2025年2月29日", A, "2025年2月29日", "2025年2月没有29日"),
    ("13月", A, "13月", "没有13月"),
    ("2025年13月40日", A, "2025年13月40日", "没有13月"),
    ("0000年1月2日", A, "0000年1月2日", "没有0000年"),
    ("2025-02-30", A, "2025-02-30", "2025年2月没有30日"),
    ("2025/13/01", A, "2025/13/01", "没有13月"),
    ("2月30日", A, "2月30日", "2月没有30日"),
    ("自2025年5月1日以来", A, "自2025年5月1日以来", "起点2025-05-01晚于截至日期2025-03-06"),
    ("2025年5月以来", A, "2025年5月以来", "起点2025-05-01晚于截至日期2025-03-06"),
    ("2025-03-06至2024-03-07", A, "2025-03-06至2024-03-07", "起点2025-03-06晚于终点2024-03-07"),
    ("2025-02-30至2025-03-06", A, "2025-02-30至2025-03-06", "2025年2月没有30日"),
    ("2025年开年至今", date(2024, 9, 3), "2025年开年至今", "起点2025-01-01晚于截至日期2024-09-03"),
    ("2025年初至今", date(2024, 9, 3), "2025年初至今", "起点2025-01-01晚于截至日期2024-09-03"),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(("text", "as_of", "surface", "reason"), INVALID, ids=[i[0] for i in INVALID])
def test_impossible_dates_are_reported_not_moved(which: str, text: str, as_of: date, surface: str, reason: str) -> None:
    source = variant(text, which)
    hits = find_time_expressions(source, as_of)
    assert [(back(h.surface), h.invalid, h.date, h.start_date, h.end_date) for h in hits] == [
        (surface, reason, None, None, None)
    ]
    (m,) = _mentions(source, as_of)
    assert (m.invalid, m.date, m.start_date, m.end_date) == (reason, None, None, None)


NOT_DATES = [
    # claims15d: a count of months in Chinese numerals is no month of the year
    "前五月累计",
    "首两月累计",
    "第六月起计",
    "二月期存款",
    "九月有余",
    "约四月左右",
    "每一月结算",
    "三十二月",
    # … nor the start of a name (a month with a Han word after it that is no joining word)
    "九月物产股价升2%",
    "五月花酒店",
    "十二月科技涨3%",
    "36月期国债",
    "13月薪",
    "5000年历史",
    "1.13月",
    "QwQ-32B",
    "20日均线",
    "30日内",
    "每月月底调仓",
    "今日头条",
    # the base of a comparison, not the figure's day
    "成交额较上一交易日减少12%",
    "成交額比昨日增加5%",
    "T+1日",
    "每月21日",
    "H1N1",
    "Q3E芯片",
    "四季变化",
    "本周期",
    "上周期内",
    "本季节",
    "年初次",
    "每周一",
    "两周一次",
    "周日均成交",
    "第一年来",
    "3个月来看",
    "一年期",
    "此前两个月",
    "多年前",
    # issue 20: a decade, a duration, days before an event, the day before, levels
    "90年代",
    "18年10个月",
    "春节前一周",
    "上市前三天",
    "提前3天",
    "此前两周",
    "前一日",
    "从2016到2018点",
    "从2016至2018亿元",
    "处于10年底部",
    "节后前两周",
    # research5: durations, not series of years (the first of two digits after a duration's word, 年间)
    "近15-20年",
    "约10-12年",
    "回收期10-12年",
    "10-12年间",
]


@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(which: str, text: str) -> None:
    assert find_time_expressions(variant(text, which), A) == []


# ------------------------------------------------------------------ records: years


@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(
    ("text", "surface", "years", "spans"),
    [
        ("2020、2021年收益", "2020、2021年", (2020, 2021), ((2020, 0, 4), (2021, 5, 10))),
        (
            "2020、2021、2022年收益",
            "2020、2021、2022年",
            (2020, 2021, 2022),
            ((2020, 0, 4), (2021, 5, 9), (2022, 10, 15)),
        ),
        ("2020-2024年收益", "2020-2024年", (2020, 2021, 2022, 2023, 2024), ()),
        ("2020年至2024年收益", "2020年至2024年", (2020, 2021, 2022, 2023, 2024), ()),
    ],
)
def test_years_keep_text_and_span_equal(
    which: str, text: str, surface: str, years: tuple[int, ...], spans: tuple[tuple[int, int, int], ...]
) -> None:
    source = variant(text, which)
    (h,) = find_time_expressions(source, A)
    assert (back(h.surface), h.years, h.relation) == (surface, years, "years")
    assert year_spans(h.surface) == spans
    for year, s, e in year_spans(h.surface):
        assert h.surface[s:e].startswith(str(year))
    (m,) = _mentions(source, A)
    assert source[m.span.start : m.span.end] == m.text and m.years == years


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("2024财年收入", "fiscal-year-calendar"),
        ("2023/24财年收入", "fiscal-year-split"),
        ("公司财年截至6月30日。2024财年收入", "fiscal-year-stated"),
        ("本财年收入", "fiscal-year-relative"),
        ("公司财年截至6月30日。本财年收入", "fiscal-year-relative-stated"),
        ("2026E营收", "estimate-fiscal-year-calendar"),
        ("预计27F净利润", "estimate-fiscal-year-calendar"),
    ],
)
def test_fiscal_year_says_how_it_was_decided(text: str, pattern: str) -> None:
    assert find_time_expressions(text, A)[-1].pattern == pattern


@pytest.mark.parametrize(
    ("text", "years"),
    [("机构给出2026E PE为21倍", [(2026, 2026)]), ("26E营收", [(2026, 2026)]), ("系数1.25E与A2025E", [])],
)
def test_estimate_year_is_that_year(text: str, years: list[tuple[int, int]]) -> None:
    """2026E / 26E is the year 2026; never a number's tail (1.25E) or a Latin code's (A2025E)."""
    hits = [h for h in find_time_expressions(text, A) if h.pattern.startswith("estimate-")]
    assert [(h.start_date.year, h.end_date.year) for h in hits] == years


@pytest.mark.parametrize("which", VARIANTS)
def test_last_year_word_reads_against_the_reported_year(which: str) -> None:
    """上年 after a stated year is the year before it; 去年 always counts back from the as-of date."""
    as_of = date(2025, 3, 20)
    text = variant("截至2024年末,资产较上年末增长7.9%。截至2024年末,贷款较去年底增长。较上年末增长", which)
    hits = find_time_expressions(text, as_of)
    assert [(back(h.surface), h.end_date.isoformat() if h.end_date else None) for h in hits] == [
        ("截至2024年末", "2024-12-31"),
        ("上年末", "2023-12-31"),
        ("截至2024年末", "2024-12-31"),
        ("去年底", "2024-12-31"),
        ("上年末", "2024-12-31"),
    ]
