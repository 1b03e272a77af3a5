"""Polynomial string hashes that let a run of tokens be looked up among the taxonomy's term
spellings without building its text: hash(ab) = hash(a) + base**len(a) * hash(b)."""

from __future__ import annotations

import numpy as np

# Two odd 64-bit bases for polynomial string hashes (arithmetic wraps modulo 2**64): a token run
# is looked up by the first hash, and a hit must also agree on the second hash and the length.
HASH_BASES = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)
_FILTER_BITS = 22  # tables indexed by the low bits of the first hash reject most runs at once


def hash_text(text: str, base: int) -> int:
    """Sum of code point * base**i over the characters (mod 2**64)."""
    value, power = 0, 1
    for char in text:
        value = (value + ord(char) * power) % 2**64
        power = power * base % 2**64
    return value


def text_hashes(texts: list[str], n_chars: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`hash_text` of each of ``texts`` (``n_chars`` long) and ``base ** n_chars`` (mod
    2**64), by numpy over their code points (uint64 arithmetic wraps as the hash does)."""
    points = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    longest = int(n_chars.max(initial=0))
    powers = np.ones(longest + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for n in range(1, longest + 1):
            powers[n] = powers[n - 1] * np.uint64(base)
        starts = np.cumsum(n_chars) - n_chars
        within = np.arange(len(points)) - np.repeat(starts, n_chars)
        terms = points.astype(np.uint64) * powers[within]
        sums = np.zeros(len(texts), dtype=np.uint64)
        filled = np.flatnonzero(n_chars > 0)
        if len(filled):
            sums[filled] = np.add.reduceat(terms, starts[filled])
    return sums, powers[n_chars]


def spelling_hashes(
    prefixes: tuple[str, ...], terms: tuple[str, ...], suffixes: tuple[str, ...], base: int
) -> tuple[np.ndarray, np.ndarray]:
    """Hash and length of every prefix+term+suffix, indexed by key (as in ``spelled_terms``)."""
    longest = max((len(x) for x in prefixes + terms + suffixes), default=0)
    powers = np.array([pow(base, n, 2**64) for n in range(2 * longest + 1)], dtype=np.uint64)

    def hashes(items: tuple[str, ...], optional: bool) -> tuple[np.ndarray, np.ndarray]:
        items = ("",) * optional + items
        return (
            np.array([hash_text(x, base) for x in items], dtype=np.uint64),
            np.array([len(x) for x in items], dtype=np.int64),
        )

    hp, lp = hashes(prefixes, True)
    ht, lt = hashes(terms, False)
    hs, ls = hashes(suffixes, True)
    hp, lp = hp[:, None, None], lp[:, None, None]
    ht, lt = ht[None, :, None], lt[None, :, None]
    hs, ls = hs[None, None, :], ls[None, None, :]
    with np.errstate(over="ignore"):
        value = hp + powers[lp] * ht + powers[lp + lt] * hs
    return value.reshape(-1), (lp + lt + ls).reshape(-1)


def beginning_hashes(
    prefixes: tuple[str, ...], terms: tuple[str, ...], suffixes: tuple[str, ...], base: int
) -> np.ndarray:
    """Hashes of the beginnings of spellings: texts a token run may still grow into a spelling.

    Part or all of a prefix; a prefix (or none) + part or all of a term; a prefix (or none) +
    term + part of a suffix. Spellings themselves are among them, which only costs some runs an
    extra step.
    """

    def parts(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(x[:n] for x in items for n in range(1, len(x)))

    found = [np.array([hash_text(x, base) for x in prefixes + parts(prefixes)], dtype=np.uint64)]
    found.append(spelling_hashes(prefixes, terms + parts(terms), (), base)[0])
    found.append(spelling_hashes(prefixes, terms, parts(suffixes), base)[0])
    return np.concatenate(found)


def low_bits(hashes: np.ndarray) -> np.ndarray:
    return (hashes & np.uint64((1 << _FILTER_BITS) - 1)).astype(np.int64)


def low_bits_bitmap(hashes: np.ndarray) -> np.ndarray:
    bitmap = np.zeros(1 << _FILTER_BITS, dtype=bool)
    bitmap[low_bits(hashes)] = True
    return bitmap


def slot_table(hashes: np.ndarray) -> np.ndarray:
    """Low bits -> index of the one hash with those low bits, -1 for none, -2 for several."""
    slots = low_bits(hashes)
    table = np.full(1 << _FILTER_BITS, -1, dtype=np.int32)
    table[slots] = np.arange(len(hashes), dtype=np.int32)
    table[slots[np.bincount(slots, minlength=1 << _FILTER_BITS)[slots] > 1]] = -2
    return table
