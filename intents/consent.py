"""Opt-out requests written as sentences ("please stop texting me", "ya no me manden mensajes").

The bare words (STOP, ALTO...) are the keyword layer's. A resident who writes the request out
is owed the same: texting someone who asked us to stop is the one mistake besides a missed
emergency that carries real cost, so these phrases are matched by rule, ahead of the model,
and the model is only the second net.

Families, each below with its phrases: stop / don't text me; unsubscribe, cancel, turn off;
take me off the list, delete my number; wrong number or wrong person; never asked for
these; no longer need them (moved, passed away); enough / tired of the texts; the keyword
said politely ("stop please", "alto por favor", "not interested"). They are not opt-outs
when the resident asks for the opposite ("don't stop texting me", "I didn't mean to
unsubscribe"), complains about the menus while asking for a person ("stop sending me links,
get me a rep"), or says a *tracking number* is the wrong number.
"""

from __future__ import annotations

import re
from typing import Final

from intents.emergency import any_phrase, fold_spaced
from intents.typos import Corrector

# What we send: texts, messages, alerts... in both languages and in SMS spelling.
_TEXTS: Final = (
    r"(?:texts?|txts?|tets|texting|messages?|messaging|msgs?|msjs?|sms|alerts?|notifications?|"
    r"notifs?)"
)
_MENSAJES: Final = (
    r"(?:mensajes?|textos?|msjs?|notificaciones|alertas|avisos|recordatorios)"
)
_PLEASE: Final = (
    r"(?:please|pls|plz|plox|por ?favor|porfa|porfis|x ?favor|xfa|xfavor|plis|ya|just|now|already|"
    r"it|thanks|thank you|thx|ty|gracias|grax|grcs|no thanks|no gracias|no grax|ok|okay|again|stop|"
    r"alto|parar|paren|pare|basta|ya basta|not interested|no me interesa|me|for good|smh)"
)
_STOP_WORDS: Final = (
    r"(?:stop|alto|parar|paren|unsubscribe|cancel|basta|baja|not interested|no me interesa|"
    r"(?:ya )?no estoy interesad[oa]|no estoy interesao)"
)

