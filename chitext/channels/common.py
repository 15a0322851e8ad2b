"""Small helpers every channel adapter shares."""

from __future__ import annotations

from datetime import UTC, datetime

import phonenumbers


def now_utc() -> datetime:
    return datetime.now(UTC)


def normalise_address(raw: str) -> str:
    """E.164 for phone numbers (keeping a `whatsapp:` prefix); short codes stay digits.

    Raises ValueError for something that is not a phone number.
    """
    raw = raw.strip()
    prefix = ""
    if raw.startswith("whatsapp:"):
        prefix, raw = "whatsapp:", raw.removeprefix("whatsapp:")
    digits = raw.lstrip("+")
    if digits.isdigit() and 3 <= len(digits) <= 6 and not raw.startswith("+"):
        return prefix + digits  # carrier short code
    try:
        number = phonenumbers.parse(raw, "US")
    except phonenumbers.NumberParseException:
        raise ValueError("not a phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError("not a possible phone number")
    return prefix + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
