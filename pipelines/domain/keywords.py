"""Per-document keywords: TF-IDF over the corpus's own token counts, in vectorized polars.

Only content words can be keywords: nouns, verbal nouns, idioms/abbreviations and
user-dictionary terms (POS filter; a plain verb, tag v, is what a text does, 引领, 控制, 上涨,
not what it is about), never stopwords, the generic vocabulary of policy and statistics
prose listed in ``pipelines/data/keyword_stoplist.txt`` (with the statistical system's own
words: what a figure is, 增加值 and 生产总值, the breakdowns a bulletin tabulates, 第一产业 and
城镇, and the report's form, 总的看 and 请予审议: a figure's measure is the metrics' indicator,
a keyword what it is about; the indicators that name what they measure, 固定资产投资 and 失业率,
are keywords that weigh little: MEASURES_PATH), a place (合肥, 合肥市, 浙江省: places are a
dimension of their own, see PLACES_PATH; and a district, county, town or region the
segmenter tags ns: 双流区, 攸县, 西部地区), single characters, punctuation, bare
numbers and per-head bases (每千人), units with a magnitude and their thresholds (万人, 亿元,
万元以上), periods by form (日均, 单月, 工作日), runs longer than ``MAX_CHARS`` (a damaged
page's "DDDD…"), a two-character word the segmenter guessed by gluing a preposition to a
one-character word (记者从市统计局获悉 -> 从市: ``is_fragment``) or a conjunction to a
word (降费及), or a person's name (POS nr) that a document names only once (its
reporter: 记者王磊). Other nr words named more often stay: the segmenter tags many content
words nr (成渝, 科学城, 幼儿园). A name in a byline (the names right after 记者, 通讯员,
编辑...: 记者 张三 李四 报道, （记者 王五）) never counts, however often a page credits its
reporter.

Latin words pass the same filters: the stoplist is read without regard to case (the English
function words and generic vocabulary it lists: about, year, the), a number with a unit that
the stoplist lists (1.2MB, 312GW) is a number, and a letter with one or two digits is a page or
period code (A12, H1, Q3), not a subject. Page furniture is never a keyword: the name of a
newspaper or bulletin (a word of three or more characters ending in 报: 大公报, 人民日报, 统计公报),
a web address (www.sse.com.cn), and a person named as a speaker or an official (a
three-character word tagged nr that starts with a surname of ``keyword_surnames.txt``: the
王晓明 of a transcript's 王晓明：, a mayor under a report's title), however often a transcript
gives them the floor, and an office of the state or the party
that speaks or publishes (市委, 省政府, 商务厅, 市科技局, 发展改革委, 办公室, 高级人民法院). (The
price: a person a feature story is about is no keyword either; such a name is said by the
story's own words around it.)
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from pathlib import Path

import numpy as np
import polars as pl

from pipelines.domain.columns import used_codes
from pipelines.domain.wordlists import read_word_list

STOPLIST_PATH = Path(__file__).resolve().parent.parent / "data" / "keyword_stoplist.txt"

# jieba-style tag prefixes kept: n* nouns (n, nr, ns, nt, nz, ng, ...), v / vn verbs and verbal
# nouns, l / i / j fixed expressions, idioms and abbreviations, eng Latin words (GDP, 5G).
# The empty tag is what the segmenter gives user-dictionary words, i.e. domain terms.
CONTENT_POS_PREFIXES = ("n", "v", "l", "i", "j", "eng")
# Plain verbs (v) are what a text does (引领, 控制, 接待, 上涨), not its subject; verbal nouns (vn:
# 投资, 消费) stay. Measured on tests/gold/keywords_gold.yaml: P@10 +0.04, R@20 +0.02. The price:
# the nouns jieba's dictionary tags v (就业, 预算, 快递) go too, until the domain dictionary tags
# them n or vn. Adverbial / bound verb tags (vd, vg, vq) are not content words either.
EXCLUDED_POS = ("v", "vd", "vg", "vq")

MAX_CHARS = 16  # longer "words" are garbage runs or unsegmented text, not keywords
# A unit with a magnitude in front (万人, 亿元, 万千瓦时): a figure's unit, not a subject.
# So is a threshold made of one (万元以上, 千人以下, 亿元左右: a measure's condition, as in
# 设备投资额在500万元以上的项目).
_UNIT_WORD = (r"^[十百千万亿]+(?:人次|人|元|美元|吨|辆|户|亩|斤|个|家|台|套|件|千瓦时|千瓦|平方米"
              r"|平方公里|公里|标准箱|张|床|所|座|项|次|倍)(?:以上|以下|以内|左右)?$")
# A period or a time unit by its form, never a subject (dates and periods are a dimension of their
# own): a per-period or per-unit average (日均, 月均, 场均, 户均), one period (单日, 单月), all past
# years (历年), a count of days (工作日: 压缩至3个工作日).
_PERIOD_WORD = r"^(?:[日月年周季旬人户场]均|单[日月年周季]|逐[日月年]|历年|(?:工作|自然|交易)日)$"
# Person names (tags nr, nrfg, nrt) count only when a document names them more than once: the
# reporter or editor it credits (记者王磊) is named once.
NAME_POS = "nr"
# Who wrote, edited or checked a text. The person names (NAME_POS) that follow one of these words
# in a sentence, one after the other (whitespace and punctuation between them are not tokens),
# are a byline: 记者 张三 李四 报道, （记者 王五）, 责任编辑：王五 审核：赵六.
BYLINE_ROLES = ("记者", "本报记者", "见习记者", "实习记者", "特约记者", "特派记者", "摄影记者",
                "通讯员", "特约通讯员", "编辑", "责任编辑", "责编", "美术编辑", "实习生", "摄影",
                "撰稿", "作者", "审核", "校对", "审校", "编审", "监制", "主编")
# A two-character word that is not in the segmenter's dictionary (so the segmenter guessed it)
# and that starts with a preposition or conjunction, or ends with a copula or particle, is one
# character of the sentence glued to a one-character word: 记者从市统计局获悉 -> 从市, 及水,
# 用党, 一是, 率为, 修至. Real words of this shape (从业, 对外, 为民) are in the dictionary.
FRAGMENT_FIRST = frozenset("从在对把向由被将给于与和及以为用受故自同跟按据经比让使有")
FRAGMENT_LAST = frozenset("是为至达于起中的了着")
# A three-character word the segmenter guessed (not in its dictionary) that ends in a
# conjunction is a word and the conjunction after it: 新增减税降费及退税缓费 ->
# 减税|降费及|退税|缓费 (降费, too, a guess). Real words ending so (普及, 涉及, 温和,
# 以及) are in the dictionary.
FRAGMENT_CONJUNCTIONS = frozenset("及和与并或")
# A two-character word the segmenter guessed that starts with a numeral is a piece of a numbered
# slogan or count: 一窗通办 -> 一窗, 一网通办 -> 一网, 千企万户 -> 千企. Real ones (一审, 两会,
# 三农, 百强) are in the dictionary.
FRAGMENT_NUMERALS = frozenset("一二两三四五六七八九十百千万")

# A "bare number": digits, Chinese numerals, and the units/percent marks glued to them; and a
# count of places or digits (两地, 两位数).
_NUMBER_LIKE = (r"^[\d０-９.,，%％‰·〇零一二三四五六七八九十百千万亿两几多余第个年月日号]+$"
                r"|^[一二两三四五六七八九十几多]+(?:位数|地)$"
                # a per-head base (每千人, 每万人口, 每百户): how a ratio counts, not its subject
                r"|^每[一二两三四五六七八九十百千万亿]+\p{Han}{0,2}$"
                # a ratio, which the segmenter cuts after 比 (以一比|二, 按一比|一: QA 15)
                r"|^[以按]?[\d０-９〇零一二两三四五六七八九十]+比[\d０-９〇零一二两三四五六七八九十]*$")
# A number with Latin letters after it (1.2MB, 312GW, 5G): a number when the letters are a unit
# the stoplist lists (mb, gw), a name otherwise (5G).
_NUMBER_BEFORE = r"[\d０-９][\d０-９.,]*"
# A letter and one or two digits: a newspaper's page (A12, B03) or a period (H1, Q3).
_CODE_LIKE = r"[A-Za-zＡ-Ｚａ-ｚ][\d０-９]{1,2}"
# The name of a newspaper or a bulletin (大公报, 人民日报, 统计公报): the page's masthead.
_MASTHEAD = r"\p{Han}{2,}报"
# A web address (www.sse.com.cn, http://...): where a page was found, not what it says.
_WEB_ADDRESS = r"(?:https?://|www\.)\S*|[\w.-]+\.(?:com|cn|net|org|gov|edu|hk|mo|tw)"
# Person names (tag nr) of three characters that start with one of the surnames listed in
# SURNAMES_PATH are persons (王晓明, 陈国平): a speaker's or an official's name, which a transcript
# or a report repeats at every turn or title, not what it is about. (Two-character nr words are
# too often content words the segmenter tags nr: 王朝, 顾问.)
SURNAMES_PATH = STOPLIST_PATH.with_name("keyword_surnames.txt")
# Places are a dimension of their own (marts.documents.place, marts.metrics.subject), never a
# keyword: the names the metrics recognise (metrics/places.txt: 合肥, 浙江, 中国) with or without
# their level (合肥市, 浙江省, 澳门特别行政区), and any city, province or county named by its
# form (都江堰市, 福建省, 长兴县; not 大城市).
PLACES_PATH = STOPLIST_PATH.parent / "metrics" / "places.txt"
_PLACE_LEVELS = ("市", "省", "区", "县", "州", "自治区", "自治州", "特别行政区")
_PLACE_BY_FORM = r"^\p{Han}{2,}[市省县]$"
# A word the segmenter tags ns (a place name) ending in a district's, county's, town's or
# region's level is a place too (双流区, 攸县, 各乡镇, 西部地区); other ns words may be kinds of
# place or regions' names that are subjects (大城市, 成渝) and stay.
PLACE_POS = "ns"
_PLACE_BY_TAG = r"[区县镇乡旗州]$"
# An office of the state or the party: who speaks or publishes, not what about (市委, 省政府,
# 特区政府, 市人大, 商务厅, 市科技局, 发展改革委, 办公室, 调查队); a court or a procuratorate by
# its level or place (高级人民法院, 某区人民检察院; 人民法院 alone is the institution); a ministry
# (财政部, 商务部, 工业和信息化部; 干部, 总部 and 俱乐部 are none). 通办 (一网通办, 跨省通办) is
# a service, not an office; a word ending in 局 that is no office (格局, 布局, 大局) is generic.
_OFFICE = (r"^\p{Han}*(?:政府|[市省县区]府|人大|政协|党委|党工委|委员会|办公室|调查队|调查总队)$"
           r"|^\p{Han}+人民(?:法院|检察院)$|^\p{Han}+[^乐]部$"
           r"|^\p{Han}+[局委]$|^\p{Han}{2,}厅$|^\p{Han}*[^通]办$")
_NOT_A_PLACE = "城市"  # 大城市, 超大城市: a kind of city, not one
_HAS_DIGIT = r"[\d０-９]"
_HAS_LATIN = r"[A-Za-zＡ-Ｚａ-ｚ]"
_HAS_WORD_CHAR = r"[\p{Han}A-Za-z]"

# Words common in all Chinese prose (工作, 情况, 方面) weigh less than the corpus's own IDF says:
# a warehouse of a few documents, or of one city's papers, cannot tell them from its subjects.
# TF-IDF is multiplied by the word's factor in this list (its IDF in jieba's general corpus over
# the median word's; unlisted words 1). Measured on tests/gold/keywords_gold.yaml: P@10 0.645 ->
# 0.666, R@10 0.278 -> 0.327, R@20 0.401 -> 0.444.
GENERAL_WEIGHTS_PATH = STOPLIST_PATH.with_name("keyword_general_weights.txt")
# The indicators that name what they measure (固定资产投资, 失业率, 居民消费价格) are keywords, but
# weigh MEASURE_FACTOR times their general weight: below the subjects a document names often, they
# fill what is left of its top N (a quarter's release names little else). Generic measures (增加值,
# 总量) stay in the stoplist. Measured on tests/gold/keywords_gold.yaml: P@10 and R@10 unchanged
# for any factor from 0.02 to 0.15, R@20 0.451 -> 0.458 (keywords-8, 0.05). keywords-13, 0.3:
# at 0.05 a long release's 失业率 ranked 50th-110th, never among its 20 (P@10 / R@10 / R@20 of
# the 29 and of the blind 15: flat from 0.05 to 0.3 but R@20 0.472 -> 0.475 and 0.433 -> 0.440
# at 0.3; at 0.5 the 29's P@10 and R@10 drop).
MEASURES_PATH = STOPLIST_PATH.with_name("keyword_measures.txt")
MEASURE_FACTOR = 0.3

KEYWORDS_SCHEMA = {
    "doc_id": pl.String,
    "keyword": pl.String,
    "weight": pl.Float64,
    "rank": pl.UInt32,
}


@cache
def load_stoplist(path: Path = STOPLIST_PATH) -> frozenset[str]:
    """Generic policy words never reported as keywords (cached)."""
    return read_word_list(path)


@cache
def load_measures(path: Path = MEASURES_PATH) -> frozenset[str]:
    """The indicators that weigh MEASURE_FACTOR (see MEASURES_PATH; cached)."""
    return read_word_list(path)


@cache
def load_general_weights(path: Path = GENERAL_WEIGHTS_PATH,
                         measures_path: Path | None = MEASURES_PATH) -> pl.DataFrame:
    """word, factor: how much a word weighs beyond the corpus (see GENERAL_WEIGHTS_PATH; cached);
    the indicators of ``measures_path`` (None: none) times MEASURE_FACTOR."""
    weights: dict[str, float] = {}  # a word listed twice: its last line wins
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        try:
            word, factor = fields
            weights[word] = float(factor)
        except ValueError:
            raise ValueError(f"{path}:{n}: expected a word and its factor (a number), "
                             f"got {line.strip()!r}") from None
    for word in sorted(load_measures(measures_path)) if measures_path is not None else ():
        weights[word] = weights.get(word, 1.0) * MEASURE_FACTOR
    return pl.DataFrame({"word": list(weights), "factor": list(weights.values())},
                        schema={"word": pl.String, "factor": pl.Float64})


@cache
def load_surnames(path: Path = SURNAMES_PATH) -> frozenset[str]:
    """The surnames that make a three-character nr word a person (cached)."""
    return read_word_list(path)


@cache
def load_places(path: Path = PLACES_PATH) -> frozenset[str]:
    """The place names of the metrics' places.txt (cached)."""
    return read_word_list(path)


