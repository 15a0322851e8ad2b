"""Opt-out requests written as sentences ("please stop texting me", "ya no me manden mensajes").

The bare words (STOP, ALTO...) are the keyword layer's. A resident who writes the request out
is owed the same: texting someone who asked us to stop is the one mistake besides a missed
emergency that carries real cost, so these phrases are matched by rule, ahead of the model,
and the model is only the second net.
"""

from __future__ import annotations

import re
from typing import Final

from intents.emergency import fold_spaced
from intents.typos import Corrector

_TEXTS: Final = r"(?:texts?|texting|messages?|messaging|sms|msgs?|alerts?|notifications?)"
_OPT_OUT: Final = re.compile(
    r"\b(?:"
    r"(?:stop|quit|cease|end) (?:all )?(?:texting|messaging|sending|contacting|sending me|"
    r"texts|messages|msgs)"
    r"|(?:stop|quit) (?:it )?(?:txting|txt) me"
    r"|(?:don'?t|dont|do not|never|pls dont|please dont) (?:ever )?(?:text|message|txt|sms|"
    r"contact|msg) (?:me|this number)"
    r"|un ?subscribe|opt (?:me )?out|optout"
    r"|(?:remove|delete|take) (?:me|my (?:phone )?number|this number)(?: off| from|$)"
    r"|no more " + _TEXTS + r"|(?:don'?t|dont|do not) want (?:any )?(?:more )?(?:these |your )?"
    + _TEXTS +
    r"|leave me alone|wrong number|numero equivocado|never signed up|didn'?t sign up"
    r"|(?:stop|quit) (?:getting|receiving)|(?:cancel|end|stop) all"
    r"|dejar de recibir|(?:cancelar|parar) (?:todos )?(?:los )?(?:mensajes|textos)"
    r"|(?:ya |nunca )?(?:no|nunca) me (?:manden|mande|envien|envie|escriban|escriba|"
    r"contacten|contacte|textee?n)"
    r"|(?:dejen|deje|paren|pare|dejar)(?: de| d)? (?:mandar|enviar|escribir|mandarme|enviarme|"
    r"escribirme|textear)"
    r"|(?:dar|darme|dare|darse) d(?:e)? baja|^baja (?:por ?favor|porfa|x ?favor|mi numero)"
    r"|(?:dejar|dejen|deje|dear|deja) de recibir|(?:quitenme|quiteme|saquenme|sacame|borrenme)"
    r"|(?:quiten|borren|eliminen|saquen) (?:mi|este) numero"
    r"|(?:ya )?no quiero (?:recibir )?(?:mas )?(?:estos |sus |los )?(?:mensajes|textos)"
    r"|(?:cancelar|parar) (?:\w+ )?(?:los )?mensajes"
    r"|(?:stop|quit) (?:sending|sendin|sendng) (?:texts|messages|msgs|txts)"
    r")\b"
)
# "don't stop texting me" and "start texting me again" are the opposite request.
_OPT_IN_CONTEXT: Final = re.compile(
    r"\b(?:(?:don'?t|dont|do not) stop"
    r"|(?:undo|cancel|reverse) (?:my )?(?:opt ?out|unsubscribe|stop)"
    r"|start|resume|restart|turn on|volver a"
    # "can you text me again, I unsubscribed" (not "don't / never text me again")
    r"|(?<!t )(?<!never )(?<!ever )(?:text|txt|message|msg) me again)\b"
)


_SPELLING: Final = Corrector((
    "message", "messages", "messaging", "texting", "texts", "contact", "contacting", "unsubscribe",
    "remove", "delete", "number", "never", "recibir", "mensajes", "textos", "dejar", "cancelar",
    "escribir", "mandar", "mandarme", "enviarme", "escribirme", "quitenme", "numero",
    "equivocado", "darme", "stop", "parar", "dejen", "quiten", "borren", "signed", "saquenme",
    "paren", "cancel", "sending", "leave", "alone", "escriban", "manden", "contacten",
    "quiero", "estos", "todos", "favor",
))


def is_opt_out_request(text: str, folded: str | None = None) -> bool:
    """`folded` is `fold_spaced(text)` when the caller already has it."""
    folded = _SPELLING.fix(fold_spaced(text) if folded is None else folded)
    return _OPT_OUT.search(folded) is not None and _OPT_IN_CONTEXT.search(folded) is None
