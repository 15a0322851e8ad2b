import pytest

from intents.consent import is_opt_out_request


@pytest.mark.parametrize("text", [
    "don't text me again", "dont ever text me again", "never text me again",
    "do not text me again", "unsubscribe and dont text me again", "please stop texting me",
])
def test_opt_out_sentences(text: str) -> None:
    assert is_opt_out_request(text)


@pytest.mark.parametrize("text", [
    "can you text me again i unsubscribed", "CAN U TEXT ME AGAIN I UNSUBSCRIBED",
    "start texting me again", "undo the stop i sent",
])
def test_opt_in_sentences_are_not_opt_outs(text: str) -> None:
    assert not is_opt_out_request(text)