@cache
def _place_pattern(places: frozenset[str]) -> str:
    """One pattern for a place name: a listed name with or without its level, or a name by
    form (see PLACES_PATH)."""
    names = "|".join(sorted(places, key=lambda w: (-len(w), w)))
    levels = "|".join(_PLACE_LEVELS)
    return f"^(?:{names})(?:{levels})?$|{_PLACE_BY_FORM}"


def is_fragment(word: str) -> bool:
    """True for a guessed two-character word glued from a function character and a
    one-character word (see FRAGMENT_FIRST), or a guessed three-character word ending in a
    conjunction (FRAGMENT_CONJUNCTIONS), or a guessed two-character word opening with a numeral
    (FRAGMENT_NUMERALS): not a keyword."""
    if ((len(word) == 3 and word[2] in FRAGMENT_CONJUNCTIONS)
            or (len(word) == 2 and word[0] in FRAGMENT_NUMERALS)):
        return not _dictionary_word()(word)
    if len(word) != 2 or not (word[0] in FRAGMENT_FIRST or word[1] in FRAGMENT_LAST):
        return False
    known = _dictionary_word()
    return not known(word) and known(word[1] if word[0] in FRAGMENT_FIRST else word[0])


@cache
def _dictionary_word():
    """Whether a word is in the segmenter's dictionary (jieba's and the domain's)."""
    from pipelines.domain.segmentation import default_segmenter

    return default_segmenter().has_word


