"""One frozen settings object, read once from the environment (and an optional `.env`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import dotenv_values

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8311


class SettingsError(ValueError):
    """A setting has a value ChiTEXT cannot run with; the message names the variable."""


def _default_data_dir(environ: Mapping[str, str]) -> Path:
    xdg = environ.get("XDG_DATA_HOME")
    home = environ.get("HOME")
    base = Path(xdg) if xdg else (Path(home) if home else Path.home()) / ".local" / "share"
    return base / "chitext"


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    database_url: str
    public_url: str | None = None
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_from: str | None = None
    twilio_api_base: str | None = None
    open311_url: str | None = None
    open311_api_key: str | None = None
    open311_jurisdiction: str | None = None
    api_keys: tuple[str, ...] = ()
    secret_key: str | None = None
    log_level: str = "INFO"
    # Seconds of silence after which an open dialog is dropped without side effects.
    dialog_ttl_seconds: int = 30 * 60
    # Outbound sends per second per sending number (carrier throughput for a long code).
    outbound_rate_per_second: float = 1.0
    run_worker_in_process: bool = True

    @property
    def effective_public_url(self) -> str:
        """The URL Twilio signs against. Configured, never taken from a request's Host header."""
        return self.public_url or f"http://{DEFAULT_HOST}:{DEFAULT_PORT}"

    @property
    def model_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def uses_bundled_csr(self) -> bool:
        return self.open311_url is None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, env_file: Path | None = Path(".env")
    ) -> Settings:
        """Read settings; `.env` values fill in what the real environment does not set."""
        values: dict[str, str] = {}
        if env_file is not None and env_file.is_file():
            values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        values.update(os.environ if environ is None else environ)

        def get(name: str) -> str | None:
            raw = values.get(f"CHITEXT_{name}")
            if raw is None:
                return None
            raw = raw.strip()
            return raw or None

        data_dir = Path(get("DATA_DIR") or _default_data_dir(values)).expanduser()
        database_url = get("DATABASE_URL") or f"sqlite+aiosqlite:///{data_dir / 'chitext.db'}"
        if not database_url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise SettingsError(
                "CHITEXT_DATABASE_URL must start with sqlite+aiosqlite:// or "
                f"postgresql+asyncpg:// (got {database_url.split(':', 1)[0]!r})"
            )
        public_url = get("PUBLIC_URL")
        if public_url is not None:
            _require_http_url("CHITEXT_PUBLIC_URL", public_url)
            public_url = public_url.rstrip("/")
        open311_url = get("OPEN311_URL")
        if open311_url is not None:
            _require_http_url("CHITEXT_OPEN311_URL", open311_url)
            open311_url = open311_url.rstrip("/")
        twilio_api_base = get("TWILIO_API_BASE")
        if twilio_api_base is not None:
            _require_http_url("CHITEXT_TWILIO_API_BASE", twilio_api_base)
        twilio_from = get("TWILIO_FROM")
        if twilio_from is not None and not twilio_from.removeprefix("whatsapp:").startswith("+"):
            raise SettingsError("CHITEXT_TWILIO_FROM must be an E.164 number such as +13125550100")
        log_level = (get("LOG_LEVEL") or "INFO").upper()
        if log_level not in LOG_LEVELS:
            raise SettingsError(f"CHITEXT_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}")
        api_keys = tuple(k.strip() for k in (get("API_KEYS") or "").split(",") if k.strip())
        short = [k for k in api_keys if len(k) < 16]
        if short:
            raise SettingsError("CHITEXT_API_KEYS: every key must be at least 16 characters long")
        return cls(
            data_dir=data_dir,
            database_url=database_url,
            public_url=public_url,
            twilio_account_sid=get("TWILIO_ACCOUNT_SID"),
            twilio_auth_token=get("TWILIO_AUTH_TOKEN"),
            twilio_from=twilio_from,
            twilio_api_base=twilio_api_base,
            open311_url=open311_url,
            open311_api_key=get("OPEN311_API_KEY"),
            open311_jurisdiction=get("OPEN311_JURISDICTION"),
            api_keys=api_keys,
            secret_key=get("SECRET_KEY"),
            log_level=log_level,
            dialog_ttl_seconds=_int(get("DIALOG_TTL_SECONDS"), "CHITEXT_DIALOG_TTL_SECONDS", 1800),
            outbound_rate_per_second=_float(
                get("OUTBOUND_RATE_PER_SECOND"), "CHITEXT_OUTBOUND_RATE_PER_SECOND", 1.0
            ),
            run_worker_in_process=(get("RUN_WORKER") or "1") not in {"0", "false", "no"},
        )


def _require_http_url(name: str, value: str) -> None:
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise SettingsError(f"{name} must be an absolute http(s) URL (got {value!r})")


def _int(raw: str | None, name: str, default: int) -> int:
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number (got {raw!r})") from None
    if value <= 0:
        raise SettingsError(f"{name} must be positive")
    return value


def _float(raw: str | None, name: str, default: float) -> float:
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number (got {raw!r})") from None
    if value <= 0:
        raise SettingsError(f"{name} must be positive")
    return value
