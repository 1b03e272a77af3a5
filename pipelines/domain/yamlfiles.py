"""Reading the YAML data files (lexicons, units, taxonomies) the domain library is driven by.

libyaml's parser when PyYAML has it (same results, several times faster: every worker process
and every one-batch run reads all the files at start-up), the pure-Python one otherwise.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | IO[str]) -> Any:
    """``yaml.safe_load`` of a text or an open file."""
    return yaml.load(source, Loader=_LOADER)