def _fragments(words: list[str]) -> list[bool]:
    return [is_fragment(w) for w in words]


def _pos_filter() -> pl.Expr:
    """True for content-word tags (and the empty tag of user-dictionary terms)."""
    pos = pl.col("pos").fill_null("")
    return (pos == "") | (
        pl.any_horizontal([pos.str.starts_with(p) for p in CONTENT_POS_PREFIXES])
        & ~pos.is_in(list(EXCLUDED_POS))
    )


def _tagged_out() -> pl.Expr:
    """True for what a word's tag rules out: a person named as a speaker or an official (a
    three-character word tagged nr that starts with a surname of SURNAMES_PATH) and a place by
    its tag (PLACE_POS, _PLACE_BY_TAG)."""
    word, pos = pl.col("word"), pl.col("pos").fill_null("")
    return (((pos == NAME_POS) & (word.str.len_chars() == 3)
             & word.str.slice(0, 1).is_in(sorted(load_surnames())))
            | ((pos == PLACE_POS) & word.str.contains(_PLACE_BY_TAG)))


@cache
def _furniture(stoplist: frozenset[str]) -> str:
    """One pattern for the furniture a stoplist cannot list word by word: its Latin words in
    any case, with or without a number before them (About, 1.2MB, 312GW), page and period codes
    (A12, H1), mastheads (大公报) and web addresses (www.sse.com.cn)."""
    latin = sorted({w.lower() for w in stoplist if re.fullmatch(r"[A-Za-z]+", w)})
    alternatives = [_CODE_LIKE, _MASTHEAD, _WEB_ADDRESS]
    if latin:
        alternatives.insert(0, f"(?:{_NUMBER_BEFORE})?(?:{'|'.join(latin)})")
    return "(?i)^(?:" + "|".join(alternatives) + ")$"


