"""The emergency rule layer: recall first, but ordinary reports stay ordinary."""

from __future__ import annotations

import pytest

from intents.emergency import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "theres a guy with a crowbar at the back door next door rn",
        "someone is breaking into my car right now",
        "shots fired on 63rd and halsted",
        "i hear gunshots outside",
        "FIRE!!",
        "my kitchen is on fire",
        "a man is following me",
        "im being followed near belmont",
        "help me",
        "HELP ME PLEASE",
        "my dad is not breathing",
        "she is bleeding a lot",
        "someone is OD'ing in the alley",
        "there is a fight happening outside rn",
        "i smell gas in my building",
        "power line down and sparking on my street",
        "someone at my window right now",
        "ayuda me están siguiendo",
        "me estan siguiendo un carro",
        "disparos en la 26 ahora mismo",
        "hay un incendio en mi edificio",
        "alguien esta tratando de entrar a mi casa ahorita",
        "mi papa no respira",
        "manden una ambulancia",
        "le esta pegando a mi mama",
    ],
)
def test_emergencies_are_caught(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "the fire hydrant is leaking",
        "fire hydrant open on my block",
        "pothole right now is huge",
        "where can i get flu shots",
        "free covid shots for kids?",
        "what's happening this weekend",
        "phone number for the fire department",
        "did the chicago fire win",
        "non emergency police report",
        "my car was broken into last night",
        "can you help me find my ward",
        "help me report a pothole",
        "i need emergency rental assistance",
        "ayuda para pagar la renta",
        "quien gano el partido del fire",
        "car parked in the fire lane for weeks",
        "need help with my gas bill",
        "street light out right now its dark",
    ],
)
def test_ordinary_requests_are_not_emergencies(text: str) -> None:
    assert not is_emergency(text)
