"""Place names a segmenter does not know, kept whole within the document that shows them.

rjieba (jieba's dictionary) cuts a county, town or village it does not know inside its name
(泓|阳县, 双庙|乡, 柳|湾村). A name counts when its document writes it as a name: before an organ's
name (泓阳县人民政府), in a list with a name of the same rank (柳林镇、白集镇), or opening the
title; it is then one word wherever that document writes it (``Segmenter.tokenize_coded`` with
``documents``). The levels, organs and exceptions are data: ``pipelines/data/segmentation/
place_names.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pipelines.domain.yamlfiles import load_yaml

if TYPE_CHECKING:
    from pipelines.domain.segmentation import Segmenter, _Vocabulary

PLACE_NAMES_PATH = (Path(__file__).resolve().parents[1] / "data" / "segmentation"
                    / "place_names.yaml")


def title_indices(documents: Sequence[Hashable] | None) -> set[int]:
    """The index of each document's first text (its title; none without documents)."""
    if documents is None:
        return set()
    n = len(documents)
    return set(dict(zip(reversed(documents), range(n - 1, -1, -1), strict=True)).values())


def document_texts(documents: Sequence[Hashable] | None, keys: list[Hashable]
                    ) -> list[tuple[Hashable, list[int]]]:
    """The indices of the texts of each of the documents ``keys``."""
    if documents is None:  # each text a document, keyed by its index
        return [(key, [key]) for key in keys]  # type: ignore[list-item]
    wanted: dict[Hashable, list[int]] = {key: [] for key in keys}
    for i in [i for i, key in enumerate(documents) if key in wanted]:
        wanted[documents[i]].append(i)
    return list(wanted.items())

def place_anchors(codes: np.ndarray, vocab: _Vocabulary, rules: PlaceNameRules,
                   known: Callable[[str], bool]) -> np.ndarray:
    """The indices of the words (numbered in ``codes``) that may end a name shown as one: a
    word ending in a level (阳县, 集镇, or a level alone after an ideograph: 枫坳|镇; not 城市 of
    not_names) before a list mark (、) not between two known places (合肥市、芜湖市), or before
    a word opening an organ's name (人民政府, 第十七届, 中心 of 中心卫生院) unless the dictionary
    knows it as a place (安徽省, 广州: no name of the cut ends there; 集镇 may: 白|集镇中心卫生院),
    or a word holding a level before a list mark (村至岭). Per word number, kept in the
    vocabulary's memo and extended with it."""
    done = vocab.memo.get("place_flags")
    if done is None or len(done[0]) != len(vocab.tag_list):
        new = vocab.words.slice(0 if done is None else len(done[0]))
        level_end = (new.str.contains(rules.level_end.pattern) & ~new.is_in(
            sorted(rules.not_names))).to_numpy()  # 城市, 地区: no name ends with them
        known_place = np.zeros(len(new), dtype=bool)
        at = np.flatnonzero(level_end)  # the words ending in a level: a few
        known_place[at] = [known(w) for w in new.gather(at).to_list()]
        flags = (level_end, known_place,
                 new.str.contains(f"^[{_HAN}]+$").to_numpy(),
                 new.str.contains(rules.level_word.pattern).to_numpy(),
                 new.str.contains(rules.inner_anchor.pattern).to_numpy(),
                 new.str.contains(rules.list_mark.pattern).to_numpy(),
                 (new.str.contains(rules.organ_start.pattern)
                  | new.is_in(sorted(rules.organ_prefixes))).to_numpy())
        done = vocab.memo["place_flags"] = flags if done is None else tuple(
            np.concatenate(pair) for pair in zip(done, flags, strict=True))
    level_end, known_place, han, level_only, inner, mark, organ = done
    ends_level = np.flatnonzero(level_end[codes[:-1]])  # a few: the rest read there only
    k = ends_level[(ends_level > 0) | ~level_only[codes[0]]]
    word, after = codes[k], codes[k + 1]
    named = ~level_only[word] | han[codes[k - 1]]  # (k - 1 is never -1 for a level alone)
    then = codes[np.minimum(k + 2, len(codes) - 1)]
    listed = mark[after] & ~(known_place[word] & known_place[then])  # 合肥市、芜湖市: no name
    found = k[named & (listed | (organ[after] & ~known_place[word]))]
    return np.union1d(found, np.flatnonzero(inner[codes[:-1]]))