@cache
def _listed(stoplist: frozenset[str]) -> pl.Series:
    """The stoplist as a column (made once per stoplist, not per call)."""
    return pl.Series("stoplist", sorted(stoplist), dtype=pl.String)


def _word_filter(stoplist: Collection[str]) -> pl.Expr:
    """True for words that may be keywords whatever their tag (no numbers, fragments, ...)."""
    word = pl.col("word")
    stoplist = frozenset(stoplist)
    return (
        ~word.is_in(_listed(stoplist).implode())
        & ~word.str.contains(_furniture(stoplist))
        & ~word.str.contains(_OFFICE)
        & ~(word.str.contains(_place_pattern(load_places()))
            & ~word.str.ends_with(_NOT_A_PLACE))
        & (word.str.len_chars() >= 2)
        & (word.str.len_chars() <= MAX_CHARS)
        & ~word.str.contains(_UNIT_WORD)
        & ~word.str.contains(_PERIOD_WORD)
        & word.str.contains(_HAS_WORD_CHAR)
        & ~word.str.contains(r"\s")
        & ~word.str.contains(_NUMBER_LIKE)
        # a digit is allowed only inside a Latin token (5G, PM2.5), never in "6万个"
        & (~word.str.contains(_HAS_DIGIT) | word.str.contains(_HAS_LATIN))
    )


