import pytest

from intents.consent import corroborates_opt_out, is_opt_out_request


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


# Second round of families (written for these tests, not taken from the data).
@pytest.mark.parametrize("text", [
    # spam, harassment, regulators
    "these texts are spam", "ur messages r basically spam", "puro spam, ya",
    "stop spamming my cell",
    "y'all are harassing me with these alerts", "quit pestering my phone w your notifications",
    "im calling the fcc if this keeps up", "this breaks tcpa rules, stop",
    "stop pinging my cell every morning", "quit hitting up my line", "don't hit this phone again",
    "cease all communication with this number",
    # do-not-text lists, consent withdrawn or never given
    "add my number to the do not text list", "put me on your no-text list", "do not contact me",
    "i revoke consent for these messages", "withdrawing my permission to be texted",
    "you never had my consent to text me", "who gave you permission to text this cell",
    "you're texting me without my consent", "retiro el permiso de mandarme mensajes",
    "nunca les di permiso de escribirme", "no autorizo mensajes a este cel",
    # no longer wish, no need, done with
    "i no longer wish to receive these notices", "we no longer want city alerts",
    "no need for any more reminders", "im done w the status updates", "finished with your texts",
    "ya no deseo recibir avisos", "no queremos mas alertas aqui", "ya no necesito recordatorios",
    "no deseo seguir recibiendo nada", "ya no quiero estar en esta lista",
    # unenroll, close the account, pause, hold
    "unenroll this phone", "pls deregister my cell", "close my chitext account",
    "delete my account and the number on it from your texts", "pause the alerts for now",
    "put the reminders on hold", "hold off on the notifications", "suspendan los avisos",
    "detengan los recordatorios por favor", "quiero desafiliarme", "cancelen mi cuenta",
    # someone else's phone: a minor, a parent, a business, a recycled number
    "this is my son's phone, take his number off", "please remove her cell, she's 90",
    "get him off the list, he's 12", "whoever had this number before signed up, not me",
    "business line, take it off your list", "de parte de mi papa, borren su numero",
    "saquenla de la lista, es menor de edad", "este numero era de otra persona",
    # tired of them, in Spanish
    "ya me tienen harto con sus avisos", "hasta la madre de tantos mensajitos",
    "ya chale con las alertas", "dejen de joder con los textos", "dejenme en paz porfa",
    "no vuelvan a escribir a este numero", "no me notifiquen nada",
    # short commands, about our texts or short enough
    "KNOCK IT OFF", "cut it out with the alerts", "way too many msgs, count me out",
    "these reminders cost me money, end them", "parenle ya", "muchos avisos, apaguenlo",
    "ya no los quiero, son demasiados mensajes", "ok, make this the last text",
    "que sea el ultimo mensaje", "what word makes these go away", "cual es el codigo para salirme",
    # the keyword with an emoji or as "no texts"
    "\U0001f6d1", "\U0001f6d1 alerts", "no texts please \U0001f6ab", "sin mensajes porfa",
    "mute me forever",
    # signed up by mistake
    "i signed up by mistake, please remove me", "me inscribi por error, ya no quiero",
    "how do i leave this group text", "me salgo del grupo de avisos",
])
def test_round_two_opt_out_families(text: str) -> None:
    assert is_opt_out_request(text)


