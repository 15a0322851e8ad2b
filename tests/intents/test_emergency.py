"""The emergency rule layer: recall first, but ordinary reports stay ordinary."""

from __future__ import annotations

import pytest

from intents.emergency import is_emergency
from intents.phrases import any_phrase


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


# Families added for wordings residents use that name no classic danger word. The sentences
# are written for these tests, not taken from the training data.
NEW_FAMILIES = {
    "prowler or intruder": [
        "two guys are trying car doors up and down my block",
        "someone is checking door handles on every car on our street",
        "theres a light moving around in my neighbors house and theyre in florida",
        "i can hear somebody walking around downstairs and im home alone",
        "somebody broke my back window and i think hes still inside",
        "a guy is jiggling my front door handle",
        "someone on my porch trying to open the window",
        "hay alguien en mi sotano y vivo sola",
        "se oye que alguien esta caminando arriba y no hay nadie en casa",
        "un tipo quiere abrir mi ventana",
        "i'm hiding in the bathroom, someone broke in",
        "estoy escondida en el closet hay alguien en la casa",
        "my ex broke in and won't leave",
        "someone threw a brick through my window and is still outside yelling",
        "hay un hombre en mi patio viendo por la ventana",
    ],
    "robbery, carjacking, assault": [
        "an old man got knocked down for his wallet and he's bleeding from his head",
        "they're jacking a lady for her car at the walgreens",
        "some dudes pulled a man out of his car at the light",
        "a group of kids is jumping a guy by the train station",
        "someone is mugging an old man at the bus stop",
        "le estan dando una golpiza a un muchacho afuera de la tienda",
        "le quitaron la camioneta a una senora a la fuerza",
        "un tipo esta asaltando la tienda",
    ],
    "shots, in slang and Spanish": [
        "someone just fired like 8 rounds outside",
        "dudes bustin at each other by the park",
        "a bullet came through my living room window",
        "se estan agarrando a balazos en la cuadra",
        "estan echando tiros en el parque",
        "le dieron un balazo a un muchacho",
        "tirotearon la casa de mi vecino",
        "man shot outside my house he's on the sidewalk",
    ],
    "weapons, including Spanglish": [
        "guy flashing a strap at the gas station",
        "dude has a blade and is threatening the cashier",
        "there's an active shooter at the mall",
        "hay un hombre armado en la tienda",
        "a guy with a box cutter in the train car",
        "a man with a bat is smashing car windows",
        "un senor con un bate persiguiendo a un muchacho",
        "un vato tiene un cuete y esta amenazando gente",
        "un guy con una gun en el parque",
        "yo theres a dude wit a gun on the bus",
        "hay un man con un knife en el bus",
    ],
    "fire and smoke": [
        "smoke out of the roof next door",
        "smoke filling the stairwell and kids upstairs",
        "the hallway is full of smoke",
        "outlet is sparking and smells like burning",
        "grease fire on the stove",
        "the garage next door is burning",
        "sale mucho humo de la casa de al lado",
        "la estufa agarro fuego",
        "theres smoke everywere in my apt",
        "el edificio se esta quemando",
    ],
    "gas": [
        "the basement smells like rotten eggs",
        "smells of gas in the stairwell",
        "my stove is leaking gas",
        "apesta a gas la cocina",
        "huele bien feo a gas en la casa",
        "el tubo del gas esta chiflando",
        "i smel gas",
    ],
    "medical": [
        "my grandmother is not waking up",
        "the baby isnt waking up",
        "mi papa se cayo y no reacciona",
        "no despierta mi abuelo",
        "my son's lips are blue",
        "se le pusieron los labios azules",
        "my husband is clutching his chest",
        "my mom's face is drooping and her speech is slurred",
        "a mi abuela se le torcio la boca",
        "my son is shaking and foaming at the mouth",
        "woman lying on the ground at the bus stop not moving",
        "un senor tirado en la calle no se mueve",
        "my friend is having an allergic reaction and her throat is closing",
        "my toddler drank bleach",
        "mi hijo se tomo cloro",
        "my grandfather is having trouble breathing",
        "mi papa tiene un dolor fuerte en el pecho",
    ],
    "overdose": [
        "she took a bottle of pills and is throwing up",
        "he swallowed a handful of pills",
        "mi amigo se tomo un frasco de pastillas",
        "need narcan in the alley behind the store",
        "le dio una sobredosis",
    ],
    "being followed": [
        "a car has been following me for 10 blocks",
        "theres a guy behind me since i got off the bus and he wont go away",
        "this man keeps showing up everywhere i go",
        "un tipo viene detras de mi desde la estacion",
        "un hombre me anda persiguiendo",
    ],
    "domestic violence and threats": [
        "my ex is banging on my door saying hes gonna kill me",
        "he threw my mom against the wall",
        "he locked me in the room and wont let me leave",
        "mi ex esta pateando la puerta y dice que me va a matar",
        "mi esposo me quiere matar",
        "dice que nos va a matar a todos",
        "mi novio me encerro y no me deja salir",
        "el novio de mi hermana la esta ahorcando",
        "mi esposo me esta golpiando",
    ],
    "suicide risk": [
        "my son wants to end his life",
        "i want to die",
        "he texted me goodbye and now hes not answering",
        "someone is standing on the ledge of the roof",
        "there's a guy hanging off the bridge",
        "i'm thinking about ending my life",
        "me quiero morir ya no aguanto",
        "ya no quiero vivir",
        "mi hermano me mando un mensaje de despedida",
        "hay una senora parada en el barandal del puente",
        "hay un hombre en el puente queriendo tirarse",
    ],
    "missing child": [
        "i cant find my son at the park",
        "my 6 year old is missing",
        "my daughter never came home from school",
        "my little boy wandered off at the beach",
        "my kid was taken by a stranger",
        "se me perdio mi nino en el parque",
        "no encuentro a mi hijo",
        "mi nina de 5 anos no aparece",
        "perdi a mi hijo en el mall",
        "mi hija no ha llegado de la escuela y ya es de noche",
    ],
    "crash with people hurt": [
        "a car just hit a kid on a bike",
        "somebody hit a kid with their car and drove off",
        "a truck ran over a man in the crosswalk",
        "a car is upside down on lake shore drive and someone is trapped inside",
        "motorcycle crashed and the rider is not moving",
        "atropellaron a un ciclista en la 18",
        "se volteo un carro y hay gente adentro",
        "chocaron y hay heridos",
        "bicyclist got run over on milwaukee ave",
        "le pego un carro a una senora en la esquina y esta tirada",
        "the power line fell on the car and the driver is stuck inside",
    ],
    "downed or live wire": [
        "a wire is down in the alley and it's arcing",
        "a downed wire is laying across my car and im inside",
        "el cable de luz esta tirado y echando chispas",
        "un cable esta soltando chispas en la banqueta",
        "wires down sparkin on my block",
    ],
    "hostage, abduction, sexual or child abuse, a crowd": [
        "a guy is holding people hostage in the corner store",
        "my brother barricaded himself in his room with his kids and a knife",
        "some man shoved a woman into the trunk of his car",
        "a girl just got pulled into a van on pulaski",
        "he is forcing himself on her in the stairwell",
        "my neighbor is beating her little girl with a belt right now",
        "she has him by the throat",
        "a kid is getting trampled at the concert",
    ],
    "childbirth, burns, low sugar, heat and cold, electric shock": [
        "my wife's water just broke and the baby is coming fast",
        "my daughter is in labor in the car",
        "my son poured boiling water on his leg and the skin is peeling",
        "mi hija se quemo con aceite hirviendo",
        "my grandma's sugar dropped and she's confused and sweating",
        "my neighbor is hot to the touch and confused, her ac is broken",
        "an old man outside is ice cold and barely responding",
        "my brother got electrocuted fixing the light",
        "my cousin is bleeding from a hole in his side",
    ],
    "collapse, falls, tracks, ice and flood, transformer": [
        "the back porch collapsed with people on it",
        "the roof caved in at the bakery and people are under it",
        "a worker fell off the scaffold on 18th",
        "someone fell onto the tracks at the jackson blue line",
        "a kid fell through the ice at the lagoon",
        "a car drove into the river off wacker",
        "our car is stuck in the flooded underpass and water is coming in",
        "the transformer on our block just blew and there are sparks",
    ],
    "a vulnerable person wandered off, suicide in other words": [
        "my grandpa with alzheimer's walked away from home",
        "my autistic son slipped out and we can't find him",
        "my friend is on the bridge and says she can't do this anymore",
        "my sister has a rope ready and is saying goodbye to everyone",
        "he's sitting in his car in the garage with the engine running",
    ],
    "water, elevator, screams, abduction, animal attack": [
        "a kid fell into the lake and is not coming up",
        "someone is drowning at the beach",
        "un nino se cayo al lago",
        "we're stuck in the elevator and my son has asthma",
        "a woman is screaming next door like someone is hurting her",
        "una mujer esta gritando pidiendo ayuda",
        "some guy just grabbed a kid and put him in a van",
        "a pitbull is biting my son",
        "a dog latched onto my son's leg",
        "un perro esta atacando a un nino",
    ],
}