def candidate_filter(stoplist: Collection[str]) -> pl.Expr:
    """True for tokens that may be keywords (content POS, no stopwords/numbers/fragments,
    no person named as a speaker or official, no place by its tag)."""
    return (_pos_filter() & ~pl.col("is_stopword").fill_null(False) & _word_filter(stoplist)
            & ~_tagged_out())


COUNTS_SCHEMA = {"doc_id": pl.String, "word": pl.String, "count": pl.Int64}


def counts_schema(categorical: bool = False) -> dict[str, pl.DataType]:
    """COUNTS_SCHEMA, or with Categorical doc_id and word."""
    if not categorical:
        return COUNTS_SCHEMA
    return {"doc_id": pl.Categorical(), "word": pl.Categorical(), "count": pl.Int64()}


def candidate_counts(
    tokens: pl.DataFrame, *, stoplist: Collection[str] | None = None
) -> pl.DataFrame:
    """Occurrences of each keyword candidate per document: doc_id, word, count.

    Depends on each document alone (no corpus statistics), so a warehouse can keep these counts
    per document and recount only the documents that change. ``tokens`` as for ``keywords``.
    """
    stoplist = load_stoplist() if stoplist is None else stoplist
    if tokens.is_empty():
        return pl.DataFrame(schema=COUNTS_SCHEMA)
    base = _base(tokens)
    # the word and tag tests (regexes) run once per distinct word / tag, not once per token
    words = base.select(pl.col("word").unique()).filter(_word_filter(stoplist))
    words = words.filter(~pl.Series(_fragments(words.get_column("word").to_list()),
                                    dtype=pl.Boolean))
    tags = base.select(pl.col("pos").unique()).filter(_pos_filter())
    return (
        base.filter(
            ~pl.col("is_stopword").fill_null(False)
            & pl.col("pos").is_in(tags.get_column("pos").implode())
            & pl.col("word").is_in(words.get_column("word").implode())
        )
        .group_by("doc_id", "word")
        .agg(pl.col("occurrences").sum().alias("count"), pl.col("pos").first())
        # named only in bylines; a person named once (the reporter of 记者王磊, an editor) is
        # not what a text is about, nor a speaker or an official, however often named, nor a
        # place by its tag
        .filter((pl.col("count") > 0)
                & ~(pl.col("pos").str.starts_with(NAME_POS) & (pl.col("count") == 1))
                & ~_tagged_out())
        .drop("pos")
        .cast(COUNTS_SCHEMA)
    )