@pytest.mark.parametrize("text", [
    # a language request
    "stop sending me spanish, english only", "don't text me in english, spanish please",
    "ya no me manden en ingles, solo en espanol", "no me escriban en ingles",
    # "wrong number" as an aside
    "sorry if this is the wrong number, there's a pothole on Pulaski",
    "maybe wrong number but who is my alderman", "wrong number earlier, anyway my cart is broken",
    # someone else, or a thing, that is taken, cut or harassing
    "my ex took my car without permission", "un tipo me quito el cel en el tren",
    "mi ex se llevo mi carro sin permiso", "my landlord keeps harassing me about rent",
    "can you cut it off, the branch is hanging over the alley", "i'm out of town till monday",
    "no more robot, get me a person", "she dont text, she only calls",
    "a quien le aviso del poste apagado",
    "if my whole block texts about the same pothole does it help",
    # regulators, accounts, holds, lists and plans that are not about our texts
    "is the fcc office open", "close my water account, i moved", "put my pothole report on hold",
    "how do I stop getting water bills at my old address", "ya no quiero el bote azul",
    "borren el grafiti de mi garage", "quien es mi concejal", "corten el arbol por favor",
    "apaguen la luz que esta prendida todo el dia", "im done, thanks for the help",
    "i want text updates for my pothole", "no texts came about my report",
    "please text me in spanish instead", "who gave permission to build that fence",
    # the opposite request
    "me arrepenti de darme de baja", "cambie de compania y se cortaron los mensajes, activenlos",
])
def test_round_two_lookalikes_are_not_opt_outs(text: str) -> None:
    assert not is_opt_out_request(text)


# Third round (written for these tests, not taken from the data): the opt-in words refused, and
# the stop taken back.
@pytest.mark.parametrize("text", [
    # refusing to be signed up again
    "pls dont ever sign me up again", "never add me again", "don't put me back on your list",
    "do not re-subscribe this number", "don't opt me back in", "we don't want to be added back",
    "i do not want to be signed back up", "i dont wanna start getting alerts again",
    "i don't want them back", "stop texting me, dont start again",
    "take me off and don't put me back on", "y'all signed me back up without my permission, stop",
    "ya no quiero volver a recibir avisos", "no queremos que nos vuelvan a mandar mensajes",
    "no quiero que me sigan mandando avisos", "no me vuelvan a inscribir",
    "no reactiven los avisos", "ya no me sigan mandando alertas",
    # turn them off, cancel the sign-up, "I want them to stop"
    "shut my alerts off", "switch the notifications off please",
    "cancel my signup to the text alerts",
    "i'd like the alerts turned off", "we want these texts to stop for good",
    # told you already; a parent's texts
    "te dije que no me mandes mas", "les pedi que paren", "mi papa ya no quiere recibir mensajes",
    "denle de baja a mi abuela",
    # a taken-back stop said by someone else is a complaint, not an opt-in
    "if you dont take me off the list i will report you", "u ignore my stop msgs, unsubscribe me",
    "don't cancel the unsubscribe, i want out",
    # a refused bot with no person asked for
    "stop the automated texts", "no quiero mensajes automaticos",
])
def test_round_three_opt_out_families(text: str) -> None:
    assert is_opt_out_request(text)


@pytest.mark.parametrize("text", [
    # the stop taken back
    "ignore the stop i sent earlier", "forget what i said about stop", "scratch that stop",
    "delete my opt-out", "remove the stop from my number", "cancel my unsubscribe",
    "olviden lo de la baja", "ignoren el alto que mande", "borren mi baja, si quiero los avisos",
    # the stop refused
    "please don't remove me from the list", "do not unsubscribe me",
    "no me saquen de la lista", "no borren mi numero", "i dont want to opt out anymore",
    # still wanted
    "i still want the alerts, why did they stop", "how come you stopped texting me",
    "keep the alerts coming", "keep me on the list", "si quiero los avisos, no me den de baja",
    "butt dialed stop my bad",
    # off a do-not-text list
    "get my number off the no-contact list", "quitenme de la lista de bloqueados",
    # the bot turned down, a person asked for
    "no more bot messages, transfer me to an agent", "dejen de mandarme links",
    "no me manden mas opciones",
    # look-alikes of the new families
    "dont put me on hold", "don't put me back on hold", "please don't sign me up for jury duty",
    "cancel my sign up for the block party", "i want the alerts to stop at 9pm",
    "i need the reminders to end earlier", "no me reactivan los avisos, ya les pedi",
    "no quiero que me llegue una multa", "les dije que dejen la basura afuera",
    "my street light is not back on", "the hydrant, dont turn it back on",
    "no quiero que me inscriban en el programa de composta, solo pregunto",
])
def test_round_three_lookalikes_are_not_opt_outs(text: str) -> None:
    assert not is_opt_out_request(text)


