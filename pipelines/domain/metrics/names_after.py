"""The name written after a number (80%以上的税收, 建成100个智能工厂, 造成3人死亡, …的标准配建…):
the noun a share or an amount is of, what a count counts and what the counted do, a rule's standard
and grant. Separate from :mod:`.names_before`: these rules read from the number's end onwards."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import Tok, Toks, tokens_in
from pipelines.domain.metrics.counts import after_causative, caused_event, flow_verb_before
from pipelines.domain.metrics.indicator import noun_after
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_cuts import phrase_text
from pipelines.domain.metrics.naming import (
    BY_AMOUNT,
    CHANGE_WORDS,
    DEED_MANNERS,
    FOR,
    PLAN_LEVEL,
    PLAN_LEVEL_REACH,
    RECKONING,
    SHARE_NOT_NOUNS,
    beneficiary_words,
    changes_before,
    is_deed,
    noun_follows,
    tail_piece,
)

# the noun a share written before it is of: up to the next item or clause mark (…的城镇就业)
_PURPOSE = "用于"  # what a share is put to follows the noun it is of
SHARE_OF = re.compile(r"[\u4e00-\u9fff]+?(?=[、，,；;。和及与：:（(]|$)")

_PLAN_WORDS_OF = re.compile(r"(?:预算|计划|目标)(?:数|任务)?的")
_MONEY = "currency"
_TOTAL_OF = "总"  # (新引进…项目25个、总投资200亿元: the projects' total, no deed of the verb)


# the object a deed's amount is of, right after it to the clause's end (7天期逆回购操作,
# 中期借贷便利（MLF）操作, 特别国债)
_AMOUNT_OBJECT = re.compile(r"(?=\d{0,3}[\u4e00-\u9fff])[\d\u4e00-\u9fff（）()A-Za-z]{2,16}"
                            r"(?=[，,；;。]|$)")
# not an object: a bound, a part, a change or a comparison after the amount
_NOT_OBJECTS = ("以上", "以下", "以内", "左右", "多", "余", "的", "其中", "增长", "下降", "同比",
                "比", "较", "占", "和", "及", "至", "到")
_DONE_AFTER_VERB = "了"
_THERE_IS = ("共有", "还有", "另有")  # (因本周共有8650亿元逆回购到期)


def _flow_verb_right_before(text: str, toks: Toks, start: int) -> str:
    """The flow verb right before an amount, a 了 between them or none (开展了1830亿元)."""
    end = start - 1 if text.endswith(_DONE_AFTER_VERB, 0, start) else start
    before = next((t for t in reversed(toks) if t.end <= end), None)
    if before is not None and before.end == end and before.word in metric_lexicon().flow_verbs:
        return before.word
    return ""


# whom a deed is done for or given to (为21名残疾考生设置…, 向约7.8万名学生发放学费津贴): the
# counted are named by their nouns, not by the deed after them
_FOR_OR_TO = (FOR, "向")


def _beneficiary_counted(after: Toks, text: str) -> str:
    """为21名残疾考生设置单独考场: the counted after 为 are whom something is done for, named by
    their nouns up to the deed (设置, tagged a verbal noun that a counted noun otherwise keeps)."""
    nouns = beneficiary_words(after)
    deed = nouns + 1 if nouns < len(after) and after[nouns].word in DEED_MANNERS else nouns
    if not nouns or deed >= len(after) or not is_deed(after[deed]):
        return ""
    return phrase_text(after[:nouns], text)


def name_after(text: str, toks: Toks, cand: NumberCandidate, indicator: str, gap: str,
               kept: Sequence[Tok], listed: bool, comma_start: int, prev_flow: str,
               prev_comma: int, prev_end: int) -> tuple[str, bool]:
    """The name written after the number, when it is there (a share of a noun, a count of a
    noun; not for a number of a 分别 list, named by it), else the flow verb the item before
    it leads with; and whether the number counts that noun (for :func:`.counts.share_heads`)."""
    lex = metric_lexicon()
    if _PLAN_WORDS_OF.match(text, cand.end) and PLAN_LEVEL.search(
            text, max(0, cand.start - PLAN_LEVEL_REACH), cand.end):
        return "", False  # 完成全年1200万人目标任务的88.1%: the plan's level, of the last name
    if cand.category in ("count", None) and not indicator and (
            why := _CAUSE_THEN_DEED.match(text, cand.end)) is not None:
        # 1家因未按要求提供投标保证金被否决: counted by the deed done to them, the reason no
        # part of the name
        return why.group("deed"), False
    if (standard := _STANDARD_AT.match(text, cand.end)) is not None:
        # (每千人口不少于10个托位的标准: the unit's noun before 的标准)
        return standard_name(text, standard.end(), indicator), False
    if not indicator and text.startswith(_PUT_TO, cand.end) and (
            use := _use_after(text, toks, cand.end)):
        return use, False
    if text.endswith(BY_AMOUNT, 0, cand.start) and (
            of := _AMOUNT_OF_RANKED.match(text, cand.end)) is not None:
        # 《长空之翼》以18.6亿元的档期票房位列第一: the amount is the named one's, measured by
        # the noun after 的 (the rank after it ranks the same)
        return indicator.removesuffix(BY_AMOUNT) + of.group("what"), False
    if text.endswith(BY_AMOUNT, 0, cand.start) and (verb := _verb_of_amount(text, toks, cand.end)):
        # 最终由某公司以33.6亿元竞得: the price the deal was made at, named by the deal (not by
        # who made it)
        return verb, False
    if (harmed := _HARMED.match(text, cand.end)) is not None and (
            (caused := text.rfind(_CAUSED, comma_start, cand.start)) >= 0):
        # 洪涝灾害造成2216.5万人次受灾: the harm after the toll names it, with its cause (not
        # 造成, nor the places hit: 造成广东、广西3省186.9万人次受灾)
        cause = indicator.split(_CAUSED, 1)[0]
        if cause and (cause not in text[comma_start:caused] or cause.startswith(_EVERY_KIND)):
            cause = ""  # (各种自然灾害共造成…受灾: every kind together, no one cause)
        return cause + harmed.group("harm"), False
    if cand.category == "percent" and not listed and (
            said := _WHO_SAY.match(text, cand.end)) is not None:
        # 近七成受访基层干部认为负担有所减轻, 超过60%的受访者表示“有更多时间下村入户”: the share
        # of those asked who said so, named by who and what they said
        return _QUOTE_MARKS.sub("", said.group("said")), False
    if (cand.category == "percent" and not listed and not indicator
            and _DONE_WORD in text[cand.end : cand.end + _DONE_REACH]
            and (done := _GROUP_DONE.match(text, cand.end)) is not None):
        # 九成以上停电用户已恢复供电: the share of a group that has done the deed, named by the
        # group and the deed (已 no word of it, as a deed's 已 elsewhere)
        return done.group("who") + done.group("deed"), False
    if (cand.category == "percent" and not listed and text.startswith("的", cand.end)
            and text[cand.num_start].isdigit() and noun_follows(text, cand.end + 1)
            and not changes_before(gap)
            and not (indicator and indicator.endswith(lex.share_cues))):
        # 贡献了全市70%以上的地区生产总值、80%以上的税收: the share is of the noun after 的
        found = SHARE_OF.match(text, cand.end + 1)
        noun = found.group() if found is not None else ""
        # (将不少于5%的新增建设用地用于…: a rule's share of what it sets aside, up to the purpose)
        noun = noun.split(_PURPOSE, 1)[0] if _PURPOSE in noun else noun
        if len(noun) > 2 and noun.endswith("中"):
            noun = noun[:-1]  # 0.3%的同比涨幅中，…: "in" the rate, the rate
        if 2 <= len(noun) <= 10 and noun not in SHARE_NOT_NOUNS:
            # (覆盖99.0%的人口: a flow verb right before the share governs its noun, kept)
            indicator = flow_verb_before(text, comma_start, cand.start) + noun
    if (cand.category == "currency" and not listed and text.startswith("的", cand.end)
            and not text.endswith(_BOUNDS_WRITTEN, cand.start, cand.end)
            and (of := _AMOUNT_OF.match(text, cand.end + 1)) is not None
            and of.group() not in SHARE_NOT_NOUNS and noun_follows(text, cand.end + 1, toks)):
        # 推出新一轮约1,200万元的消费推广资助: the amount is of the noun after 的, to the
        # clause's end, with the verb right before the amount (拨出13亿新元的企业扶持配套); not
        # a threshold defining a class (年主营业务收入2000万元及以上的工业企业)
        before = next((t for t in reversed(toks) if t.end <= cand.start), None)
        verb = before.word if before is not None and before.end == cand.start and (
            before.pos == "v") else ""
        return verb + of.group(), False
    if cand.category == _MONEY and not listed and (
            obj := _AMOUNT_OBJECT.match(text, cand.end)) is not None and not (
            obj.group().startswith(_NOT_OBJECTS)) and (
            (verb := _flow_verb_right_before(text, toks, cand.start))
            or text.endswith(_THERE_IS, 0, cand.start)):
        # 开展了1830亿元7天期逆回购操作: the amount of the deed's object after it, to the
        # clause's end, named by the deed (not by the means before the verb: 以固定利率、数量
        # 招标方式); 共有8650亿元逆回购到期: by what the amount is and does after 有
        return verb + obj.group(), False
    if (indicator and _SEGMENT.fullmatch(indicator) and not listed
            and noun_follows(text, cand.end)):
        # 完成洋坑村至岭脚村段5.6公里道路拓宽: the section before names where the work is, the
        # noun after the length what it is
        noun = noun_after(tail_piece(toks, cand.end) + tokens_in(toks, cand.end, len(text)), text)
        if noun:
            return noun, False
    if not indicator and not listed and (deed := _deed_done(text, cand)):
        return deed, False
    if (cand.category in ("count", None) and not listed and noun_follows(text, cand.end, toks)
            and _PARTICLE_END.match(text, cand.end) is None
            and not text.startswith(_PHRASE_GAPS, cand.end)
            and not text.startswith(RECKONING, cand.end)):
        # (接待游客5186.3万人次 实现旅游收入: a space in a headline ends the phrase)
        # Num + measure word + noun (建成 100 个智能工厂): the noun is what is counted
        after = tail_piece(toks, cand.end) + tokens_in(toks, cand.end, len(text))
        noun = noun_after(after, text)
        if noun and (text.endswith(_FOR_OR_TO, 0, cand.start)
                     or _FOR_WHOLE.search(text, max(0, cand.start - 4), cand.start)):
            noun = _beneficiary_counted(after, text) or noun
            manner = min((at for w in DEED_MANNERS if (at := noun.find(w, 1)) > 0), default=0)
            if manner:
                noun = noun[:manner]  # 为全县3.5万名65周岁以上老年人免费体检, …老年人免费接种
                # 流感疫苗: the deed's manner and the deed name no one it is done for
        if noun and after and after[0].pos == _EVENT_TAG and len(noun) > len(after[0].word) and (
                _NEXT_FIGURE.match(text, after[0].end)):
            noun = after[0].word  # 第7轮6场比赛门票收入412万元: the rest names the next figure
        if noun and noun.endswith(_SAMPLE_MEASURES) and (
                measured := _sample_measured(text, cand.end, noun)):
            noun = measured  # 重点监测的60家餐饮企业营业额同比增长21%: the sample counted, its
            # measure the next figure's
        if noun and noun in lex.flow_verbs and (given := _GIVEN_TO.match(text, cand.end)) and (
                given.group("verb") == noun):
            return given.group(), True  # 约3 900个编配予一般申请者: to whom the deed gave them
        if noun and not noun.startswith(_CHANGES_AFTER) and (
                noun not in lex.weak_count_nouns or _flow_verb_of(text, comma_start, cand)):
            # (审计了86个单位: a weak noun a flow verb counts names the deed's object)
            # (152 400人下跌4 600人, 由2.6张提升至4.1张: a change after the count, not a noun
            # it counts)
            if after_causative(text, comma_start, cand.start, kept):
                # 推动23座商业综合体建成投运: what is counted is the event caused
                named = flow_verb_before(text, comma_start, cand.start) + noun
                return caused_event(text, cand.end, named) or named, True
            verb = "" if _counted_act(text, toks, cand, noun) else _flow_verb_of(
                text, comma_start, cand)
            if (over := _MEMBERS_OVER_BOUND.match(text, cand.end)) is not None:
                # 44个城市超过200万辆, 98个城市的汽车保有量超过100万辆: members of the class a
                # bound defines, named by the bound and the class (超过200万辆的城市)
                return f"{over.group('what') or ''}{over.group('bound')}的{over.group('who')}", True
            if not ((text.endswith(_NOT_DOERS, 0, cand.start)
                     and not text.endswith(_TOWARD_WORDS, 0, cand.start))
                    or _FOR_WHOLE.search(text, max(0, cand.start - 4), cand.start)) and (
                    state := _state_of_counted(text, toks, cand.end, noun, indicator)):
                return verb + state, True
            return verb + noun, True
    elif (
        indicator and prev_flow and comma_start == prev_comma
        and ("、" in text[prev_end : cand.start]
             or text.startswith(_LAST_ITEM_JOINTS, prev_end))  # (…4次及黑色…信号2次)
        and not indicator.startswith(lex.flow_verbs)
        and not (cand.category == _MONEY and indicator.startswith(_TOTAL_OF))
        and not (len(kept) == 1 and kept[0].pos == _VERB)  # (发生…事故126起、死亡143人: a
        # deed of its own, a bare verb; 示范家庭农场 is named with 示范/v as a modifier)
    ):
        indicator = prev_flow + indicator  # 新建天府绿道453公里、各类公园60个
    if (not indicator and not listed and (cand.unit_raw or "").endswith(_PEOPLE)
          and (act := _ACT_AFTER.match(text, cand.end)) is not None
          and _tag_at(toks, cand.end) == _VERB and not act.group(1).startswith(_CHANGES_AFTER)):
        return act.group(1) + (act.group(2) or ""), False  # 共有11.86万人报名: people counted
        # by what they did (the deed right after them to the clause's end, not a change: 第二季
        # 的3800人减少), the people the unit
    return indicator, False


def _deed_done(text: str, cand: NumberCandidate) -> str:
    """9860万人办理了退税, 1.34亿人次办理了2024年度汇算申报: people counted by the deed they did,
    its 了 and the year it is of no part of it ("" unless a verb and 了 follow the people)."""
    act = _ACT_AFTER.match(text, cand.end)
    if (act is None or not act.group(2) or not (cand.unit_raw or "").endswith(_PEOPLE)
            or not text.startswith(_DONE_AFTER_VERB, act.end(1))
            or act.group(1).startswith(_CHANGES_AFTER)):  # (了 tells the verb: the segmenter
        # tags 办理 a noun)
        return ""
    return act.group(1) + act.group(2)


_PEOPLE = ("人", "名", "人次")
# a spoken sentence's particle right after a count, closing its clause (已经有46家了，, 跑了14趟呢):
# no noun the count counts
_PARTICLE_END = re.compile(r"[了啦呢吧啊嘛](?=[，,；;。！？!?…]|$)")
# a reason, then a passive deed to the clause's end (因…被否决, 由于…被取消资格)
_CAUSE_THEN_DEED = re.compile(r"(?:因|由于)[^，,；;。]{1,30}?(?P<deed>被[\u4e00-\u9fff]{1,6})"
                              r"(?=[，,；;。]|$)")
_ACT_AFTER = re.compile(r"([\u4e00-\u9fff]{2})(?:了?(?:\d{4}年度?)?([\u4e00-\u9fff]{1,6}))?"
                        r"(?<!了)(?=[，,；;。]|$)")


_LAST_ITEM_JOINTS = ("及", "和", "以及")  # the joint before a list's last item
_VERB = "v"


# the respondents of a survey and what they said (受访者表示…, 受访基层干部认为…)
_WHO_SAY = re.compile(r"的?(?P<said>(?:(?:受访|受调查|被调查|参与调查的?)[\u4e00-\u9fff]{1,6}?"
                      r"|[\u4e00-\u9fff]{1,4}?(?=认为|表示))"
                      r"(?:认为|表示|反映|称|希望|支持|赞成|满意)[^，,；;。]{2,24}"
                      # (近四成受访企业预计四季度订单将增加, 超六成企业对明年经营前景持乐观态度:
                      # what a survey's respondents expect or how they view something)
                      r"|(?:受访|受调查|被调查)?(?:企业|厂商|消费者|居民|受访者|用户|家庭|商户|市民)"
                      r"(?:预计|预期|看好|计划|选择|对[^，,；;。]{1,12}?(?:持|表示))[^，,；;。]{2,24})")
# (超过七成跑者表示明年还会再来: those of a group who said so, the group named bare before 认为 /
# 表示, as 受访者)
# a group and the deed it has done, to the clause's end, right after a share with no name before
# it (九成以上停电用户已恢复供电, 80%的企业均已复工复产)
_DONE_WORD, _DONE_REACH = "已", 12  # (a cheap search first: characters after the share)
_GROUP_DONE = re.compile(r"的?(?P<who>[\u4e00-\u9fff]{2,8}?)(?:均已|已经|已)"
                         r"(?P<deed>[\u4e00-\u9fff]{2,10})(?=[，,；;。]|$)")
_QUOTE_MARKS = re.compile(r"[“”\"‘’]")
_PUT_TO = ("用于", "用作")
_AMOUNT_OF = re.compile(r"[\u4e00-\u9fff]{2,10}(?=[，,；;。]|$)")
_BOUNDS_WRITTEN = ("以上", "以下")


def _use_after(text: str, toks: Toks, pos: int) -> str:
    """另有28.50亿元用作符合条件的重大项目资本金: an amount with no name before it is named by
    the use it is put to (its verb and the noun after its last 的), as 用于社会事业60.73亿元."""
    verb = next(v for v in _PUT_TO if text.startswith(v, pos))
    noun = noun_after(tokens_in(toks, pos + len(verb), len(text)), text)
    return verb + noun if noun else ""


# the counted, what of theirs is bounded and the bound, to the clause's end (城市超过200万辆,
# 城市的汽车保有量超过100万辆, 省份的GDP增长目标不低于5%, 省份的目标在5.5%及以上, 省份今年的
# 目标低于5%: the year the goal is of no part of the class): the class the bound defines
# the year a member's goal or figure is of, between the member and its 的 (省份今年的目标)
MEMBERS_YEAR = r"(?:今年|明年|去年|全年)"
_MEMBERS_OVER_BOUND = re.compile(
    rf"(?P<who>[\u4e00-\u9fff]{{1,6}}?){MEMBERS_YEAR}?"
    r"(?:的(?P<what>[A-Za-z\u4e00-\u9fff]{2,10}?))?"
    r"(?P<bound>(?:超过|超|高于|低于|不低于|不高于|不少于|不足|达到|突破|在)[\d.]+[万亿]?"
    r"(?:%|[\u4e00-\u9fff]{1,2})(?:及以上|及以下|以上|以下)?)(?=[，,；;。]|$)")
# a measure of the things a sample counts, written right after them and compared at once (重点监测
# 的60家餐饮企业营业额同比增长21%): the count counts the things, the change is of their
# measure
_SAMPLE_MEASURES = ("营业额", "销售额", "零售额", "客流量", "营业收入", "销售收入")
_COMPARED_NEXT = re.compile(
    r"(?:同比|环比|比上年|较上年|较去年同期)?(?:增长|下降|增加|减少|上升)\d")


def _sample_measured(text: str, end: int, noun: str) -> str:
    """The things counted without their measure (餐饮企业 of 餐饮企业营业额), when the measure is
    compared right after them; "" else."""
    at = text.find(noun, end, end + len(noun) + 2)
    if at < 0 or _COMPARED_NEXT.match(text, at + len(noun)) is None:
        return ""
    measure = next(m for m in _SAMPLE_MEASURES if noun.endswith(m))
    return noun[: -len(measure)] if len(noun) - len(measure) >= 2 else ""


_EVENT_TAG = "vn"  # a verbal noun counted (6场比赛)
_NEXT_FIGURE = re.compile(r"[\u4e00-\u9fff]{1,8}\d")
_STATE_MAX = 12  # characters of what the counted do, after them to the clause's end
# 董事会由9名董事组成: what the counted make up; 与5家金融机构签署…: the partners the agent
# acted with; 可在200余家景区享受…: where others do it; no doing of the counted's own
_NOT_DOERS = ("由", "与", "同", "在", FOR,  # (为21名残疾考生设置…: whom it is done for)
              "向",  # (今年共向约7.8万名学生发放…: given to; not 意向, 方向: _TOWARD_WORDS)
              "在全国", "在全省", "在全市")  # (…已在全国336个城市推行: where it is done)
# whom a deed is for, the home's whole before the count (为全区1.2万名老年人提供…)
_FOR_WHOLE = re.compile(r"[为向]全[区市县镇省乡]$")
_TOWARD_WORDS = ("意向", "方向", "导向", "动向", "倾向", "走向", "趋向", "去向", "流向")
_STATE_ADVERBS = ("将",)  # (已完成抽签 stays no state: h11 labels 2,800个经济房屋单位 bare)
_ROLES = ("作为", "成为")  # 23.8万名农村劳动力作为调查样本: what they serve as, no doing
_CLAUSE_END = re.compile(r"[，,；;。：:]")
_OBJECT_TAGS = ("n", "v")  # the words after the counted's verb: its object, or verbs in a row
# (a state's: joined too, 或 / 和, and 中营养's 中 read as a locative)
_STATE_WORD_TAGS = (*_OBJECT_TAGS, "c", "f")


# the time a deed lasts until (延长运营至次日0:30, 开放至22时)
_UNTIL_TIME = re.compile(r"(?:至|到)(?:次日|凌晨|晚上|晚|夜间)?\d{1,2}(?:[:：]\d{2}|时|点)")
_MINUTES = 3  # characters of a clock's colon and minutes (:30)


def _state_of_counted(text: str, toks: Toks, pos: int, noun: str, named: str) -> str:
    """11项指标达到或超过序时进度, 承销团成员41家参与投标: a count whose clause ends with what the
    counted do (a verb) is named by that and the thing (达到或超过序时进度的指标, 参与投标的承销团
    成员); "" when the clause goes on otherwise."""
    at = text.find(noun, pos, pos + len(noun) + 2)
    verb_first = at < 0 or _tag_at(toks, pos) == "v"
    if not verb_first and not _tag_at(toks, at).startswith("n") and _LEVELS_NOTE not in noun:
        return ""  # (3项进展滞后: a verbal noun and its state, no thing counted; 县（市、区）受灾
        # a place's levels, 县 tagged a morpheme)
    start = pos if verb_first else _after_listed_counts(toks, at + len(noun))
    if not verb_first and text.startswith(_STATE_ADVERBS, start):
        start += 1  # 1650名困难学生将享受国家助学金: what the counted will do, 将 no part of it
    thing = named if verb_first else noun
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end is not None else len(text)
    if (until := _UNTIL_TIME.search(text, start, stop + _MINUTES)) is not None and (
            until.start() < stop):
        stop = until.start()  # 6条线路延长运营至次日0:30: until when is no part of the deed
        # (the clock's colon ended the clause: its minutes are read past it)
    state = text[start:stop]
    if (not thing or not 2 <= len(state) <= _STATE_MAX or _tag_at(toks, start) != "v"
            or state.startswith(_ROLES)
            or not all(t.pos.startswith(_STATE_WORD_TAGS)
                       for t in tokens_in(toks, start, stop)[1:])):
        return ""  # (11个产业项目建成后闲置…: a verb and its object only, not a story; 22家企业
        # 报名参与竞买: verbs in a row, what they did)
    return f"{thing}{state}"


_LEVELS_NOTE = "（"  # (县（市、区）: the levels a count of places spans)
_LISTED_COUNT_TAGS = ("m", "q", "n", "x")


def _after_listed_counts(toks: Toks, end: int) -> int:
    """Where the state a 、 list of counts shares starts (12个集体、35名个人受到…表彰: after the
    last item, so the first is named by it as well); ``end`` when no such list follows."""
    rest = tokens_in(toks, end, end + _LIST_REACH)
    if not rest or rest[0].word != "、":
        return end
    for tok in rest[1:]:
        if tok.pos.startswith("v"):
            return tok.start
        if not tok.pos.startswith(_LISTED_COUNT_TAGS) or tok.word in _CLAUSE_WORDS:
            break
    return end


_LIST_REACH = 16  # characters of the later counts of a list (、35名个人)
_CLAUSE_WORDS = frozenset(("，", ",", "；", ";", "。", "：", ":"))


# what a deed's verb may carry before its count: its aspect (了), the batch it did (第四批), its
# adverb of sum (共): 审计了15个保障性住房项目, 发布了第四批共19个新职业
_DONE_MARK = re.compile(r"了(?:第[\d一二三四五六七八九十]+批)?(?:共|共计|合计)?$")
_DONE_MARK_REACH = 8  # characters: 了第十一批共计
_OTHERS = ("其他", "其余", "其它")


def _before_done_mark(text: str, pos: int) -> int:
    """Where the deed's verb ends before a count, past the aspect and frame words after it
    (and past 其他 / 其余: 委托其他8个市州…, the others of a group, no word of the deed)."""
    if text.endswith(_OTHERS, 0, pos):
        pos -= len(_OTHERS[0])
    if "了" not in text[max(0, pos - _DONE_MARK_REACH) : pos]:
        return pos
    found = _DONE_MARK.search(text, max(0, pos - _DONE_MARK_REACH), pos)
    return found.start() if found is not None else pos


# a count's deed and to whom it went (编配予一般申请者, 拨予各区): who received the things counted
_GIVEN_TO = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})予[\u4e00-\u9fff]{2,10}(?=[，,；;。）)]|$)")


_ACT_MAX = 4  # characters of the counted's own deed after them (报名, 参与投标)
AGENT_MEASURES = frozenset("家名人位户")  # the counted can act: firms, people, households


def _counted_act(text: str, toks: Toks, cand: NumberCandidate, noun: str) -> bool:
    """Firms or people counted do something of their own after their noun, to the clause's end
    (吸引11家房企报名): the verb before the count brought it about, no deed of theirs it names
    (开展10场专题招商推介: events, the verb's object whole)."""
    if cand.unit_raw not in AGENT_MEASURES:
        return False
    pos = cand.end
    at = text.find(noun, pos, pos + len(noun) + 2)
    if at < 0:
        return False
    start = at + len(noun)
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end is not None else len(text)
    return 2 <= stop - start <= _ACT_MAX and _tag_at(toks, start).startswith("v")


def _flow_verb_of(text: str, comma_start: int, cand: NumberCandidate) -> str:
    """The flow verb governing a count written before its noun (建成100个, 审计了15个)."""
    return flow_verb_before(text, comma_start, _before_done_mark(text, cand.start))


def _tag_at(toks: Toks, pos: int) -> str:
    """The tag of the word starting at ``pos`` ("" if none does)."""
    at = next((t for t in toks if t.start >= pos), None)
    return at.pos if at is not None and at.start == pos else ""


_AMOUNT_OF_RANKED = re.compile(
    r"的(?P<what>[\u4e00-\u9fff]{2,8}?)(?:位列|位居|居|排名|排在|列|稳居|跃居)")
_DEAL_MAX = 4  # characters of the verb a price is paid by (竞得, 成交, 中标, 摘得)


def _verb_of_amount(text: str, toks: Toks, pos: int) -> str:
    """The verb ending the clause after an amount paid 以 (以33.6亿元竞得，, 以1.86亿元底价成交):
    "" when the clause goes on otherwise."""
    end = _CLAUSE_END.search(text, pos)
    stop = end.start() if end is not None else len(text)
    words = tokens_in(toks, pos, stop)
    if (not 2 <= stop - pos <= _DEAL_MAX or not words or words[0].start != pos
            or not words[-1].pos.startswith("v")
            or not all(t.pos.startswith(_OBJECT_TAGS) for t in words)
            or text.startswith(tuple(metric_lexicon().rank_verbs), pos)):
        return ""  # (成都以1.21亿元位居第五: what is ranked is named before; 以1.86亿元底价
        # 成交: the verb with its manner)
    return text[pos:stop]


_EVERY_KIND = ("各种", "各类", "所有")
# the harm a disaster's toll counts, after its count (造成…万人次不同程度受灾, 造成3人死亡)
_CAUSED = "造成"
_HARMED = re.compile(r"(?:不同程度|不同程度地)?(?P<harm>受灾|受伤|死亡|失踪|遇难|伤亡|受影响|受困)"
                     r"(?=[，,；;。、]|$)")
# a section of a road or line between two places (洋坑村至岭脚村段, 雅安至康定段)
_SEGMENT = re.compile(r"[\u4e00-\u9fff\w]{2,12}(?:至|到|—)[\u4e00-\u9fff]{2,12}段")
_STANDARD = "的标准"
_STANDARD_AT = re.compile(r"[\u4e00-\u9fff]{0,2}的标准")
# the frame of a standard before its level (新建居住区按照每百户不低于20平方米的标准): no name
_STANDARD_FRAME = re.compile(r"(?:按照|按)(?:每|人均).*$")
# what the standard is applied to after it (…的标准配建养老服务设施, …的标准给予支持, …的标准补齐)
_STANDARD_USE = re.compile(r"(?P<grant>给予|予以)?(?P<what>[\u4e00-\u9fff]{2,12}?)(?=[，,；;。]|$)")


def standard_name(text: str, after: int, indicator: str) -> str:
    """A rule's standard (新建居住区按照每百户不低于20平方米的标准配建养老服务设施): what it is
    of (新建居住区, its per-unit frame cut) and what it is applied to (配建养老服务设施; the
    object of 给予 / 予以: 支持; not a bare verb: 补齐)."""
    own = _STANDARD_FRAME.sub("", indicator)
    use = _STANDARD_USE.match(text, after)
    if use is None:
        return own
    what = use.group("what")
    return own + what if use.group("grant") or len(what) > 2 else own


_PHRASE_GAPS = (" ", "\u3000")
_CHANGES_AFTER = (*CHANGE_WORDS, "提升", "提高", "降低", "增长", "扩大", "缩小", "压减", "压缩",
                  "缩短", "增至", "降至", "减至", "升至", "精简", "削减", "缩减")
_GRANT_LIST_TAIL = re.compile(r"(?:[、和及]\s*[\d.]+\s*[万亿]?元)*")
_GRANT_NOUN = re.compile(r"[\u4e00-\u9fff“”（）()]{1,10}")
_GRANT_VERB = "给予"
# the grant's noun right after its amount (给予最高1.5万元补贴, …2000元购置补贴): what is granted
_GRANT_AFTER = re.compile(r"(?!的)[\u4e00-\u9fff]{0,6}?(?:补贴|奖励|补助|贴息|资助|奖补)")
# a cap per unit written with a measure word alone (每件最高不超过2000元, 每个最高10万元, 单个
# 最高…): no thing of its own, so the grant it caps names it (单个企业 names its unit, and stays)
_BARE_PER_UNIT = re.compile(r"(?:每|单)[一]?[个件台套辆家户人次项间座所处张笔单]?")


def grant_name(text: str, cand: NumberCandidate, indicator: str, task_start: int) -> str:
    """The name of a rule's grant (:func:`.rule_parameters.grant_parameter`): what is
    granted, not how it is reckoned. 按设备投资额的10%给予补助 -> 补助 (the noun after
    给予); 给予每人每月3000元、2000元的生活补贴 -> 生活补贴 (the noun after 的);
    给予一次性奖励50万元 -> 一次性奖励 (the verb dropped); 另给予一次性装修补贴，
    按每平方米100元计算 -> 一次性装修补贴 (按… says how, the grant is named before)."""
    if (named := per_head_standard_name(text, cand, indicator)) is not None:
        return named  # 财政按每生每年6000元标准给予补助 -> 补助
    if text.startswith(_GRANT_VERB, cand.end):
        found = _GRANT_NOUN.match(text, cand.end + len(_GRANT_VERB))
        if found is not None:
            return found.group()
    tail = _GRANT_LIST_TAIL.match(text, cand.end)
    at = tail.end() if tail is not None else cand.end
    if text.startswith(_STANDARD + _GRANT_VERB, at):
        # 按每个1万元的标准给予一次性建设补助: the grant after the standard's 给予
        found = _GRANT_NOUN.match(text, at + len(_STANDARD) + len(_GRANT_VERB))
        if found is not None:
            return found.group()
    if text.startswith("的", at):
        found = _GRANT_NOUN.match(text, at + 1)
        if found is not None:
            return found.group()
    bare = not indicator or indicator.endswith(_GRANT_VERB) or _BARE_PER_UNIT.fullmatch(indicator)
    if bare and (found := _GRANT_AFTER.match(text, cand.end)) is not None:
        return found.group()  # 对…给予最高1.5万元补贴: the grant after its amount
    if bare or indicator.startswith("按"):
        verb = text.rfind(_GRANT_VERB, task_start, cand.start)
        if verb >= 0:
            found = _GRANT_NOUN.match(text, verb + len(_GRANT_VERB))
            if found is not None and found.end() <= cand.start:
                return found.group()
    return indicator.removeprefix(_GRANT_VERB)


# a sum set per head by a standard written after it (寄宿制学校另按每生每年200元标准增加公用经费,
# 财政按每生每年6000元标准给予补助): how it is reckoned (按每生每年…标准) names nothing; the name
# is who it is for, then what is done or granted after 标准
_PER_HEAD_BY = re.compile(r"(?:另|再|还)?按(?:照)?每[\u4e00-\u9fff]{1,3}$")
_STANDARD_DEED = re.compile(r"标准([\u4e00-\u9fff]{2,10})")
_PAYERS = ("财政", "市财政", "县财政", "省财政", "区财政")


def per_head_standard_name(text: str, cand: NumberCandidate, indicator: str | None) -> str | None:
    """The name of a sum a rule sets per head by a standard written after it: the recipients
    before 按 (寄宿制学校; a payer, 财政, names no one) and the deed after 标准 (增加公用经费; a
    grant by its noun, 给予补助 -> 补助, as a grant's amount is named); None when the text is not
    so written."""
    deed = _STANDARD_DEED.match(text, cand.end)
    if deed is None or not indicator or (by := _PER_HEAD_BY.search(indicator)) is None:
        return None
    who = indicator[: by.start()]
    what = deed.group(1)
    if what.startswith(_GRANT_VERB):
        found = _GRANT_NOUN.match(what, len(_GRANT_VERB))
        what = found.group() if found is not None else what
    return (what if not who or who.endswith(_PAYERS) else who + what)


# a box of figures each with its caption (a newspaper's 数读: ``8.2% 1-10月全市规上工业增加值
# 增速``): the caption after the figure opening its line names it, its time left to the period
_CAPTION = re.compile(r"[\s\u3000]*(?P<caption>[\u4e00-\u9fffA-Za-z0-9—\-（）()]{2,30})[\s\u3000]*")
_NOT_CAPTION = re.compile("[，,。；;：:！？、]")
_CAPTION_HAN = re.compile("[\u4e00-\u9fff]{2}")


def figure_caption(text: str, cand: NumberCandidate, cands: Sequence[NumberCandidate],
                   spans: Sequence, named: bool = False) -> str:
    """The caption of a figure opening a short line with nothing else but words after it (no
    clause mark, no other figure): those words, the time expressions at their start left out
    (they date the figure); empty when the line is no figure and caption. When the words after
    the figure already gave it a name (``named``), only a caption opening with its time
    (7856.3万人次前三季度接待国内外游客: the time read as a noun after the count)."""
    if text[: cand.start].strip() or len(cands) != 1 or _NOT_CAPTION.search(text, cand.end):
        return ""
    m = _CAPTION.fullmatch(text, cand.end)
    if m is None:
        return ""
    at = m.start("caption")
    dated = False
    for span in sorted(spans, key=lambda p: p.start):
        if span.start == at:
            at, dated = span.end, True
    if named and not dated:
        return ""
    caption = text[at : m.end("caption")]
    return caption if _CAPTION_HAN.search(caption) else ""

