from __future__ import annotations

import logging

import pytest

from chitext.logging import PhoneMaskingFilter, mask_address


def test_mask_address_keeps_only_country_area_and_last_four() -> None:
    assert mask_address("+13125550123") == "+1312***0123"
    assert mask_address("whatsapp:+13125550123") == "whatsapp:+1312***0123"
    assert "5550" not in mask_address("+13125550123")


def test_log_records_never_carry_full_numbers(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("chitext.test.masking")
    logger.addFilter(PhoneMaskingFilter())
    with caplog.at_level(logging.INFO, logger="chitext.test.masking"):
        logger.info("message from %s to %s", "+13125550123", "whatsapp:+17735550199")
    text = caplog.records[0].getMessage()
    assert "3125550123" not in text and "7735550199" not in text
    assert "0123" in text and "0199" in text
