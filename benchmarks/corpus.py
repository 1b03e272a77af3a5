"""Synthetic benchmark corpus: many distinct, realistic newspaper pages made from the seed pages.

Each document recombines runs of paragraphs from different seed pages, moves the story to another
city and province, shifts years and dates, varies every figure, adds page furniture (masthead,
date line, page number, editor line, URL) and keeps or adds print damage (hard line breaks inside
words, spaced-out headings, a space between a number and its unit). No two documents share their
bytes, so the pipeline's content-hash deduplication does not collapse them.

Document ``i`` depends only on ``(seed, i)``: a corpus can be extended with new documents
(``start_index``) without touching the existing files, which is how the incremental benchmark
adds "10 new documents". Sizes are in MB = 10**6 bytes of UTF-8 text.

    python -m benchmarks.corpus --mb 10 --out /tmp/corpus10
"""

from __future__ import annotations

import argparse
import calendar
import csv
import functools
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[1] / "seeds"
MB = 1_000_000

# (city, province): prefecture-level and sub-provincial cities across China, and municipalities.
PLACES: tuple[tuple[str, str], ...] = (
    ("成都", "四川"), ("绵阳", "四川"), ("宜宾", "四川"), ("南充", "四川"), ("德阳", "四川"),
    ("重庆", "重庆"), ("北京", "北京"), ("上海", "上海"), ("天津", "天津"),
    ("西安", "陕西"), ("宝鸡", "陕西"), ("兰州", "甘肃"), ("西宁", "青海"), ("银川", "宁夏"),
    ("乌鲁木齐", "新疆"), ("拉萨", "西藏"), ("昆明", "云南"), ("贵阳", "贵州"), ("遵义", "贵州"),
    ("南宁", "广西"), ("柳州", "广西"), ("广州", "广东"), ("深圳", "广东"), ("佛山", "广东"),
    ("东莞", "广东"), ("长沙", "湖南"), ("株洲", "湖南"), ("武汉", "湖北"), ("宜昌", "湖北"),
    ("郑州", "河南"), ("洛阳", "河南"), ("合肥", "安徽"), ("芜湖", "安徽"), ("南昌", "江西"),
    ("赣州", "江西"), ("杭州", "浙江"), ("宁波", "浙江"), ("温州", "浙江"), ("南京", "江苏"),
    ("苏州", "江苏"), ("无锡", "江苏"), ("济南", "山东"), ("青岛", "山东"), ("烟台", "山东"),
    ("福州", "福建"), ("厦门", "福建"), ("泉州", "福建"), ("海口", "海南"), ("石家庄", "河北"),
    ("唐山", "河北"), ("太原", "山西"), ("呼和浩特", "内蒙古"), ("包头", "内蒙古"),
    ("沈阳", "辽宁"), ("大连", "辽宁"), ("长春", "吉林"), ("哈尔滨", "黑龙江"),
)
PAPER_FORMS = ("{city}日报", "{city}晚报", "{province}日报", "{city}商报")
WEEKDAYS = "一二三四五六日"
EDITORS = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "明华丽军静磊洋艳勇杰娟涛超霞平刚桂英芳敏"

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)")
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日")
_NUMBER = re.compile(r"(?<![\d.])(\d+)(?:\.(\d+))?")
_CJK = re.compile(r"[\u4e00-\u9fff%％]")


@dataclass(frozen=True)
class GeneratedDoc:
    rel_path: str
    text: str
    published_on: date
    source: str
    title: str


@functools.cache
def seed_paragraphs(seed_dir: Path = SEED_DIR) -> tuple[tuple[str, ...], ...]:
    """Paragraph blocks (blank-line separated, damage kept) of every seed page, page by page."""
    pages = []
    for path in sorted(seed_dir.glob("*.txt")):
        blocks = [b.strip("\n") for b in _PARAGRAPH_BREAK.split(path.read_text(encoding="utf-8"))]
        pages.append(tuple(b for b in blocks if b.strip()))
    if not pages:
        raise FileNotFoundError(f"no seed pages (*.txt) in {seed_dir}")
    return tuple(pages)


@functools.cache
def _to_traditional():
    import opencc

    return opencc.OpenCC("s2t").convert


def make_document(index: int, seed: int = 0, traditional_share: float = 0.05) -> GeneratedDoc:
    """Document number ``index`` of the corpus ``seed`` (a pure function of both)."""
    rng = random.Random(f"benchmark-corpus:{seed}:{index}")
    city, province = rng.choice(PLACES)
    year = rng.randint(2018, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, calendar.monthrange(year, month)[1])
    published = date(year, month, day)
    paper = rng.choice(PAPER_FORMS).format(city=city, province=province)

    body = _body(rng, target_chars=int(rng.triangular(2500, 12000, 6000)))
    body = [_vary(block, rng, city, province, year) for block in body]
    body = [_damage(block, rng) for block in body]
    title = next((b for b in body if 6 <= len(b) <= 40 and "\n" not in b), f"{city}新闻")

    page = rng.randint(1, 16)
    head = [paper, f"{year}年{month}月{day}日 星期{WEEKDAYS[published.weekday()]}",
            f"第{page:02d}版", f"总第{9000 + index}期"]
    if rng.random() < 0.3:
        head = head[2:]  # many extracted pages lose the masthead
    tail = [f"责任编辑：{rng.choice(EDITORS)}{rng.choice(GIVEN)}{rng.choice(GIVEN)}"]
    if rng.random() < 0.4:
        tail.append(f"http://epaper.example.cn/{year}{month:02d}{day:02d}/{index}.html")
    if rng.random() < 0.2:
        tail.append(f"上接{rng.randint(1, page):02d}版")
    text = "\n\n".join(["\n".join(head), *body, "\n".join(tail)]) + "\n"
    if rng.random() < traditional_share:
        text = _to_traditional()(text)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    rel_path = f"{year}/{month:02d}/{index:06d}_{digest}.txt"
    return GeneratedDoc(rel_path, text, published, paper, title)