@pytest.mark.parametrize(
    "text", [text for texts in NEW_FAMILIES.values() for text in texts]
)
def test_new_danger_families_are_caught(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # a present injury or danger wins over a past-time marker
        "my grandpa fell yesterday and now he won't wake up",
        "they robbed him last night and he's still bleeding",
        "someone broke in last night and he's still inside",
    ],
)
def test_present_danger_beats_a_past_time_marker(text: str) -> None:
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


# Kinds of false alarm the families must not raise. Sentences written for these tests.
NOT_EMERGENCIES = {
    "past violence in a question": [
        "there was a shooting on my block last night, who do i talk to about more patrols",
        "i heard gunshots last weekend, can you tell me my police district",
        "when is the next caps meeting, people shoot off guns every night",
        "hubo un tiroteo anoche, cual es mi distrito de policia",
        "my friend was kidnapped last year, where's the police district",
    ],
    "after the fact, offender gone": [
        "i was mugged last week and need a report number for my bank",
        "got robbed at the train station yesterday, they took my phone, how do i file a report",
        "they held up the store at gunpoint and ran away, need a police report",
        "ayer se metieron a mi carro y se llevaron mi radio",
        "someone set my recycling bin on fire last weekend",
        "the garbage cart caught fire last week and melted, need a replacement",
        "somebody slashed my tires",
        "a car hit my parked car and drove off",
        "i was in a car accident last month, how do i get the crash report",
    ],
    "the resident says it is not an emergency": [
        "it's not an emergency but there is a dead animal in the alley",
        "this isnt an emergency, someone took my packages",
    ],
    "fire in everyday requests": [
        "when is the fire department open house",
        "who inspects fire escapes in my building",
        "is there a fire safety class for seniors",
        "any update on my report about the fire in the vacant lot SR25-01234567",
        "la luz de la calle se quemo",
        "my apartment is burning up, no ac",
        "the new building going up on my block is blocking my light",
    ],
    "weapons as luggage, tools or photos": [
        "can i bring a pocket knife through tsa at midway",
        "where can i get a foid card",
        "the guy next door is fixing his roof with a hammer all day",
        "took some shots of the pothole for you",
        "is there a free class on how to use narcan",
    ],
    "animals, pests and hazards": [
        "a stray dog keeps following me home, can animal control pick it up",
        "theres a dog that got hit by a car and its bleeding on the side of the road",
        "a raccoon is lying in the alley not moving, can someone pick it up",
        "i hear noises in my attic at night, i think it's squirrels",
        "how do i kill the rats in my backyard",
        "the pothole is so deep somebody is going to get hurt",
        "my son almost got hit by a car at this corner, we need a stop sign",
        "la calle se esta hundiendo en la esquina",
        "el carro abandonado no se mueve desde hace dos meses",
        "a tree fell and is lying across the sidewalk",
        "the smoke from the factory makes it hard to breathe, who do i complain to",
        "hay mucho humo de los carros en la calle",
        "someone is in my parking spot again",
        "the wires are hanging low from the pole, not sparking",
    ],
    "an illness in the past, or a question about one": [
        "my son had a seizure last week, where can i find a neurologist",
        "ayer mi papa tuvo dolor de pecho, donde hay una clinica gratis",
        "my dad has trouble breathing when it's this hot, where is a cooling center",
        "my brother overdosed last year, is there a support group",
    ],
    "housing and everyday speech": [
        "can anyone help me keep my apartment",
        "my landlord is kicking us out this month",
        "my landlord won't let me out of my lease",
        "i'm going to shoot them an email",
        "my phone is about to die, can you text me the address",
        "i lost my kid's school id, where do i get a new one",
        "no encuentro mi numero de reporte",
        "my mom is waiting for me at o'hare terminal 5",
        "hay pelea de box en el parque el sabado",
        "someone in my house has covid, where can we get tested",
        "the man shot a video of the pothole for you",
        "the kids next door keep jumping the fence to get their ball",
    ],
}


