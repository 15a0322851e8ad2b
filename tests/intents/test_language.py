"""Language identification combined with the resident's remembered language."""

from __future__ import annotations

import pytest

from intents.language import _ENGLISH_MARKERS, _SPANISH_MARKERS, detect_language, marker_words


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
        # Latin-script texts long enough for "other", written plainly (no accents), so the
        # marker words learned from our English and Spanish data get their chance to misfire
        ("dzien dobry czy moge zglosic dziure w drodze na ulicy", "polish"),
        ("kumusta po may tanong po ako tungkol sa basura namin", "tagalog"),
        ("je voudrais signaler un probleme dans ma rue s'il vous plait", "french"),
        ("ich brauche hilfe mit meinem müll bitte", "german"),
    ],
)
def test_other_languages_are_named(text: str, name: str) -> None:
    detected = detect_language(text, "en")
    assert (detected.code, detected.name) == ("other", name)


def test_marker_words_are_learned_from_one_language_only() -> None:
    english, spanish = marker_words()
    assert english.isdisjoint(spanish - _SPANISH_MARKERS)
    assert spanish.isdisjoint(english - _ENGLISH_MARKERS)
    # learned, not hand-picked: words of the training data's own vocabulary
    assert {"raccoon", "neighbor"} <= english - _ENGLISH_MARKERS
    assert {"chamacos", "desalojo", "vecino"} <= spanish - _SPANISH_MARKERS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("raccoon under neighbor porch since friday", "en"),
        ("los chamacos rompieron el foco del callejon", "es"),
    ],
)
def test_learned_markers_settle_texts_with_no_hand_picked_marker(text: str, expected: str) -> None:
    assert detect_language(text, "es" if expected == "en" else "en").code == expected