_OPT_OUT: Final = any_phrase(
    # stop / quit / don't text me
    r"(?:stop|quit|cease|end) (?:all )?(?:texting|txting|messaging|contacting|texts|messages|msgs)",
    r"(?:stop|quit|cease) (?:it )?(?:txting|txt|text|texting|msg|message|messaging|"
    r"contacting) (?:me|us|this)",
    r"(?:stop|quit|cease) (?:sending|sendin|sendng)(?! (?:me |us )?(?:the same |these |those |"
    r"more |all these |all the |your |ur |so many )?(?:menus?|options?|links?|choices|questions|"
    r"buttons|numbers|automated|bot|replies|same|survey|form))",
    r"(?:stop|quit) (?:getting|receiving)",
    r"(?:stop|quit) (?:blowing|blowin) up my (?:phone|cell)",
    r"(?:don'?t|dont|do not|never|pls dont|please dont|no need (?:to|"
    r"2)) (?:ever )?(?:keep )?(?:text|texting|message|messaging|txt|sms|contact|contacting|msg|"
    r"call|send) (?:me|us|this|to this)",
    r"(?:don'?t|dont|do not|never|no need to) (?:ever )?(?:contact|text|txt|message|msg)(?: me|"
    r" us)?(?: again| anymore| any more| ever again)?\s*$",
    r"(?:don'?t|dont|do not|never|no) (?:ever )?send (?:me |us |this (?:phone|number|"
    r"#) )?(?:anything|nothing|any more|anymore|no more|more)",
    r"no need (?:to|2) (?:keep )?(?:text|txt|message|msg|contact)\w*",
    r"leave me alone", r"le?a?ve me alone",
    # unsubscribe, cancel, turn off
    r"un ?subscribe", r"unsub\w*", r"opt (?:me |us )?out", r"optout",
    r"(?:cancel|end|stop|terminate|remove|delete)\w* (?:my |the |this |your |ur |"
    r"all )?(?:subscriptions?|sub)",
    r"(?:cancel|end|stop|turn off|shut off|switch off|disable|mute|silence)\w* (?:all |the |"
    r"these |those |your |ur |this |my |of )*(?:311 |city )?" + _TEXTS,
    r"(?:cancel|end|stop|turn off|shut off|switch off|disable|mute|silence)\w* (?:all |the |"
    r"these |those |your |ur |this |my |of )*(?:311 |city )?(?:updates|reminders)",
    _TEXTS + r"\b[^.!?]{0,30}?(?:turn|shut|switch|cut) (?:them|these|it|this|em|'em) off",
    r"(?:make|get) (?:these |the |your |ur |all |all these |all the )?" + _TEXTS + r" (?:to "
    r")?(?:stop|end)", r"(?:cancel|end|stop) all",
    r"(?:my )?phone (?:keeps|won'?t stop|wont stop|doesn'?t stop|never stops) (?:\w+ )?(?:buzzing|"
    r"going off|blowing up|ringing|dinging)",
    # take me off the list, delete my number
    r"(?:remove|delete|take|erase|wipe|drop|purge|scrub) (?:me|us|my (?:phone )?number|"
    r"this number|my (?:info|information|#|phone|cell|contact|data|details)|this (?:#|phone|"
    r"cell))(?: off| from| out|$)",
    r"(?:erase|wipe|delete|remove|lose|purge|scrub|drop|forget) (?:my|this|our) (?:info|"
    r"information|number|#|phone|cell|contact|data|details|phone number)",
    r"take (?:me|us|this number|my number) off(?! hold| the wait)",
    r"(?:me|us|my (?:number|info|phone|name)|this number) (?:\w+ )?(?:removed|taken off|deleted|"
    r"unsubscribed|erased)",
    r"(?:be|get) (?:removed|taken off|unsubscribed) (?:from|off) (?:the |this |your |ur |these |"
    r"all |that )?(?:list|texts?|messages|alerts|system|program|service|database|notifications)",
    r"(?:want|wanna|get me|take me|let me|get us|take us) (?:out|outta|off)(?: of)? (?:this|the|"
    r"your|ur|these) (?:list|thing|texts?|messages|program|service|alerts|system)",
    # wrong number, wrong person (not "the tracking number ... is the wrong number")
    r"(?<!is the )(?<!is a )(?<!was the )(?:wrong|wrng|wrog|wong|worng|wromg) (?:number|#|person|"
    r"guy|girl|lady|phone|cell)",
    r"numero equivocado", r"persona equivocada", r"se equivoca\w* (?:de (?:persona|numero|cel))",
    r"(?:this|it) (?:isn'?t|isnt|is not|aint|ain'?t) (?:me|my (?:number|phone)|\w+'?s (?:phone|"
    r"number|cell))", r"this is not \w+'?s (?:phone|number)",
    r"(?:este|el|ese) (?:numero|cel|celular|telefono) (?:no es|ya no es) (?:de|del)",
    r"(?:no|ya no) es (?:el )?(?:numero|cel|celular|telefono) de(?! (?:reporte|seguimiento|caso|"
    r"ticket))",
    r"never signed up", r"didn'?t sign up",
    # never asked for these
    r"(?:never|didn'?t|didnt|did not) (?:ask|asked|sign|signed|request|requested|subscribe|"
    r"subscribed|opt|opted|agree|agreed) (?:up )?(?:for|4|to|in)? ?(?:these|this|any|them|your|ur|"
    r"it)",
    r"(?:yo )?(?:no|nunca) (?:pedi|solicite|me inscribi|me suscribi|me registre|"
    r"autorice) (?:estos|esto|ningun|nada|sus|los)",
    # no longer need them
    r"(?:don'?t|dont|do not|no longer) (?:want|need) (?:these|them|em|'em|this|any of (?:this|"
    r"these|it|them))(?:\s+(?:anymore|any more|no more|texts?|messages|msgs|alerts|txts|"
    r"updates))?(?=\s*(?:$|[.!,;?]|anymore|any more|no more|so\b))",
    r"(?:don'?t|dont|do not|no longer) (?:want|need) (?:any )?(?:more )?(?:these |your |ur |the |"
    r"any more )?" + _TEXTS,
    r"no more " + _TEXTS, r"not interested in (?:\w+ ){0,3}?" + _TEXTS,
    r"(?:tired|sick|fed up) (?:of|with) (?:getting |receiving |all |these |your |ur |the |"
    r"all these |so many |all the )*" + _TEXTS,
    r"enough (?:already )?(?:with|w|w/) (?:the |these |your |ur |all )?(?:\w+ )?" + _TEXTS,
    r"(?:said|told (?:you|u|ya|y'?all)|texted|sent|replied|wrote) (?:to )?stop",
    r"(?:you|u|y'?all|ya|they) (?:are |r |is )?still (?:texting|txting|messaging|sending|msging)",
    # Spanish
    r"dejar de recibir", r"(?:cancelar|parar) (?:todos )?(?:los )?(?:mensajes|textos)",
    r"(?:ya |nunca )?(?:no|nunca) me (?:manden|mande|envien|envie|escriban|escriba|contacten|"
    r"contacte|textee?n|lleguen|llegue|llegen|vuelvan a|vuelva a|molesten)", r"(?:ya )?no molesten",
    r"(?:ya )?no (?:me |nos |le |les )?(?:manden|mande|envien|envie|escriban|textee?n) (?:mas|"
    r"nada|mensajes|textos|a este|a su)",
    r"(?:de )?no mandar mas",
    r"(?<!no )(?<!que )(?:dejen|deje|deja|dejn|djen|paren|pare|dejar)(?: de| d)? (?:mandar\w*|"
    r"enviar\w*|escribir\w*|textear|molestar)",
    r"(?:dar|darme|dare|darse|doy|me doy|me den|denme|den|darnos) d(?:e)? baja",
    r"^baja (?:\w+ ){0,2}?(?:mi|este) numero",
    r"(?:dejar|dejen|deje|dear|deja) de recibir", r"(?:quitenme|quiteme|saquenme|sacame|borrenme)",
    r"(?:quiten|borren|eliminen|saquen|borrar|eliminar|quitar|bloqueen|bloquear|bloquee) (?:mi|"
    r"este|el|nuestro) (?:numero|cel|celular|telefono|contacto)",
    r"(?:ya )?no quiero (?:recibir )?(?:mas )?(?:estos |sus |los )?(?:mensajes|textos)",
    r"no quiero (?:que|q) me (?:escriban|manden|envien|lleguen|textee?n|contacten|molesten)",
    r"(?:cancelar|parar) (?:\w+ )?(?:los )?mensajes",
    r"(?:cancel|elimin|borr|quit|termin|anul|desactiv|apag)\w* (?:mi |la |su |"
    r"esta )?(?:suscripcion|subscripcion|inscripcion)",
    r"desuscrib\w*", r"desinscrib\w*",
    r"(?:apag|desactiv|cancel|elimin|silenci)\w* (?:las |los |sus |estas |estos |todas las |"
    r"todos los )?" + _MENSAJES,
    r"(?:salirme|salgo|sacarme|me salgo|me saquen|quitarme) (?:de )?(?:la|esta|su|sus) (?:lista|"
    r"listas|programa|servicio)",
    r"basta (?:ya )?(?:de|con) (?:\w+ )?" + _MENSAJES,
    r"ya estuvo (?:con|de) (?:\w+ )?" + _MENSAJES,
    r"llen\w* (?:el |mi )?(?:cel|celular|telefono) de", r"(?:cel|celular|telefono) llen[oa] de",
    r"no (?:necesito|ocupo) (?:esto|estos (?:mensajes|textos)|(?:sus|los|tus|estas|mas|"
    r"ningun) (?:mensajes|textos|alertas|avisos))",
    r"no mas " + _MENSAJES, r"(?:ya )?paren (?:ya )?con",
)
# The keyword said politely, repeated or declined, as the whole message ("stop please", "STOP STOP
# STOP", "alto por favor", "not interested thx", "no gracias, no me interesa").
_POLITE_KEYWORD: Final = re.compile(
    r"\W*(?:" + _PLEASE + r"\W+)*" + _STOP_WORDS + r"(?:\W+" + _PLEASE + r")*\W*"
)
# "don't stop texting me", "start texting me again" and "I didn't mean to unsubscribe" are the
# opposite request.
_OPT_IN_CONTEXT: Final = re.compile(
    r"\b(?:(?:don'?t|dont|do not) stop"
    r"|(?:undo|cancel|reverse) (?:my )?(?:opt ?out|unsubscribe|stop)"
    r"|start|resume|restart|turn on|volver a"
    # "can you text me again, I unsubscribed" (not "don't / never text me again")
    r"|(?<!t )(?<!never )(?<!ever )(?:text|txt|message|msg) me again"
    r"|(?:didn'?t|didnt|did not|never) (?:mean|want|intend)(?: (?:to|2))? (?:unsub\w*|opt|stop|"
    r"cancel)"
    r"|(?:unsub\w*|opted out|stopped|cancel\w*|(?:sent|texted|replied|hit|pressed) stop|baja)\b"
    r"[^.!?]{0,30}?(?:by (?:accident|mistake)|accidentally|por (?:error|accidente|equivocacion))"
    r"|(?:accidentally|por error|sin querer) (?:unsub\w*|opted|sent stop|texted stop|hit stop|"
    r"me di)|back on|(?:put|add|turn|sign|get) (?:me|us|it|them|my (?:\w+ )?\w+|the (?:\w+ )?\w+) "
    r"back"
    r"|no (?:era mi intencion|queria|quise) (?:darme|dar|cancelar)"
    r"|(?:want|wanna|need) (?:them|it|the (?:texts|messages|alerts)) back|want back"
    r"|sorry (?:i|for) unsub\w*|perdon por darme|ya quiero (?:los|recibir|que me))\b"
)
# An opt-out phrase right after a negation: "my landlord won't stop texting me" (but "you won't
# stop texting me" is a complaint to us).
_NEGATED: Final = re.compile(
    r"(?<!you )(?<!u )(?<!yall )(?<!y'all )\b(?:won'?t|wont|doesn'?t|doesnt|never|not) \Z"
)
# "the tracking number you texted me is the wrong number": a status question, not an opt-out.
_WRONG_TRACKING_NUMBER: Final = re.compile(
    r"\b(?:tracking|ticket|case|reference|confirmation|report|request|sr|"
    r"service request) (?:number|#|no)\b|\bnumero de (?:seguimiento|reporte|caso|ticket)\b"
)