# Fourth round (written for these tests, not taken from the data): a number that changed hands,
# Spanish spelled as it sounds, someone else on this phone, "why do you keep texting me", the
# keyword as the last clause.
@pytest.mark.parametrize("text", [
    # a number that changed hands, the wrong person
    "not dannys phone anymore", "this aint tanyas number no more", "no longer rob's cell",
    "it's not luis's phone", "this is not Rosa phone no more, stop send",
    "im not that person", "I am not the lady you're looking for", "no soy esta persona",
    "yo no soy a quien buscan", "aqui no vive ningun Ernesto",
    "no conozco a nadie con ese nombre", "i dont know anyone by that name",
    # Spanish spelled as it sounds: k for qu, s for c, b for v, y for ll
    "no kiero resibir mas abisos", "kiten mi numero de la lista", "ya no nesesito los mensajes",
    "no kiero ke me escriban", "no me buelban a escribir", "sakenme de la lista porfa",
    "kanselar los mensajes", "ya no kiero resibir nada", "no keremos mas mensages",
    # someone else on this phone
    "es el cel de mi tio, ya no le manden mensajes", "no les envien nada a este numero",
    "nunca le vuelvan a escribir a mi mama",
    # why do you keep texting me; they keep sending them
    "why do u keep messaging me", "y'all keep sending me these alerts",
    "if you keep texting me im calling the fcc", "you guys kept texting me after i said no",
    "por que me siguen mandando avisos", "xq me siguen escribiendo",
    # "stop send" and the keyword as the last clause
    "please stop send me messages", "stop to send me texts", "who is this?? STOP!!",
    "i dont know you, stop", "demasiados mensajes, alto",
    # the opt-in words refused
    "no quiero recibirlos otra vez", "i do not want to sign back up",
    "ya no kiero ke me manden mensajes de nuevo", "quiero darme de baja otra vez",
])
def test_round_four_opt_out_families(text: str) -> None:
    assert is_opt_out_request(text)


@pytest.mark.parametrize("text", [
    # not a number that changed hands, not the wrong person
    "is this not the number for streets and san", "this is not a working number",
    "my phone is not working anymore", "i'm not the person who reported it",
    "no soy la persona que hizo el reporte", "no soy de aqui, donde esta el consulado",
    # Spanish spelled as it sounds, asking for a service
    "kiero saber kien es mi concejal", "nesesito un bote de basura nuevo",
    # kept texting, but wanted, or by someone else, or the menus
    "can you keep texting me updates", "will you keep texting me about the pothole",
    "my landlord keeps texting me", "they keep sending me bills",
    "why do you keep sending me the menu, get me a person",
    "no le escriban al concejal, es mi queja",
    "ponganme con un representante, no kiero mas mensajes automaticos",
    # the keyword not as a last clause
    "the tow truck never came, which bus stop", "which bus goes to o'hare, stop?",
    "the car has been there a week, stop",
    # the opposite request: sign back up, get them again, they stopped coming
    "we cancelled the texts in 2022 but want to sign back up",
    "how do i opt back in", "kiero los mensajes de buelta",
    "quiero que me manden los avisos de nuevo", "¿es normal que ya no me lleguen los avisos?",
    "por que ya no me llegan los textos, quiero recibirlos otra vez",
])
def test_round_four_lookalikes_are_not_opt_outs(text: str) -> None:
    assert not is_opt_out_request(text)