@pytest.mark.parametrize(
    "text", [text for texts in NOT_EMERGENCIES.values() for text in texts]
)
def test_false_alarm_kinds_are_left_alone(text: str) -> None:
    assert not is_emergency(text)


# Second pass: wordings others found the rules flagged, and their neighbours (written for these
# tests, not copied from the data).
SECOND_PASS_NOT_EMERGENCIES = [
    # "shot" of a worn-out thing
    "the shop says my transmission is shot because of that crater",
    "my knees are shot, fix the sidewalk",
    # a truck that flips or breaks a cart or a can
    "the garbage truck flipped our cart into the street again",
    "your trucks keep breaking our lids, now we need a new one",
    # a fight in court, help from a programme
    "who can help me fight this eviction notice",
    "is there a program that can help me remain housed",
    "can the city help me not lose my apartment", "thank you for your help me and my kids are good",
    "hay ayuda de emergencia para la renta?", "what's the number for the district, not 911",
    # a fire in the past, a scam call
    "we've been staying with my sister since the fire, need a shelter bed",
    "desde el incendio vivimos en el carro",
    "got a scam call saying they kidnapped my son, he was home",
    "me hablaron que secuestraron a mi hija pero era una estafa",
    # a machine that swallowed a card, fire inspections, a block without power
    "la maquina del estacionamiento se trago mi tarjeta", "quien hace la inspeccion de incendios",
    "our whole street is blacked out since 8pm", "dejaron puras astillas del arbol en la banqueta",
    # a thing, not a person, lying on the ground
    "someone knocked the sign over, it's lying on the grass",
]