class CandidateIndex:
    """The keyword candidates of a word list that only grows (a segmenter's vocabulary): per
    word number, the number of the candidate it counts as (the word stripped), or -1.

    A word's candidacy depends on the word, its tag and its stopword flag only, so it is
    decided once per word with the same tests as ``candidate_counts``; tokens are then
    counted by number, without grouping their strings.
    """

    def __init__(self, stoplist: Collection[str] | None = None) -> None:
        self._stoplist = load_stoplist() if stoplist is None else stoplist
        self.of_word = np.zeros(0, dtype=np.int64)
        self.name = np.zeros(0, dtype=bool)  # per candidate number: a person's name (nr*)
        # per word number: one of BYLINE_ROLES; a person's name that is not one of them
        self.role = np.zeros(0, dtype=bool)
        self.person = np.zeros(0, dtype=bool)
        self._numbers: dict[str, int] = {}  # candidate -> its number
        self.names = pl.Series("word", [], dtype=pl.String)
        self.name_categories = self.names.cast(pl.Categorical())  # gathered from, not rebuilt

    def update(self, words: pl.Series, tags: pl.Series, stopword: np.ndarray) -> np.ndarray:
        """``of_word`` for all of ``words`` (the words after the ones seen before are added)."""
        done = len(self.of_word)
        if len(words) == done:
            return self.of_word
        base = pl.DataFrame([words.slice(done).alias("word"), tags.slice(done).alias("pos"),
                             pl.Series("is_stopword", stopword[done:], pl.Boolean)]).select(
            pl.col("word").cast(pl.String).str.strip_chars(),  # as _base
            pl.col("pos").cast(pl.String).fill_null(""), "is_stopword")
        ok = base.select(candidate_filter(self._stoplist)).to_series().to_numpy()
        stripped = base.get_column("word").to_list()
        named = base.get_column("pos").str.starts_with(NAME_POS).to_list()
        role = base.get_column("word").is_in(BYLINE_ROLES).to_numpy()
        self.role = np.concatenate([self.role, role])
        self.person = np.concatenate([self.person, np.array(named, dtype=bool) & ~role])
        names: list[bool] = []
        numbers, new = self._numbers, []
        tail = np.full(len(stripped), -1, dtype=np.int64)
        for i in np.flatnonzero(ok).tolist():
            if is_fragment(stripped[i]):
                continue
            number = numbers.get(stripped[i])
            if number is None:
                number = numbers[stripped[i]] = len(numbers)
                new.append(stripped[i])
                names.append(named[i])  # (the tag of its first spelling, as token_counts.sql)
            tail[i] = number
        if new:
            added = pl.Series("word", new, dtype=pl.String)
            self.names = self.names.append(added).rechunk()
            self.name_categories = self.name_categories.append(
                added.cast(pl.Categorical())).rechunk()
        self.name = np.concatenate([self.name, np.array(names, dtype=bool)])
        self.of_word = np.concatenate([self.of_word, tail])
        return self.of_word