# -- place names the dictionary does not know ------------------------------------------------------
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_HAN_ONLY = re.compile(f"[{_HAN}]+")
_DATE_END = re.compile(r"[0-9０-９〇零一二三四五六七八九十][年月日号]$")
# tags (prefixes) of the words a name may be made of: nouns and names (n, nr, ns, nz), morphemes
# (g), unknown (x), abbreviations (j); of its single characters, any but a function word's
_NAME_TAGS = ("n", "g", "x", "j")
_FUNCTION_TAGS = ("p", "c", "u", "r", "d", "f")
KNOWN_PLACE_TAG = "ns"  # a word the dictionary knows as a place (襄阳): its cut 襄阳|市 stays
_NAME_CHARS = (2, 4)  # characters of a name before its level
_LEFT_CHARS = 8  # characters read before a name for a word or a date it follows


@dataclass(frozen=True)
class PlaceNameRules:
    """When a document shows a run of characters before an administrative level as a place's
    name (PLACE_NAMES_PATH): the lists of that file and the patterns made from them."""

    rank: dict[str, int]  # level -> its rank (levels of one rank may be listed together)
    left_words: tuple[str, ...]
    not_names: frozenset[str]
    anchored: re.Pattern[str]  # a level, then an organ's name or a list mark
    name: re.Pattern[str]  # a name and its level (after a list mark, opening a title)
    level_end: re.Pattern[str]  # the level a name ends with
    level_word: re.Pattern[str]  # a word that is a level alone
    inner_anchor: re.Pattern[str]  # a level, then a list mark (in a guessed word: 村至岭)
    organ_start: re.Pattern[str]  # a word opening with an organ's name
    list_mark: re.Pattern[str]  # a word that is a list mark
    organ_prefixes: frozenset[str]  # the starts (2 characters or more) of organs' names

    @classmethod
    def load(cls, path: Path) -> PlaceNameRules:
        data = load_yaml(path.read_text(encoding="utf-8"))
        rank = {level: n for n, levels in enumerate(data["levels"]) for level in levels}
        level = alternation(rank)
        organs, marks = alternation(data["institutions"]), alternation(data["list_marks"])
        name = f"[{_HAN}]{{{_NAME_CHARS[0]},{_NAME_CHARS[1]}}}?(?:{level})"
        return cls(
            rank=rank,
            left_words=_longest_first(data["left_words"]),
            not_names=frozenset(data["not_names"]),
            anchored=re.compile(f"(?:{level})(?=({organs})|({marks}))"),
            name=re.compile(name),
            level_end=re.compile(f"(?:{level})$"),
            level_word=re.compile(f"^(?:{level})$"),
            inner_anchor=re.compile(f"(?:{level})(?:{marks})"),
            organ_start=re.compile(f"^(?:{organs})"),
            list_mark=re.compile(f"^(?:{marks})$"),
            organ_prefixes=frozenset(w[:n] for w in data["institutions"]
                                     for n in range(2, len(w))),
        )

    def level_of(self, name: str) -> str:
        """The level ``name`` ends with (the longest)."""
        return self.level_end.search(name).group()  # type: ignore[union-attr]


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of ``words``, longest first (a level ending another: 自治区, 区)."""
    return "|".join(map(re.escape, _longest_first(words)))


@cache
def place_name_rules() -> PlaceNameRules:
    return PlaceNameRules.load(PLACE_NAMES_PATH)


class Cut:
    """A text and the segmenter's words of it, with each word's start offset, for the checks
    of a place name against the cut."""

    def __init__(self, text: str, words: list[str]) -> None:
        self.text = text
        self.words = words
        self.starts = list(accumulate(map(len, words), initial=0))

    def index(self, pos: int) -> int:
        """The index of the word holding character ``pos``."""
        return bisect_right(self.starts, pos) - 1

    def inside(self, pos: int) -> int | None:
        """The index of the word ``pos`` falls strictly inside (not at its start), if any."""
        i = self.index(pos)
        return None if self.starts[i] == pos else i

    def words_within(self, start: int, end: int) -> list[int]:
        """The indices of the words wholly inside ``start``..``end``."""
        return [i for i in range(self.index(start), self.index(end - 1) + 1)
                if start <= self.starts[i] and self.starts[i + 1] <= end]


class DocumentPlaces:
    """The place names a document shows as names, and where its texts write them cut.

    A name (2-4 characters before a level of PlaceNameRules) counts when the document writes it
    before an organ's name (枫坳镇人民政府, 泓阳县县长, 在泓阳县第十七届人民代表大会), in a list
    with another name of its rank (柳林镇、白集镇; 洋坑村至岭脚村), or opens its title, and the
    segmenter does not know it: the dictionary has no such word, and the cut crosses the name
    (泓|阳县, 白|集镇, 禾|坪|村, 枫坳|镇 with 枫坳 a guess) or, in a list, gives its part before the
    level as one common word (双庙|乡). Never a name: what has a word of its own the cut keeps
    (a verb, a pronoun, a kind of place: 我代表|县, 记者从|市, 示范|村, 节点|城市, 是|鹿城区), a
    place the dictionary knows before its level (襄阳|市), or what a dictionary word runs across
    the ends of (县城, 乡村). Only the document's own texts are read: a document always gives
    the same tokens, whatever is cut with it.
    """

    def __init__(self, segmenter: Segmenter, rules: PlaceNameRules) -> None:
        self._seg, self._rules = segmenter, rules

    def plausible(self, text: str, anchor: re.Match[str]) -> bool:
        """Whether an anchor (a level, then an organ's name or a list mark) may show a name,
        as far as the text alone tells: two ideographs before the level and, before an organ,
        no dictionary word made of them and the level (温州市人民政府; in a list a known place
        may vouch for its neighbour: 柳林镇、白集镇)."""
        level, end = anchor.span()
        return (level >= 2 and _HAN_ONLY.fullmatch(text, level - 2, level) is not None
                and not (anchor.group(1) and self._seg.has_word(text[level - 2:end])))

    def opens_with_name(self, text: str) -> bool:
        """Whether a text may open with a name and its level (a title: 泓阳县上半年…)."""
        m = self._rules.name.match(text)
        return m is not None and not self._seg.has_word(m.group())

    def names(self, cut: Cut, title: bool) -> set[str]:
        """The names a text shows (``title``: it is its document's title)."""
        text, rules = cut.text, self._rules
        found: set[str] = set()
        for m in rules.anchored.finditer(text):
            if not self.plausible(text, m):
                continue
            if m.group(1):  # before an organ's name
                found.add(self._name_before(cut, m.start(), m.end()))
                continue
            after = rules.name.match(text, m.end() + len(m.group(2)))
            if not after or not self._same_rank(m.group(), after.group()):
                continue
            names = (self._name_before(cut, m.start(), m.end(), listed=True),
                     self._name_at(cut, after.start(), after.end(), listed=True))
            if ((names[0] or self._known_place(cut, m.end(), before=True))
                    and (names[1] or self._known_place(cut, after.start(), before=False))):
                found.update(names)  # a known place beside a name vouches for it
        opening = rules.name.match(text) if title else None
        if opening:  # 泓阳县上半年经济运行稳中向好
            found.add(self._name_at(cut, 0, opening.end()))
        found.discard("")
        return found

    def occurrences(self, cut: Cut, names: re.Pattern[str]) -> list[tuple[int, int]]:
        """Where a text writes one of ``names`` and the cut does not give it as one word, no
        dictionary word running across its ends."""
        found = []
        for m in names.finditer(cut.text):
            a, b = m.span()
            i = cut.index(a)
            if (cut.starts[i] != a or cut.starts[i + 1] != b) and self._crossable(cut, a, b):
                found.append((a, b))
        return found

    def _known_place(self, cut: Cut, pos: int, before: bool) -> str:
        """The place the dictionary knows that ends (``before``) or starts at ``pos``, if the
        cut gives it as a word with its level (柳林镇 beside 白集镇) or as a known place and its
        level (柳湾|村 beside 双河村), else ''."""
        i = cut.index(pos - 1) if before else cut.index(pos)
        if cut.starts[i + 1 if before else i] != pos:
            return ""
        word = cut.words[i]
        if (len(word) > 2 and self._seg.has_word(word)
                and any(word.endswith(level) for level in self._rules.rank)):
            return word
        j = i - 1 if before else i + 1  # a known place, then its level
        if not 0 <= j < len(cut.words):
            return ""
        place, level = (cut.words[j], word) if before else (word, cut.words[j])
        if (level in self._rules.rank and len(place) > 1
                and self._tag_of(place) == KNOWN_PLACE_TAG):
            return place + level
        return ""

    def _same_rank(self, level: str, name: str) -> bool:
        rank = self._rules.rank
        return rank[level] == rank[self._rules.level_of(name)]

    def _name_before(self, cut: Cut, level: int, end: int, listed: bool = False) -> str:
        """The shortest name ending with the level at ``level``..``end`` (a longer one only
        where the shorter one's start is no word's start: 三道|沟村), or ''."""
        for chars in range(_NAME_CHARS[0], min(_NAME_CHARS[1], level) + 1):
            start = level - chars
            if self._clear_left(cut, start):
                name = self._name_at(cut, start, end, listed)
                if name:
                    return name
        return ""

    def _clear_left(self, cut: Cut, start: int) -> bool:
        """Whether a name may start at ``start``: the text's start, after a character that is
        no ideograph, a word names follow (关于, 在, 、), a date, or a dictionary word."""
        if start == 0 or not _HAN_ONLY.match(cut.text[start - 1]):
            return True
        before = cut.text[max(0, start - _LEFT_CHARS):start]
        if before.endswith(self._rules.left_words) or _DATE_END.search(before):
            return True
        i = cut.index(start - 1)
        word = cut.words[i]
        return cut.starts[i + 1] == start and len(word) > 1 and self._seg.has_word(word)

    def _name_at(self, cut: Cut, start: int, end: int, listed: bool = False) -> str:
        """``text[start:end]`` if it may be a name with its level, else ''."""
        name = cut.text[start:end]
        if not _HAN_ONLY.fullmatch(name) or self._seg.has_word(name):
            return ""
        level = end - len(self._rules.level_of(name))
        inner = cut.words_within(start, level)
        head = cut.text[start:min(cut.starts[cut.index(start) + 1], level)]
        if ({name[:level - start], head} & self._rules.not_names
                or not self._crossable(cut, start, end)
                or not all(self._may_be_in_name(cut.words[i]) for i in inner)
                or not self._level_word_allowed(cut, level)):
            return ""
        if cut.inside(start) is None and cut.inside(level) is None and len(inner) == 1:
            # the part before the level one word of the cut: a guess is a name, a known place
            # keeps its cut (襄阳|市), a common word (双庙|乡) is a name only in a list
            word = cut.words[inner[0]]
            if self._seg.has_word(word) and (not listed
                                             or self._tag_of(word) == KNOWN_PLACE_TAG):
                return ""
        return name

    def _may_be_in_name(self, word: str) -> bool:
        """Whether a word of the cut may be part of a name: a guess, a noun, a character that
        is no function word, never a word of not_names."""
        if word in self._rules.not_names:
            return False
        if len(word) == 1:
            return not self._tag_of(word).startswith(_FUNCTION_TAGS)
        return not self._seg.has_word(word) or self._tag_of(word).startswith(_NAME_TAGS)

    def _level_word_allowed(self, cut: Cut, level: int) -> bool:
        """Whether the word of the cut the level begins inside (阳县, 集镇, 从市) may be cut: its
        characters before the level may be part of a name, and it is a guess or a dictionary
        word of one character before the level that is no kind of place (集镇, not 山区 or 城市,
        never a known place such as 鹿城区)."""
        i = cut.inside(level)
        if i is None:
            return True
        word = cut.words[i]
        if not self._may_be_in_name(word[:level - cut.starts[i]]):
            return False
        if not self._seg.has_word(word):
            return True
        return level - cut.starts[i] == 1 and word not in self._rules.not_names

    def _tag_of(self, word: str) -> str:
        return self._seg._tag_of(word)

    def _crossable(self, cut: Cut, start: int, end: int) -> bool:
        """Whether no dictionary word of the cut runs across ``start`` or ``end`` (a guessed
        word may: 洋坑|村至岭|脚村)."""
        for pos in (start, end):
            i = cut.inside(pos)
            if i is not None and self._seg.has_word(cut.words[i]):
                return False
        return True