@pytest.mark.parametrize("text", SECOND_PASS_NOT_EMERGENCIES)
def test_second_pass_false_alarms_are_left_alone(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", [
    "somebody is kicking my back door in", "he's breaking the bedroom door down",
    "the guy who broke in is still in the basement",
    "CO detector keeps going off and my kids are throwing up",
    "el detector de monoxido esta sonando y mi esposo esta mareado",
    "the truck flipped over and the driver is stuck",
])
def test_second_pass_dangers_are_caught(text: str) -> None:
    assert is_emergency(text)


def test_any_phrase_matches_whole_words_only() -> None:
    pattern = any_phrase(r"(?:got|gets|been) shot", r"shots", r"hay un ", r"o\.d\.")
    assert pattern.search("he got shot")
    assert pattern.search("been shot twice")
    assert not pattern.search("snapshots")
    assert pattern.search("hay un nino")  # a phrase ending in a space may run into a word
    assert pattern.search("he o.d. on the train")
    assert not pattern.search("bigshots")


@pytest.mark.parametrize("text", [
    "a tree fell on a person in humboldt park",
    "big branch came down on a man walking his dog on sheridan",
    "the scaffold fell on two workers on clark st",
    "somebody is pinned under a car on 47th",
    "se cayo un arbol encima de una persona en la Western",
    "se le cayo un poste encima a mi vecino",
    "el arbol aplasto a un muchacho en su bici",
    "hay un senor atrapado debajo del arbol",
])
def test_something_falling_on_a_person_is_caught(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", [
    # the same words about things, households and animals
    "a tree fell on my car on belmont", "se cayo una rama encima de mi carro",
    "el arbol de enfrente me da miedo que se caiga encima de alguien",
    "street collapsed near the sewer grate on 55th like a sinkhole",
    "the road caved in a little by the catch basin",
    "six of us in the apartment, one cart isnt enough",
    "los focos del callejon estan quemados", "se quemo el foco del poste",
    "unos mapaches se estan metiendo a la basura de la cuadra",
    "el hoyo se trago media llanta de mi troca",
])
def test_things_households_and_animals_are_not_emergencies(text: str) -> None:
    assert not is_emergency(text)


