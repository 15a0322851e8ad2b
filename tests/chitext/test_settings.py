from __future__ import annotations

from pathlib import Path

import pytest

from chitext.settings import Settings, SettingsError


def test_zero_config_defaults(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOME": str(tmp_path)}, env_file=None)
    assert settings.data_dir == tmp_path / ".local" / "share" / "chitext"
    assert settings.database_url == f"sqlite+aiosqlite:///{settings.data_dir / 'chitext.db'}"
    assert settings.uses_bundled_csr
    assert settings.twilio_auth_token is None and settings.api_keys == ()
    assert settings.effective_public_url == "http://127.0.0.1:8311"


def test_values_are_read_and_normalised(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "CHITEXT_DATA_DIR": str(tmp_path),
            "CHITEXT_PUBLIC_URL": "https://311.example.org/",
            "CHITEXT_API_KEYS": " key-one-0123456789abc , key-two-0123456789abc ",
            "CHITEXT_OPEN311_URL": "https://311api.cityofchicago.org/open311/v2/",
            "CHITEXT_LOG_LEVEL": "debug",
        },
        env_file=None,
    )
    assert settings.public_url == "https://311.example.org"
    assert settings.api_keys == ("key-one-0123456789abc", "key-two-0123456789abc")
    assert settings.open311_url == "https://311api.cityofchicago.org/open311/v2"
    assert settings.log_level == "DEBUG"
    assert not settings.uses_bundled_csr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("CHITEXT_DATABASE_URL", "mysql://root@localhost/x"),
        ("CHITEXT_PUBLIC_URL", "chitext.example.org"),
        ("CHITEXT_OPEN311_URL", "ftp://x"),
        ("CHITEXT_LOG_LEVEL", "LOUD"),
        ("CHITEXT_API_KEYS", "short"),
        ("CHITEXT_TWILIO_FROM", "3125550100"),
        ("CHITEXT_DIALOG_TTL_SECONDS", "soon"),
    ],
)
def test_a_bad_value_names_the_variable(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({"CHITEXT_DATA_DIR": str(tmp_path), name: value}, env_file=None)


def test_dotenv_fills_in_but_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("CHITEXT_LOG_LEVEL=WARNING\nCHITEXT_TWILIO_FROM=+13125550311\n")
    settings = Settings.from_env(
        {"CHITEXT_DATA_DIR": str(tmp_path), "CHITEXT_LOG_LEVEL": "ERROR"}, env_file=env_file
    )
    assert settings.log_level == "ERROR"
    assert settings.twilio_from == "+13125550311"
