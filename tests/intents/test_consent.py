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


# Families of opt-out sentences. Written for these tests, not taken from the training data.
@pytest.mark.parametrize("text", [
    # the keyword said politely, repeated or declined
    "stop!!!", "STOP PLEASE", "ok stop", "just stop already", "alto por favor", "baja porfa",
    "not interested", "no thanks not interested", "no me interesa gracias",
    # unsubscribe, cancel, turn off
    "unsub", "unsub me pls", "cancel my subscription to the 311 alerts",
    "turn off notifications for this number", "mute these texts", "apaguen las alertas",
    "desactiven los avisos", "quiero cancelar mi suscripcion",
    # take me off the list, delete my number
    "remove me from this list", "i'd like to be removed from your texts",
    "take us off your list", "lose my number", "erase my info from your system",
    "borren mi numero de su lista", "como me salgo de la lista",
    # wrong number, wrong person, never asked
    "you have the wrong person", "this isnt my phone anymore", "wrng number",
    "i never asked for these texts", "who is this i didnt ask for any of this",
    "se equivocaron de numero", "este cel ya no es de mi hermano", "yo nunca pedi estos mensajes",
    # no longer need them, enough, tired of them
    "i moved away so i dont need these anymore", "no need to text me anymore",
    "enough with these alerts", "i'm sick of your texts", "quit blowing up my phone",
    "my phone keeps buzzing with your alerts", "how do i make these texts stop",
    "ya basta de mensajes", "ya estuvo con los textos", "ya no necesito esto",
    "mi papa fallecio, ya no manden mensajes a este numero", "no me vuelvan a escribir",
    "no molesten mas", "dejen de mandarme mensajes", "como me doy de baja",
    # already said stop
    "why are you still texting me i said stop", "you won't stop texting me",
    "take me off your list and don't get back to me",
])
def test_opt_out_families(text: str) -> None:
    assert is_opt_out_request(text)


@pytest.mark.parametrize("text", [
    # not about our texts
    "stop sign down on my corner", "how do i stop rats from getting in my garage",
    "the street light won't stop flickering", "my landlord won't stop texting me",
    "cancel my pothole report, it was fixed", "remove the graffiti from my garage",
    "no more rats please, they are everywhere", "i'm tired of the noise from the bar",
    "i don't want these rats in my yard", "mis vecinos no dejan de molestar con la musica",
    "ya no necesito el bote de basura extra", "el numero de reporte que me mandaron no funciona",
    "love the new mural on my fence lol pls take it off",
    # a status question about a tracking number
    "the tracking number you sent me is the wrong number",
    # frustrated with the menus, asking for a person
    "stop sending me links, get me a rep", "quit sending me menus i want a human",
    # the opposite request
    "i unsubscribed by accident, can you turn it back on", "sorry i texted stop by mistake",
    "didnt mean 2 unsubscribe", "no era mi intencion darme de baja",
    "my kid texted stop on my phone, please turn the alerts back on",
])
def test_lookalikes_are_not_opt_outs(text: str) -> None:
    assert not is_opt_out_request(text)
