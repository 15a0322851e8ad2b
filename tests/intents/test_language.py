"""Language identification combined with the resident's remembered language."""

from __future__ import annotations

import pytest

from intents.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("there's a huge pothole on my street", "en"),
        ("hay un bache enorme en mi calle", "es"),
        ("bache 2822 south laramie", "es"),
        ("ratas en el alley de mi casa", "es"),
        ("hello 311", "en"),
        ("hola buenas tardes", "es"),
    ],
)
def test_english_and_spanish(text: str, expected: str) -> None:
    assert detect_language(text).code == expected


@pytest.mark.parametrize("text", ["ok", "311", "3300 n southport", "SR25-01234567", "👍"])
@pytest.mark.parametrize("remembered", ["en", "es"])
def test_short_or_ambiguous_texts_keep_the_remembered_language(text: str, remembered: str) -> None:
    assert detect_language(text, remembered).code == remembered


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dzień dobry, czy mogę zgłosić dziurę w drodze?", "polish"),
        ("我的垃圾桶被偷了", "chinese"),
        ("Magandang umaga po, may lubak sa kalsada namin", "tagalog"),
        ("Здравствуйте, у нас большая яма на дороге", "russian"),
        ("xin chào tôi muốn báo cáo ổ gà trên đường", "vietnamese"),
    ],
)
def test_other_languages_are_named(text: str, name: str) -> None:
    detected = detect_language(text, "en")
    assert (detected.code, detected.name) == ("other", name)
