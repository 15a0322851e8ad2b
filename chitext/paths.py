"""Where shipped data lives, both in a source checkout and in an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def config_dir() -> Path:
    """The shipped `config/` folder.

    A wheel carries it as `chitext/_shipped_config` (see pyproject's force-include); a source
    checkout or editable install reads the repository's `config/` directly.
    """
    installed = _PACKAGE_DIR / "_shipped_config"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "config"


@cache
def responses_dir() -> Path:
    """The shipped answer templates, `responses/<language>/<topic>/<name>.j2`.

    Like `config/`, they are data, carried in a wheel as `chitext/_shipped_responses`.
    """
    installed = _PACKAGE_DIR / "_shipped_responses"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "responses"
