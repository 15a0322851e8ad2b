"""Opt-out requests written as sentences ("please stop texting me", "ya no me manden mensajes").

The bare words (STOP, ALTO...) are the keyword layer's. A resident who writes the request out
is owed the same: texting someone who asked us to stop is the one mistake besides a missed
emergency that carries real cost, so these phrases are matched by rule, ahead of the model,
and the model is only the second net.

Families, each below with its phrases: stop / don't text me; unsubscribe, cancel, turn off; take
me off the list ("me pueden sacar de la lista?"), delete my number; wrong number or wrong person
(a number that changed hands: "not kevins phone anymore", "no soy esa persona"); never asked for
these; no longer need them (moved, passed away); enough / tired of the texts; the keyword said
politely ("stop please", "alto por favor", "not interested", "no texts please", the stop-sign
emoji, or as the last clause: "who is this?? stop"); spam, harassment and complaints to the FCC;
"why do you keep texting me"; a do-not-text list; consent withdrawn or never given; "no longer
wish to receive"; unenroll, close my text account, pause or hold the texts; someone else's phone
(a minor's, a parent's, a business line, a recycled number: "es de mi abuela, ya no le
escriban"); signed up by mistake; refusing to be signed up again ("don't sign me up again", "do
not resubscribe me", "no quiero volver a recibir mensajes", "no me inscriban de nuevo") or
included ("dont include my number in these alerts", "ya no incluyan mi numero en los avisos");
Spanish weariness ("ya me tienen harta", "ya chole", "parenle", "paren de textearme", "quiero
que paren los mensajes"); and short commands ("knock it off", "count me out", "apaguenlo") when
the message is short or speaks of the texts. Spanish spelled as it sounds ("no kiero resibir",
"kitenme", "nesesito") is read as the words it sounds like.
They are not opt-outs when the resident asks for the opposite ("don't stop texting me", "I
didn't mean to unsubscribe", "me desuscribi por error", "un-unsubscribe me", "mi hija me
desuscribio sin preguntar"), takes a stop back ("disregard my last stop", "cancel the
unsubscribe", "no me den de baja"), wants to sign back up or get them again ("we want to sign
back up", "quiero recibirlas otra vez"), asks why they stopped coming ("¿es normal que ya no me
lleguen?"), asks to come off a do-not-text list, says they still want the texts ("i still want
the updates", "si quiero mensajes"), turns down the bot or the menus while asking for a person
("stop sending me links, get me a rep", "stop the automated texts and connect me to a human",
"ya dejen de mandarme el menu, paseme con alguien", "no more bot"), says a *tracking number* is
the wrong number or mentions a wrong number in passing ("sorry if this is the wrong number,
..."), cancels a request ("den de baja el 25-33019274"), is the one who sends ("if i dont send
more money"), asks for a language ("stop sending me spanish"), or describes someone else ("she
dont text"). An opt-in phrase that is itself refused or complained of ("do not add me back", "i
want off the list, not back on", "no quiero volver a recibir", "you put me back on without
asking") is no request for the opposite.
"""

from __future__ import annotations

import re
from typing import Final

from intents.phrases import any_phrase, fold_spaced
from intents.typos import Corrector

# What we send: texts, messages, alerts... in both languages and in SMS spelling.
_TEXTS: Final = (
    r"(?:texts?|txts?|tets|texting|messages?|messaging|msgs?|msjs?|sms|alerts?|notifications?|"
    r"notifs?|updates|reminders|notices|communications?)"
)
_MENSAJES: Final = (
    r"(?:mensajes?|mensajitos?|textos?|msjs?|notificaci(?:on|ones)|alertas?|avisos?|recordatorios?|"
    r"actualizaciones)"
)
_PLEASE: Final = (
    r"(?:please|pls|plz|plox|por ?favor|porfa|porfis|x ?favor|xfa|xfavor|plis|ya|just|now|already|"
    r"it|thanks|thank you|thx|ty|gracias|grax|grcs|no thanks|no gracias|no grax|ok|okay|again|stop|"
    r"alto|parar|paren|pare|basta|ya basta|not interested|no me interesa|me|for good|smh|forever|"
    r"permanently|asap|right now|ahora|ya pues|pues|bye|adios|"
    # "STOP the msgs", "alto alertas", "mute me forever"
    r"(?:the |these |your |ur |all |los |las |sus |estos |estas |all the |all these )?(?:texts?|"
    r"txts?|msgs?|messages|alerts|notifications|mensajes|textos|alertas|avisos|notificaciones))"
)
_STOP_WORDS: Final = (
    r"(?:stop|alto|parar|paren|unsubscribe|cancel|basta|baja|not interested|no me interesa|"
    r"(?:ya )?no estoy interesad[oa]|no estoy interesao|mute(?: me)?|silence(?: me)?|"
    # the stop sign or a raised hand, and "no texts please", "sin mensajes", "ya no textos"
    "\U0001f6d1|\u270b|\U0001f6ab|"
    r"(?:no|sin|ya no|no more|no mas|ya no mas|nada de) (?:mas |more )?(?:texts?|txts?|msgs?|"
    r"messages|alerts|notifications|mensajes|textos|alertas|avisos|notificaciones))"
)

# The menus and options we send are not the texts: "ya no me mande opciones", "dejen de mandarme
# el menu" are about the bot (as "stop sending me menus" is, below).
_NOT_MENUS_ES: Final = (
    r"(?! (?:me |mas |el |los |las |esas |esos |estas |estos |tantas |tantos |sus |puras |puros )*"
    r"(?:menus?|opciones|links?|enlaces|preguntas|botones|encuestas?|respuestas|lo mismo|"
    r"automatic\w*)\b)"
)