# Third pass: families the new data rounds showed firing on ordinary reports, in English,
# Spanish and Spanglish (sentences written for these tests, not copied from the data).
THIRD_PASS_NOT_EMERGENCIES = {
    "a tyre that blew out in a hole, a hole that swallowed tyres": [
        "se me exploto la llanta en el bache de la cermak",
        "my tire exploded on that crater on pulaski",
        "le reventaron las dos gomas a mi troca en ese hoyo",
        "ese hoyanco ya se trago 3 llantas esta semana",
        "el bache se trago dos rines",
    ],
    "a road patch, a surface or a cart breaking up": [
        "they patched it in may and now the patches are breaking apart",
        "the asphalt keeps breaking up by the bus stop",
        "the lid on our blue cart is breaking",
    ],
    "sparks or injuries said not to be there": [
        "light pole knocked down by the wind, no wires sparking",
        "branch leaning on the power line, nothing sparking but please trim it",
        "el poste esta en el suelo pero no esta echando chispas",
        "se cayo una rama en mi carro, no hay heridos",
        "ahorita cayo un arbol encima de la camioneta, no hay heridos, solo el vidrio",
    ],
    "a truck that flipped a cart, a pile of tickets": [
        "the garbage truck flipped it and now the cart has a crack",
        "your truck flipped over our recycling cart and broke the wheel",
        "tickets pile up on that junker and nobody moves it",
        "mail keeps piling up at the vacant house",
    ],
    "scratched with a blade, found afterwards": [
        "rayaron la ventana del camion con sus nombres, tal vez con navaja",
        "someone etched their tag in the bus shelter glass with a knife",
    ],
    "a fraud found later, a window shot with nobody inside": [
        "bought a car on marketplace, the title was fake and now he wont answer",
        "me vendieron una troca con papeles falsos y el tipo ya no contesta",
        "someone shot out my back window with a bb gun, nobody was in the car",
        "le tiraron con una pistola de balines al vidrio, no habia nadie adentro",
    ],
    "a bed asked for tonight after a fire or a collapse": [
        "our ceiling collapsed after the leak, the apartment isnt livable, need somewhere to "
        "sleep tonight",
        "hubo un incendio en el edificio, ocupamos un lugar donde pasar la noche",
        "the fire gutted our unit, where can we stay tonight",
        "se quemo el depa y no tenemos donde dormir",
    ],
    "restarting the texts": [
        "fire the alerts back up please",
        "ok fire the texts back up",
        "fire los mensajes back up",
    ],
}


@pytest.mark.parametrize(
    "text", [text for texts in THIRD_PASS_NOT_EMERGENCIES.values() for text in texts]
)
def test_third_pass_false_alarms_are_left_alone(text: str) -> None:
    assert not is_emergency(text)


