"""Logging set-up; residents' phone numbers never reach the logs in full."""

from __future__ import annotations

import logging
import re

_PHONE = re.compile(r"(?<![\w-])(\+?\d[\d\s().-]{6,}\d)(?!\w)")


def mask_address(address: str) -> str:
    """`+13125550123` → `+1312***0123`; other addresses keep only their first characters."""
    prefix, sep, rest = address.rpartition(":")
    target = rest if sep else address
    digits = re.sub(r"\D", "", target)
    if len(digits) >= 7:
        masked = f"+{digits[:4]}***{digits[-4:]}" if target.startswith("+") else f"***{digits[-4:]}"
    else:
        masked = target[:4] + "***"
    return f"{prefix}{sep}{masked}" if sep else masked


class PhoneMaskingFilter(logging.Filter):
    """Masks anything that looks like a phone number in every record, library logs included."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _PHONE.sub(lambda m: mask_address(m.group(1)), message)
        if masked != message:
            record.msg = masked
            record.args = None
        return True


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PhoneMaskingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