def _unless_after(before: tuple[str, ...], words: tuple[str, ...], rest: str) -> str:
    """Each of the words followed by `rest`, unless one of `before` comes right before it ("you
    ignore my stop" is a complaint, not "ignore my stop"). The look-behind is written after the
    word's first letter, so that any_phrase still groups the phrase by that letter: a leading
    look-behind would be tried at every word of every message. Words with the same first letter
    share their look-behinds: "p(?<!no p)(?:aren|ause)..." is tried once at a "p"."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    return "|".join(first + "".join(f"(?<!{b}{first})" for b in before)
                    + "(?:" + "|".join(tails) + ")" + rest for first, tails in by_first.items())


# Someone's (phone): "kevins", "maria's", "maria", "my", not "the", "a", "this", "the right".
_SOMEONES: Final = (
    r"(?!(?:the|a|an|this|that|these|your|ur|our|its|it's|us|is|as|always|right|correct|same|"
    r"real|only|main|emergency|311|working|valid)\b)\w+(?:'?s)? "
)

# "... keep texting me", "... kept sending me these alerts", after one who is asked to stop.
_KEEP_TEXTING: Final = (
    r" (?:all |guys )?(?:keep|kept|keeps) (?:on )?(?:texting|txting|textin|messaging|msging|"
    r"contacting|spamming|bugging|hitting me up|hitting up my|blowing up my|sending (?:me |us )?"
    r"(?:(?:these|this|those|all these|all this|the|your|ur|so many|more) )?(?:texts?|txts?|"
    r"messages|msgs|alerts|notifications|stuff|crap|junk|spam))"
)

# Onto the list or the texts: "(don't add me) to the list", "(... my number) in these alerts".
_ONTO_OUR_TEXTS: Final = (
    r"(?:on |to |in |into |from )?(?:the |this |these |those |your |ur |that |any |all )(?:\w+ )?"
    r"(?:lists?|" + _TEXTS[3:-1] + r")\b"
)
# "den de baja el 25-33019274", "dar de baja mi reporte": a request cancelled (check_status), not
# the texts ("den de baja mi numero" still is).
_NOT_A_REQUEST: Final = (
    r"(?! (?:el |la |mi |mis |su |sus |este |esta |ese |esa |los |las )?(?:(?:numero|num|no\.?|#) ?"
    r"(?:de )?)?(?:reportes?|solicitud\w*|quejas?|casos?|pedidos?|tickets?|folio|seguimiento|"
    r"sr ?-?\d|\d{2}-\d{8}|\d{8}\b))"
)

_OPT_OUT: Final = any_phrase(
    # stop / quit / don't text me
    r"(?:stop|quit|cease|end) (?:all )?(?:texting|txting|messaging|contacting|texts|messages|msgs)",
    r"(?:stop|quit|cease) (?:it )?(?:txting|txt|text|texting|msg|message|messaging|"
    r"contacting) (?:me|us|this)",
    # ... and "stop send", "stop to send" (English as a second language)
    r"(?:stop|quit|cease) (?:to )?(?:sending|sendin|sendng|send)(?! (?:me |us )?(?:the same |"
    r"these |those |more |all these |all the |your |ur |so many )?(?:menus?|options?|links?|"
    r"choices|questions|buttons|numbers|automated|bot|replies|same|survey|form))",
    r"(?:stop|quit) (?:getting|receiving)(?=\s*$| (?:\w+ ){0,3}?(?:these|them|this|em|'em|any|"
    r"anything|" + _TEXTS[3:-1] + r")\b)",
    r"(?:stop|quit) (?:blowing|blowin) up my (?:phone|cell)",
    r"(?:don'?t|dont|do not|never|pls dont|please dont|no need (?:to|"
    r"2)) (?:ever )?(?:keep )?(?:text|texting|message|messaging|txt|sms|contact|contacting|msg|"
    r"call|send) (?:me|us|this|to this)",
    r"(?:don'?t|dont|do not|never|no need to) (?:ever )?(?:contact|text|txt|message|msg)(?: me|"
    r" us)?(?: again| anymore| any more| ever again)?\s*$",
    # ... not when the resident is the sender: "if i dont send more money he'll post my photos"
    _unless_after((r"\bi ", r"\bwe ", r"\bhe ", r"\bshe ", r"\bthey "),
                  ("don'?t", "dont", "do not", "never", "no"),
                  r" (?:ever )?send (?:me |us |this (?:phone|number|#) )?(?:anything|nothing|"
                  r"any more|anymore|no more|more)(?! (?:money|cash|pics?|photos?|pictures?|"
                  r"proof|payments?|\$|dollars|bucks))"),
    r"no need (?:to|2) (?:keep )?(?:text|txt|message|msg|contact)\w*",
    r"leave me alone", r"le?a?ve me alone",
    # spam, harassment, a complaint to the FCC: the resident wants the texts to end
    r"(?:(?:this|these|that|it|you|u|y'?all|yall|you guys|you people|ur texts|your texts) (?:is|"
    r"are|'s|s|r|re)|straight|pure|puro|pura|es|son|esto es) (?:\w+ ){0,2}?spam\w*",
    _TEXTS + r" (?:are|is|r|=) (?:\w+ ){0,2}?spam\w*", r"(?:stop|quit) spamm\w*", r"spamming me",
    r"(?:mensajes|textos|avisos) basura",
    r"(?:harass|bugg|bother|pester|spamm|annoy|harrass)\w* (?:me|my (?:phone|cell|line|number)|"
    r"this (?:phone|number|line))\b[^.!?]{0,25}?(?:with|w|w/|con) (?:\w+ )?(?:these |your |ur |"
    r"the |all |so many )?" + _TEXTS,
    r"(?:you|u|y'?all|yall|you people|you guys) (?:are |r |is |keep )?"
    r"(?:harass|bugg|pester|spamm|harrass)\w*",
    r"(?:this|it|that) (?:is|'s|s) (?:\w+ )?harassment(?! (?:from|by|of) )",
    r"tcpa",
    r"(?:report\w*|complain\w*|complaint|fil\w*|call\w*|violat\w*|break\w*|against) "
    r"(?:\w+ ){0,4}?fcc",
    r"do[ -]?not[ -]?(?:text|contact|call|disturb|message|msg|sms|notify)",
    r"no[ -](?:text|texting|contact|sms|call) list", r"never notify",
    # "stop pinging me", "quit hitting my line", "dont hit this number again"
    r"(?:stop|quit|don'?t|dont|do not|no more|pls dont|please dont) (?:\w+ )?(?:pinging|pingin|"
    r"ping|"
    r"hitting|hittin|hit|blowing up|bugging|buggin|bothering|spamming|harassing|harassin|pestering|"
    r"hitting up) (?:me|my (?:line|phone|cell|number|#)|this (?:line|phone|cell|number|#)|up my)",
    r"(?:cease|end|stop) (?:all )?(?:contact|communications?)\b",
    # consent or permission withdrawn, or never given
    r"(?:withdraw\w*|revok\w*|retract\w*|rescind\w*|take back|taking back) (?:my |all |any |the )?"
    r"(?:consent|permission|authorization|opt ?-?in)",
    r"(?:never|didn'?t|didnt|did not|don'?t|dont|do not|who) (?:\w+ )?(?:gave|give|given|grant\w*) "
    r"(?:you |u |yall |y'?all |the city |anyone |anybody |them |chitext )?(?:\w+ )?"
    r"(?:permission|consent|authorization)\b[^.!?]{0,30}?(?:text|txt|hit|message|msg|contact|sms|"
    r"send|alert|phone|number|cell)",
    r"(?:never|didn'?t|didnt|did not|don'?t|dont|do not) (?:\w+ )?(?:have|had|get|got|gotten) "
    r"(?:my|our) (?:consent|permission)",
    r"(?:text|txt|messag|contact|sign|subscrib|enroll)\w* (?:\w+ ){0,3}?without (?:my |our )?"
    r"(?:permission|consent)",
    r"retir\w* (?:mi |el |la )?(?:consentimiento|permiso|autorizacion)",
    r"revoc\w* (?:mi |el |la )?(?:consentimiento|permiso|autorizacion)",
    r"(?:nunca|no|quien|quienes) (?:\w+ )?(?:di|dio|dieron|doy|he dado|dimos) (?:\w+ )?(?:permiso|"
    r"autorizacion|consentimiento)",
    r"no (?:autorizo|autorice|consiento|doy (?:mi )?permiso)\b[^.!?]{0,30}?(?:escrib|mand|envi|"
    r"text|contact|llam|numero|cel|mensaj)",
    r"(?:escrib|mand|envi|text|inscrib|suscrib|registr|apunt|meti)\w* (?:\w+ ){0,3}?sin (?:mi |"
    r"nuestro )?(?:permiso|consentimiento|autorizacion)",
    # no longer wish to receive them
    r"no longer (?:wish|want|care|desire|interested|need)\w* (?:\w+ ){0,4}?" + _TEXTS,
    r"(?:don'?t|dont|do not|no longer) wish (?:to|2) (?:receive|get|be (?:contacted|texted)|"
    r"hear)",
    r"no need for (?:more |any more |any |further |these |the |your )?" + _TEXTS,
    r"(?:done|finished|over it) (?:with|w|w/) (?:the |these |"
    r"your |ur |all |all these |all the )?(?:\w+ )?" + _TEXTS,
    r"(?:no|ya no|nunca) (?:deseo|deseamos|desea|desean|quiero|queremos|quiere|quieren|necesito|"
    r"necesitamos|necesita|ocupo|ocupamos|ocupa) (?:seguir |volver a )?"
    r"(?:recibir|recibiendo)(?:l[oa]s?)?\b",  # "no quiero recibirlos"
    r"(?:no|ya no) (?:deseo|deseamos|quiero|queremos|necesito|necesitamos|ocupo|ocupamos) (?:mas |"
    r"tantos |tantas |sus |los |las |estos |estas |tus |ningun |ninguna |ningunos )?(?:\w+ )?"
    + _MENSAJES,
    r"(?:no|ya no) (?:quiero|queremos|deseo) (?:ser parte|estar|seguir) (?:de |en )?(?:esta|la|su|"
    r"sus|este|el) (?:lista|grupo|programa|servicio)",
    r"(?:don'?t|dont|do not|no longer) (?:want|wish) (?:to|2) (?:be|stay) (?:on|in|part of) "
    r"(?:this|the|your|ur) (?:list|group|program|service)",
    r"(?:want|wants) no part of (?:it|this|these|them)",
    # refusing to be signed up (again): "don't sign me up again", "do not add me back to the list",
    # "do not resubscribe me", "I don't want to be re-subscribed", "no me inscriban de nuevo",
    # "no quiero que me reactiven nada" (the opt-in words in them are refused, see _REFUSED)
    r"(?:don'?t|dont|do not|never|no need to) (?:ever )?(?:re-?)?(?:sign|add|put|subscrib|"
    r"enrol|regist|opt|includ|activat)\w* (?:me|us|my (?:number|phone|cell|#)|this (?:number|"
    r"phone|cell|#))(?: (?:up|in|on|back))*(?=\s*(?:$|[.!,;?]|again|ever|anymore|any more|"
    + _ONTO_OUR_TEXTS + r"|for (?:the |these |"
    r"your |ur |any |more )*(?:anything|this|that|these|them|list|" + _TEXTS[3:-1] + r")\b))",
    # "stop including my number in the alerts", "exclude me from these texts"
    r"(?:stop|quit) (?:including|adding|putting|signing|subscribing|enrolling|registering) "
    r"(?:me|us|my (?:number|phone|cell|#)|this (?:number|phone|cell|#))(?: (?:up|in|on|into|to))*"
    r" " + _ONTO_OUR_TEXTS,
    r"exclud\w* (?:me|us|my (?:number|phone|cell|#)|this (?:number|phone|cell|#)) (?:from|of) "
    r"(?:the |this |these |those |your |ur |that |any |all )(?:\w+ )?(?:list|" + _TEXTS[3:-1]
    + r")\b",
    r"(?:don'?t|dont|do not|never|no longer) (?:want|wanna|wish|need)(?: to| 2)? (?:be |get )?"
    r"(?:re-?subscribed|re-?added|re-?enrolled|re-?registered|re-?activated|added back|put back|"
    r"signed (?:back )?up|subscribed again|enrolled again|back on|sign back up|opt back in|"
    r"sign up again|subscribe again|re-?subscribe|re-?enroll|re-?register)",
    r"(?:don'?t|dont|do not|never|no longer) (?:want|wanna|wish|need)(?: to| 2)? (?:start |begin |"
    r"keep |continue |resume |restart )?(?:getting|receiving|get|receive) (?:any |more |these |"
    r"those |the |your |ur |such |any more )*(?:311 |city |reminder |status |daily |text |update |"
    r"sms |chitext )?" + _TEXTS,
    r"(?:no|ya no|nunca) (?:quiero|queremos|quiere|quieren|deseo|deseamos|desea) (?:que|ke) "
    r"(?:me |nos |le |les |la |lo )?(?:(?:vuelvan|vuelva) a (?:inscribir|suscribir|agregar|"
    r"apuntar|anotar|activar|meter|dar de alta)\w*|reactiven|reinscriban|inscriban|suscriban|"
    r"activen|agreguen|apunten|anoten|metan|den de alta)(?! (?:en|a|al|para) (?!(?:la |esta |su |"
    r"sus |los |las )?(?:lista|listas|avisos|mensajes|alertas|textos)))",
    r"(?:no|ya no) (?:me |nos |la |lo |le |les )?(?:reactiven|reinscriban|inscriban|suscriban|"
    r"activen|apunten|anoten|metan|den de alta|(?:vuelvan|vuelva) a (?:inscribir|suscribir|agregar|"
    r"apuntar|anotar|activar|meter|dar de alta)\w*)(?! (?:en|a|al|para) (?!(?:la |esta |su |"
    r"sus |los |las )?(?:lista|listas|avisos|mensajes|alertas|textos)))",
    # unenroll, deregister, close my (text) account, pause or hold the texts
    r"un-?enroll\w*", r"de-?register\w*", r"dis-?enroll\w*", r"de-?enroll\w*", r"desafili\w*",
    r"(?:close|delete|deactivate|cancel|terminate|remove|disable|erase|shut down) (?:my|this|the|"
    r"our) (?:chitext|text|texting|sms|alerts?|notification|311 text) account",
    r"(?:close|delete|deactivate|cancel|terminate|remove|disable|erase|shut down) (?:my|this|the|"
    r"our) account\b[^.!?]{0,40}?(?:texts?|sms|alerts|phone|number|chitext|service|messages)",
    r"(?:cerrar|cierren|eliminar|eliminen|borrar|borren|cancelar|cancelen|desactivar|desactiven) "
    r"(?:mi|la|esta) cuenta",
    r"(?:pause|pausing|suspend|halt|freeze|snooze|block|kill|quit|cut)\w* (?:all |the |these |"
    r"those |your |ur |this |my |of )+(?:311 |city |reminder |status |daily |text |update )?(?:"
    + _TEXTS[3:-1] + r")",
    r"(?:put|place|keep) (?:my |the |all |these |your |ur |all the )?(?:\w+ )?" + _TEXTS
    + r" on hold", r"hold off (?:on )?(?:the |these |your |ur |all )?(?:\w+ )?" + _TEXTS,
    # ... "paren los mensajes", "quiero que paren los textos", "parenle a los avisos" (not "no
    # quiten los avisos", "no paren los mensajes": they want them)
    _unless_after(("no ", "ni ", "no quiero que ", "no queremos que ", "no quiero q "),
                  ("suspendan", "suspenda", "suspender", "detengan", "detenga", "detener", "pausen",
                   "pausar", "bloqueen", "bloquear", "quiten", "quite", "quitar", "corten",
                   "cortar", "excluyan", "remuevan", "paren", "pare", "parenle", "parele",
                   "parale", "parar"),
                  r" (?:ya )?(?:a |con )?(?:las |los |sus |estas |estos |esas |esos |tantos |"
                  r"tantas |todas las |todos los |todo lo que me (?:mandan|envian|escriben))?"
                  r"(?:\w+ )?" + _MENSAJES),
    r"detengan (?:todo|el envio)",
    # take her off, remove his cell, get him off the list (a minor's, a parent's, a work phone)
    r"take (?:him|her|them|(?:this|my|his|her|their|our|the|it'?s) (?:\w+ )?(?:number|#|cell|phone|"
    r"line)) off(?! hold| the wait)",
    r"take (?:it|this|that) off (?:your|ur|the|this|that|all) (?:\w+ )?(?:list|lists|system|texts?|"
    r"alerts)",
    r"(?:remove|delete|erase|drop|purge) (?:her|his|their|the) (?:\w+ )?(?:number|cell|phone|#|"
    r"info)",
    r"get (?:me|us|him|her|them|it|this number|my number) (?:off|out of|outta) (?:the|this|your|ur|"
    r"that|these|all) (?:\w+ )?(?:list|lists|texts?|alerts|thing|system|program|group)",
    r"get (?:off|out of|outta) (?:this|the|your|ur|these|that) (?:\w+ )?(?:list|group|thing|"
    r"texts?|alerts)",
    r"leave (?:this|the) (?:group (?:text|chat|message)|text group|list|chat group)",
    r"leave (?:me|us|my (?:phone|number|cell)|this (?:number|phone)) out of (?:it|this|that)",
    r"(?:saca|saque|saquen|sacque|sacquen|quita|quite|quiten|borra|borre|borren|elimin\w*|"
    r"remuev\w*|"
    r"exclu\w*)(?:l[oa]s?|me|nos)? (?:\w+ ){0,3}?de (?:la|esta|su|sus|tu|todas (?:sus|las)|este|"
    r"el) (?:lista|listas|sistema|base de datos|grupo)(?! de espera)",
    # ... asked with the infinitive: "me pueden sacar de la lista", "nos podrian borrar de su
    # lista" (not "como quitar mi carro de la lista de ...", nor the waiting list of a shelter)
    r"(?:me|nos|la|lo) (?:\w+ )?(?:sacar|quitar|borrar|remover|eliminar|excluir) (?:\w+ ){0,2}?de "
    r"(?:la|esta|su|sus|tu|todas (?:sus|las)|este|el) (?:lista|listas|sistema|base de datos|grupo)"
    r"(?! de espera)",
    r"(?:quiten|quite|quitar|quitaran|quitenme|borren|borre|borrar|borraran|eliminen|elimine|"
    r"eliminar|eliminaran|saquen|saque|sacar|sacaran|bloqueen|bloquee|bloquear|remuevan|remueva|"
    r"remover|excluyan|excluya|excluir) (?:a )?(?:mi|este|el|nuestro|su) "
    r"(?:numero|cel|celular|telefono|contacto)\b(?! de (?:reporte|seguimiento|caso|ticket))",
    r"(?:salgo|salirme|salir|sacarme) (?:de (?:este|esta|la|el|su|sus) |del )(?:grupo|"
    r"lista|listas|programa|servicio|chat)",
    r"lista de (?:difusion|distribucion|envios)",
    # signed up by mistake; someone else signed this number up
    r"(?:accidentally|by accident|by mistake|mistakenly) (?:opted|signed|subscribed|enrolled|"
    r"registered)", r"(?:opted in|signed up|subscribed|enrolled|registered) (?:\w+ )?(?:by "
    r"(?:mistake|accident)|accidentally)",
    r"me (?:inscribi|suscribi|registre|apunte|anote) (?:\w+ )?(?:por error|sin querer|por "
    r"equivocacion|por accidente)",
    r"(?:whoever|someone|somebody|previous owner|prev owner|last owner|old owner|former owner|"
    r"last person) (?:\w+ ){0,4}?(?:signed (?:up|me up|this)|subscribed|registered|enrolled)",
    r"(?:who|someone|somebody|quien|alguien) (?:\w+ )?(?:signed me up|put me on (?:this|the|your)|"
    r"me (?:metio (?:en|a) (?:esto|esta|este|la|el|sus)|inscribio|apunto|suscribio|registro))",
    r"(?:neither of us|nobody here|none of us|ninguno|nadie) (?:\w+ )?(?:asked|signed up|"
    r"subscribed|pidio|pedimos|se inscribio|se suscribio)",
    r"(?:el|la) que (?:lo |la )?tenia antes", r"era de otra persona",
    r"(?:no|nunca) me (?:inscribi|suscribi|registre|apunte|anote)(?=\s*(?:$|[.!,;?]|a esto|"
    r"para esto))",
    # tired of them, in Mexican and Caribbean Spanish
    r"(?:harto|harta|hartos|hartas|hasta la madre|hasta el gorro|hasta la coronilla|cansad[oa]s?|"
    r"fastidiad[oa]s?|chole|chale|jodan|joder|fastidien|friegue\w*|chinguen) (?:\w+ ){0,3}?(?:de|"
    r"con) (?:\w+ )?" + _MENSAJES,
    r"no (?:jodan|fastidien|frieguen|chinguen|molesten)", r"dejenme (?:en paz|tranquil[oa]s?)",
    r"no (?:vuelvan|vuelva) a (?:contactar|escribir|mandar|enviar|textear|molestar|llamar)\w*",
    r"no (?:regresen|vuelvan) a (?:este|mi) (?:cel|numero|telefono|celular)",
    r"no me (?:incluyan|avisen|notifiquen|textee?n|textien|agreguen)",
    r"(?:no|nunca|ni) (?:me |nos |lo |la |le |les )?(?:incluyan|incluya|agreguen|agregue|pongan|"
    r"ponga|anoten|apunten|metan|inscriban|suscriban|sumen)(?: (?:a )?(?:mi|este|nuestro|su|el|"
    r"esta) (?:numero|cel|celular|telefono|linea))? (?:en|a|al) (?:la |esta |su |sus |los |las |"
    r"estos |estas |tu |tus )?(?:lista|listas|grupo de|" + _MENSAJES[3:],
    # make this the last one
    r"(?:make|let) (?:it|this|that) (?:be )?the (?:last|final) (?:one|text|message|alert)",
    r"(?:que|ojala) sea el ultimo",
    r"(?:word|keyword|code|command|codigo|palabra) (?:\w+ ){0,3}?(?:to|pa|para) (?:stop|"
    r"unsubscribe|get off|opt out|salir\w*|darme de baja|que ya no|dejar de)",
    r"makes? (?:these|them|this|it|the texts|the alerts|these texts) (?:go away|disappear|stop|end|"
    r"quit)",
    # unsubscribe, cancel, turn off
    r"un ?subscribe", r"unsub\w*", r"opt (?:me |us )?out", r"optout",
    r"(?:cancel|end|stop|terminate|remove|delete)\w* (?:my |the |this |your |ur |"
    r"all )?(?:subscriptions?|sub|sign ?-?up(?=\s*(?:$|[.!,;?])|\s(?:for|to) (?:the |these |"
    r"your |ur |this |311 |city |text )*(?:" + _TEXTS[3:-1] + r"|list|service|chitext|311)\b))",
    r"(?:cancel|end|stop|turn off|shut off|switch off|disable|mute|silence)\w* (?:all |the |"
    r"these |those |your |ur |this |my |of )*(?:311 |city |reminder |status |daily |text |update |"
    r"sms |chitext |automated )?" + _TEXTS,
    r"(?:cancel|end|stop|turn off|shut off|switch off|disable|mute|silence)\w* (?:all |the |"
    r"these |those |your |ur |this |my |of )*(?:311 |city )?(?:updates|reminders)",
    _TEXTS + r"\b[^.!?]{0,30}?(?:turn|shut|switch|cut) (?:them|these|it|this|em|'em) off",
    r"(?:turn|shut|switch) (?:all |the |these |those |your |ur |this |my |of )*(?:311 |city |"
    r"reminder |status |daily |text |update |sms |chitext )?" + _TEXTS + r" off",
    r"(?:make|get) (?:these |the |your |ur |all |all these |all the )?" + _TEXTS + r" (?:to "
    r")?(?:stop|end)", r"(?:cancel|end|stop) all",
    r"phone (?:keeps|won'?t stop|wont stop|doesn'?t stop|never stops) (?:\w+ )?(?:buzzing|"
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
    # a number that changed hands: "not kevins phone anymore", "this is not Maria phone no more",
    # "no longer dave's number", "it's not kevin's phone" (anyone's, not "the" or "a" number)
    r"(?:not|isn'?t|isnt|aint|ain'?t|no longer) " + _SOMEONES + r"(?:phone|number|cell|#|line)"
    r"(?: number)? (?:anymore|any more|no more|nomore)\b",
    r"no longer " + _SOMEONES + r"(?:phone|number|cell)",
    r"(?:this|it|that)(?: is|'s|s) not " + _SOMEONES + r"(?:phone|number|cell)",
    # ... as the whole message begins (the look-behind after the first letter keeps the grouping)
    r"n(?<=^n)ot " + _SOMEONES + r"(?:phone|number|cell)",
    # "i'm not that person", "I am not the lady you're looking for", "no soy esa persona", "yo no
    # soy a quien buscan", "aqui no vive ningun Rodrigo" (not "i'm not the person who reported it")
    r"(?:i'?m|im|i am) not (?:that|the) (?:person|guy|lady|girl|woman|man|one)(?=\s*(?:$|[.!,;?]|"
    r" (?:you|u|y'?all|yall)\b))",
    r"no soy (?:esa|esta|esa misma) persona",
    r"no soy (?:quien|a quien|la persona que|el que|la que) (?:\w+ )?(?:buscan|busca|creen|cree|"
    r"piensan|piensa|quieren)",
    r"aqui no vive ningun\w*", r"no vive (?:aqui )?ningun\w*",
    r"(?:no conozco|no conocemos|i don'?t know|i dont know|we don'?t know|never heard of) (?:a )?"
    r"(?:nadie|ningun\w*|anyone|anybody|any|no one|nobody) (?:con ese nombre|by that name|named|"
    r"called|llamad[oa]|que se llame|de nombre)",
    r"(?:este|el|ese) (?:numero|cel|celular|telefono) (?:no es|ya no es) (?:de|del)",
    r"(?:no|ya no) es (?:el )?(?:numero|cel|celular|telefono) de(?! (?:reporte|seguimiento|caso|"
    r"ticket))",
    r"never signed up", r"didn'?t sign up",
    # never asked for these
    r"(?:never|didn'?t|didnt|did not) (?:ask|asked|sign|signed|request|requested|subscribe|"
    r"subscribed|opt|opted|agree|agreed) (?:up )?(?:for|4|to|in)? ?(?:these|this|any|them|your|ur|"
    r"it)",
    r"(?:no|nunca) (?:pedi|solicite|me inscribi|me suscribi|me registre|"
    r"autorice) (?:estos|esto|ningun|nada|sus|los)",
    # no longer need them
    r"(?:don'?t|dont|do not|no longer|never) (?:want|need) (?:these|them|em|'em|this|any of "
    r"(?:this|these|it|them))(?:\s+(?:anymore|any more|no more|texts?|messages|msgs|alerts|txts|"
    r"updates))?(?:\s+back)?(?=\s*(?:$|[.!,;?]|anymore|any more|no more|so\b))",
    r"(?:don'?t|dont|do not|no longer) (?:want|need) (?:any )?(?:more )?(?:these |your |ur |the |"
    r"any more )?(?:311 |city |reminder |status |daily |text |update |sms |chitext )?" + _TEXTS,
    r"no more " + _TEXTS, r"not interested in (?:\w+ ){0,3}?" + _TEXTS,
    r"(?:(?:i|we) (?:just |really |still )?(?:want|need)|(?:i|we)(?:'d| d|d| would) like) (?:the |"
    r"these |"
    r"those |your |ur |all |all the |all these |my )?(?:311 |city |reminder |status |daily |text |"
    r"update |sms |chitext )?" + _TEXTS + r" (?:to |2 )?(?:be )?(?:stop\w*|end\w*|gone|go away|"
    r"remov\w*|delet\w*|cancel\w*|turned off|off|over|done|silenced|muted|disabled|paused|"
    r"taken off|shut off|blocked|halted|quit|ceased?)\b(?! (?:at|after|before|until|till|til|"
    r"during|between|from|earlier|later|on weekends|at night|in the)\b)",
    r"(?:tired|sick|fed up) (?:of|with) (?:getting |receiving |all |these |your |ur |the |"
    r"all these |so many |all the )*" + _TEXTS,
    r"enough (?:already )?(?:with|w|w/) (?:the |these |your |ur |all )?(?:\w+ )?" + _TEXTS,
    r"(?:said|told (?:you|u|ya|y'?all)|texted|sent|replied|wrote) (?:to )?stop",
    # "ya les dije que no quiero", "te dije que no me mandes mas", "les pedi que paren"
    r"(?:les?|te) (?:dije|habia dicho|he dicho|dijimos|pedi|pedimos|escribi|avise) (?:que |ke )?"
    r"(?:ya )?(?:no (?:quiero|queremos)(?=\s*(?:$|[.!,;?]|mas\b|nada\b))|no me (?:manden|mandes|"
    r"escriban|escribas|envien|envies|contacten|textee?n)|me (?:den de baja|saquen|quiten|borren)|"
    r"(?:alto|stop|basta|baja|paren)(?=\s*(?:$|[.!,;?]|ya\b|por favor|porfa)))",
    r"(?:you|u|y'?all|ya|they) (?:are |r |is )?still (?:texting|txting|messaging|sending|msging)",
    # "why do you keep texting me", "y'all keep sending me these alerts", "por que me siguen
    # mandando mensajes" (not "can you keep texting me", "quiero que me sigan mandando")
    _unless_after(("can ", "could ", "will ", "would ", "do ", "did ", "please ", "pls ", "plz ",
                   "should ", "to "),
                  ("you", "u", "y'?all", "yall", "ya'?ll", "you guys", "you people"),
                  _KEEP_TEXTING),
    r"(?:why|how come|y|wtf|whyd)(?: (?:do|does|did|are|r|would|will|must))? (?:you|u|y'?all|"
    r"yall|ya'?ll|you guys|you people)" + _KEEP_TEXTING,
    r"(?:por ?que|xq|pq|todavia|aun|ustedes|uds)(?: ustedes| uds)? (?:me|nos) (?:siguen|sigue|"
    r"continuan|continua) (?:mandando|enviando|escribiendo|textea?ndo|molestando)" + _NOT_MENUS_ES,
    # Spanish
    # taken off the texts, asked with a pronoun: "quiero que me quiten de estos avisos", "me
    # pueden sacar de los mensajes?", "nos borran de la lista porfa"
    r"(?:me|nos) (?:\w+ )?(?:quiten|saquen|borren|eliminen|quite|saque|borre|elimine|quitan|"
    r"sacan|borran|sacar|quitar|borrar|eliminar|dar de baja|den de baja) (?:de|del) (?:la |las |"
    r"los |estos |estas |esos |esas |sus |su |el |tus )?(?:\w+ )?(?:lista(?! de espera)|"
    + _MENSAJES[3:],
    # "quiero que paren" as the whole request, at the end of the message
    r"(?:quiero|queremos|necesito|necesitamos|pido|pedimos) que (?:ya )?(?:paren|pare|parenle|"
    r"parele|dejen|deje)(?=\s*(?:$|[.!,;?]|ya\b|por favor|porfa|pls|plis|gracias))",
    r"dejar de recibir", r"(?:cancelar|parar) (?:todos )?(?:los )?(?:mensajes|textos)",
    r"(?:no|nunca|ni) me (?:manden|mande|envien|envie|escriban|escriba|contacten|"
    r"contacte|textee?n|lleguen|llegue|llegen|vuelvan a|vuelva a|molesten)" + _NOT_MENUS_ES,
    r"no molesten",
    # for someone else on this phone: "es de mi abuela, ya no le escriban", "no les manden nada"
    r"(?:no|nunca) (?:le|les) (?:manden|mande|envien|envie|escriban|escriba|contacten|contacte|"
    r"textee?n|molesten|(?:vuelvan|vuelva) a (?:escribir|mandar|enviar|contactar|textear))"
    r"(?! al )" + _NOT_MENUS_ES,
    r"no (?:me |nos |le |les )?(?:manden|mande|envien|envie|escriban|textee?n) (?:mas|"
    r"nada|mensajes|textos|a este|a su)" + _NOT_MENUS_ES,
    r"no mandar mas",
    r"(?:no|ya no) (?:me |nos |le |les )?sigan (?:mandando|enviando|escribiendo|molestando|"
    r"textea?ndo)\w*",
    r"(?<!no )(?<!que )(?:dejen|deje|deja|dejn|djen|paren|pare|parenle|parale|dejar)(?: de| d)? "
    r"(?:mandar\w*|enviar\w*|escribir\w*|text[ei]?ar\w*|molestar)" + _NOT_MENUS_ES,
    # ... asked for: "quiero que paren de textearme" (a bare "que deje de molestar" may be said of
    # a neighbour; "no quiero que dejen de mandarme" wants them)
    _unless_after(("no ", "ni "), ("quiero", "queremos", "quisiera", "necesito", "necesitamos",
                                   "pido", "pedimos", "ojala", "favor"),
                  r" (?:que|q|ke) (?:ya )?(?:dejen|paren|parenle|deje|pare) (?:de |d )?(?:mandar|"
                  r"enviar|escribir|text[ei]?ar)\w*" + _NOT_MENUS_ES),
    r"(?:dar|darme|dare|darse|doy|me doy|me den|denme|den|darnos|darla|darlo|darle|denla|denlo|"
    r"denle|denlos|denlas|denles|dela|delo|dele) d(?:e)? baja" + _NOT_A_REQUEST,
    r"^baja (?:\w+ ){0,2}?(?:mi|este) numero",
    r"(?:dejar|dejen|deje|dear|deja) de recibir", r"(?:quitenme|quiteme|saquenme|sacame|borrenme)",
    r"(?:quiten|borren|eliminen|saquen|borrar|eliminar|quitar|bloqueen|bloquear|bloquee) (?:mi|"
    r"este|el|nuestro) (?:numero|cel|celular|telefono|contacto)",
    r"no quiero (?:recibir )?(?:mas )?(?:estos |sus |los )?(?:mensajes|textos)",
    r"no (?:quiero|queremos) (?:que|q|ke|k) (?:me|nos) (?:escriban|manden|envien|lleguen|textee?n|"
    r"contacten|molesten|(?:vuelvan|vuelva) a (?:escribir|mandar|enviar|contactar|textear|"
    r"molestar)|sigan (?:escribiendo|mandando|enviando|molestando))",
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
    r"no mas " + _MENSAJES, r"paren(?:le)? (?:ya )?con",
)
# The keyword said politely, repeated or declined, as the whole message ("stop please", "STOP STOP
# STOP", "alto por favor", "not interested thx", "no gracias, no me interesa").
_POLITE_KEYWORD: Final = re.compile(
    r"\W*(?:" + _PLEASE + r"\W+)*" + _STOP_WORDS + r"(?:\W+" + _PLEASE + r")*\W*"
)


# Someone else, not the resident: "you ignore my stop", "if u dont take me off".
_THEY: Final = ("you ", r"\bu ", "yall ", "y'all ", "they ")
# "don't stop texting me", "start texting me again" and "I didn't mean to unsubscribe" are the
# opposite request.
_OPT_IN_CONTEXT: Final = any_phrase(
    r"(?:don'?t|dont|do not) stop", r"start", r"resume", r"restart", r"turn on", r"volver a",
    r"vuelvan a", r"vuelva a",  # "vuelvan a incluirme" (not "no me vuelvan a escribir")
    # "un-unsubscribe me", "resubscribe me" (not "do not resubscribe me", "why did you resubscribe
    # me", "why was i resubscribed", "stop resubscribing me")
    r"un-?unsub\w*", _unless_after((*_THEY, "who ", "someone ", "somebody "),
                                    ("re-?subscribe", "re-?sub"), ""),
    # "can you text me again, I unsubscribed" (not "don't / never text me again")
    _unless_after(("t ", "never ", "ever "), ("text", "txt", "message", "msg"), " me again"),
    r"(?:didn'?t|didnt|did not|never) (?:mean|want|intend)(?: (?:to|2))? (?:unsub\w*|opt|stop|"
    r"cancel)",
    # "I no longer want to be unsubscribed", "I don't want to opt out"
    r"(?:don'?t|dont|do not|no longer) (?:want|wanna|wish)(?: (?:to|2))? (?:be )?(?:unsub\w*|"
    r"opt(?:ed)?[ -]?out|removed|taken off|dropped)",
    # (the mistake is the stop's, not a sign-up's: "unsubscribe me, i signed up by mistake")
    r"(?:unsub\w*|opted out|stopped|cancel\w*|(?:sent|texted|replied|hit|pressed) stop|baja|"
    r"desuscrib(?:i|io|imos|ieron)|desinscrib(?:i|io|imos|ieron))\b"
    r"(?:(?!sign|subscri|suscri|inscri|regist|enrol|opted in|apunt|anot)[^.!?]){0,30}?"
    r"(?:by (?:accident|mistake)|accidentally|(?:por|x) (?:error|eror|accidente|equivocacion)|"
    r"sin (?:querer|fijarme))",
    # someone else unsubscribed me: "mi hija me desuscribio sin preguntar", "me dieron de baja
    # sin permiso", "my kid unsubscribed me without asking"
    r"(?:me|nos|la|lo|le) (?:desuscrib(?:io|ieron)|desinscrib(?:io|ieron)|(?:dio|dieron) de baja)"
    r"\b[^.!?]{0,20}?sin (?:preguntar\w*|permiso|mi permiso|avisar\w*|pedir\w*|decir\w*)",
    r"(?:unsubscribed (?:me|us|my \w+)|opted (?:me|us|my \w+) out)\b[^.!?]{0,20}?without "
    r"(?:asking|telling|my (?:permission|consent|ok)|permission)",
    r"(?:pocket|butt)[ -]?(?:texted|text|dialed|dialled|dial|sent|typed|replied)",
    r"arrepenti\w*", r"me arrepiento", r"regret (?:unsub\w*|opting|leaving|stopping)",
    r"activen\w*", r"reactiv\w*",
    r"(?:accidentally|por error|sin querer) (?:unsub\w*|opted out|sent stop|texted stop|hit stop|"
    r"me di)", r"back on",
    r"(?:put|add|turn|sign|get) (?:me|us|it|them|my (?:\w+ )?\w+|the (?:\w+ )?\w+) back(?: on| in|"
    r" up)?", r"no (?:era mi intencion|queria|quise) (?:darme|dar|cancelar)",
    r"(?:want|wanna|need) (?:them|it|the (?:texts|messages|alerts)) back", r"want back",
    r"sorry (?:i|for) unsub\w*", r"perdon por darme", r"ya quiero (?:los|recibir|que me)",
    # "we want to sign back up", "how do i opt back in" (not "you signed me back up", below)
    r"(?:sign|opt|subscribe|enroll|enrol|register|join)(?:ing)? back (?:up|in|on)\b",
    # "quiero recibirlas otra vez", "quiero los avisos de nuevo", "queremos que nos manden los
    # mensajes otra vez" (not "quiero darme de baja otra vez", nor "no quiero ... otra vez")
    r"(?:quiero|queremos|quisiera|quisieramos|necesito|ocupo) (?:(?:que |ke )?(?:me |nos |le )?"
    r"(?:recib|mand|envi|escrib|lleg|activ|suscrib|inscrib|apunt|anot|agreg|pon|textea)\w* )?"
    r"(?:(?:los|las|sus|mis|estos|estas|tus) )?(?:(?:" + _MENSAJES + "|" + _TEXTS + r") )?"
    r"(?:otra vez|otra ves|otra bes|otra bez|de nuevo|de nuebo|nuevamente|de vuelta)",
    # "¿es normal que ya no me lleguen las alertas?", "por que ya no me llegan": they stopped
    # coming and are missed (as "how come you stopped texting me")
    r"(?:es normal|por ?que|xq|pq|como es que|sera que)(?: que)? (?:ya |todavia |aun )?no (?:me |"
    r"nos )?(?:llegan|llega|lleguen|llegue|han llegado|ha llegado|estan llegando)",
    # the stop taken back: "disregard my last stop message", "forget i said stop", "cancel the
    # unsubscribe", "remove my opt out", "olviden lo de la baja", "quiten el stop"
    _unless_after(_THEY, ("disregard", "ignore", "ignor[ae]n?", "forget", "olvid[ae]n?", "scratch",
                          "void", "undo", "reverse", "retract", "take back", r"cancel\w*",
                          r"anul\w*"),
                  r" (?:about |that |what |lo de |lo que )?(?:(?:my|the|that|this|last|previous|"
                  r"earlier|recent|mi|el|la|ese|esa) )*(?:opt ?-?out|unsub\w*|stop|baja|alto|"
                  r"desuscripcion)"),
    r"(?:disregard|ignore|ignor[ae]n?|forget|olvid[ae]n?|scratch) (?:that |what |lo |que )*"
    r"(?:i |yo )?(?:said|sent|texted|wrote|replied|typed|put|dije|puse|mande|escribi|envie) "
    r"(?:to )?(?:stop|alto|baja|unsub\w*|opt ?-?out)",
    r"(?:remove|delete|erase|borr[ae]n?|quit[ae]n?|elimin[ae]n?) (?:my|the|that|this|mi|el|la) "
    r"(?:last |previous |earlier |recent )?(?:opt ?-?out|unsub\w*|stop|baja|alto|desuscripcion)"
    r"(?! (?:texting|sending|messaging|contacting|txting|sign))",
    # off a do-not-text list ("take me off the do not text list", "saquenme de la lista de no
    # enviar"); onto one is an opt-out
    r"(?:off|from|out of|outta) (?:the |your |ur |this |that |my |a )?(?:do ?-?not|don'?t|dont|"
    r"no)[ -](?:text|txt|contact|call|message|msg|sms|send|disturb|notify)\w*(?: me)? list",
    r"(?:saqu|sac|quit|borr|elimin|remuev|remov)\w* (?:\w+ ){0,3}?de (?:la|su|esta) lista de "
    r"(?:no |bloque\w*|bajas?)",
    # the stop refused: "wait dont take me off", "no me den de baja", "no me saquen de la lista"
    _unless_after((*_THEY, "ya "), ("don'?t", "dont", "do not", "never"),
                  r" (?:take|remove|drop|delete|kick|cut|unsubscribe|unsub|erase) (?:me|us|my "
                  r"(?:number|phone|cell|subscription|alerts|texts)|this number)"),
    r"no (?:me |nos |lo |la )(?:den|de|des) de baja",
    r"no (?:me |nos |lo |la )(?:saquen|quiten|borren|eliminen|saque|quite|borre|elimine|bajen|"
    r"desuscriban|cancelen)(?= de | del |\s*(?:$|[.!,;?]))",
    r"no (?:borren|quiten|eliminen|cancelen|bloqueen) (?:mi|este) (?:numero|suscripcion|cel|"
    r"celular)",
    # still wanted: "i still want the updates", "i want the texts", "si quiero mensajes", "keep
    # me subscribed", "keep the alerts coming" (not "i want the texts to stop")
    r"(?:(?:i|we|yo) (?:still |really |do |def |definitely |rly )?|still |todavia |aun |si )"
    r"(?:want|wanna|need|quiero|queremos|necesito|ocupo) (?:to (?:keep )?(?:get|getting|receive|"
    r"receiving) |seguir recibiendo |recibir )?(?:the |my |your |ur |these |those |all the |los |"
    r"las |mis |sus |tus )?(?:311 |city |reminder |status |daily |text |update |sms |chitext )?"
    r"(?:" + _TEXTS + "|" + _MENSAJES + r")(?!\s*(?:to |2 )?(?:be )?(?:stop|end|go|gone|off|out|"
    r"remov|delet|cancel|turn|cut|over|done|silenc|mut|disabl|paus|taken|shut|block|away|halt|"
    r"quit|ceas|leave|no more|never|erase|drop|unsub))",
    r"si (?:los|las) (?:quiero|queremos|necesito|ocupo)",
    r"keep (?:me|us|my number|this number) (?:subscribed|signed up|enrolled|registered|on|in)\b"
    r"(?! hold)",
    r"keep (?:the |my |your |ur |these |those )?(?:\w+ )?" + _TEXTS + r" coming",
    r"keep (?:them|em|'em|it) coming", r"sigan (?:mandando|enviando|escribiendo)",
    # "why did y'all stop texting me", "how come you took me off"
    r"(?:why|how come|y)(?:'d| did| have| has)? (?:you|u|yall|y'?all|they|you guys|the city|311) "
    r"(?:all |guys )?(?:stop|stopped|quit|cancel\w*|unsub\w*|remov\w*|take me off|took me off|"
    r"drop\w*)",
)
# An opt-in phrase that is refused ("do not add me back", "I don't want the texts back", "not
# back on", "no quiero volver a recibir", "no quiero que me reactiven") is no opt-in; the refusal
# phrases among the opt-outs above decide whether it is an opt-out.
_REFUSED: Final = re.compile(
    r"(?:\b(?:don'?t|dont|do not|never|not|no longer|no need to)(?: (?:ever|even|want|wanna|wish|"
    r"need|to|2|be|get|getting|gonna|going))* "
    r"|\b(?:no|ya no|nunca|tampoco|ni)(?: (?:quiero|queremos|quiere|quieren|deseo|deseamos|desea|"
    r"necesito|que|q|ke|me|nos|le|les|la|lo|se))* )\Z"
)
# ... and so is one the resident complains about: "you put me back on without asking".
_WITHOUT_ASKING: Final = re.compile(
    r"[^.!?]{0,25}?\b(?:without|w/o|sin) (?:even )?(?:asking|my (?:permission|consent|ok)|"
    r"permission|consent|preguntar\w*|permiso|mi permiso|consentimiento|pedir\w*)"
)
# An opt-out phrase right after a negation: "my landlord won't stop texting me" (but "you won't
# stop texting me" is a complaint to us).
_NEGATED: Final = re.compile(
    r"(?<!you )(?<!u )(?<!yall )(?<!y'all )\b(?:won'?t|wont|doesn'?t|doesnt|never|not) \Z"
    r"|\b(?:she|he|they|who|ella|ellos|my (?:mom|dad|grandma|grandpa|neighbor|kids?)) \Z"
)
# "stop the automated texts and connect me to a human", "ya dejen de mandarme el menu, paseme
# con alguien": the resident turns down the bot and asks for a person (talk_to_agent), as in
# "stop sending me menus, get me a person". Both must be there: "stop the automated texts" alone
# is an opt-out.
_THE_BOT: Final = any_phrase(
    r"bots?", r"chat ?bots?", r"robots?", r"automat\w*", r"auto[ -]?(?:repl|respon|text|messag)\w*",
    r"menus?", r"options", r"opciones", r"maquinas?", r"machines?", r"computers?", r"canned",
    r"contestadora", r"grabadora",
)
_A_PERSON: Final = (
    r"(?:human|humano|person|persona|agent|agente|rep|representative|representante|operator|"
    r"operador|operadora|supervisor|employee|empleado|staff|someone|somebody|alguien)"
)
_FOR_A_PERSON: Final = any_phrase(
    r"(?:talk|speak|chat|hablar|platicar|comunicarme) (?:to|with|w|w/|2|con) (?:a |an |una |un |"
    r"some |the |el |la )?(?:real |live |actual )?" + _A_PERSON,
    r"(?:connect|transfer|pass|put|patch|get|give|send)\w* (?:me|us) (?:to |through to |thru to |"
    r"with |w )?(?:a |an |some |the )?(?:real |live |actual )?" + _A_PERSON,
    r"(?:want|need|like|wanna|quiero|necesito|ocupo|prefiero) (?:a |an |un |una )?(?:real |live |"
    r"actual )?" + _A_PERSON,
    r"(?:person|human|someone|somebody|persona|alguien) (?:to |que )?(?:call|llame|hable|conteste|"
    r"atienda|escriba|text)",
    # "paseme con alguien", "ponganme con un representante", "comuniqueme con una persona"
    r"(?:pas(?:a|e|en)|pon(?:ga|gan)?|comuniqu(?:e|en)|conect(?:e|en)|transfier(?:a|an))"
    r"(?:me|nos)? (?:con|a) (?:alguien|una persona|un humano|un agente|un operador|una operadora|"
    r"un representante|una representante)",
)
# "the tracking number you texted me is the wrong number": a status question, not an opt-out.
_WRONG_TRACKING_NUMBER: Final = re.compile(
    r"\b(?:tracking|ticket|case|reference|confirmation|report|request|sr|"
    r"service request) (?:number|#|no)\b|\bnumero de (?:seguimiento|reporte|caso|ticket)\b"
)

# Short commands that are an opt-out only about our texts: "knock it off", "cut it off", "count
# me out", "parenle", "apaguenlo". They count when the message is short or speaks of the texts,
# the list, the phone plan ("cut it off" of a tree branch, "I'm out of town" are not requests).
_SHORT_COMMAND: Final = any_phrase(
    r"knock it off", r"cut it out", r"cut (?:it|this|that|them|em|'em) (?:off|out)", r"quit it",
    r"(?<!to )(?<!wanna )(?<!gonna )(?<!going to )end (?:it|them|this|these)(?! all)",
    r"make (?:it|them|this) (?:stop|quit|end)",
    r"no more(?: of this| pls| please| plz)?(?=\s*(?:$|[.!,;]))",
    r"drop (?:it|me|us|this)(?: pls| please)?$",
    r"take (?:it|me) off(?! hold)", r"turn (?:em|'em|them|it|these) off",
    r"(?:please |pls |plz )?delete(?: it| them| me| us)?$",
    r"parenle", r"paren(?:lo|la)", r"bajenle", r"apaguen(?:lo|los)", r"corten(?:le|lo)",
    r"corten (?:esto|eso)", r"ya no (?:los|las|lo|la) (?:quiero|queremos|necesito|ocupo|deseo)",
    r"ya no (?:quiero|queremos|necesito|ocupo|deseo) (?:esto|eso|nada)",
    r"ya no(?: mas)?(?: porfa| por favor| gracias| pls)?$", r"dejenlo",
    # the keyword as the last clause: "why do you text me, stop", "who is this?? STOP!!", "no
    # conozco a nadie ahi, alto" (the look-behind after the first letter keeps the grouping)
    *(word[0] + rf"(?:(?<=[,.!?;:]{word[0]})|(?<=[,.!?;:] {word[0]})){word[1:]}(?: it| now| "
      r"please| pls| plz| already| ya| por favor| porfa| sending| texting)?(?=[.! ]*$)"
      for word in ("stop", "alto", "basta")),
)
# ... and these only when the message speaks of the texts ("I'm out" of town, "I'm done" chatting).
_CONTEXT_COMMAND: Final = any_phrase(
    r"count (?:me|us) out",
    r"(?:i'?m|im|i am|we'?re|we are) (?:out|done)(?! (?:of|at|in|on|with my|for|from|here))",
)
_ABOUT_OUR_TEXTS: Final = any_phrase(
    _TEXTS, _MENSAJES, r"(?:getting|receiving|get|these at|these every) these", r"list",
    r"spam\w*", r"311", r"chitext", r"sign(?:ed)? (?:me )?up", r"subscrib\w*", r"(?:prepaid|"
    r"limited|pay per text|data) plan", r"plan", r"balance", r"saldo", r"prepago", r"escrib\w*",
    r"\$", r"costin", r"costs? me",
)
_SHORT_MESSAGE: Final = 32
# "stop sending me spanish, english only" and "ya no me manden en ingles" ask for a language.
_IN_A_LANGUAGE: Final = re.compile(
    r"\s*(?:me |us |nos )?(?:(?:the |los |las |any |more |mas )?(?:texts?|messages?|msgs?|"
    r"mensajes?|"
    r"textos?|stuff|things?|cosas|nada) )?(?:in |en |all in |todo en )?(?:spanish|english|espanol|"
    r"ingles|polish|polaco|chinese|chino|mandarin|cantonese|arabic|arabe|korean|coreano|russian|"
    r"ruso|tagalog|vietnamese|vietnamita|hindi|urdu|french|frances|ukrainian|ucraniano|gujarati)\b"
)
# "sorry if this is the wrong number, my fence...", "maybe wrong number but which ward": an aside.
_WRONG_NUMBER_ASIDE: Final = re.compile(
    r"\b(?:if|maybe|might be|may be|could be|prob(?:ably)?|perhaps|not sure|idk if|i think|"
    r"quizas?|tal vez|a lo mejor|si)\b[^.!?,]{0,20}?(?:wrong|equivocad[oa])|"
    r"(?:wrong|equivocad[oa]) (?:number|#|person|numero|persona)\W+(?:earlier|before|antes|"
    r"hace rato|anyway|anyways|btw|but|pero)\b"
)



# Spanish written as it sounds, which a one-slip repair does not reach: "kiero", "kitenme",
# "nesesito", "resibir", "buelban", "yeguen", "grasias" ("qu" and hard "c" as k, soft "c" and z
# as s and back, b and v swapped, ll as y, soft "j" as g). Every such spelling of these words is
# worked out once, here, and written back as the word, in the same look-up as the slips ("ke"
# and "k" for "que" are too short for it: the phrases take them).
_SOUNDS: Final = (
    ("qu", "k", "ei"), ("c", "s", "ei"), ("c", "k", "aou"), ("s", "c", "ei"), ("z", "s", ""),
    ("v", "b", ""), ("b", "v", ""), ("ll", "y", ""), ("gu", "g", "ei"), ("j", "g", "ei"),
)
_SOUNDED_WORDS: Final = (
    "quiero", "queremos", "quiere", "quieren", "quitenme", "quiten", "quitar", "quitarme",
    "saquenme", "saquen", "sacarme", "necesito", "necesitamos", "necesita", "recibir", "recibiendo",
    "escribir", "escriban", "escribirme", "escribiendo", "envien", "enviar", "enviarme",
    "vuelvan", "vuelva", "volver", "vuelta", "lleguen", "llegue", "cancelar", "cancelen",
    "suscripcion", "equivocado", "equivocada", "equivocaron", "avisos", "notificaciones",
    "recordatorios", "actualizaciones", "celular", "mensajes", "gracias", "favor", "cansado",
    "cansada", "nunca", "contacten", "dejen",
)


def _sounded(word: str) -> set[str]:
    """Every spelling of the word by sound (each rule applied or not at each place)."""
    if not word:
        return {""}
    spellings = {word[0] + rest for rest in _sounded(word[1:])}
    for letters, sound, before in _SOUNDS:
        follows = word[len(letters) : len(letters) + 1]
        if word.startswith(letters) and (not before or (follows != "" and follows in before)):
            spellings |= {sound + rest for rest in _sounded(word[len(letters) :])}
    return spellings


class _Speller(Corrector):
    """The one-slip corrector that also writes the spellings by sound back as the word."""

    def __init__(self, vocabulary: tuple[str, ...], keep: tuple[str, ...],
                 sounded: tuple[str, ...]) -> None:
        super().__init__(vocabulary, keep)
        for word in sounded:
            for spelling in _sounded(word) - {word}:
                if spelling not in self._words:
                    self._slips[spelling] = word

    def fix(self, folded: str) -> str:
        # "q" and "xq" are how Spanish texters write "que" and "porque" ("quiero q paren")
        return super().fix(_SHORT_QUE.sub(lambda match: _SHORT_QUE_WORDS[match.group(0)], folded))


_SHORT_QUE_WORDS: Final = {"q": "que", "xq": "porque"}
_SHORT_QUE: Final = re.compile(r"\b(?:q|xq)\b")


_SPELLING: Final = _Speller((
    "message", "messages", "messaging", "texting", "texts", "contact", "contacting", "unsubscribe",
    "remove", "delete", "number", "never", "recibir", "mensajes", "textos", "dejar", "cancelar",
    "escribir", "mandar", "mandarme", "enviarme", "escribirme", "quitenme", "numero",
    "equivocado", "darme", "stop", "parar", "dejen", "quiten", "borren", "signed", "saquenme",
    "paren", "cancel", "sending", "leave", "alone", "escriban", "manden", "contacten",
    "quiero", "estos", "todos", "favor", "envien", "subscription", "suscripcion", "notifications",
    "interested", "interesado", "interesada",
), keep=("quien", "quienes"), sounded=_SOUNDED_WORDS)


def _asks_to_opt_in(folded: str) -> bool:
    """An opt-in phrase that is not refused: "add me back", not "do not add me back"."""
    match = _OPT_IN_CONTEXT.search(folded)
    while match is not None:
        if not (_REFUSED.search(folded, max(0, match.start() - 30), match.start())
                or _WITHOUT_ASKING.match(folded, match.end())):
            return True
        # "do not add me back", "no quiero volver a recibir", "you put me back on without asking"
        match = _OPT_IN_CONTEXT.search(folded, match.end())
    return False


def _says_opt_out(folded: str) -> bool:
    for match in _OPT_OUT.finditer(folded):
        if _NEGATED.search(folded, max(0, match.start() - 16), match.start()):
            continue  # "my landlord won't stop texting me" is not a request to us
        if "wrong" in match.group(0) and (
                _WRONG_TRACKING_NUMBER.search(folded) or _WRONG_NUMBER_ASIDE.search(folded)):
            continue
        if _IN_A_LANGUAGE.match(folded, match.end()):
            continue  # a language request, not an opt-out
        return True
    if _SHORT_COMMAND.search(folded):
        return len(folded) <= _SHORT_MESSAGE or _ABOUT_OUR_TEXTS.search(folded) is not None
    return (_CONTEXT_COMMAND.search(folded) is not None
            and _ABOUT_OUR_TEXTS.search(folded) is not None)


def is_opt_out_request(text: str, folded: str | None = None) -> bool:
    """`folded` is `fold_spaced(text)` when the caller already has it."""
    folded = _SPELLING.fix(fold_spaced(text) if folded is None else folded)
    if _asks_to_opt_in(folded):
        return False
    if _POLITE_KEYWORD.fullmatch(folded):
        return True
    # "stop the automated texts and connect me to a human" asks for a person: talk_to_agent
    return _says_opt_out(folded) and not (
        _THE_BOT.search(folded) is not None and _FOR_A_PERSON.search(folded) is not None)


# What a written opt-out speaks of: our texts, the texting itself, the list or subscription.
_TEXTING: Final = any_phrase(
    _TEXTS, _MENSAJES, r"text\w*", r"txt\w*", r"textea\w*", r"texte\w*", r"mensaj\w*",
    r"unsub\w*", r"subscri\w*", r"suscri\w*", r"list", r"lista", r"escrib\w*", r"contact\w*",
    r"opt ?out", r"baja",
)


def corroborates_opt_out(text: str) -> bool:
    """Whether a message the model (not these rules) reads as an opt-out may be one: it speaks
    of the texts, the list or the subscription, and does not ask for them back. "paren de
    textearme" may be; "notify me when SR26-... closes" and "notify me again" may not."""
    folded = _SPELLING.fix(fold_spaced(text))
    return _TEXTING.search(folded) is not None and not _asks_to_opt_in(folded)