def coded_candidate_counts(doc_ids: pl.Series, doc_of: np.ndarray, codes: np.ndarray,
                           index: CandidateIndex, categorical: bool = False) -> pl.DataFrame:
    """``candidate_counts`` of tokens given by word number (``codes``, ``index`` up to date
    for them, in text order) and document (``doc_of``: index into ``doc_ids``, which may number
    sentences: a byline is read within one); rows in no set order.
    ``categorical``: doc_id and word as Categorical columns (same values, no string copied)."""
    candidate = index.of_word[codes]
    found = (candidate >= 0) & ~_byline_tokens(doc_of, codes, index)
    if not found.any():
        return pl.DataFrame(schema=counts_schema(categorical))
    # documents numbered in order of first row, over runs of rows (a document may fill several)
    runs = pl.Series(doc_ids).cast(pl.String).rle().struct.unnest()
    numbers: dict[str | None, int] = {}
    run_numbers = [numbers.setdefault(d, len(numbers)) for d in runs.get_column("value")]
    number = np.repeat(np.array(run_numbers, dtype=np.int64), runs.get_column("len").to_numpy())
    names = pl.Series("doc_id", list(numbers), dtype=pl.String)
    doc_no, word_no, counts = _pair_counts(number[doc_of[found]], candidate[found], len(names))
    once = index.name[word_no] & (counts == 1)  # a person named once (see NAME_POS)
    if once.any():
        doc_no, word_no, counts = doc_no[~once], word_no[~once], counts[~once]
    if categorical:
        doc, word = names.cast(pl.Categorical())[doc_no], index.name_categories[word_no]
    else:
        doc, word = names.gather(pl.Series(doc_no)), index.names.gather(pl.Series(word_no))
    return pl.DataFrame([doc.alias("doc_id"), word.alias("word"),
                         pl.Series("count", counts, pl.Int64)])