def _body(rng: random.Random, target_chars: int) -> list[str]:
    """Runs of consecutive paragraphs from random seed pages until ``target_chars``."""
    pages = seed_paragraphs()
    blocks: list[str] = []
    size = 0
    while size < target_chars:
        page = rng.choice(pages)
        start = rng.randrange(len(page))
        run = page[start:start + rng.randint(2, 10)]
        blocks.extend(run)
        size += sum(len(b) for b in run)
    return blocks


def _vary(block: str, rng: random.Random, city: str, province: str, year: int) -> str:
    """Another city, shifted years and dates, and every other figure scaled."""
    block = block.replace("成都", city).replace("蓉城", city).replace("四川", province)
    shift = year - 2024
    block = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), block)
    block = _MONTH_DAY.sub(lambda m: _month_day(m, rng), block)
    return _NUMBER.sub(lambda m: _scaled(m, rng), block)


def _month_day(m: re.Match[str], rng: random.Random) -> str:
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return f"{month}{m.group(2)}月{m.group(3)}{day}{m.group(5)}日"


def _scaled(m: re.Match[str], rng: random.Random) -> str:
    """The number scaled by 0.5-1.8 with its decimals kept; years and dates are done already."""
    whole, frac = m.group(1), m.group(2)
    if len(whole) == 4 and not frac and whole.startswith(("19", "20")):
        return m.group(0)  # a year outside "...年" (e.g. "2035远景"): keep it plausible
    value = float(m.group(0)) * rng.uniform(0.5, 1.8)
    out = f"{value:.{len(frac)}f}" if frac else str(max(1, round(value)))
    nxt = m.string[m.end():m.end() + 1]
    if nxt and _CJK.match(nxt) and rng.random() < 0.15:
        out += " "  # print damage: a space between the number and its unit
    return out


def _damage(block: str, rng: random.Random) -> str:
    """Column hard-wraps for unwrapped paragraphs, spaced-out characters for short headings."""
    if "\n" not in block and len(block) > 40 and rng.random() < 0.5:
        width = rng.randint(11, 22)
        return "\n".join(block[i:i + width] for i in range(0, len(block), width))
    if len(block) <= 12 and "\n" not in block and rng.random() < 0.3:
        return " ".join(block)
    return block


def generate(n_bytes: int, seed: int = 0, start_index: int = 0,
             traditional_share: float = 0.05) -> list[GeneratedDoc]:
    """Documents ``start_index, start_index+1, ...`` until their UTF-8 size reaches ``n_bytes``."""
    docs: list[GeneratedDoc] = []
    total = 0
    index = start_index
    while total < n_bytes:
        doc = make_document(index, seed, traditional_share)
        docs.append(doc)
        total += len(doc.text.encode())
        index += 1
    return docs


def write_corpus(out: str | Path, docs: list[GeneratedDoc], manifest_share: float = 0.5,
                 seed: int = 0) -> int:
    """Write ``docs`` under ``out`` (year/month folders) and append manifest rows for a share of
    them (publication date, newspaper, title), as an archive export would; returns bytes written.
    """
    root = Path(out)
    rng = random.Random(f"benchmark-manifest:{seed}:{docs[0].rel_path if docs else ''}")
    rows = []
    written = 0
    for doc in docs:
        path = root / doc.rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        data = doc.text.encode()
        path.write_bytes(data)
        written += len(data)
        if rng.random() < manifest_share:
            rows.append([doc.rel_path, doc.published_on.isoformat(), doc.source, doc.title, ""])
    manifest = root / "manifest.csv"
    new_file = not manifest.exists()
    with manifest.open("a", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        if new_file:
            writer.writerow(["file", "published_on", "source", "title", "url"])
        writer.writerows(rows)
    return written


def corpus_size(root: str | Path) -> tuple[int, int]:
    """(number of .txt files, total bytes) under ``root``."""
    files = list(Path(root).rglob("*.txt"))
    return len(files), sum(f.stat().st_size for f in files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, required=True, help="target size in MB (10**6 bytes)")
    parser.add_argument("--out", required=True, help="folder to write (created)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start-index", type=int, default=0,
                        help="first document number (to extend an existing corpus)")
    parser.add_argument("--traditional", type=float, default=0.05,
                        help="share of documents converted to Traditional script")
    parser.add_argument("--manifest-share", type=float, default=0.5,
                        help="share of documents listed in manifest.csv")
    args = parser.parse_args(argv)
    docs = generate(int(args.mb * MB), args.seed, args.start_index, args.traditional)
    written = write_corpus(args.out, docs, args.manifest_share, args.seed)
    print(f"{len(docs)} documents, {written / MB:.2f} MB -> {args.out} "
          f"(next --start-index {args.start_index + len(docs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