_SPELLING: Final = Corrector((
    "message", "messages", "messaging", "texting", "texts", "contact", "contacting", "unsubscribe",
    "remove", "delete", "number", "never", "recibir", "mensajes", "textos", "dejar", "cancelar",
    "escribir", "mandar", "mandarme", "enviarme", "escribirme", "quitenme", "numero",
    "equivocado", "darme", "stop", "parar", "dejen", "quiten", "borren", "signed", "saquenme",
    "paren", "cancel", "sending", "leave", "alone", "escriban", "manden", "contacten",
    "quiero", "estos", "todos", "favor", "envien", "subscription", "suscripcion", "notifications",
    "interested", "interesado", "interesada",
))


def is_opt_out_request(text: str, folded: str | None = None) -> bool:
    """`folded` is `fold_spaced(text)` when the caller already has it."""
    folded = _SPELLING.fix(fold_spaced(text) if folded is None else folded)
    if _OPT_IN_CONTEXT.search(folded):
        return False
    if _POLITE_KEYWORD.fullmatch(folded):
        return True
    for match in _OPT_OUT.finditer(folded):
        if _NEGATED.search(folded, max(0, match.start() - 16), match.start()):
            continue  # "my landlord won't stop texting me" is not a request to us
        if "wrong" in match.group(0) and _WRONG_TRACKING_NUMBER.search(folded):
            continue
        return True
    return False
