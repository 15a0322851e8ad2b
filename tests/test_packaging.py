"""`pip install .` (not only `-e .`) gives a working `chitext` from any directory.

Builds the wheel, installs it without dependencies into a fresh virtual environment that sees
the machine's site-packages (the dependencies are already there), and runs it from an
unrelated directory, so templates, training data and reference data must travel in the wheel.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("chitext-*.whl")
    return built


def test_the_wheel_carries_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = [
        "chitext/_shipped_responses/en/keywords/help.j2",
        "chitext/_shipped_responses/es/keywords/help.j2",
        "chitext/_shipped_responses/samples/core.json",
        "chitext/store/migrations/env.py",
        "chitext/store/migrations/versions/0001_core.py",
        "chitext/channels/webchat_static/index.html",
        "chitext/_shipped_config/chicago/wards_2023_p293-wvbd.geojson",
        "chitext/_shipped_config/open311/services.json",
    ]
    missing = [name for name in expected if name not in names]
    assert missing == []
    assert any(name.startswith("intents/") and name.endswith(".tsv") for name in names)


def test_the_installed_command_runs_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import chitext, chitext.paths, chitext.answers.catalog as c, chitext.geo as g;"
        "print(chitext.__file__); print(chitext.paths.config_dir());"
        "print(len(c.TemplateCatalog().keys()));"
        "print(g.locate(41.8820, -87.6278).ward)"
    )
    result = subprocess.run(
        [str(python), "-c", probe], cwd=elsewhere, capture_output=True, text=True, check=True
    )
    module_file, config_dir, template_count, ward = result.stdout.split()
    assert str(venv) in module_file and str(ROOT) not in module_file
    assert config_dir.startswith(str(venv)) and config_dir.endswith("_shipped_config")
    assert int(template_count) > 10
    assert ward == "34"
    help_text = subprocess.run(
        [str(venv / "bin" / "chitext"), "--help"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "serve" in help_text and "chat" in help_text