# The same words where a person is in danger now: these must still fire.
@pytest.mark.parametrize("text", [
    # tyres and a crash with people hurt or a fire
    "my tire blew on the expressway and now the car is on fire",
    "se me exploto la llanta, el carro se volteo y hay heridos",
    # breaking in, not breaking up
    "people on my street are breaking into cars right now",
    "someone is breaking my back window rn",
    # sparks, and an injury that is not denied
    "power line down in the alley and it's sparking",
    "no sparks but the man who touched the wire is not breathing",
    "choque en la esquina y hay heridos",
    "nobody hurt yet but there's a guy with a gun in the lobby",
    "no hay heridos todavia pero hay un hombre con una pistola",
    # a vehicle that flipped, a pile-up
    "the garbage truck flipped over on kedzie and the driver is stuck",
    "truck flipped it's on its roof",
    "5 car pileup on the ryan, someone is bleeding",
    "big pile up on 94 and people are trapped",
    # a blade drawn now
    "someone keyed my car and now hes coming at me with a knife",
    "un tipo rayo mi carro con navaja y me esta amenazando",
    # fraud or nobody inside, with a threat at the door or still here
    "the guy who sold me a fake title is at my door with a gun",
    "nobody was in the car but the shooter is still here",
    # a fire or a collapse with someone trapped, whatever the message then asks
    "fire in our building and my neighbor is trapped, need somewhere to sleep tonight",
    "se esta quemando la casa, no tenemos donde dormir",
    "the ceiling came down on my kids",
    "el techo se cayo encima de mi mama",
    # "fire" that is a fire
    "there's a fire back there by the garages",
])
def test_third_pass_dangers_are_caught(text: str) -> None:
    assert is_emergency(text)


# Fourth pass: texting shorthand, a second language's grammar and Spanish spelled as it sounds
# must still be caught...
FOURTH_PASS_DANGERS = {
    '"w" for "with", and a weapon named after the door': [
        "man w gun outside",
        "dude w a pistol at the bus stop",
        "fake title guy is at my door with a bat",
        "somebody's at my back door w a pipe",
        "un tipo esta afuera de mi casa con un bate",
    ],
    "a dog biting a person, with or without the object's article": [
        "perro mordiendo niño ahora",
        "un pitbull atacando al niño del vecino",
        "el perro le esta mordiendo al nino",
        "pit bull attacking two kids on my block",
    ],
    "Spanish spelled as it sounds": [
        "estan echando balasos en la esquina de la 26 y pulaski aorita",
        "hay una balasera en la 26",
        "uele bien fuerte a gas en el edifisio, los ninos estan adentro",
        "guele a gas en la cocina",
        "hay un insendio en el edificio",
        "sale mucho umo del sotano",
        "un vato con una nabaja amenazando",
        "hay un herido en la calle",
    ],
    "a second language's grammar": [
        "my son take many pills and dont wake up",
        "my mom no wake up",
        "my son take too many pills",
        "my dad dont breathing",
        "i no breathe good",
        "i take too many pills and now im dizzy",
    ],
    "an overdose announced": [
        "im going to take all my pills",
        "voy a tomar todas mis pastillas",
        "dice que se va a tomar todas sus pastillas",
    ],
    "the same words where a person is in danger now": [
        "looks like fire coming out the back window",
        "im getting jacked right now",
        "his head is gushing",
        "the pipe burst and his head is gushing blood",
        "la senora se cayo y no se para",
        "power line down and sparkin by the school",
        "people are getting jumped right now outside the train",
        "someone is getting jumped outside",
        "the building is on fire where do we stay",
        "my ex has a knife where can i stay",
        "el hoyo se trago un carro y el senor esta atrapado",
    ],
}


@pytest.mark.parametrize("text", [text for texts in FOURTH_PASS_DANGERS.values() for text in texts])
def test_fourth_pass_dangers_are_caught(text: str) -> None:
    assert is_emergency(text)