# Fifth round (written for these tests, not taken from the data): "paren" with the texts, not
# included in the alerts, the list asked with an infinitive; and the stop taken back by mistake,
# by someone else, "un-unsubscribe", a request cancelled, the resident as the sender.
@pytest.mark.parametrize("text", [
    # paren / dejen + de + textear, mandar, escribir; "que paren los mensajes"
    "parenle de textearme", "ya paren de mandarme mensajes", "pare de escribirme porfa",
    "dejen de textiarme", "necesito que paren de textearme", "les pido que dejen de escribirme",
    "queremos que paren las alertas", "ya paren los avisos", "parenle a los mensajes porfa",
    # not included in the texts
    "do not include me in the texts", "don't include this number on your alerts anymore",
    "please dont add my number to these notifications", "stop including my number in the alerts",
    "exclude my number from the reminders", "no incluyan mi numero en la lista",
    "no agreguen mi cel a la lista de mensajes", "ya no pongan este numero en los avisos",
    # the list asked with an infinitive
    "me pueden quitar de la lista por favor", "nos podrian borrar de su lista",
    "gracias por todo, ya me mude. me pueden sacar de la lista de avisos?",
    # the sender is us: still an opt-out
    "do not send anything else to this phone", "please don't send anything more",
    # a stop or a phone number, not a request
    "den de baja mi numero de telefono", "denme de baja, me inscribieron por error",
    "unsubscribe me, i signed up by mistake", "ni me vuelvan a escribir",
    "you opted me in without asking, stop texting me", "stop resubscribing me, unsubscribe",
])
def test_round_five_opt_out_families(text: str) -> None:
    assert is_opt_out_request(text)


@pytest.mark.parametrize("text", [
    # the stop undone or made by mistake, by the resident or someone else
    "ununsubscribe me pls", "un-unsubscribe this number", "resubscribe me, i left last year",
    "i unsubscribed in may, resubscribe me please", "me desuscribi sin querer",
    "me desinscribi x error, quiero los mensajes", "mi nieto me dio de baja sin preguntar",
    "me dieron de baja sin pedirlo", "my kid unsubscribed me without asking, put me back",
    "vuelvan a incluirme en los avisos", "vuelva a mandarme los mensajes porfa",
    # a request cancelled: check_status
    "den de baja el reporte 25-12345678", "quiero dar de baja la solicitud SR25-01234567",
    "den de baja mi queja del grafiti", "dar de baja el 87654321, ya lo arreglaron",
    # the resident is the one who sends
    "he says if i dont send more money he will post the pics",
    "what happens if i don't send anything", "they said if we dont send more they'd leak it",
    # paren, incluir, sacar said of something else, or negated
    "no paren los mensajes", "no quiero que paren los avisos",
    "no quiten los avisos, si los quiero", "no quiero que dejen de mandarme mensajes",
    "les dije a los vecinos que paren la musica", "el nino le rogaba que pare",
    "dont include my number in the report", "don't add me to the group chat",
    "no incluyan mi numero en el reporte", "no pongan la basura ahi",
    "me pueden sacar de la lista de espera del albergue?",
    "como quitar mi carro de la lista de remolque", "el casero me quiere sacar del edificio",
])
def test_round_five_lookalikes_are_not_opt_outs(text: str) -> None:
    assert not is_opt_out_request(text)


@pytest.mark.parametrize(
    ("text", "corroborated"),
    [
        ("paren de textearme", True),
        ("quiero que paren los mensajes", True),
        ("done with the alerts", True),
        ("notify me when SR26-77013928 gets closed", False),
        ("notify me again pls", False),
        ("me di de baja por error", False),  # asks for the texts back
        ("whats the point of this number exactly", False),
    ],
)
def test_a_model_opt_out_needs_the_texts_in_the_message(text: str, corroborated: bool) -> None:
    assert corroborates_opt_out(text) is corroborated


@pytest.mark.parametrize(
    "text",
    [
        "quiero que me quiten de estos avisos", "quiero q me quiten de estos avisos",
        "me pueden sacar de los mensajes?", "nos borran de la lista porfa",
        "me llegan demasiados mensajes de ustedes, quiero que paren", "quiero q paren ya",
        "xq me siguen mandando mensajes",
    ],
)
def test_spanish_taken_off_the_texts_with_a_pronoun_or_q_for_que(text: str) -> None:
    assert is_opt_out_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "quiero que me quiten de la lista de espera", "quiero que paren el ruido de la obra",
        "me quitaron de la lista y quiero volver", "q onda", "quiero que me saquen del albergue",
    ],
)
def test_spanish_look_alikes_stay_quiet(text: str) -> None:
    assert not is_opt_out_request(text)
