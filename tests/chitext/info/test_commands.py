"""`chitext data import-beat-meetings` and `chitext events import` against the test database."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from chitext.cli import cli
from chitext.settings import Settings
from tests.chitext.info.test_events import ICS


@pytest.fixture
def runner(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("CHITEXT_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("CHITEXT_DATA_DIR", str(settings.data_dir))
    return CliRunner()


def test_import_beat_meetings_csv(runner: CliRunner, tmp_path: Path) -> None:
    schedule = tmp_path / "district17.csv"
    schedule.write_text(
        "beat,weekday,week_of_month,months,time,place,address\n"
        "1712,wednesday,4,all,19:00,Mayfair Church,5020 N Pulaski Rd\n"
        "1713,thursday,2,even,18:30,Albany Park Library,3401 W Foster Ave\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["data", "import-beat-meetings", str(schedule)])
    assert result.exit_code == 0, result.output
    assert "imported 2 meeting rule(s) for 2 beat(s)" in result.output


def test_import_beat_meetings_refuses_a_bad_file_whole(runner: CliRunner, tmp_path: Path) -> None:
    schedule = tmp_path / "bad.json"
    schedule.write_text('[{"beat": "1712", "time": "25:00", "place": "x"}]', encoding="utf-8")
    result = runner.invoke(cli, ["data", "import-beat-meetings", str(schedule)])
    assert result.exit_code == 1 and "row 1: time must be HH:MM" in result.output


def test_events_import_ics(runner: CliRunner, tmp_path: Path) -> None:
    feed = tmp_path / "branches.ics"
    feed.write_text(ICS, encoding="utf-8")
    result = runner.invoke(cli, ["events", "import", str(feed)])
    assert result.exit_code == 0, result.output
    assert "imported 3 event occurrence(s) from branches.ics (source cpl_branches)" in result.output