# ... while the look-alikes stay quiet.
FOURTH_PASS_NOT_EMERGENCIES = {
    "a wire said not to spark, with the g dropped": [
        "a tree branch layin on the wire not sparkin just sittin there",
        "branch on the line, it aint sparkin",
        "pole leaning, wires not smokin",
    ],
    '"fire" as slang for good': [
        "ppl tagged the whole viaduct on 47th by the metra lol it looks kinda fire ngl but my mom "
        "says report it so",
        "the new mural looks fire",
        "that graffiti is lowkey fire but it gotta go",
    ],
    "a thing that got jacked (stolen) or jacked up (damaged)": [
        "our blue bin got jacked lol my mom said text yall for a new one, 4412 w cortland",
        "my bike got jacked from the rack",
        "my rims got jacked up by that pothole on pulaski",
    ],
    "street crime told as how a block is, with a report to make": [
        "the alley light is out and ppl keep getting robbed, pls fix it",
        "the viaduct is dark and folks been getting jumped, who fixes the lights",
    ],
    '"no se para que", I do not know what for': [
        "mi hija me dio este número pero no sé para qué es",
        "no se para que sirve este numero",
        "no se puede parar aqui en la calle por el hoyo",
    ],
    "water that gushes": [
        "is it normal for the fire hydrant on my block to be gushing all day?",
        "the hydrant is open and gushing",
        "water main on my street is gushing",
    ],
    "a home lost to a fire, and a bed asked for, put short": [
        "house fire where stay",
        "apt burned down where we sleep",
        "se quemo la casa, donde nos quedamos",
    ],
    "a pothole that swallows a car or a tyre": [
        "vengan a tapar el bache de la cermak y western ya se trago medio carro de mi compadre",
        "ese hoyo se traga media llanta",
        "el bache se trago la mitad de mi carro",
    ],
    "the sender's own sleep, and an errand with pills": [
        "i didnt wake up in time for my appt, can i reschedule",
        "im going to take all my meds to the pharmacy",
    ],
}


@pytest.mark.parametrize(
    "text", [text for texts in FOURTH_PASS_NOT_EMERGENCIES.values() for text in texts]
)
def test_fourth_pass_false_alarms_are_left_alone(text: str) -> None:
    assert not is_emergency(text)


# Fifth pass: a car or its parts being stolen now, a break-in told in Spanish, a child "stolen",
# and the danger words of the look-alikes below where a person is in danger now (sentences
# written for these tests, not copied from the data).
FIFTH_PASS_DANGERS = {
    "a car or its parts being stolen now": [
        "someone is cutting the catalytic converter off my car",
        "theyre sawing the cat off my prius rn",
        "guys stealing the tires off my car right now",
        "some dude is stealing my car right now",
        "andan serruchando el convertidor del carro de enfrente",
        "ahorita estan robando la camioneta de mi vecino",
    ],
    "in through a window, or in and still there": [
        "entraron por la ventana de mi vecina",
        "se metio un tipo por la ventana del sotano",
        "se metieron al depa y todavia estan adentro",
        "they just broke into the house next door through the window and theyre still inside",
    ],
    "a child taken, not a thing": [
        "se llevaron a mi hija en una van",
        "se llevaron al nino del parque",
        "se robaron a un bebe del parque",
    ],
    "the look-alikes' words with a danger now": [
        "should i call 911",
        "difference between this and 911? theres a man with a gun outside",
        "im texting instead of calling 911 because he will hear me",
        "the garage is burning bright",
        "big fight going on outside",
        "hay una pelea ahorita en la esquina",
        "i need someone to help me",
        "ayudenme con mi hijo no respira",
        "he got stung and his face is swelling up",
        "le pico una abeja y se le esta hinchando la cara",
        "a man keeps staring at me im so scared to leave",
        "i wasnt hurt but hes still outside with the gun",
        "el perro ladro y a mi hijo lo atropellaron",
        "manden a alguien rapido hay un hombre en mi patio con un cuchillo",
        "send someone to check on my mom she isnt answering and she fell",
        "hay un incendio ahorita en el edificio",
        "they beat me up and ran off",
    ],
}


@pytest.mark.parametrize("text", [text for texts in FIFTH_PASS_DANGERS.values() for text in texts])
def test_fifth_pass_dangers_are_caught(text: str) -> None:
    assert is_emergency(text)


