"""construct() must give exactly what pydantic gives for the same values."""

from __future__ import annotations

import pydantic
import pytest
from pydantic import BaseModel, PrivateAttr

from pipelines.domain.cleaning.construct import construct
from pipelines.domain.records import Block, Sentence

SENTENCE = {
    "sent_no": 3, "block_no": 1, "text": "全年增长5%。", "raw_start": 10, "raw_end": 18,
    "is_heading": False, "heading_path": ("政府工作报告",),
    "raw_index": (10, 11, 12, 13, 14, 16, 17),
}
BLOCK = {"block_no": 1, "kind": "heading", "level": 2, "text": "主要目标", "raw_start": 4,
         "raw_end": 8}


@pytest.mark.parametrize(("cls", "values"), [(Sentence, SENTENCE), (Block, BLOCK)])
def test_construct_equals_the_validated_record(cls, values):
    built = construct(cls, dict(values))
    checked = cls(**values)
    assert built == checked
    assert built.__dict__ == checked.__dict__
    assert list(built.__dict__) == list(checked.__dict__)  # field order (dumps, repr)
    assert built.model_dump() == checked.model_dump()
    assert repr(built) == repr(checked)
    assert built.model_fields_set == checked.model_fields_set
    assert hash(built) == hash(checked)
    with pytest.raises(pydantic.ValidationError):
        built.text = "changed"  # still frozen


def test_models_with_private_state_use_model_construct():
    class WithPrivate(BaseModel):
        x: int
        _cache: dict = PrivateAttr(default_factory=dict)

    built = construct(WithPrivate, {"x": 1})
    assert built.x == 1 and built._cache == {}


def test_shared_fields_set_is_not_changed_by_copies():
    a = construct(Sentence, dict(SENTENCE))
    b = construct(Sentence, dict(SENTENCE))
    a.model_copy(update={"text": "x"})
    a.model_copy(deep=True)
    assert b.model_fields_set == set(Sentence.model_fields)


def test_paused_gc_restores_the_collector_state():
    import gc

    from pipelines.domain.cleaning.construct import paused_gc

    was_on = gc.isenabled()
    try:
        gc.enable()
        with paused_gc():
            assert not gc.isenabled()
        assert gc.isenabled()
        with pytest.raises(RuntimeError), paused_gc():
            raise RuntimeError("cleaning failed")
        assert gc.isenabled()
        gc.disable()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # left off by its owner: not switched on
    finally:
        (gc.enable if was_on else gc.disable)()