def _pair_counts(doc: np.ndarray, word: np.ndarray, n_docs: int
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (doc, word) pairs (in doc, word order) and how often each occurs: by a bincount
    over the words used (renumbered) when that table is small, else by sorting."""
    n_words = int(word.max()) + 1
    used, renumber = used_codes(word, n_words)
    if n_docs * len(used) > 4 * len(word) + 65_536:  # a sparse table: sort instead
        keys, counts = np.unique(doc * n_words + word, return_counts=True)
        return keys // n_words, keys % n_words, counts
    table = np.bincount(doc * len(used) + renumber[word], minlength=n_docs * len(used))
    found = np.flatnonzero(table)
    return found // len(used), used[found % len(used)], table[found]


def document_count(tokens: pl.DataFrame) -> int:
    """N of the IDF: documents with at least one token (candidate or not)."""
    return tokens.get_column("doc_id").cast(pl.String).n_unique() if tokens.height else 0


def keywords(
    tokens: pl.DataFrame,
    top_n: int = 20,
    *,
    min_count: int = 1,
    stoplist: Collection[str] | None = None,
) -> pl.DataFrame:
    """Top ``top_n`` TF-IDF keywords of every document.

    ``tokens`` holds many documents: columns doc_id, word, pos, is_stopword, one row per token;
    or pre-aggregated rows with an extra ``count`` column (occurrences of the word). tf is the
    word's share of the document's candidate tokens; idf = ln((1 + N) / (1 + df)) + 1
    (smoothed, so a word found in every document still scores by frequency), times the word's
    general weight (``load_general_weights``: below 1 for words common in any prose). Words seen
    fewer than ``min_count`` times in a document are skipped. Returns doc_id, keyword, weight,
    rank (1 = best; ties broken by the word itself so results are deterministic).
    """
    counts = candidate_counts(tokens, stoplist=stoplist)
    return keywords_from_counts(counts, document_count(tokens), top_n, min_count=min_count)


def keywords_from_counts(
    counts: pl.DataFrame, n_docs: int, top_n: int = 20, *, min_count: int = 1,
    general_weights: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """``keywords`` from ``candidate_counts`` of the whole corpus and its document count N
    (``general_weights``: word, factor; default ``load_general_weights()``)."""
    if counts.is_empty():
        return pl.DataFrame(schema=KEYWORDS_SCHEMA)
    if general_weights is None:
        general_weights = load_general_weights()
    scored = (
        counts.select(
            pl.col("doc_id").cast(pl.String), pl.col("word").cast(pl.String),
            pl.col("count").cast(pl.Int64),
        )
        .with_columns(
            (pl.col("count") / pl.col("count").sum().over("doc_id")).alias("tf"),
            pl.len().over("word").alias("df"),  # rows are distinct (doc_id, word) pairs
        )
        .filter(pl.col("count") >= min_count)
        .join(general_weights, on="word", how="left")
    )
    return (
        scored.with_columns(
            (pl.col("tf") * (((1 + n_docs) / (1 + pl.col("df"))).log() + 1)
             * pl.col("factor").fill_null(1.0)).alias("weight")
        )
        # only words that can make a document's top_n (ties included) need the full sort
        .filter(pl.col("weight").rank("min", descending=True).over("doc_id") <= top_n)
        .sort(["doc_id", "weight", "word"], descending=[False, True, False])
        .with_columns(pl.int_range(1, pl.len() + 1).over("doc_id").cast(pl.UInt32).alias("rank"))
        .filter(pl.col("rank") <= top_n)
        .select(
            "doc_id",
            pl.col("word").alias("keyword"),
            pl.col("weight"),
            "rank",
        )
        .cast(KEYWORDS_SCHEMA)
    )


def _base(tokens: pl.DataFrame) -> pl.DataFrame:
    """Tokens (or pre-aggregated rows) in one shape: doc_id, word, pos, is_stopword, occurrences
    (those in a byline left out: pre-aggregated rows say how many in a ``byline`` column, as
    sql/queries/token_counts.sql does; token rows in text order are read for bylines)."""
    if "count" in tokens.columns:
        occurrences = pl.col("count") - (pl.col("byline").fill_null(0)
                                         if "byline" in tokens.columns else 0)
    else:
        occurrences = (~_in_byline(tokens.columns)).cast(pl.Int64)
    return tokens.select(
        pl.col("doc_id").cast(pl.String),
        pl.col("word").cast(pl.String).str.strip_chars(),
        pl.col("pos").cast(pl.String).fill_null(""),
        pl.col("is_stopword").cast(pl.Boolean),
        occurrences.cast(pl.Int64).alias("occurrences"),
    )


def _in_byline(columns: list[str]) -> pl.Expr:
    """True for token rows (in text order) that are a name in a byline: a run of person names
    right after one of BYLINE_ROLES in the same sentence (``sent_no``, when given) of the same
    document. As ``coded_candidate_counts`` and sql/queries/token_counts.sql."""
    keys = [pl.col("doc_id")] + ([pl.col("sent_no")] if "sent_no" in columns else [])
    same = pl.all_horizontal([key == key.shift(1) for key in keys]).fill_null(False)
    role = pl.col("word").cast(pl.String).str.strip_chars().is_in(BYLINE_ROLES)
    person = pl.col("pos").cast(pl.String).fill_null("").str.starts_with(NAME_POS) & ~role
    goes_on = person & same  # a name after a role or after another such name
    return goes_on & pl.when(~goes_on).then(role).forward_fill().fill_null(False)


def _byline_tokens(doc_of: np.ndarray, codes: np.ndarray, index: CandidateIndex) -> np.ndarray:
    """Per token (``codes``, sentence ``doc_of``, in text order): in a byline (``_in_byline``)."""
    role = index.role[codes]
    if not role.any():
        return np.zeros(len(codes), dtype=bool)
    goes_on = index.person[codes]
    goes_on[0] = False
    goes_on[1:] &= doc_of[1:] == doc_of[:-1]
    rows = np.arange(len(codes))
    anchor = np.maximum.accumulate(np.where(goes_on, 0, rows))  # the token before the run
    return goes_on & role[anchor]