FIFTH_PASS_NOT_EMERGENCIES = {
    "this service set beside 911": [
        "what's the diff between this and calling 911",
        "when should i text this number and when should i call 911",
        "es lo mismo que el 911?",
        "cuando escribo aqui y cuando marco al 911",
    ],
    "the line that is not for emergencies, in Spanish": [
        "telefono de la policia que no sea de emergencia",
        "a quien llamo para lo que no es emergencia",
        "numero para no emergencias",
    ],
    "the Great Chicago Fire": [
        "when was the great chicago fire",
        "what caused the great fire of 1871",
        "el incendio de 1871 fue en octubre?",
    ],
    "a past crime, nobody hurt, a weekday, more for a report": [
        "got carjacked friday, im not hurt, how do i get the report",
        "me asaltaron el sabado pero no me paso nada, necesito el reporte",
        "they pulled a gun on me monday, i wasnt injured, need a case number",
        "need to add something to my police report about the break in",
        "quiero agregar algo al reporte del robo",
    ],
    "a kidnapping call that was a lie": [
        "someone called saying they kidnapped my daughter but it was fake, she was at school",
        "got a call that my son was kidnapped, it wasnt true, he was at work",
        "me hablaron que secuestraron a mi esposo pero no era cierto",
    ],
    "a break-in found afterwards, the thing carried off": [
        "rompieron la puerta de la cochera y se llevaron las herramientas",
        "tumbaron la puerta del garaje y se robaron las bicis",
    ],
    "a car part stolen as a trend or in the past": [
        "somebody keeps stealing the catalytic converters off the trucks at our yard",
        "se estan robando los catalizadores en mi bloque, que distrito",
        "they sawed the catalytic converter off my prius overnight",
        "my son is taking my car to work",
        "the tow truck is taking my car right now",
    ],
    "a light burning bright or all day": [
        "the street light is burning all day long",
        "lamp post is burning bright at noon, wasting power",
    ],
    "a dead or run-over animal, a worker asked for": [
        "un gato muerto en la calle, lo atropellaron ayer, alguien lo puede recoger",
        "el perrito de mi vecina lo atropellaron y esta en la calle, manden a alguien",
        "manden a alguien a revisar la luz del callejon ya",
        "please send someone out to remove the wasp nest on our back porch now",
        "have someone look at it asap, the light by my back door is out",
    ],
    "a fight in council or court, or put off": [
        "the zoning fight is going on right now at city hall, who is my alderman",
        "neighbors are fighting over the new development, who is the alderman",
        "ya pelearemos con el dueno despues, ahorita necesito un albergue",
        "hay una pelea legal con el dueno ahorita, donde hay ayuda de renta",
    ],
    "an agent to help, help with the request": [
        "i need a real person to help me",
        "can a live person help me now",
        "please help me for 5 minutes, this bot is useless",
        "ayudenme con lo del bote por favor",
        "ayudenme con mi reporte ya",
    ],
    "a sting that swells a hand, a child scared of a nest": [
        "he got stung and his hand swelled up, can you remove the nest",
        "la abeja le pico la mano y se le hincho, pueden quitar el panal",
        "my mom is scared to go out because of the bees, he said they nest by the door",
    ],
    "a bed asked for after a fire, the Red Cross already there": [
        "hubo un incendio en nuestro depa y la cruz roja nos mando aqui, donde vamos a dormir",
        "there was a fire in our building and the red cross told us to ask you, where do we sleep",
    ],
}


@pytest.mark.parametrize(
    "text", [text for texts in FIFTH_PASS_NOT_EMERGENCIES.values() for text in texts]
)
def test_fifth_pass_false_alarms_are_left_alone(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "theres a man with a gun outside my house its saturday night",
        "friday night party and a guy just got stabbed",
        "hay un hombre con pistola en mi puerta es sabado",
        "someone broke into my house saturday and i think he is still in the basement",
        "my son was stabbed yesterday and hes bleeding again",
    ],
)
def test_a_day_named_in_the_message_does_not_make_a_present_danger_past(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text", ["carjacked saturday at the gas station, i wasnt hurt", "robbed on monday, nobody hurt"]
)
def test_a_crime_dated_by_its_weekday_is_after_the_fact(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    ["my ex beat me saturday and he is outside my door",
     "mi ex me pego ayer y ya esta afuera de mi casa"],
)
def test_the_one_who_hurt_them_back_at_the_door_is_an_emergency(text: str) -> None:
    assert is_emergency(text)
