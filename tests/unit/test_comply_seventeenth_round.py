"""Issue 22, comply17: figures that are no record of the fund nor of an index, read by form.

- a loss's figure told as possible (本基金可能亏损两成以上, 下跌20%也有可能) or as ordinary (下跌三成以上并不少见) is
  a risk disclosure, not a record shown (013, 017.fund) nor a promise; a loss that happened stays a record; a gain
  called ordinary (收益率25%以上很正常) is a forecast, its rule's (006.forecast), and no record either;
- a rate of growth right after a figure (行业保持年化两到三成的复合增长) is a business's or an industry's, no return;
- a sentence a markdown quote lays out over its lines (…沪深300指数上涨 ⏎ > ⏎ > 8.72%，…) is one sentence, so
  several indices' moves in it are a market review, not one index's record (017.index); lines that end their
  sentences stay apart;
- an index carried from an earlier sentence into one that names a sector (创业板指大跌…；行业分化剧烈，煤炭…大涨
  22.63%) is the sector's move; an index's years split at ； stay its record.

Every case runs in both scripts and both punctuation widths; every sentence is written for this file.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test
from tests.unit.test_comply_meaning import HEAD, TAIL

# fmt: off
CLEAN_LINES = [
    # a loss told as possible or as ordinary: a risk disclosure
    '本基金可能亏损两成以上，请按自己的承受能力决定。',
    '偏股基金一年之内下跌30%以上并不少见，请做好准备。',
    '权益类产品短期跌超15%是常有的事，这正是它的风险所在。',
    '这类基金波动大，净值亏损25%以上也很正常。',
    '市况差的时候，本基金也有可能下跌18%甚至更多。',
    '行情不好的年份，净值下跌20%也不奇怪，请用闲钱投资。',
    # an industry's growth rate
    '下游需求多点开花，支撑整个行业保持年化20%至30%的复合增长。',
    '光伏产业过去五年维持了25%以上的年均增速，但这与基金收益无关。',
    # a sector's move after an index carried from the sentence before
    '2031年一季度主要指数普遍走弱，创业板指下挫 14.2%；行业表现分化，有色一枝独秀，逆势上涨 18.45%。',
]

BREACHES = [
    # a loss that happened, with a doubt only about what comes next: the record, shown with no source or benchmark
    ('本基金去年下跌12%，今年可能反弹。', 'CN-FUND-MKT-017.fund', 'error', '12%'),
    # a gain called the usual outcome: a forecast (and no record)
    ('坚持定投两年，收益率25%以上很正常。', 'CN-FUND-MKT-006.forecast', 'error', '25%以上很正常'),
    # quote lines that end their sentences: one index's record each
    ('\n> 中证500指数2031年上涨12.35%。\n>\n> 沪深300指数2031年上涨8.72%。\n',
     'CN-FUND-MKT-017.index', 'error', '12.35%'),
    # an index's own years split at ；: its record
    ('中证红利指数2029年上涨9.1%；2031年上涨6.8%。', 'CN-FUND-MKT-017.index', 'error', '6.8%'),
]

# a market review a markdown quote lays out line by line, blank quote lines between
QUOTED_REVIEW = (HEAD + "\n> 市场回顾\n>\n> 2031 年市场先抑后扬，中证500指数上涨 12.35%，沪深300指数上涨\n>\n"
                 "> 8.72%，创业板指上涨 21.06%。\n>\n> 以上为市场指数表现，不代表本基金业绩。\n" + TAIL)
# fmt: on

test_compliant_lines_raise_nothing = clean_line_test(CLEAN_LINES)
test_breaches_found = breach_test(BREACHES, sub_rules=True)
test_quoted_review_is_one_sentence = clean_piece_test([QUOTED_REVIEW])
