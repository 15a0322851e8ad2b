"""The shipped training and dev data, and its fingerprint.

The TSV files live inside the package (`intents/data/`) so `pip install .` carries them and a
fresh install can train its model on first use. Format: a header `intent<TAB>lang<TAB>text`,
then one example per line. `dev.tsv` is held out: it is never trained on, only used to pick
the architecture, calibrate the unknown threshold and report figures.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from intents.labels import INTENTS

DATA_DIR: Final = Path(__file__).resolve().parent / "data"
TRAIN_PATH: Final = DATA_DIR / "train.tsv"
DEV_PATH: Final = DATA_DIR / "dev.tsv"
HEADER: Final = ("intent", "lang", "text")


class DatasetError(ValueError):
    """A TSV file that is not `intent<TAB>lang<TAB>text` with known labels."""


@dataclass(frozen=True, slots=True)
class Example:
    intent: str
    lang: str
    text: str


def load_examples(path: Path) -> list[Example]:
    """Read a labelled TSV; fail loudly on unknown labels rather than train on typos."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != HEADER:
        raise DatasetError(f"{path}: first line must be the header {'<TAB>'.join(HEADER)}")
    examples: list[Example] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t", 2)
        if len(fields) != 3:
            raise DatasetError(f"{path}:{number}: expected 3 tab-separated fields")
        intent, lang, text = (field.strip() for field in fields)
        if intent not in INTENTS:
            raise DatasetError(f"{path}:{number}: unknown intent {intent!r}")
        examples.append(Example(intent, lang, text))
    return examples


def fingerprint(*paths: Path, salt: str = "") -> str:
    """A hash of the data files (and a recipe salt): the cache key of a trained model."""
    digest = hashlib.sha256(salt.encode())
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
