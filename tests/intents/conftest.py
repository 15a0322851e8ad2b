"""One trained pipeline per test session: training takes a minute, so every test shares it."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.pipeline import Pipeline


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def pipeline(model_dir: Path) -> Pipeline:
    return Pipeline.load(model_dir)
