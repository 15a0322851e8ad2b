"""The carrier keyword layer: whole-message commands, nothing else."""

from __future__ import annotations

import pytest

from intents.keywords import is_dialog_exit, match_keyword


@pytest.mark.parametrize("text", ["STOP", " stop ", "Stop!", "UNSUBSCRIBE", "opt-out", "quit.",
                                  "ALTO", "parar", "Cancelar"])
def test_opt_out_words(text: str) -> None:
    match = match_keyword(text)
    assert match is not None and match.intent == "opt_out"


@pytest.mark.parametrize("text", ["stop sign down at 79th and halsted", "please stop by",
                                  "the end of my street", "alto el bache"])
def test_words_inside_a_sentence_are_not_keywords(text: str) -> None:
    assert match_keyword(text) is None


def test_yes_opts_in_only_when_opted_out() -> None:
    assert match_keyword("YES") is None
    match = match_keyword("yes", opted_out=True)
    assert match is not None and match.intent == "opt_in"
    start = match_keyword("START")
    assert start is not None and start.intent == "opt_in"


def test_help_and_language_switch() -> None:
    help_match = match_keyword("AYUDA")
    assert help_match is not None and (help_match.intent, help_match.language) == ("help", "es")
    spanish = match_keyword("Español")
    assert spanish is not None
    assert (spanish.intent, spanish.requested_language) == ("set_language", "es")
    english = match_keyword("ENGLISH")
    assert english is not None and english.requested_language == "en"


def test_dialog_exit_words_are_not_opt_outs() -> None:
    assert is_dialog_exit("nevermind") and match_keyword("nevermind") is None
