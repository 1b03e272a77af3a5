"""Frozen records built from values the cleaning stage computed itself (no validation).

A document yields thousands of sentences; pydantic's ``model_construct`` skips validation but
still walks every field of the model for aliases and defaults on each call, a noticeable share
of the stage. ``construct`` sets the instance state directly from a complete, ordered set of
field values. It falls back to ``model_construct`` for models that need more (private
attributes, a post-init hook, root models, extra fields).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_set = object.__setattr__


@cache
def _plain(cls: type[BaseModel]) -> bool:
    """Is the model's whole state its fields (so setting ``__dict__`` is all there is)?"""
    return (
        cls.__pydantic_post_init__ is None
        and not cls.__pydantic_root_model__
        and not cls.__private_attributes__
        and cls.model_config.get("extra") != "allow"
    )


@cache
def _all_fields(cls: type[BaseModel]) -> set[str] | None:
    """One ``fields_set`` shared by all records of a frozen model built with every field (it is
    never changed in place: a frozen record cannot be assigned to, and ``model_copy`` copies
    it), or None for other models."""
    return set(cls.model_fields) if cls.model_config.get("frozen") else None


def construct(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_construct(**values)`` for ``values`` naming every field in field order."""
    return builder(cls)(values)


@cache
def builder(cls: type[M]) -> Callable[[dict[str, Any]], M]:
    """``construct`` for one model, with the per-model decisions taken once (records are built
    by the ten thousand per document)."""
    if not _plain(cls):
        return lambda values: cls.model_construct(**values)
    shared = _all_fields(cls)
    new = cls.__new__

    def build(values: dict[str, Any]) -> M:
        record = new(cls)
        _set(record, "__dict__", values)
        _set(record, "__pydantic_fields_set__", set(values) if shared is None else shared)
        _set(record, "__pydantic_extra__", None)
        _set(record, "__pydantic_private__", None)
        return record

    return build


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a while (and back on if it was on).

    Cleaning a page allocates a few objects per line and per character run (lines, records,
    offset tuples) and keeps most of them to the end; none form reference cycles, so the
    collections their allocations trigger (each scanning the survivors again) are pure cost.
    Reference counting still frees everything as usual.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
