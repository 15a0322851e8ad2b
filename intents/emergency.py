"""The emergency rule layer: in-progress danger to a person, recognised by phrase, not by model.

A missed emergency is the one mistake the gateway must not make, so this layer is tuned for
recall and runs beside the model; when it fires, it wins. It still has to leave ordinary
reports alone: "fire hydrant open", "flu shots", "pothole right now is huge" and "what's
happening this weekend" are not emergencies, so

* a few harmless phrases are blanked out first (fire hydrant, flu shots, pocket knife, rats
  making noises in the attic, "somebody is going to get hurt" in a pothole, a tyre that blew
  out, "no wires sparking", "fire the texts back up", a mural that "looks kinda fire", a bin
  that "got jacked", a hydrant "gushing", the Great Chicago Fire, "the difference between this
  and 911", a zoning "fight", a worker asked for "to remove the nest", "ayudeme con eso"...);
* *danger* phrases, grouped below by kind (injuries and medical danger, shots, weapons,
  violence, break-ins, fire, gas, being followed, suicide risk, a missing child, a crash with
  people hurt, a downed wire, calls for help) fire alone; an injury does not when the only one
  hurt is an animal ("the dog got hit, it's bleeding");
* but not when the message is plainly *after the fact*: a past-time marker ("last night",
  "anoche", "hace un mes", "since the fire", "carjacked saturday"), a report for the insurance
  or more for one, a scam call that claimed a kidnapping ("pero era mentira"), a fraud found
  later ("a fake title"), a question about a CAPS meeting or an earlier report, nobody hurt or
  nobody inside ("no hay heridos", "i wasnt hurt", "no habia nadie adentro"), a bed asked for
  tonight after a fire or a collapse ("house fire where stay"), street crime told as how a block
  is ("people are getting jumped"), or the offender gone ("they got away", "ya se fueron", "se
  robaron la moto") with no one hurt, and nothing in it that is happening *now*
  ("still inside", "right now", "he's following me", "someone is trapped", "he's at my door",
  or a present injury such as "won't wake up" or "no reacciona");
* *urgency* words ("right now", "rn", "happening", "ahora mismo") fire only together with a
  threat (a weapon, violence, or a person at a door/window/inside), so a pothole that is huge
  right now stays a pothole while "a guy with a crowbar at the back door rn" is an emergency;
* "help me" fires alone or with a threat, but not in "can you help me find my ward".

Families are written as phrase patterns (verb forms, plurals, English, Spanish and the
Spanglish residents mix, texting shorthand such as "man w gun", the grammar of a second
language such as "my son take many pills and dont wake up", and Spanish spelled as it sounds:
"balasos", "uele a gas", "aorita"), not as single sentences, because they must catch wordings
no one has written yet. Where a word is everyday too ("bat", "not moving", "no se mueve"), the
pattern asks for the context that makes it a danger (someone holding the bat, a person named
before "not moving").
"""

from __future__ import annotations

import re
from typing import Final

from intents.phrases import any_phrase, fold_spaced
from intents.typos import Corrector

_any: Final = any_phrase


# --------------------------------------------------------------------------------------------
# Word classes shared by several families (regex fragments, not patterns of their own).

# A child, as parents write it: "my 5 yr old", "my four year old", "mi nina", "el bicho".
_KID: Final = (
    r"(?:kids?|child|son|daughter|baby|toddler|boy|girl|grandson|granddaughter|nephew|niece|"
    r"little (?:one|girl|boy|guy|man|sister|brother|sis|bro)|lil (?:one|girl|boy|man|sis|bro)|"
    r"\d{1,2} ?(?:yr|year|yo|y/o)s?(?: old)?|(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)[ -](?:yr|year)s?[ -]old)"
)
_NINO: Final = (
    r"(?:nin[oa]s?|hij[oa]s?|bebe|nene|nena|cipot[ea]s?|bicho|chamac[oa]s?|chiquit[oa]s?|"
    r"escuincle|morrit[oa]s?|niet[oa]s?|sobrin[oa]s?|hermanit[oa]s?|chamaquit[oa]s?)"
)
# A person other than the sender, for injuries and assaults ("a man", "some guy", "un senor").
_SOMEONE: Final = (
    r"(?:someone|somebody|some1|sum1|some ?one|(?:a|an|some|this|that|the|one|an old|old|"
    r"young|homeless) (?:man|guy|dude|woman|lady|person|kid|boy|girl|teen|senior|student|"
    r"driver|cyclist|bicyclist|biker|pedestrian|old man|old lady|jogger|runner)|man|guy|dude|woman|"
    r"lady|person|people|ppl|pedestrian|cyclist|bicyclist|biker|bike rider|scooter rider|rider|"
    r"motorcyclist|jogger|driver|senior|" + _KID[3:-1] + r")"
)
_ALGUIEN: Final = (
    r"(?:alguien|un[oa]? (?:senor|senora|hombre|mujer|muchach[oa]|chav[oa]|chamac[oa]|tipo|"
    r"vato|bato|joven|viejit[oa]|persona|ciclista|motociclista|nin[oa])|senor|senora|hombre|"
    r"mujer|muchach[oa]|chav[oa]|joven|viejit[oa]|persona|ciclista|motociclista|"
    + _NINO[3:-1] + r")"
)
# Weapons. "bat", "pipe", "palo" and "tubo" are household words too, so they only count in
# the hands of someone ("with a bat", "un tipo con un palo rompiendo las ventanas"). Spanish is
# also written as it sounds: "cuchiyo" (ll/y), "nabaja" (b/v).
_WEAPON: Final = (
    r"(?:guns?|pistols?|handgun|rifle|shotgun|ak|ar|glock|strap|blade|knife|knives|machete|"
    r"box ?cutter|razor(?! scooter)|crowbar|tire iron|weapon|firearm|"
    r"pistola|arma|cuchi(?:ll|y)o|na[bv]aja|filero|cuete|escopeta|cutter|cuchilla)"
)
# Who goes missing: a child, or an elderly parent who wanders ("they" is more often an
# offender: "they ran off").
_MISSING_WHO: Final = (
    r"(?:he|she|him|her|" + _KID[3:-1] + r"|grandpa|grandma|grandfather|grandmother|"
    r"husband|wife|mom|dad|mother|father|brother|sister)"
)
# Anyone something can fall on ("two workers", "a man walking his dog").
_PEOPLE: Final = (
    r"(?:" + _SOMEONE[3:-1] + r"|workers?|men|women|children|kids|students|pedestrians|"
    r"neighbou?rs?|mom|dad|mother|father|grandma|grandpa|wife|husband)"
)
_BLUNT: Final = (
    r"(?:(?:baseball )?bats?|pipe|stick|brick|hammer|bate|palo|tubo|varilla|piedra|fierro|martillo)"
)

# --------------------------------------------------------------------------------------------
# Step 1. Phrases that contain a danger word but are everyday requests: blanked out first.
_HARMLESS: Final = _any(
    # water that gushes is a hydrant, a pipe or a main, not a wound ("is it normal for the fire
    # hydrant on my block to be gushing all day?"), within a clause that names no one hurt: "the
    # pipe burst and his head is gushing" is still a wound. (First, so that "fire hydrant ...
    # gushing" is taken whole before "fire hydrant" alone is.)
    r"(?:fire ?hydrants?|fire ?plugs?|hydrants?|hidrantes?|water ?mains?|mains?|water|agua|pipes?|"
    r"faucets?|sprinklers?|fountains?|hoses?|sewers?|drains?|valves?|meters?|leaks?|tuberias?|"
    r"llaves?)(?: (?!(?:but|pero|he|she|hes|shes|he'?s|she'?s|his|her|him|someone|somebody|"
    r"blood|sangre|head|arm|leg|hand|neck|face|nose|wound|cut)\b)[\w']+){0,8}? (?:gushing|gushin|"
    r"spurting|spewing|gushes|gushed)(?! (?:blood|sangre))",
    # "fire" that is a place, a team, a job or a piece of equipment ("send the fire department"
    # is a call for help, so it is kept)
    r"(?<!send )(?<!send the )(?<!send a )fire ?(?:hydrants?|plugs?|department|dept|depts|"
    r"stations?|houses?|fighters?|men|works|places?|pits?|escapes?|alarms?|alarm batter(?:y|ies)|"
    r"codes?|inspectors?|inspections?|trucks?|prevention|safety|drills?|extinguishers?|marshals?|"
    r"reports?|insurance|ants?|wood|exits?|doors?|proof|resistant|retardant|sprinklers?|chief|"
    r"academy|museum|sale|lane)",
    r"chicago fire", r"del fire",
    # the Great Chicago Fire of 1871 is history, not a fire now ("en q ano fue el gran incendio
    # de chicago", "what started the great chicago fire")
    r"great (?:chicago )?fire", r"incendio de (?:chicago|1871)",
    r"(?:fire|incendio) (?:of|de|del) 1871", r"1871 fire",
    r"the fire (?:game|match|win|won|lost|score|play)",
    r"camp ?fires?", r"bon ?fires?", r"fire fc", r"cease ?fire", r"fired from (?:my )?job",
    r"got fired", r"you'?re fired", r"fire(?:d)? up",
    # "fire X (back) up" is to restart something ("fire the texts back up", "fire it up"), the
    # object in the middle, Spanglish too ("fire los mensajes back up")
    r"fire(?:d)? (?:(?:the|my|those|these|your|ur|our|all the|los|las|mis|sus) )?(?:texts?|txts?|"
    r"messages?|msgs?|alerts?|notifications?|updates|reminders|mensajes|textos|alertas|"
    r"notificaciones|it|them|em|'em|that|this|grill|bbq|engine|generator|app|account|service|"
    r"subscription) (?:back )?up",
    r"fire(?:d)? back up (?:(?:the|my|those|these|your|ur|all the|los|las|mis) )?(?:texts?|txts?|"
    r"messages?|msgs?|alerts?|notifications?|updates|reminders|mensajes|textos|alertas)",
    r"fire (?:me|him|her|them|you|us|the (?:alderman|mayor|manager|landlord|staff|guy))",
    # "fire" as slang for good ("it looks kinda fire ngl", "that mural is lowkey fire", "fire
    # fr"): after a look or a sound, after a hedge, or before one; "looks like fire", "smells
    # fire" and "fire in the kitchen" stay fires
    r"(?:looks?|looked|lookin'?|looking|sounds?|sounded|tastes?|tasted)(?: (?:kinda|kind of|"
    r"lowkey|lowk|highkey|so|hella|mad|really|real|pretty|straight|super|actually|too|ngl|lol))* "
    r"fire\b(?! (?:in|on|at|inside|upstairs|downstairs|outside|next|near|behind|across|from|is|"
    r"was|everywhere|spreading|coming|started))",
    r"(?:kinda|lowkey|lowk|highkey|hella|straight|pure) fire\b(?! (?:in|on|at|inside|upstairs|"
    r"downstairs|outside|next|near|behind|across|from|is|was|everywhere|spreading|coming|started))",
    r"fire (?:ngl|fr|frfr|af|asf|ong|no cap)\b",
    # the sender says it is not an emergency
    r"(?:not|isn'?t|is not|aint|ain'?t|nothing|never) (?:an? |really an? |like an? )?"
    r"emergenc(?:y|ies)", r"non ?-?emergenc(?:y|ia)", r"no (?:es|son) (?:una )?emergencia",
    r"sin emergencia",
    # ... or asks for the line that is not one ("numero del OEMC que no sea emergencia", "un
    # telefono que no sea de emergencia", "para lo que no es emergencia")
    r"(?:que|lo que|cuando|si) no (?:sea|sean|es|son|era|fuera) (?:una |de |un caso de )?"
    r"emergencias?", r"(?:no|sin) emergencias",
    r"(?:ayuda|asistencia|fondos?|apoyo|renta|vivienda|refugio|albergue|programas?|dinero) "
    r"(?:\w+ )?de emergencia",
    r"emergencia (?:de|para) (?:la )?(?:renta|vivienda|comida|alimentos)",
    r"(?:not|no|non|isn'?t|ain'?t|no es|no para|nada de) (?:a |an |for |el |al )?911",
    # a question about this service set beside 911 ("whats the difference between this and
    # calling 911", "cual es la diferencia entre esto y el 911", "when do i use this and when do
    # i call 911", "cuando uso esto y cuando llamo al 911"). Not "instead of calling 911", which
    # may be a resident who cannot talk, nor "should i call 911?" alone, which may be a danger.
    r"(?:difference|diference|diff|diferencia|compare|comparar|same as|lo mismo que|igual que)\b"
    r"[^.!?]{0,40}?\b911",
    r"(?:when|cuando)\b[^.!?]{0,20}?\b(?:use|text|usar|uso|escribo|escribir|mando|mandar|"
    r"texting) (?:this|you|u|here|311|esto|aqui|el 311|this (?:service|line|number|app|chat|bot)|"
    r"este (?:servicio|numero|chat))\b[^.!?]{0,40}?\b(?:when|cuando)\b[^.!?]{0,30}?\b911",
    r"(?:block|street|area|neighborhood|whole|lights?|power|building|alley|windows?|city|grid|"
    r"houses?|cuadra|calle) (?:\w+ ){0,3}?(?:is |are |was |were |got |all )?blacked out",
    r"emergency (?:shelter|housing|rent|rental|assistance|food|fund|funds|help with|vet|"
    r"veterinarian|animal hospital|exits?|contacts?|numbers?|alerts?|kit|plan|preparedness|"
    r"management|broadcast)",
    # a chat with an agent, or help with a task ("help me find my ward", "help me stay")
    r"(?:can|could|will|would) (?:you|u|an? (?:live |real |actual )?(?:agent|person|human|"
    r"representative|operator|rep)) help me",
    r"(?:agent|human|representative|operator|rep) help me",
    # a human asked for to help, for a while ("i just need one human to help me for 5 minutes")
    r"(?:agent|human|representative|operator|rep|real person|live person|actual person)s? (?:to|2|"
    r"that can|who can|that could|who could|that will|who will) help me",
    r"help me (?:for|in) (?:\d+|one|two|three|five|ten|fifteen|a few|few) (?:min|mins|minutes?)\b",
    r"(?:program|programs|programa|agency|org|organization|resources?|city|office|dept|department|"
    r"lawyer|attorney|nonprofit|charity|church|your|ur) (?:\w+ ){0,2}?help me",
    r"help me (?:find|report|with|get|understand|to|out with|know|figure|look|check|apply|pay|"
    r"remain|not get|not lose|avoid|"
    r"fight|appeal|dispute|contest|challenge|win|keep my|contact|reach|file|change|switch|sign|"
    r"stop|start|stay|keep|move|fill|make|see|set|sort|fix|avoid|afford|cover|catch|deal|talk|"
    r"speak|locate|schedule|book|register|request|submit|track|use|access|learn|choose|decide|"
    r"write|read|translate|call|tell|save money|save on|plan|prepare|search|compare|qualify|"
    r"navigate)",
    r"ayudenme (?:a|con) (?:encontrar|reportar|saber|buscar|pagar|conseguir|llenar|hacer|quedarme|"
    r"entender)",
    # help with the request just made ("ayudeme por favor con eso", "ayudenme con lo del bote";
    # "ayudeme" is spelled "ayudenme" by then): "ayudenme con mi hijo" is left alone
    r"ayudenme (?:por ?favor |porfa |porfis |plis )?con (?:eso|esto|esa|ese|esta|este|lo del?|"
    r"lo que|"
    r"(?:el|la|mi|su|los|las|mis) (?:reporte|tramite|tramites|bote|botes|carrito|carritos|"
    r"papeleo|papeles|pago|recibo|renta|solicitud|aplicacion|forma|multa|cuenta|basura|caso|"
    r"queja|rueda|ruedas|tapa|luz|bache|rata|ratas))\b",
    # shots and shooting that are not gunfire
    r"(?:my|her|his) (?:flu |covid )?shot",
    r"(?:flu|covid|covid-19|vaccine|vaccines|booster|rabies|allergy|free|dog|cat|pet|kids?|b12|"
    r"tetanus|measles|insulin) shots?",
    r"shots? (?:for|clinic|at the clinic|records)",
    r"shoot(?:ing)? (?:a )?(?:video|movie|film|photos?|hoops)", r"photo ?shoot",
    r"shooting (?:range|star|stars|guard|percentage|practice)",
    r"shots? of (?:espresso|tequila|whiskey|the|a|my|this|that|it)", r"screen ?shots?",
    r"(?:took|take|taking|got|sent|send|attached) (?:some |a few |\d+ |two |three )?shots",
    r"tiros? (?:libres?|de esquina|de penal|de tres|a gol|al arco)",
    # "shot" of a worn-out thing ("the engine is shot", "my knees are shot")
    r"(?:rods?|engine|transmission|tranny|brakes?|tires?|tyres?|suspension|alignment|battery|"
    r"motor|rims?|axle|struts?|shocks|bearings?|clutch|muffler|knees?|back|nerves|phone|laptop|"
    r"car|truck|van|radiator|compressor|furnace|boiler|fridge|washer|dryer|ac|roof|gutters?|fence|"
    r"cart|lid|it|thing|that|this) (?:is|are|'s|s|was|were|got|been|be|all|"
    r"now) (?:\w+ )?(?:(?:totally|completely|pretty much|basically|just|all) )?shot\b",
    # a machine that "swallowed" a card or coins, a pothole that "swallows" tyres or a car ("se
    # trago 2 llantas", "se tragaron dos rines", "se traga media llanta", "ya se trago medio carro
    # de mi compadre": a count, or no article at all)
    r"se (?:trago|comio|tragaron|comieron|traga|tragan|come|comen) (?:(?:mi|la|el|su|mis|las|los|"
    r"sus|tu|media|medio|una|un|toda la|todo el|\d+|dos|tres|cuatro|otra|otras|otro|varias|varios|"
    r"muchas|muchos|unas|unos|la mitad de(?: mi| la| el| un| una| su)?|casi(?: toda la| todo el| "
    r"un| una| la| el)?) )?(?:\w+ )?"
    r"(?:tarjetas?|dinero|billetes?|boletos?|credito|cambio|monedas|feria|ventra|card|llantas?|"
    r"ruedas?|gomas?|rines?|neumaticos?|carros?|coches?|autos?|tro[ck]as?|camionetas?|bicis?|"
    r"bicicletas?|motos?|defensas?)",
    # a tyre that blew out is a pothole report, not an explosion ("se me exploto la goma", "my
    # tire exploded in a pothole", "reventaron las dos llantas")
    r"(?:exploto|explotaron|revento|reventaron|estallo|estallaron|poncho|ponchue) (?:\w+ ){0,2}?"
    r"(?:llantas?|gomas?|ruedas?|neumaticos?|rines?|tires?|tyres?)",
    r"(?:llantas?|gomas?|ruedas?|neumaticos?|tires?|tyres?) (?:\w+ ){0,2}?(?:exploto|explotaron|"
    r"exploded|explode|blew|blown|popped|burst|revento|reventaron|estallo|estallaron)",
    r"(?:blew|blown|popped|burst|exploded) (?:out )?(?:\w+ ){0,2}?(?:tires?|tyres?)",
    # a road surface, a patch or a cart that is breaking up is a report, not a break-in ("the
    # patches are breaking too", "the asphalt keeps breaking apart", "the lid is breaking")
    # (the thing itself breaks: "the street where they're breaking into cars" is not this)
    r"(?:patch(?:es)?|patchwork|pavement|asphalt|blacktop|concrete|cement|surface|repairs?|"
    r"fix(?:es)?|tar|carts?|cans?|bins?|lids?|wheels?|hinges?|handles?) (?:(?:is|are|was|were|"
    r"keeps?|kept|keep on|already|all|now|also|too|started|starting|have been|has been|been) )*"
    r"breaking(?: (?:up|apart|off|down|away|open)\b)?(?! (?:in|into|down|windows?|doors?|glass|"
    r"cars?|the|my|our|his|her|their|a|an|some|someone|somebody|people|ppl|him|them|us|me)\b)",
    # a thing that "got jacked" was stolen, and one "jacked up" damaged: a cart, a police or a
    # pothole report, not a carjacking ("our blue bin got jacked lol", "my rims got jacked up by
    # that pothole"); a person who is getting jacked is being robbed
    r"(?:bins?|carts?|cans?|garbage cans?|trash cans?|recycling|toters?|lids?|bikes?|bicycles?|"
    r"scooters?|packages?|boxes|mail|catalytic(?: converters?)?|converters?|plates?|tires?|rims?|"
    r"wheels?|batter(?:y|ies)|grill|stuff|tools?|mailbox|signs?|copper|generator|"
    r"ac unit) (?:\w+ ){0,2}?(?:got|get|gets|getting|gettin|was|were|been|keeps? getting|keep "
    r"gettin) jacked(?: up)?",
    r"(?:car|truck|van|suv|ride|whip|rims?|tires?|alignment|suspension|bumper|axle|street|road|"
    r"alley|sidewalk|pavement) (?:\w+ ){0,2}?(?:got|get|gets|is|are|was|were|been|all) jacked up",
    # the sender's own sleep ("i didnt wake up in time"): not the ESL "my mom no wake up" of
    # step 2 (and "i no breathe" stays a danger)
    r"(?:i|we|u|you) (?:don'?t|dont|didn'?t|didnt|no) (?:wake|waking) up",
    # a pothole or sinkhole: the road, not a building, caved in
    r"(?:road|street|pavement|asphalt|blacktop|alley|sidewalk|ground|lane|calle|pavimento|asfalto|"
    r"banqueta|callejon)\b[^.!?]{0,20}?(?:collapsed|collapsing|caved in|caving in|caved|sinking|"
    r"sunk|se hundio|hundid[oa]|se esta hundiendo|se (?:cayo|cae) a pedazos)",
    # how many live in a household is not a stranger in the house
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:people|ppl|persons|of us|adults|"
    r"kids) (?:\w+ )?(?:in|at|living in|live in) (?:the|our|my|this|one) (?:house|home|household|"
    r"apartment|apt|unit|building)",
    # a burned-out bulb ("la luz esta quemada") is a street-light report
    r"(?:luz|luces|foco|focos|bombill[oa]s?|lamparas?|farol|faroles|postes?|alumbrado)\b"
    r"[^.!?]{0,25}?quemad[oa]s?",
    r"se (?:quemo|quemaron|fundio|fundieron) (?:el |la |los |las )?(?:foco|focos|luz|luces|"
    r"bombill[oa]s?|lamparas?)",
    # animals getting into the garbage or under the porch are a stray-animal or rodent report
    r"(?:mapaches?|ratas?|ratones|tlacuaches?|zarigueyas?|ardillas?|gat(?:[oa]|it[oa])s?|"
    r"perr(?:[oa]|it[oa])s?|animales|raccoons?|possums?|opossums?|rats?|mice|squirrels?|skunks?|"
    r"zorrillos?|coyotes?) (?:\w+ ){0,2}?(?:se (?:estan|esta|andan|anda) metiendo|se metio|"
    r"se metieron|entro|entraron|getting (?:in|into)|got (?:in|into)|metid[oa]s?)",
    # fire-safety paperwork and inspections
    r"(?:inspecciona\w*|inspeccion\w*|inspector\w*|prevencion|permisos? de|codigo de|"
    r"seguridad contra|lo de|simulacros? de|alarmas? (?:de|contra)|"
    r"salidas? de) (?:\w+ ){0,3}?incendios?",
    # weapons that are luggage, tools or paperwork
    r"pocket ?knife", r"knife (?:sharpening|set|block)",
    r"(?:can|may|could|allowed to|ok to|okay to|legal to) (?:i |we |you |u |one )?(?:bring|pack|"
    r"carry|take|fly with|travel with|check|have|own|buy|keep|ship)\b(?:\s\S+){0,3}?\s(?:knife|"
    r"knives|guns?|firearms?|pistols?|rifles?|weapons?|lighters?|bats?|machetes?)",
    r"(?:gun|firearm|weapon|foid|ccl|concealed carry) (?:permit|license|licence|registration|show|"
    r"shop|store|range|safety|class|lock|buyback|buy back|card)",
    r"(?:gun|youth|street) violence (?:prevention|awareness|program|programs|meeting|march|walk)",
    # vandalism found afterwards: slashed tyres are a police report
    r"(?:knife|knives|blade) (?:holes?|marks?|cuts?|slash\w*|punctures?)",
    # and glass or paint scratched, etched or keyed with one ("rayaron el vidrio con nombres,
    # como con navaja", "someone keyed my car with a key"): done and gone, not a drawn weapon.
    # Not a person scratched, not across a new clause ("keyed my car and now he's coming at me
    # with a knife"), and not with a threat after it ("... con navaja y me esta amenazando").
    r"(?:rayaron|rayo|rayado|rayada|rayados|rayadas|grabaron|tallaron|marcaron|scratched|etched|"
    r"carved|keyed|engraved)\b(?! (?:me|him|her|them|us|someone|somebody|people|(?:my|his|her) "
    r"(?:face|arm|arms|neck|hand|hands|leg|legs|back|chest)))"
    r"(?: (?!(?:and|y|but|pero|now|ahora|then|luego|he|she|hes|shes|he's|she's|they|me)\b)"
    r"[\w,']+){0,10}? (?:(?:como|like|maybe|probably|tal vez|quizas) )?"
    r"(?:con|with|w/|using) (?:a |an |some |una |un |la |el |su )?(?:navaja|cuchillo|filero|"
    r"cuchilla|knife|blade|box ?cutter|cutter|razor|keys?|llaves?)\b"
    r"(?![^.!?]{0,40}?\b(?:me|us|nos|at me|is|are|esta|estan|sigue|siguen|still|todavia|now|"
    r"ahora|ahorita|rn)\b)",
    r"(?:slash|slashed|slashing|cut|punctured|stabbed|poked) (?:all |both |two |2 |my |our |the )*"
    r"(?:tires?|tyres?)", r"(?:ponchar\w*|poncharon|cortaron|picaron) (?:\w+ ){0,3}?llantas?",
    # sport and play fights
    r"(?:pelea|peleas) de (?:box|boxeo|gallos|lucha|ufc|mma)", r"box(?:ing)? (?:match|fight|gym|"
    r"class)",
    r"(?:ufc|mma|title|pillow|food|snowball|water balloon|nerf) fights?", r"fight (?:night|club)",
    r"fight (?:a|my|the|an|this|our|his|her) (?:ticket|eviction|fine|citation|parking ticket|"
    r"landlord|case|charge|bill|increase|notice|foreclosure)",
    # a fight that is a dispute in council or court ("there's a big development fight going on",
    # "fighting the rezoning", "una pelea legal con el dueno"), not a brawl ("big fight going on
    # outside", "fight over a parking spot")
    r"(?:development|zoning|rezoning|legal|political|court|budget|custody|permit|tax|policy|"
    r"council|election|ballot|land ?use|lawsuit|lease|property tax|insurance|tif|landmark|"
    r"landmarking) (?:fights?|battles?)",
    r"(?:fight|fights|fighting|fought|battle|battling) (?:over|about|for|against) (?:the |a |an |"
    r"this |that |our |my |their |his |her )?(?:\w+ )?(?:development|developer|zoning|rezoning|"
    r"project|proposal|ordinance|budget|taxes|tax|rent|lease|housing|permits?|licen[cs]e|condos?|"
    r"high ?rise|tower|casino|stadium|dispensary|library|bike lanes?|landmark\w*|tif|evictions?|"
    r"deposit|bill|alderman|council)\b",
    r"(?:pelea|peleas|lucha|pleito|batalla) (?:legal|politica|en (?:la )?corte|(?:por|contra|"
    r"sobre) (?:el|la|los|las) (?:desarrollo|proyecto|construccion|edificio|zonificacion|renta|"
    r"desalojo|impuestos?|permisos?|casino|estadio))",
    # a fight put off ("i'll fight with him later", "ya pelearemos con el despues"): not now
    r"(?:fight|argue|deal|pelear|pelearme|pelearemos|discutir|arreglarme)(?: (?:it|this|that|him|"
    r"her|them|(?:with|w|w/|con) (?:him|her|them|el|ella|ellos|the \w+|my \w+|el \w+|la \w+)))? "
    r"(?:out )?(?:later|tomorrow|another day|next week|some other time|in court|luego|despues|"
    r"manana|otro dia|en (?:la )?corte)\b",
    # blood, drowning and dying that are figures of speech
    r"blood (?:drive|pressure|test|tests|work|bank|donation)",
    r"(?:donar|banco de|donacion de) sangre", r"drowning in (?:debt|bills|work|paperwork|homework|"
    r"rent|deudas?|biles)",
    r"dying to",
    r"(?:phone|battery|cell|laptop|car|plants?|trees?|grass|lawn|bulb|"
    r"light)s? (?:\w+ ){0,2}?(?:to die|die|dying|died|dead)",
    # a hazard that may hurt someone one day ("somebody is going to get hurt") is a report
    r"(?:somebody|someone|people|ppl|a kid|kids|a child|children|a person|a biker|cyclists?|"
    r"pedestrians?|drivers?) (?:is |are )?(?:going to|gonna|will|could|might|can|bound to) (?:get|"
    r"be|end up) (?:hurt|killed|injured|hit)",
    r"(?:alguien|un nino|una persona|la gente|los ninos|alguno) (?:se )?(?:va|van|puede|"
    r"pueden) (?:a )?(?:lastimar|matar|caer|accidentar)",
    # smoke and gas that are not a fire or a leak
    r"smoke detectors?", r"smoke (?:shop|alarm battery|free)", r"no smoking", r"second ?hand smoke",
    r"(?:bbq|barbecue|grill|grilling|chimney|cigarette|cigar|weed|vape|vaping|hookah|marijuana|"
    r"fireworks?) smoke",
    r"smoke (?:from|of) (?:the |a |my |their |his |her )?(?:\w+'?s )?(?:bbq|barbecue|grill|"
    r"chimney|cigarettes?|cigars?|weed|vapes?|hookah|fireworks?)",
    r"(?:smoking|smoke|smokes) (?:weed|pot|cigarettes?|cigs|blunts?|hookah)",
    r"humo (?:del|de) (?:los |las |la |el )?(?:cigarro|cigarros|mota|marihuana|parrilla|asador|"
    r"chimenea|carros|coches|camiones|tro[ck]as|trafico|fabricas?)",
    r"smoke (?:from|of) (?:the |a |that )?(?:\w+ )?(?:factory|plant|mill|restaurant|smokestack|"
    r"stack|incinerator|cars|traffic|trucks|buses)",
    # naloxone as a class, a kit or a question
    r"(?:class|classes|training|course|how to use|learn|free|get|pick up|carry|find|"
    r"buy) (?:\w+ ){0,3}?"
    r"narcan", r"narcan (?:training|class|classes|kits?|vending|boxes?)",
    # (a CO alarm that is going off is not harmless: see _GAS)
    r"detector(?:es)? de (?:humo|monoxido)(?! (?:\w+ ){0,3}?(?:sonando|suena|sono|pitando|"
    r"no para))",
    r"carbon monoxide (?:detectors?|alarm batter\w*)(?! (?:\w+ ){0,3}?(?:going off|goes off|"
    r"went off|beeping|sounding|blaring))",
    # a light or a fuse that burns out
    r"(?:foco|focos|luz|luces|lampara|bombilla|fusible|poste) (?:\w+ ){0,3}?se (?:quemo|quemaron|"
    r"fundio|fundieron)",
    r"se (?:quemo|quemaron|fundio|fundieron) (?:el |la |los |las )?(?:foco|focos|luz|luces|"
    r"lampara|bombilla|fusible)",
    # a wire, a pole or a branch said *not* to spark: "not sparking", "no wires sparking",
    # "nothing sparking", "no power lines sparking", "no hay chispas", "no esta echando chispas"
    # (and with the g dropped, as it is said: "not sparkin just sittin there", "aint smokin")
    r"(?:not|isn'?t|isnt|is not|aren'?t|arent|are not|wasn'?t|weren'?t|ain'?t|aint|no|without|"
    r"sin|nothing(?:'?s)?|nothin|none|nada|ni|never|ningun|ninguna|ninguno) (?:(?:any )?(?:power |"
    r"electric |live |de luz )?(?:wires?|lines?|cables?|alambres?) )?(?:(?:is|are|was|"
    r"were|'s|s|esta|estan|hay|anda|andan|echa|echan|echando|soltando|sacando|tira|tiran) ){0,2}"
    r"(?:sparking|sparkin|sparks|smoking|smokin|smoke|on fire|burning|burnin|fire|flames|chispas|"
    r"humo|fuego|llamas)",
    r"gas (?:bill|company|station|prices?)", r"recibo del gas", r"gasolina",
    r"heat(?:ing)? (?:bill|assistance)",
    r"fuegos? artificiales", r"bocas? de (?:incendios?|riego)", r"hidrantes?",
    r"(?:911|nine one one) (?:recordings?|records|transcripts?|dispatchers?|center|jobs?)",
    # killing pests, and the noises pests make, are a rodent report
    r"(?:rats?|mice|mouse|roaches|cockroaches|bugs|bedbugs|bed bugs|pests|rodents|raccoons?|"
    r"possums?|squirrels?|pigeons?|weeds|ratas?|ratones?|cucarachas|chinches|"
    r"plagas?)\b[^.!?]{0,60}?\b(?:kill|killing|matar\w*)(?: (?:them|em|all|los|las|it))?",
    r"(?:kill|killing|matar|get rid of|poison\w*|exterminat\w*) (?:\w+ ){0,3}?(?:rats?|mice|mouse|"
    r"roaches|bugs|pests|rodents|weeds|ratas?|ratones?|cucarachas)",
    r"(?:noises?|scratching|sounds?|footsteps|running|pasos|ruidos?)\b[^.!?]{0,60}?\b(?:rats?|"
    r"mice|mouse|squirrels?|raccoons?|animals?|critters?|ratas?|ratones?|ardillas?|mapaches?|"
    r"pigeons?|birds?|bats?|possums?)",
    r"(?:rats?|mice|mouse|squirrels?|raccoons?|animals?|critters?|ratas?|ratones?|ardillas?|"
    r"mapaches?|possums?)\b[^.!?]{0,60}?\b(?:noises?|scratching|sounds?|footsteps|pasos|ruidos?)",
    # a dead or run-over animal is an animal-control pickup, however many people the message
    # names ("hay un perro muerto, parece que lo atropellaron ... yo tengo ninos chiquitos ...
    # manden a alguien"); a person marked by the Spanish "a" is not the animal ("el perro ladro y
    # a mi hijo lo atropellaron")
    r"(?:dogs?|puppy|cats?|kitten|deer|raccoons?|coyote|squirrel|possum|opossum|animal|"
    r"perr(?:[oa]|it[oa])s?|gat(?:[oa]|it[oa])s?|mapaches?|ardillas?|tlacuaches?|zarigueyas?|"
    r"venados?|animal(?:es|ito))\b(?: (?!(?:a|al)\b)[\w,']+){0,8}? (?:lo|la|los|las|le) "
    r"atropell\w*",
    # a worker asked for, to do a task ("manden a alguien a poner veneno en el patio", "send
    # someone out to remove wasp nests", "have someone look at it"): not a stranger at the house.
    # Not a check on a person ("send someone to check on my mom"), nor a search ("to look for")
    r"(?:manden|mande|mandan|envien|envie|mandar|enviar|pueden mandar|puede mandar|podrian mandar) "
    r"(?:a )?(?:alguien|una persona|un trabajador|un inspector|gente|personal|una cuadrilla) "
    r"(?:a|para|pa|que) (?:poner|ponga|pongan|recoger|recoja|levantar|levante|revisar|revise|"
    r"arreglar|arregle|quitar|quite|limpiar|limpie|cortar|corte|tapar|tape|checar|cheque|cambiar|"
    r"reparar|fumigar|inspeccionar|sacar|saque|podar|atrapar|atrape|llevarse|componer)\w*",
    r"(?:send|sending|have|get) (?:out )?(?:someone|somebody|some1|a (?:guy|person|crew|worker|"
    r"inspector|truck|tech|technician)|a crew|people) (?:out )?(?:here )?(?:(?:to|2|and|that can|"
    r"who can) )?(?:look at|look into|check(?! on)|remove|fix|pick|inspect|trim|clean|haul|put|"
    r"spray|bait|repair|replace|tow|fill|patch|catch|trap|clear|cut|see about|deal with)",
    # a near miss is a hazard report
    r"(?:almost|nearly|casi) (?:got |been |was |get |gets )?(?:hit|ran over|run over|killed|"
    r"struck|atropell\w*)",
    # an animal that follows people home is a stray, not a stalker
    r"(?:dog|dogs|puppy|pup|cat|kitten|coyote|raccoon|goose|geese|perr[oi]\w*|"
    r"gat[oi]\w*) (?:\w+ ){0,3}?(?:following|follows|followed|siguiendo|sigue|persigu\w*)(?: me)?",
)

# --------------------------------------------------------------------------------------------
# Step 2. Injuries and medical danger: fire unless the message is only about an animal
# (`_ANIMAL` without `_HUMAN`: "the dog got hit, it's bleeding"), or is after the fact (step 4:
# "my son had a seizure last week, where is a clinic"). A present injury ("he fell yesterday and
# now won't wake up", "still bleeding") is one of the signals of step 4 that it is happening now.
_HURT: Final = _any(
    # bleeding
    r"bleeding", r"bleedin", r"blood (?:everywhere|all over|is (?:gushing|pouring|coming))",
    r"(?:there'?s|theres|there is|so much|lots of|a lot of) blood", r"gushing", r"spurting",
    r"sangr(?:ando|a|ar|e)", r"(?:no para|sin parar) de sangrar",
    # breathing and choking
    r"(?:not|isn'?t|is not|aint|ain'?t|barely|stopped|quit) breathing",
    r"(?:no|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt) (?:breathing|breathe|breath)(?! (?:in|the|"
    r"it|that|this|those|on|a word|word|room|space|mints?|spray|test|problems?|issues?|trouble|"
    r"treatments?|machine))",
    r"breathing (?:funny|weird)",
    r"(?:having|is having|'s having|having a) (?:trouble|difficulty|hard time|problems?) breathing",
    r"struggling (?:to breathe|for air|breathing)", r"gasping for air", r"can barely breathe",
    r"(?:le|me) (?:falta|cuesta) (?:el aire|respirar)",
    r"(?:can'?t|cannot|cant|couldn'?t|can not) (?:breathe?|catch (?:\w+ )?breathe?|cry|"
    r"make (?:a )?(?:noise|sound))",
    r"gasping", r"gurgling", r"choking", r"choked on", r"drowning",
    r"no (?:respira|puede (?:respirar|jalar aire|agarrar aire|llorar))", r"sin respirar",
    r"respira (?:mal|raro|feo|con dificultad)", r"ruidos raros al respirar",
    r"(?:labios|cara) (?:\w+ )?(?:morad[oa]s?|azul(?:es)?)",
    r"ahogando", r"se (?:trago|atraganto|esta atragantando)", r"atragantad[oa]",
    r"(?:asthma|asma) attack", r"ataque de asma",
    r"throat (?:is )?(?:closing|swelling|swollen shut)", r"anaphyla\w*",
    r"se le (?:esta )?(?:cerrando|cierra|hinchando|hincha) la (?:garganta|lengua)",
    # consciousness
    r"unconscious", r"unresponsive", r"passed out", r"blacked out", r"fainted", r"fainting",
    r"(?:won'?t|wont|will not|doesn'?t|does not|not|isn'?t|can'?t|cant|cannot) (?:wake|waking|"
    r"come to)",
    # the same in the grammar of a second language ("my son take many pills and dont wake up",
    # "my mom no wake up"); the sender's own sleep ("i didnt wake up in time") is blanked first
    r"(?:don'?t|dont|didn'?t|didnt|no) (?:wake|waking) up",
    r"(?:can'?t|cant|cannot) wake (?:him|her|them|my|the)",
    r"(?:not|isn'?t|aint|ain'?t|won'?t|wont) respond(?:ing)? (?:to (?:us|me|anything|touch|"
    r"knocking|banging|shaking|his name|her name|voices?))",
    r"barely (?:awake|conscious|breathing|moving)", r"nodding (?:out|off)",
    r"fell out (?:on|in|at)",
    r"(?:lips|labios) (?:are |is |r |turning |turned |going |look |looks |estan |se le )*(?:blue|"
    r"purple|gr[ae]y|morad[oa]s|azules)",
    r"(?:asleep|passed out|slumped) (?:at|on|over) the wheel", r"sobre el volante",
    r"(?:sigue|todavia) sin (?:despertar|reaccionar|respirar)", r"sigue azul", r"still blue",
    r"inconsciente", r"desmay\w*", r"no (?:despierta|reacciona|abre los ojos)",
    r"no responde (?:a nada|aunque|cuando|si)", r"ni abre los ojos",
    # heart, stroke, seizure, overdose
    r"heart attack", r"infarto", r"chest pains?", r"pain in (?:his|her|my|their) chest",
    r"(?:clutching|grabbing|holding) (?:his|her|their|my) chest",
    r"(?:dolor|dolores) (?:\w+ ){0,2}?(?:de|en el) pecho", r"(?:le|me) duele (?:mucho )?el pecho",
    r"(?:agarra|agarrando|agarro) el pecho", r"left arm (?:is )?(?:numb|tingl\w*|hurts)",
    r"brazo izquierdo (?:dormido|entumido|adormecido)", r"sudando frio", r"cold sweat",
    r"seizure", r"seizing", r"convuls\w*", r"foam\w* (?:at|from) the mouth",
    r"espuma (?:por|de) la boca", r"echando espuma", r"temblando (?:todo|toda|y|en el piso|"
    r"con los ojos)",
    r"(?:shaking|jerking|twitching) (?:all over|on the (?:floor|ground)|uncontrollably)", r"eyes "
    r"(?:rolled|rolling) back", r"ojos en blanco",
    r"having a stroke", r"stroke symptoms",
    r"(?:face|mouth|smile) (?:is |looks )?(?:drooping|droopy|crooked|numb)", r"slurr\w*",
    r"(?:can'?t|cant|cannot) (?:talk|speak) (?:right|straight|properly|clearly)",
    r"(?:can'?t|cant|cannot) (?:lift|move|raise) (?:his|her|their|my) (?:arm|leg)",
    r"se le (?:torcio|cayo|chueco|durmio) (?:la |el )?(?:boca|cara|brazo)",
    r"boca (?:chueca|torcida)", r"habla (?:raro|arrastrado|chistoso|mocho|trabado)",
    r"no puede (?:levantar|mover) el brazo", r"(?:casi )?no puede hablar(?: bien)?(?! (?:ingles|"
    r"espanol|con|en|por))",
    r"overdos\w*", r"od'?ing", r"od'd", r"o\.d\.", r"sobredosis",
    r"(?:took|taken|swallowed|ate|popped|downed|tomo|trago|tomado|tragado) (?:\w+ ){0,2}?(?:all|"
    r"a whole|whole|a bottle|the bottle|a bunch|bunch|a handful|handful|a lot|lots|too many|many|"
    r"so many|todas|todos|un bote|un frasco|un monton|muchas|demasiadas)\b(?:\s\w+){0,4}?\s(?:"
    r"pills|pastillas|xanax|bars|percs?|percocets?|oxys?|meds|medicine|medicina|medicinas|"
    r"medicamentos?|tylenol|advil|pain ?killers)",
    # a bare "take" in a second language's grammar ("my son take too many pills", "i take too
    # many pills and now im dizzy"), with a quantity no one takes as a habit ("she takes a bunch
    # of meds" and "take all my meds to the pharmacy" are not this)
    r"(?:take|swallow|eat) (?:\w+ ){0,2}?(?:too "
    r"many|so many|a whole bottle|the whole bottle|whole bottle|a handful)\b(?:\s\w+){0,4}?\s"
    r"(?:pills|xanax|bars|percs?|percocets?|oxys?|meds|medicine|tylenol|advil|pain ?killers)",
    r"(?:bottle|bote|frasco|handful|bunch|monton|puno) (?:entero )?(?:of|de) (?:\w+ )?(?:pills|"
    r"pastillas|xanax|meds|pain ?killers)",
    r"(?:need|needs|needed|gave|give|given|giving|used|use|using|hit (?:him|her) with|di|dimos|"
    r"dio|puse|pusimos|pusieron|necesito|necesitamos|ocupo|ocupamos) (?:\w+ ){0,3}?narcan",
    r"(?:anyone|anybody|someone|somebody|does anyone|alguien) (?:have|has|got|tiene|trae) narcan",
    # an allergic reaction; poisoning: a child or an adult swallowed something dangerous
    r"allergic reaction", r"reaccion alergica",
    r"(?:swallowed|drank|drunk|ate|ingested|chewed|tomo|trago|bebio|comio|se tomo|se trago|"
    r"se comio) "
    r"(?:\w+ ){0,2}?(?:bleach|batter(?:y|ies)|button battery|magnets?|poison|rat poison|cleaner|"
    r"detergent|pods?|antifreeze|drain cleaner|lye|cloro|veneno|bateria|pilas?|detergente|"
    r"limpiador|anticongelante|iman(?:es)?)", r"(?:was|got|is|been) poisoned", r"envenenad[oa]",
    # run over: "lo atropellaron" may be said of a dog, hence here, where the animal check is
    r"(?:lo|la|los|las|le) atropell\w*", _ALGUIEN + r" (?:\w+ ){0,3}?atropellad[oa]",
    # burns and scalds
    r"(?:boiling|scalding|hot) (?:water|oil|grease)\b[^.!?]{0,50}?(?:skin|burn\w*|blister\w*|"
    r"peel\w*|"
    r"scream\w*)", r"(?:agua|aceite) hirviendo",
    r"skin (?:is |was )?(?:peeling|bubbling|blistering|blistered|melting|coming off|falling off|"
    r"turning white)", r"(?:blistered|blistering) (?:bad|badly|all over)",
    r"(?:se le esta cayendo|se le cae|se le cayo) la piel",
    r"piel (?:con ampollas|ampollada|blanca)",
    r"(?:bad|badly|severe|serious|terrible) burns?", r"burned (?:bad|badly|all over)",
    # childbirth that will not wait
    r"(?:water|fuente) (?:just )?(?:broke|se rompio)", r"se le rompio la fuente",
    r"(?:baby|bebe) (?:is )?(?:coming|comin) (?:fast|now|out|right now)", r"crowning",
    r"(?:ya viene el bebe|el bebe ya viene)",
    r"in labor", r"giving birth", r"dando a luz", r"pariendo", r"contractions?", r"contracciones",
    r"(?:see|se ve) (?:the |la )?(?:head|cabeza)",
    # low blood sugar
    r"(?:sugar|azucar|glucose) (?:\w+ ){0,2}?(?:dropped|dropping|crashed|tanked|is low|really low|"
    r"so low|bajo|baja|se bajo)",
    r"(?:sugar|azucar|glucose) (?:is |esta |at |a |en )?(?:like |como )?"
    r"\d{1,2}\b", r"se le bajo (?:mucho )?el azucar",
    r"(?:diabetic|diabetico|diabetica)\b[^.!?]{0,60}?(?:confused|confundid[oa]|gibberish|"
    r"not making sense|sentido|shak\w*|sweat\w*|sudando|temblando|passed out|won'?t answer|"
    r"no (?:me )?contesta)",
    # heat stroke and exposure to cold
    r"(?:hot to the touch|burning up|burnin up|ice cold|freezing cold|frozen|stiff|tieso|tiesa|"
    r"congelad[oa]|helad[oa]|hirviendo)\b[^.!?]{0,60}?(?:(?:barely|hardly) (?:answer\w*|"
    r"respond\w*|talking|awake|breathing)|not (?:answer\w*|respond\w*|talking|waking|moving|"
    r"making sense)|won'?t (?:answer|respond|wake)|confused|confundid[oa]|no (?:responde|"
    r"contesta)|casi no (?:contesta|responde))",
    # electrocution
    r"electrocut\w*", r"got zapped",
    r"got shocked (?:by|from) (?:the |a )?(?:fence|wire|outlet|pole|"
    r"transformer|box|cable)", r"le dio (?:la )?(?:corriente|toque|descarga)",
    r"se electrocuto", r"descarga electrica",
    # swelling, wheezing the inhaler does not help
    r"(?:bee|wasp|sting|stung|allerg\w*|alergia|peanuts?|nuts|picadura|"
    r"pico una abeja)\b[^.!?]{0,60}?"
    r"(?:throat (?:is )?(?:clos\w*|swell\w*|tight)|can'?t breathe|no puede respirar|wheez\w*|"
    r"tragar|can'?t swallow|"
    # (the face, the throat or the whole body swelling; a stung hand that swells is not this)
    r"(?:face|lips?|tongue|eyes?|throat|neck|whole body|cara|labios?|lengua|ojos|garganta|cuello|"
    r"cuerpo)\b[^.!?]{0,15}?(?:swell\w*|swollen|puff\w*|hinch\w*)|(?:swell\w*|swollen|"
    r"hinch\w*) (?:\w+ ){0,2}?(?:face|lips?|tongue|eyes?|throat|all over|cara|labios?|lengua|ojos|"
    r"garganta|todo|toda))", r"throat (?:is )?clos(?:ing|in)",
    r"no puede tragar", r"can'?t swallow",
    r"(?:nebulizer|nebulizador|inhaler|inhalador|puffer)\b[^.!?]{0,20}?(?:not|aint|isn'?t|no|"
    r"ain'?t|doesn'?t) (?:\w+ )?(?:help|helping|working|work|ayuda|sirve|funciona)",
    r"(?:can'?t|cant) stop wheez\w*", r"no para de silbar al respirar",
    # a wound
    r"hole in (?:his|her|my|their) (?:side|stomach|chest|neck)",
    r"hoyo en el (?:costado|pecho|estomago|cuello|panza)", r"leaking blood",
    r"chorreando (?:sangre|de la panza)", r"(?:soaked|full) (?:in|of|with) blood",
    r"(?:camisa|shirt) (?:\w+ ){0,2}?(?:ensangrentada|llena de sangre|bloody|covered in blood|"
    r"toda roja)",
    r"(?:head|cabeza) (?:\w+ )?(?:split|cracked|busted|abierta|rota)",
    r"(?:split|cracked|busted) (?:his|her|their|my) head",
    # a child into the medicine
    _KID + r"\b[^.!?]{0,30}?(?:got into|ate|swallowed|took|chewed) (?:\w+ ){0,3}?(?:pills|meds|"
    r"medicine|gummies|edibles)",
    _NINO + r"\b[^.!?]{0,30}?(?:agarro|se comio|se tomo|se trago|comio|"
    r"tomo|trago) (?:\w+ ){0,3}?(?:pastillas|medicina|medicinas|gomitas)",
    r"(?:thought|pensando|creyendo) (?:they|que|it) (?:was|were|eran|era) (?:candy|dulces|dulce)",
    # cuts, falls and drowning
    r"(?:cut|sliced|gashed) (?:\w+ ){0,2}?(?:bad|badly|deep|open|to the bone)",
    r"se corto (?:feo|con|la|el|su)", r"(?:hit|bumped|banged|cracked) (?:his|her|their|my) head",
    r"se (?:pego|golpeo) (?:en )?la cabeza",
    r"(?:lake|river|lagoon|pond|water|pool|beach|pier|harbor|waves|agua|lago|laguna|rio|alberca|"
    r"playa|muelle)\b[^.!?]{0,50}?(?:going under|go under|went under|not coming (?:back )?up|"
    r"(?:hasn'?t|didn'?t) come (?:back )?up|se (?:esta )?hund(?:e|iendo|io)|no sale)",
    r"(?:fell|fallen|jumped|fell through) (?:in|into|through) (?:the )?(?:lake|river|lagoon|pond|"
    r"water|pool|ice)",
    r"se cayo (?:a|al|en) (?:la |el )?(?:lago|laguna|rio|agua|alberca|estanque|hielo)",
    r"(?:someone|somebody|he|she|man|woman|person|guy|lady) (?:just )?collapsed", r"collapsed",
    r"desplom\w*",
)
# Someone down, not moving, turning blue: a present injury when a person is named just before
# ("guy laying in the street not moving"). A tree "on the ground" or a car "not moving" for
# weeks is not, so the person must come first, in the same clause, and a past-time or a
# since-when marker still counts (step 4).
_DOWN: Final = re.compile(
    r"\b(?:he|she|hes|shes|he'?s|she'?s|him|her|they|man|woman|guy|lady|dude|person|someone|"
    r"somebody|driver|rider|kid|child|baby|toddler|boy|girl|son|daughter|mom|dad|grandma|grandpa|"
    r"uncle|aunt|wife|husband|friend|cousin|senior|ella|senor|senora|hombre|mujer|persona|alguien|"
    r"nin[oa]|hij[oa]|bebe|mama|papa|abuel[oa]|espos[oa]|muchach[oa]|chamac[oa]|chav[oa]|tipo|"
    r"motociclista|ciclista|joven|viejit[oa]|pedestrian|cyclist|bicyclist|biker|motorcyclist|"
    r"victim|neighbou?rs?|vecin[oa]|chofer|trabajador|worker|roommate|primo|prima|tio|tia)\b"
    r"[^.!?;]{0,50}?\b(?<!\bit )(?<!\bits )(?<!\bit's )(?<!\bit is )(?:"
    r"(?:barely|hardly) (?:answering|responding|talking|awake|breathing)|casi no (?:contesta|"
    r"responde|"
    r"despierta)|(?:won'?t|wont|doesn'?t|not|isn'?t) (?:answer|answering)(?! (?:my|the|"
    r"our) (?:calls?|"
    r"phone|texts?|emails?|messages?|door))|no (?:me )?(?:responde|contesta)\b(?! (?:mis|los|el|"
    r"la) "
    r"(?:mensajes|llamadas|telefono))|(?:laid|layed|laying) out|caid[oa] sobre|(?:went down|"
    r"dropped|collapsed) (?:on|to) the (?:\w+ )?(?:floor|ground)|moaning|quejandose|se queja|"
    r"(?:not|aint|ain'?t|isn'?t) movin\b|on the (?:ground|floor|pavement)|"
    r"(?:not|isn'?t|is not|aint|ain'?t|won'?t|wont|can'?t|cant) (?:moving|get(?:ting)? up|"
    r"gettin up)|face ?down|boca abajo|(?:'s|s|is|are|'re|fell|fallen|collapsed|still|down|"
    r"out) on the (?:ground|floor|pavement|tracks)|"
    r"(?:laying|lying|layin|lyin|fell|fallen|collapsed) (?:\w+ )?(?:in the (?:street|road|alley|"
    r"gangway|snow)|there|on the)|"
    r"slumped (?:over|in|on|against)|(?:turning|turned|going) (?:blue|purple|gr[ae]y)|"
    r"(?:poniendo|puso|pusieron|pone) (?:\w+ )?(?:morad[oa]s?|azul(?:es)?)|"
    # ("no se para" is also "no sé para qué", I don't know what for: "mi hija me dio este numero
    # pero no se para que es"; and "no se puede parar aqui" is no parking)
    r"no se (?:mueve|levanta|para(?! (?:que|q|ke|k|qu|quien|quienes|cual|cuales|donde|cuando|"
    r"como|cuanto|eso|esto)\b))|no se puede (?:levantar|parar(?! (?:aqui|aca|ahi|alli|alla|en|el|"
    r"la|los|las|un|una|al|enfrente|frente|ningun|ninguna)\b))|(?:won'?t|wont|not|isn'?t|"
    r"doesn'?t|does not|aint) respond(?:ing)?"
    r"(?! to (?:my|our|the|emails?|texts?|calls?|messages?|letters?|requests?))|(?:sigue |"
    r"esta )?tirad[oa]s? (?:boca abajo|en|sin moverse)|(?:sigue|esta) tirad[oa]|"
    r"(?:dormid[oa]|doblad[oa]) (?:en|sobre) (?:el|la) (?:volante|banca|piso|suelo))\b"
)
# The one hurt is an animal ("dog got hit ... it's bleeding, it can't get up") when an animal is
# named and no person is.
_ANIMAL: Final = _any(
    r"dogs?", r"puppy", r"pup", r"cats?", r"kitten", r"deer", r"raccoon", r"coyote", r"squirrel",
    r"birds?", r"goose", r"geese", r"rabbit", r"possum", r"opossum", r"animal",
    r"perr[oi]\w*", r"gat[oi]\w*", r"mapache", r"ardilla", r"pajar\w*", r"conejo", r"animalito",
)
_HUMAN: Final = _any(
    r"he", r"she", r"hes", r"shes", r"he'?s", r"she'?s", r"him", r"her", r"ella", r"el senor",
    r"man", r"woman", r"guy", r"lady", r"dude", r"person", r"people", r"ppl", r"someone",
    r"somebody", r"driver", r"rider", r"kids?", r"child", r"baby", r"boy", r"girl", r"son",
    r"daughter", r"mom", r"dad", r"mother", r"father", r"grandma", r"grandpa", r"wife",
    r"husband", r"friend", r"neighbou?rs?", r"brother", r"sister", r"i'?m", r"im", r"myself",
    r"senor", r"senora", r"hombre", r"mujer", r"persona", r"alguien", r"nin[oa]", r"hij[oa]",
    r"bebe", r"mama", r"papa", r"abuel[oa]", r"espos[oa]", r"muchach[oa]", r"chamac[oa]",
    r"amig[oa]", r"vecin[oa]", r"herman[oa]", r"estoy", r"yo",
)

# --------------------------------------------------------------------------------------------
# Step 3. Danger: alone enough, unless the message is after the fact (step 4).

# Shots and shooting. "bustin" is Chicago for shooting; "tiros", "a tiros", "balazos", "plomazos",
# also spelled as they sound ("balasos", "valazos", "balasera", "plomasos").
_SHOTS: Final = (
    r"shots", r"gun ?shots?", r"heard (?:a )?shot", r"gunfire", r"shots? fired", r"shooting",
    r"shoot(?:ing)? at",
    r"shot (?:him|her|them|someone|somebody|my|at|a (?:man|woman|guy|kid|boy|girl|lady|dude|"
    r"person|cop|teen))",
    r"(?:fired|firing|popped|popping|sprayed|spraying|shot|squeezed|squeezing|"
    r"popped off) (?:off )?(?:\w+ ){0,3}?(?:rounds|shots|bullets|clips?)",
    r"(?:let|letting|lettin|lets|let'?s) off (?:\w+ ){0,3}?(?:rounds?|shots?|clips?|mags?|shells)",
    r"(?:emptied|emptying|empty|dumped|dumping|unloaded|unloading) (?:a |the |his |their |whole |"
    r"a whole )*(?:clip|mag|magazine|rounds?|gun|weapon|strap)",
    r"bust(?:ing|in'?|ed)? (?:shots|caps|at|on (?:each|people|ppl|someone|somebody|him|them|us|"
    r"the corner|the block))",
    r"(?:are|r|been|they|theyre|they'?re|ppl|people|dudes|guys|somebody|someone) bust(?:ing|"
    r"in'?) (?:in|on|at|over|out)",
    r"bullets?(?! (?:points?|list|journal|train|proof))", r"stray bullet", r"bullet holes?",
    r"disparos?", r"disparando", r"dispararon", r"(?:bala[sz]os?|vala[sz]os?)",
    r"(?:bala[cs]era|vala[cs]era)", r"balean\w*", r"(?:bala[cs]e|vala[cs]e)(?:aron|ando|o|ar|an)",
    r"balearon", r"tirote\w*", r"ploma[sz]os?", r"tiros", r"a tiros",
    r"(?:un|dos|unos|un par de) tiros?",
    r"balas?(?! de gas)",
    r"a drive ?by\b", r"drive-by", r"driveby", r"blasting (?:at|on|into)", r"rafague\w*",
    r"rafagazo\w*",
    r"(?:un|el|hay un) tirador", r"(?:school|escuela)\b[^.!?]{0,30}?(?:lock ?down|encierro)",
    r"(?:ppl|people|man|officer|somebody|someone) down\b(?! (?:the|to|at|in|on|there|here))",
)
# Weapons drawn, carried or used: any verb of holding or showing before any weapon word, in
# English, Spanish and Spanglish ("con una gun", "tiene un cuete").
_WEAPONS: Final = (
    r"(?:brought|bringing|brings) (?:a |his |her |their )?(?:gun|pistol|firearm|weapon|rifle)",
    r"armed (?:man|men|guy|guys|person|robbery|suspect|intruder|gunman)",
    r"(?:is|are|'s|'re) armed",
    r"active shooter", r"gunm[ae]n", r"(?:a|the|some) shooter",
    r"(?:hombre|hombres|tipo|tipos|senor|sujeto|sujetos|alguien|persona|vato|chavo|muchacho|gente) "
    r"armad[oa]s?", r"(?:esta|estan|viene|vienen|anda|andan) armad[oa]s?",
    # ("w" alone is "with" in a text, "man w gun outside"; as "W" for West it is followed by a
    # street, not a weapon)
    r"(?:with|wit|w/|w|has|had|have|got|holding|carrying|carries|waving|swinging|pointing|pointed|"
    r"flashing|flashed|showing|showed|pulled|pulling|pull|brandishing|packing|grabbed|"
    r"wielding|armed with|threatening (?:\w+ )?with) (?:out )?(?:a |an |his |her |their |the "
    r"|some |big |long |large |huge |little |small |what looks like |what looked like |something "
    r"like )*" + _WEAPON,
    _WEAPON + r" in (?:his|her|their|the) (?:waistband|pocket|hand|hands|belt|jacket|hoodie|pants)",
    r"(?:con|tiene|trae|traia|sacando|saco|sacaron|ensenando|ensena|mostrando|apuntando|"
    r"apuntandome|amenazando con|agarro|anda con|andan con|blandiendo) (?:un |una |el |la |su |"
    r"sus |lo que parece (?:un |una )?|como (?:un |una )?)*" + _WEAPON,
    r"(?:with|w/|swinging|waving|holding|has|got|grabbed|con|tiene|trae|agarro) (?:a |an |his |"
    r"her |the |un |una |el |la |su )?" + _BLUNT + r" (?:\w+ )?(?:(?:breaking|smashing|hitting|"
    r"beating|rompiendo|quebrando|golpeando|pegando) (?:\w+ ){0,2}?(?:windows?|cars?|doors?|glass|"
    r"people|ppl|someone|somebody|him|her|me|us|them|vidrios?|ventanas?|carros?|puertas?|alguien|"
    r"gente|a)|swinging|threatening|chasing|amenazando|persiguiendo)",
    r"(?:swinging|waving) (?:a |an |his |her |the )?" + _BLUNT,
    r"(?:someone|somebody|some1|sum1|guy|man|dude|person|people|ppl|stranger) (?:\w+ )?(?:with|w/|"
    r"has|holding|got|carrying) (?:a |an )?" + _BLUNT,
    r"(?:with|w/) (?:a |an )?" + _BLUNT + r" (?:\w+ ){0,2}?(?:at|outside|by|on|in) (?:my|our|the|"
    r"da|her|his) (?:\w+ )?(?:door|window|house|porch|yard)",
    # the other order: someone at the door, then what they hold ("fake title guy is at my door
    # with a bat", "un tipo esta afuera de mi casa con un palo"); someone is named, so "the
    # pothole by the house with a brick porch" is not this
    r"(?:he|she|they|guy|guys|man|men|dude|dudes|someone|somebody|some1|stranger|ex|neighbou?r|"
    r"boyfriend|bf|husband|landlord|person|people|ppl|lady|woman|teens|standing|waiting|banging|"
    r"knocking|pounding|lurking|showed up|came)(?:'s|'re|s)? (?:\w+ ){0,2}?(?:at|outside|by|on|"
    r"in front of) (?:my|our|the|da|her|his) (?:front |back |side |bedroom |apartment |apt )?"
    r"(?:door|doors|window|windows|house|porch|yard|gate|steps|stairs) (?:\w+ )?(?:with|w/|w|"
    r"holding|carrying|swinging|waving) (?:a |an |his |her |some |the )?" + _BLUNT,
    r"(?:esta|estan|ta|tan|anda|andan|parad[oa]|tipo|hombre|vato|bato|senor|alguien|tocando|"
    r"golpeando) (?:\w+ ){0,2}?(?:en|afuera de|enfrente de|frente a) (?:mi|la|nuestra|su) "
    r"(?:puerta|ventana|casa|porche|yarda|reja) (?:\w+ )?(?:con|trae|tiene) (?:un |una |el |la |"
    r"su )?" + _BLUNT,
    r"(?:baseball bat|bat|pipe|stick) at (?:people|ppl|me|us|him|her|them|someone|cars|the)",
    "(?:" + _WEAPON[3:-1] + "|" + _BLUNT[3:-1] + r")\b[^.!?]{0,40}?(?:(?:gonna|going to|gon|finna|"
    r"about to|bout to) use it|(?:lo|la) (?:va|van) a usar)",
)
# Violence against a person happening or just happened: stabbing, beating, jumping, a
# robbery or a carjacking in progress, threats to kill.
_VIOLENCE: Final = (
    r"(?:got|been|was|is|getting|being) (?:shot|stabbed|stabbing)", r"stabbed", r"stabbing",
    r"(?:man|guy|woman|lady|kid|boy|girl|someone|somebody|person|dude|teen|cop|"
    r"officer) (?:just )?shot\b(?! (?:a|an|the|some|at|up|hoops|pool|video|photos?|dice|me a|"
    r"him a|her a))",
    r"(?:pull|grab|drag|force)\w* .{0,20}into (?:a|his|the|their) (?:car|van|truck)",
    r"(?:hitting|beating|choking|choked|attacking|strangling|punching|kicking|raping|assaulting|"
    r"mugging|robbing|stabbing|shooting at|pistol whipping|hurting|throwing|slamming|slammed|"
    r"shoving|shoved|pushing|dragging|dragged|smacking|slapping|stomping|stomped|strangled|"
    r"beat up|beating up|beatin up|beating on|beatin on|jumping|jumpin|jumped|whooping on|"
    r"pounding on|ganging up on|mauling|mauled) (?:on )?(?:me|her|him|them|us|someone|somebody|"
    r"some guy|(?:a|an|some|this|that) (?:\w+ )?(?:woman|man|kid|child|girl|boy|lady|guy|dude|"
    r"senior|teen|student)|an old (?:man|lady|woman)|my (?:mom|mother|ma|dad|father|wife|husband|"
    r"girlfriend|gf|boyfriend|bf|sister|brother|kids?|son|daughter|baby|friend|grandma|grandpa|"
    r"granny|neighbor|cousin|aunt|uncle|roommate|niece|nephew)|(?:his|her|their) (?:wife|husband|"
    r"girlfriend|gf|boyfriend|bf|partner|kids?|child|mom|mother|son|daughter|baby))(?! out| off|"
    r" of| to| for| into (?:paying|signing|moving|leaving))",
    r"(?:threw|thrown|throwing|slammed|slamming|shoved|shoving|pushed|pushing|smashed|smashing|"
    r"banged|banging) (?:\w+ ){1,3}?(?:into|against) the (?:wall|floor|ground|door|table|counter)",
    r"(?:throwing|tossing|dragging|pushing|shoving|chasing) (?:\w+ ){1,3}?around the (?:kitchen|"
    r"room|house|apartment|apt)",
    r"(?:dragging|dragged|pulling|pulled|grabbing|grabbed|yanking|yanked) (?:\w+ ){0,2}?by (?:the|"
    r"her|his|their|my) hair",
    r"knock(?:ed|ing)? (?:her|him|them|me|a (?:lady|woman|man|senior|guy|kid)|an old \w+|someone|"
    r"somebody) (?:down|out|over)",
    r"(?:snatch\w*|yank\w*|grabb?\w*|stole|steal\w*|jalaron|arrebat\w*) (?:\w+ ){0,3}?(?:purse|"
    r"bag|wallet|phone|chain|bolsa|cartera|cadena)\b(?:\s\w+){0,4}?\s(?:knock\w*|shov\w*|push\w*|"
    r"pushed|hit|fell|tiraron|aventaron|tumbaron|cayo|pego)",
    r"(?:kill|stab|murder) (?:me|us|himself|herself|myself)",
    r"beat (?:me|her|him|them|us) (?:up|down)", r"(?:la|lo|los|las|le|me) (?:tiraron|tumbaron|"
    r"aventaron) al (?:suelo|piso)",
    r"(?:going to|gonna|gon|finna|about to|bout to|wants to|trying to|tryna|threatened to|"
    r"threatening to|says he'?s gonna|said he'?d|says he'?ll|saying he'?s gonna|saying he gonna|"
    r"he gonna|hes gonna|he'?s gonna|she'?s gonna|shes gonna|(?:he|she|they) (?:will|'ll|"
    r"ll)) (?!get |be )(?:\w+ )?(?:(?:kill|shoot|stab|hurt|beat|jump|murder|strangle|choke) (?:me|"
    r"us|you|u|her|him|them|everybody|everyone|someone|somebody|people|ppl|my|his|our|"
    r"y'?all)(?! (?:an?|the|my|a quick) (?:email|e-mail|text|message|msg|note|call|dm|line|pic|"
    r"photo))|shoot up|mess (?:me|her|him|us|them) up|f\w* (?:me|her|him|us) up|end me|"
    r"get me(?! (?:a|an|the|some|my|out|in|into|to|on|off|back|home|through|more|started|set|help|"
    r"food|info|fired)))",
    r"(?:grabbed|grabbing|snatched|snatching|took|taking|pulled|pulling|dragged|dragging|forced|"
    r"forcing|put|shoved|shoving|threw|throwing|pushed|pushing) (?:a |an |the |this |that |my |"
    r"some |his |her )?(?:\w+ )?(?:kid|child|girl|boy|baby|woman|lady|teen|daughter|"
    r"son)\b(?:\s\w+){0,4}? (?:into|in|inside) (?:a|his|the|their|her|an) (?:\w+ )?(?:car|van|"
    r"truck|suv)",
    r"(?:grabbed|snatched|grabbing|snatching) (?:my|a|the|our|some|this|that) (?:little |"
    r"\w+ )?(?:kid|child|daughter|son|baby|girl|boy|toddler)(?!'s)",
    r"(?:trying|tryna|tried) (?:to )?(?:take|grab|snatch|lure|kidnap|abduct) (?:a |an |the |this |"
    r"that |my |some |his |her )?(?:\w+ )?(?:kid|child|girl|boy|baby|woman|lady|teen|daughter|son)",
    # (a child "stolen" is taken: "se robaron a un bebe del parque")
    r"se (?:llevo|llevaron|esta llevando|estan llevando|quiere llevar|quieren llevar|"
    r"quiso llevar|robo|robaron|esta robando|estan robando) (?:a|al) (?:un |una |mi |la |el )?"
    r"(?:nin[oa]|muchach[oa]|mujer|senora|chamac[oa]|hij[oa]|bebe|joven|chav[oa])",
    r"(?:subieron|metieron|jalaron|aventaron|subio|metio|jalo) a (?:un |una |mi |la |"
    r"el )?(?:\w+ )?(?:nin[oa]|muchach[oa]|mujer|senora|chamac[oa]|hij[oa]|joven|chav[oa]) (?:a|"
    r"en|al) (?:un|una|su|el|la) (?:carro|van|camioneta|tro[ck]a)",
    r"kidnapp?\w*", r"(?:being|getting|gettin) (?:robbed|attacked|mugged|assaulted|followed|chased|"
    r"stalked|jumped|jacked|beaten|raped|kidnapped)",
    r"(?:sounds? like|as if) (?:a |an |some |someone |somebody )?(?:\w+ )?(?:is |are )?(?:being|"
    r"getting) (?:hurt|beaten|beat|attacked|killed|raped|murdered)",
    r"(?:dog|dogs|pit ?bulls?|pit|pitt?bull|perros?|pitbul) (?:\w+ ){0,2}?(?:attacking|biting|bit|"
    r"mauling|mauled|attacked|jumped on|tearing into|latched on(?:to)?|going after|"
    r"chewing on) (?:a |an |my |the |this |that |some |his |her |our |two |2 )?(?:\w+ )?(?:kids?|"
    r"child|children|boys?|girls?|man|men|woman|women|lady|ladies|guy|person|sons?|daughters?|baby|"
    r"me|him|her|us|someone|somebody|neighbou?rs?|mailman|mail carrier|people|ppl)",
    # (with or without the "a" of the object, as a text drops it: "perro mordiendo nino ahora",
    # "pitbull atacando a un senor", "el perro le esta mordiendo al nino")
    r"(?:atacando|mordiendo|ataco|mordio|atacaron|mordieron|atacandole|mordiendole|atacandolo|"
    r"atacandola|mordiendolo|mordiendola) (?:a |al )?(?:un |una |mi |mis |el |la |los |las |su |"
    r"sus |este |ese |esta |esa )?(?:" + _ALGUIEN[3:-1] + r"|gente|mama|papa|abuel[oa]|"
    r"vecin[oa]|cartero)",
    r"me (?:esta|estan) (?:atacando|mordiendo)", r"(?:tirando|tirandole|dando) mordidas",
    r"carjack\w*", r"jacking (?:a|his|her|my|the|some|someone'?s|somebody'?s|this) (?:car|truck|"
    r"ride|whip|suv|van)", r"(?:getting|gettin|being|got|get) jacked",
    r"jacking (?:a|an|some|this|that|the) (?:\w+ )?(?:lady|woman|man|guy|dude|girl|driver|person|"
    r"kid|senior)", r"jacking (?:him|her|them|someone|somebody|people|ppl)",
    r"(?:pulled|dragged|yanked|pulling|pullin|dragging|yanking) (?:him|her|them|the driver|"
    r"a (?:man|woman|lady|guy)|someone|somebody) out",
    r"held (?:up )?at gunpoint", r"gunpoint", r"home invasion",
    r"(?:robbing|holding up|sticking up) (?:a|the|this|that) (?:\w+ )?(?:store|bank|gas station|"
    r"bodega|shop|restaurant|bus|train|cashier|clerk|walgreens|cvs|mcdonalds)",
    r"(?<!se )(?:esta|estan|sta|ta|tan|andan|anda) (?:asaltando|atracando) (?:la|el|una|un|a|los|"
    r"las)",
    r"(?<!se )(?:esta|estan|sta|ta|tan|andan|anda) robando (?:a|al|la tienda|el banco|"
    r"la gasolinera|el negocio|la licoreria)",
    r"held (?:me|us|him|her|them|the (?:store|clerk|cashier)) up",
    r"robbery (?:in progress|happening|going on|right now)", r"break(?:ing)? in progress",
    r"domestic (?:violence|abuse) (?:happening|right now|going on)",
    r"(?:screaming|screamin|scream|yelling|yellin|crying|shrieking) (?:\w+ ){0,2}?(?:for help|"
    r"help|stop|no no|her head off|his head off|bloody murder|in pain)",
    r"(?:woman|lady|girl|someone|somebody|a woman|a girl) (?:is |'s |s )?(?:screaming|screamin|"
    r"shrieking)",
    r"(?:fighting|arguing)\b[^.!?]{0,50}?\b(?:screaming|screams|crying|thud|broke|smash\w*|crash)",
    r"(?:locked|locking) (?:me|her|him|us|them|my (?:kids?|son|daughter|mom|wife|girlfriend|gf|"
    r"sister|baby)) (?:in|inside|up)\b",
    r"(?:won'?t|wont|will not|doesn'?t|does not|not) let (?:me|her|him|us|them) (?:leave|"
    r"out)(?! without| until| till| early| of (?:my|the|our|this|his|her) (?:lease|contract|"
    r"agreement|plan))",
    r"(?:i'?m|im|i am|we'?re|we are|i|we|me) (?:\w+ )?(?:hiding|hid) (?:in|under|from|inside)",
    r"(?:i'?m|im|i am|we'?re|we are|hiding|hid) (?:\w+ ){0,2}?(?:in|under) the (?:closet|bed|"
    r"bathroom)",
    # hostage or barricade
    r"hostages?", r"rehen(?:es)?", r"barricad(?:ed|ing) (?:himself|herself|themselves|in)",
    r"atrincher\w*",
    r"(?:locked|locking|shut|barricaded) (?:himself|herself|themselves) (?:in|"
    r"inside)\b[^.!?]{0,30}?(?:with|w/|w) (?:the |his |her |their |a )?(?:kids?|baby|children|"
    r"family|son|daughter)",
    r"se encerro\b[^.!?]{0,30}?con (?:el |la |los |las |sus |su )?(?:bebe|nin[oa]s?|hij[oa]s?|"
    r"familia)",
    # abduction: into a trunk, a van or the bushes
    r"(?:threw|thrown|throwing|shoved|shoving|pushed|pushing|pulled|pulling|dragged|dragging|"
    r"forced|forcing|stuffed|stuffing) (?:a |an |the |this |that |some |my |his |"
    r"her )?(?:\w+ )?(?:girl|woman|lady|kid|child|boy|teen|daughter|son|baby|man|person|someone|"
    r"somebody|her|him)\b[^.!?]{0,20}?(?:into|inside) (?:the |a |an |his |their |"
    r"her )?(?:\w+ )?(?:trunk|bushes|car|van|truck|suv|alley|gangway)",
    r"(?:girl|woman|lady|kid|child|boy|teen|man|person|someone|somebody) (?:got|was|been|is being|"
    r"getting) (?:shoved|thrown|pushed|pulled|dragged|forced|stuffed) into (?:the |a |an |his |"
    r"their )?(?:\w+ )?(?:trunk|car|van|truck|suv|bushes)",
    r"(?:meter|metio|metieron|subio|subieron|aventaron|avento) (?:a )?(?:\w+ ){0,3}?(?:a|"
    r"en) la cajuela",
    r"(?:aventaron|avento|arrastro|arrastraron|jalo|jalaron) (?:a )?(?:un |una |la |el |"
    r"mi )?(?:\w+ )?(?:muchacha|nin[oa]|mujer|senora|chamac[oa]|joven|"
    r"chav[oa]) (?:\w+ ){0,2}?(?:a|en|al) (?:la |el |un |una |su )?(?:\w+ )?(?:carro|van|"
    r"camioneta|tro[ck]a|arbustos|callejon)",
    r"(?:la|lo) (?:aventaron|jalaron|avento|jalo|arrastraron) (?:a|en|al) (?:la |el |un |una |"
    r"su )?(?:cajuela|carro|van|camioneta|tro[ck]a)",
    r"agarr\w* a (?:un|una|mi|la|el) (?:\w+ )?(?:nin[oa]|muchach[oa]|chamac[oa]|"
    r"hij[oa])\b[^.!?]{0,40}?(?:lo|la) (?:subio|metio|subieron|metieron)",
    # sexual assault
    r"(?:forcing|forced) (?:himself|herself) on",
    r"(?:abusando|violando) (?:de |a )?(?:una |un |la |el |mi )?(?:\w+ )?(?:mujer|muchacha|nina|"
    r"nino|senora|chava|joven)",
    r"forzando a (?:una|un|la|el|mi)", r"(?:pinned|holding) (?:her|him|me|my \w+) (?:down|on the "
    r"(?:bed|floor|ground))", r"(?:got|has|have) (?:her|him|me) pinned",
    r"(?:la|lo|me) tiene agarrad[oa]", r"no (?:la|lo|me) suelta",
    r"by (?:the|her|his|my) (?:throat|neck)", r"agarrad[oa] del cuello",
    r"(?:won'?t|wont|will not) let (?:her|him|me) up\b",
    # a parent beating a child now
    r"(?:whipping|whippin|beatin|slappin|shaking|shakin|hittin|punchin|kickin|chokin|"
    r"smacking) (?:on )?(?:her|his|their|a|the|that) (?:little |lil )?(?:boy|girl|kids?|baby|"
    r"toddler|son|daughter|child)(?! (?:rattle|bottle|toy|blanket|carrier|seat|monitor|food|"
    r"formula|shampoo|powder))",
    r"(?:dando|dandole|dandoles) (?:\w+ )?(?:cuartazos|cinturonazos|chingadazos|golpes|madrazos|"
    r"cachetadas|nalgadas|fuetazos)",
    r"dandole a (?:su|mi|un|una|el|la) (?:\w+ )?(?:nin[oa]|hij[oa]|bebe|chamac[oa]|niet[oa])",
    r"zarandeando a (?:su|un|una|el|la|mi) (?:\w+ )?(?:bebe|nin[oa]|hij[oa])",
    r"(?:rogando|suplicando|pidiendo) que (?:pare|paren|ya no)",
    r"(?:crying|cryin|begging|pleading|screaming) (?:for )?(?:him|her|them) to stop",
    # a brawl: trampled, knocked out and still hit
    r"trampl\w*", r"pisote\w*", r"stampede", r"estampida", r"pepper sprayed",
    r"noque\w*", r"le siguen (?:dando|pegando|pateando)", r"a (?:los )?madrazos",
    r"(?:got|get|getting) (?:hit|smashed|cracked) (?:w|w/|with) (?:a )?(?:bottle|brick|bat|pipe|"
    r"rock)",
    r"le dieron con (?:una|un) (?:botella|ladrillo|bate|tubo|piedra)",
    # a hold-up now
    r"stick ?up (?:at|in|on)", r"stickup", r"atraco\b(?! (?:de|del) (?:la )?semana)",
    # Spanish
    r"apunal\w*", r"navajazo", r"acuchill\w*", r"picaron", r"le (?:dieron|metieron) un (?:tiro|"
    r"balazo|navajazo|piquete)",
    r"(?:me|la|lo|le|les|nos|los|las) (?:esta|estan|sta|ta|tan|andan|anda) (?:pegando|golpeando|"
    r"golpiando|pateando|madreando|ahorcando|apunalando|jalando|arrastrando|aventando|empujando|"
    r"robando|asaltando|cacheteando|dando (?:cachetadas|golpes|patadas|una golpiza|una madriza|"
    r"de golpes))",
    r"(?:me|la|lo|le|los|las|nos) (?:esta|estan|quiere|quieren) (?:matar|ahorcar|violar|lastimar)",
    r"me asaltan", r"matar(?:me|la|lo|nos)",
    r"(?:me|nos|la|lo|los|las|te|le|les) (?:\w+ )?(?:va|van|vas|quiere|quieren|queria|"
    r"amenaz\w*) (?:a |con )?(?:matar|partir (?:\w+ )?la madre|madrear|balacear|apunalar|picar|"
    r"quemar|golpear|pegar|lastimar|hacer dano)",
    r"(?:dando|dieron|dan|dandole|dandoles|puso|pusieron) (?:una )?(?:golpiza|madriza|putiza|"
    r"paliza|chinga|pela)",
    r"(?:pateando|golpeando|golpiando|madreando|madriando|brincando|brincaron|brincandole|"
    r"agarrando a golpes|agarraron a golpes|tumbaron|tiraron|aventaron|empujaron|empujando|"
    r"aventando|jalando|arrastrando|cacheteando|ahorcando) (?:a )?(?:mi |su |la |el |una |un |"
    r"este |ese )?(?:mama|mami|madre|papa|hermana|hermano|esposa|esposo|novia|novio|hij[oa]|"
    r"nin[oa]|bebe|abuel[oa]|tia|prima|primo|vecina|senora|senor|mujer|hombre|amiga|muchach[oa]|"
    r"chav[oa]|chamac[oa]|tipo|vato|bato|joven|viejit[oa]|persona|alguien)",
    r"(?:aventando|avento|empujando|empujo|azotando|azoto|estrellando|"
    r"estrello) (?:a )?(?:\w+ ){0,3}?contra la pared",
    r"(?:jalando|jalo|arrastrando|arrastro|agarrando|agarro) (?:\w+ ){0,2}?(?:del|de los|"
    r"por el) pelos?",
    r"se (?:estan|tan) aventando cosas",
    r"(?:peleando|pelean|discutiendo)\b[^.!?]{0,50}?\b(?:grita|gritando|llorando|se quebro|"
    r"se rompio|golpes)",
    r"(?:grita|gritando|gritos|llorando) (?:\w+ )?(?:ayuda|auxilio|bien feo|horrible|como loca|"
    r"pidiendo ayuda)", r"pidiendo (?:ayuda|auxilio)",
    r"como si (?:la|lo|le|los|las) (?:estuvieran|estuviera) (?:lastimando|matando|pegando|"
    r"golpeando)",
    r"(?:senora|mujer|muchacha|nina|alguien) (?:\w+ ){0,2}?(?:gritando|grita) (?:bien feo|"
    r"horrible|como|ayuda|auxilio)",
    r"me (?:encerro|encerraron|tiene encerrad[oa]|tienen encerrad[oa])",
    r"(?:la|lo) (?:encerro|encerraron|tiene encerrad[oa])",
    r"no me (?:deja|dejan) (?:salir|ir)", r"(?:me|nos) escond\w*",
    r"(?:estoy|estamos|toy|tamos) (?:\w+ )?escondid[oa]s?",
    r"(?:estoy|estamos|toy|tamos|escondid[oa]s?) (?:\w+ )?debajo de la cama",
    r"(?:le|les) (?:esta|estan|tan|ta|sta) (?:quitando|bajando|robando) (?:el |la |su )?(?:carro|"
    r"tro[ck]a|camioneta|auto|coche|van|bolsa|cartera)",
    r"(?:lo|la|los|las) (?:sacaron|bajaron|jalaron) (?:de|del) (?:su )?(?:carro|tro[ck]a|auto|"
    r"coche)",
    r"(?:le|les) (?:quitaron|bajaron|robaron) (?:el |la |su )?(?:carro|tro[ck]a|camioneta|auto|"
    r"coche|van) a (?:un|una|mi|el|la)",
    r"asalto (?:a mano armada|en progreso)", r"secuestr\w*",
)
# Someone breaking in, inside, or prowling now; sounds of an intruder.
_BREAK_IN: Final = (
    r"breaking (?:in|into)", r"trying (?:to|2) (?:get|break|come) (?:in|into)",
    # a door being broken down; an intruder who broke in and is still there
    r"(?:breaking|kicking|knocking|busting|ramming) (?:down )?(?:the|my|our|her|his|their|a) "
    r"(?:\w+ )?(?:door|doors|window|gate)s? (?:down|in|open)",
    r"(?:broke|broken|busted|kicked|came|got|snuck|climbed) (?:in|into)\b[^.!?]{0,60}?still "
    r"(?:inside|in (?:here|there|the (?:house|apartment|apt|basement|garage)))",
    # the same in Spanish: in through a window, or in and still there ("se acaban de meter a la
    # casa de al lado por la ventana y siguen adentro", "entraron por la ventana", "se metieron
    # al depa y todavia estan adentro"); an animal that got in is blanked first
    r"(?:se (?:acaba |acaban |acabo |acabaron )?(?:de )?(?:meter|metio|metieron|colo|colaron|colar|"
    r"brinco|brincaron)|entraron)\b[^.!?]{0,40}?por (?:la|una|el|las) (?:ventana|ventanas|"
    r"puerta de atras|sotano|techo)",
    r"(?:se (?:acaba |acaban |acabo |acabaron )?(?:de )?(?:meter|metio|metieron|colo|colaron|"
    r"colar)|entraron)\b[^.!?]{0,60}?(?:siguen|sigue|todavia (?:estan|esta)|aun (?:estan|esta)) "
    r"(?:adentro|dentro|ahi adentro)",
    # a car or its parts being stolen now, a catalytic converter cut off ("2 guys are cutting the
    # catalytic converter off my neighbors car right now", "estan cortando el catalizador",
    # "someone is stealing my car"); a trend is told in the plural ("they keep stealing catalytic
    # converters", "somebody keeps stealing the catalytic converters", "se estan robando los
    # catalizadores en mi bloque") and a past theft in the past. The verb "to be" is often
    # dropped: "2 guys cutting the catalytic converter off my car"
    r"(?:is|are|'re|'s|r|theyre|hes|shes|guys|dudes|men|someone|somebody|people|ppl|esta|estan|ta|"
    r"tan|anda|andan) (?:(?!(?:keeps?|kept|always|usually|constantly|been)\b)\w+ )?(?:stealing|"
    r"robando|robandose) (?:the |a |my |our |his |her |their |this |that |el |la |mi |su |un |una |"
    r"\w+'?s )(?:\w+ )?(?:catalytic(?! converters)|converter|catalizador|convertidor|car|truck|van|"
    r"suv|bike|motorcycle|scooter|carro|troca|troka|camioneta|moto|coche|auto|bici|bicicleta|tires|"
    r"wheels|rims|llantas|rines)\b",
    r"(?:is|are|'re|'s|r|theyre|hes|shes|guys|dudes|men|someone|somebody|people|ppl|esta|estan|ta|"
    r"tan|anda|andan) (?:(?!(?:keeps?|kept|always|usually|constantly|been)\b)\w+ )?(?:cutting|"
    r"sawing|cortando|serruchando|quitando|sacando) (?:off |out )?(?:the |a |my |our |his |her |"
    r"their |this |that |el |la |mi |su |un |una |\w+'?s )(?:\w+ )?(?:catalytic(?! converters)|"
    r"converter|cat|catalizador|convertidor)\b",
    r"(?:trying|tryin|tryna|trynna|attempting) (?:to |2 )?(?:open|pry|force|jimmy|kick (?:in|down|"
    r"open)|climb (?:in|into|through)|break (?:in|into|down)) (?:my|our|the|her|his|a|their|it)",
    r"(?:pry|prying|pried|jimmy|jimmying|force|forcing|forced) (?:open )?(?:my|our|the|her|his|a|"
    r"their) (?:\w+ )?(?:door|window|lock|gate|garage)",
    r"kick(?:ing|ed)? (?:in )?(?:the|my|our) door",
    r"(?:pounding|poundin|banging|bangin|kicking|kickin|beating|punching|slamming|"
    r"ramming) (?:on )?(?:my|the|our|her|his) (?:front |back |bedroom |bathroom |apartment |apt |"
    r"side )?(?:door|window)",
    r"(?:at|on|outside|by|through|in) (?:my|our|the|her|his) (?:\w+ )?(?:door|window|windows|"
    r"doors)\b.{0,20}?(?:trying|tryin|tryna|prying|jiggling|opening|banging|looking in|peeking)",
    r"intruders?", r"home invasion",
    r"(?:there'?s|theres|there is|hay) (?:a |un |una )?(?:man|guy|stranger|someone|somebody|"
    r"hombre|tipo|desconocido|extrano|senor) (?:in|en) (?:her|his|my|our|their|su|mi) (?:house|"
    r"kitchen|basement|bedroom|garage|apartment|apt|casa|cocina|sotano|cuarto|depa)",
    r"(?:someone|somebody|a (?:man|guy|person|stranger)|stranger|desconocido|alguien|"
    r"un tipo) (?:\w+ )?(?:got|broke|came|snuck|se metio|entro) (?:in )?(?:thru|through|"
    r"por) (?:the |la |el )?(?:back|front|window|door|basement|atras|ventana|puerta|sotano)",
    r"(?:threw|throwing|thrown|throws) (?:a |an |some )?(?:brick|bricks|rock|rocks|bottle|bottles|"
    r"something) (?:through|thru|at|into) (?:my|our|the) (?:\w+ )?(?:window|windows|door|car|"
    r"house)",
    r"(?:someone|somebody|some1|sum1|a (?:man|guy|person|stranger)|strangers?|some guy|some dude|"
    r"guys|men) (?:just )?(?:jumped|jumping|climbed|climbing|hopped|hopping) (?:over )?(?:my|our|"
    r"the|the back) (?:fence|gate)(?! to)",
    r"(?:brinco|brincaron|salto|saltaron|se brinco|se salto|trepo) (?:la|mi|el) (?:cerca|barda|"
    r"reja|porton)",
    r"(?:alguien|un tipo|un hombre|un senor|unos tipos|un extrano|"
    r"un desconocido)\b[^.!?]{0,30}?(?:esta|estan|anda|andan) en (?:mi|la|nuestra|el) (?:yarda|"
    r"patio|porche|porch|garage|garaje|sotano|casa|depa|cuarto)",
    r"(?:broke in|broken in|got in|came in|se metio|se metieron)\b[^.!?]{0,30}?(?:won'?t|wont|"
    r"refuses to|will not|no se (?:quiere|quieren)) (?:leave|go|get out|ir|salir)",
    r"(?:he'?s|hes|she'?s|shes|they'?re|theyre|someone'?s|someones|somebody'?s|somebodys|they are|"
    r"he is|she is|someone is|somebody is) still (?:inside|in there|in here|in the house|in my|"
    r"upstairs|downstairs|here)",
    r"(?:prying|jiggling|rattling|yanking|forcing|picking|messing) (?:at |on |with )?(?:my|our|"
    r"the|her|his) (?:\w+ )?(?:door|window|lock|doorknob|door ?knob|door handle|handle|screen)s?",
    r"trying (?:my|our|the) (?:front |back |side |bedroom )?(?:door|doors|window|windows|lock|"
    r"handle)",
    r"(?:quiere|quieren|trata|tratan|intenta|intentan|esta tratando|"
    r"estan tratando) (?:de )?(?:abrir|forzar|tumbar|entrar|meterse) (?:a |en )?(?:mi|la|"
    r"nuestra) (?:ventana|puerta|casa|depa|cuarto)",
    r"(?:someone|somebody|some1|sum1|someones|someone'?s|somebodys|a (?:man|guy|person|stranger)|"
    r"strangers?|people|ppl) (?:is |are |'s |s )?(?:still )?(?:in|inside|in my|walking around in|"
    r"moving around in|upstairs in) (?:my|our|the|their|her|his) (?:house|home|apt|apartment|"
    r"place|garage|basement|attic|room|bedroom|closet|kitchen|yard|backyard|back yard|"
    r"porch)\b(?! (?:has|had|is|was|needs?|wants?|got|gets|tested|works?|uses?|speaks?|lives?))",
    r"(?:someone|somebody|some1|sum1|someones|someone'?s|somebodys|a (?:man|guy|person|"
    r"stranger)) (?:is |'s |s )?(?:still )?(?:in|inside) (?:here|there|my place|upstairs|"
    r"downstairs)",
    r"(?:someone|somebody|some1|sum1|a (?:man|guy)|alguien|un (?:tipo|hombre)) (?:\w+ )?(?:got|"
    r"broke|came|snuck|se metio|entro|se metieron|entraron) (?:in|into|inside|a|en) (?:my |the |"
    r"our |mi |la |el |nuestra )?(?:house|home|apt|apartment|place|casa|depa|departamento|cuarto|"
    r"room)",
    r"(?:hear|hearing|heard|can hear) (?:\w+ ){0,2}?(?:someone|somebody|some1|footsteps|steps|"
    r"noises?|voices|people|them)\b(?:\s\w+){0,4}?\s(?:inside(?! (?:the|my|our) walls?)|upstairs|"
    r"downstairs|in (?:my|the|our) (?:house|home|apt|apartment|basement|attic|garage|kitchen|room|"
    r"closet))",
    r"(?:footsteps|foot steps|noises) (?:\w+ )?(?:in|inside) (?:my|the|our) (?:house|home|apt|"
    r"apartment|basement|attic|garage|kitchen|room|closet)",
    r"(?:noises?|voices) inside(?! (?:the|my|our) walls?)",
    # a door found open, and someone heard inside
    r"(?:door|puerta)\b[^.!?]{0,40}?(?:open|abierta|forzada|kicked in|"
    r"busted)\b[^.!?]{0,40}?(?:hear|heard|oigo|oi|se oyen?|se escuchan?|"
    r"escucho) (?:\w+ )?(?:noises?|someone|somebody|footsteps|voices|ruidos?|alguien|pasos|voces)",
    r"(?:heard|hear|just heard) (?:\w+ ){0,2}?(?:glass|a window|windows?) (?:\w+ )?(?:break|"
    r"breaking|broke|shatter\w*|smash\w*)",
    r"(?:glass|window) (?:just )?(?:broke|break\w*|shatter\w*|smash\w*) (?:downstairs|upstairs|"
    r"in the|inside|in my)",
    r"(?:flash ?light|flashlights|lights?|shadows?) (?:\w+ ){0,2}?(?:moving|movin|walking|"
    r"going) (?:around )?(?:inside|in there|in the house|in their|upstairs|downstairs|next door|"
    r"in (?:my |our |the |his |her )?(?:\w+ )?(?:house|home|place|apt|apartment|basement|garage|"
    r"attic))",
    r"(?:someone|somebody|some1|a (?:man|guy|person)) (?:\w+ ){0,2}?(?:walking|walkin|moving|"
    r"creeping|sneaking) around (?:inside|in there|in the house|in their|in my|upstairs|"
    r"downstairs)",
    r"(?:trying|testing|checking|checkin|checkn|pulling|pullin|yanking|jiggling|opening|going "
    r"through|going thru|goin thru) (?:on )?(?:\w+ ){0,3}?(?:car|cars|truck|trucks|vehicle) "
    r"(?:doors?|door handles?|handles?)", r"(?:every|all the) car doors?", r"car door handles?",
    r"(?:door handles?|doors|handles) (?:on|of) (?:every|all (?:the )?|the|people'?s|parked) cars?",
    # Spanish
    r"se (?:esta|estan|sta|ta|tan) metiendo", r"(?:tratando|intentando|"
    r"queriendo) (?:de )?(?:entrar|meter\w*|abrir\w*|forzar\w*)",
    r"pateando la puerta", r"intrus[oa]s?",
    r"alguien (?:dentro de|adentro de|en) (?:mi|la|el|nuestra|su) (?:casa|depa|departamento|"
    r"apartamento|cuarto|garage|garaje|sotano|atico|cocina|yarda|patio)", r"alguien (?:adentro|"
    r"dentro)",
    r"(?:todavia|aun|sigue) (?:hay )?alguien (?:adentro|dentro)", r"alguien (?:sigue|"
    r"todavia esta) adentro",
    r"(?:golpeando|aporreando|pateando|tocando (?:bien )?(?:feo|fuerte)|tumbando|empujando|"
    r"forzando|"
    r"tratando de abrir|queriendo abrir|quieren tumbar|quiere tumbar) (?:\w+ ){0,2}?(?:la |mi |"
    r"su )?puerta", r"(?:tumbar|derribar|romper|abrir a patadas) (?:mi|la|su) puerta",
    r"patadas? a la puerta", r"a patadas",
    r"(?:tumbo|tumbaron|derribo|derribaron|rompio|rompieron|forzo|forzaron|patearon|pateo) (?:la|"
    r"mi|nuestra|su) puerta", r"puerta (?:estaba |esta )?forzada",
    r"(?:se oyen?|oigo|escucho|oi|se escuchan?) (?:\w+ )?(?:pasos|alguien|voces)",
    r"(?:pasos|ruidos?) (?:\w+ )?(?:en el (?:sotano|atico|garage|garaje)|en mi (?:casa|cuarto|"
    r"sotano|"
    r"garage|depa)|adentro)", r"pasos (?:\w+ )?(?:arriba|abajo)",
    r"(?:oi|oigo|escuche|se oyo) (?:que )?(?:se )?(?:\w+ )?(?:quebr\w*|romp\w*) (?:un |el |unos |"
    r"los )?(?:vidrios?|ventanas?)", r"(?:vidrios?|ventanas?) (?:quebrarse|romperse)",
    r"se (?:quebro|rompio) (?:un |el |la |una )?(?:vidrio|ventana) (?:abajo|arriba|en el|en la|"
    r"adentro)",
    r"(?:luz|lampara|linterna|sombras?) (?:\w+ ){0,2}?(?:moviendose|caminando|por las ventanas|"
    r"adentro)",
    r"(?:alguien|un tipo|un hombre) (?:\w+ ){0,2}?(?:caminando|"
    r"moviendose) (?:\w+ ){0,3}?(?:en su casa|adentro|en la casa|en mi casa)",
    r"(?:abriendo|jalando|checando|chequeando|probando|forzando|revisando|"
    r"tratando de abrir) (?:\w+ ){0,3}?(?:puertas?|manijas?|chapas?|"
    r"ventanas?) de (?:\w+ ){0,2}?(?:carros?|autos?|coches?|tro[ck]as?|camionetas?)",
)
# Fire and smoke: things burning, smoke pouring out, a pan or an outlet going up.
_FIRE: Final = (
    r"fire", r"fires", r"on fire", r"flames?", r"in flames", r"caught fire", r"catch fire",
    r"smoke (?:is |s )?(?:coming|comin|pouring|pourin|billowing|rising|blowing|seeping|filling|"
    r"everywhere|out of|outta|out the|from)",
    r"(?:there'?s|theres|there is) smoke",
    r"(?:black|thick|grey|gray|heavy|lots of|a lot of|so much|full of|filling (?:up )?with|"
    r"filled (?:up )?with|fills with) smoke",
    r"burning (?:down|building|house)",
    # (a light that is "burning bright" or "burning all day" is a street-light report; a house or
    # a garage that is burning is caught by name below)
    r"(?:is|are|'s|s|was) burning(?! up| hot| my| our| his| her| bright| brightly| all day| 24/7|"
    r" during the day| in the daytime| (?:the )?(?:leaves|trash|garbage|"
    r"wood|brush))",
    r"(?:car|van|truck|suv|house|home|garage|building|porch|roof|apartment|apt|shed|dumpster|tree|"
    r"bus|trailer|mattress|couch|kitchen|stove|pan|pot|grease) (?:is |are |'s |"
    r"s )?(?:burning(?! up)|on fire|in flames)",
    r"(?:pan|pot|grease|oil|stove) (?:\w+ ){0,2}?(?:went up|going up|caught)",
    r"(?:can'?t|cant|cannot|couldn'?t) put (?:the fire|the flames) out",
    r"(?:smell|smells|smelling|smelt|smelled) (?:\w+ ){0,2}?(?:burning|burnt|burned|smoke|"
    r"electrical)", r"burning (?:\w+ )?(?:smell|odor|odour)",
    r"(?:outlet|outlets|socket|sockets|wall|walls|wires?|wiring|breaker|panel|cord|"
    r"plug) (?:\w+ ){0,3}?(?:hot to the touch|sparking|smoking|popping|melting|melted|scorched|"
    r"burning)",
    r"explosion", r"exploded", r"transformer blew",
    r"in[cs]endios?", r"in[cs]endiando", r"se (?:esta )?in[cs]endi\w*", r"fuego", r"lumbre",
    r"en llamas",
    r"(?:hay|salen|sale|saliendo|echando) llamas",
    r"ardiendo", r"ardiendose", r"(?:esta|estan|sta|ta|tan|se) quema\w*", r"agarr\w* (?:lumbre|"
    r"fuego)",
    r"prendi\w* (?:lumbre|fuego)",
    r"se (?:prendio|encendio|incendio) (?:el|la|mi|un|una) (?:sarten|aceite|estufa|cocina|cortina|"
    r"colchon|cama|sofa|sillon|casa|garage|carro|edificio)",
    r"(?:sale|salen|saliendo|saliendose|sacando|echando|echa|mucho|hay|lleno de|llena de|lleno|"
    r"llena|puro) (?:\w+ ){0,2}?h?umo\w*", r"(?:humo|umo)\w* (?:negro|gris|blanco|espeso|saliendo|"
    r"saliendose)",
    r"(?:huele|uele|guele) a (?:\w+ )?(?:quem(?:ado|ando|ada)|h?umo)",
    r"olor a (?:\w+ )?(?:quem(?:ado|ando|ada)|h?umo)",
    r"(?:enchufes?|contactos?|cables?|alambres?) (?:\w+ ){0,3}?(?:calientes?|quemad\w*|quemando|"
    r"tronando|chispeando|derretid\w*|echando humo)",
    r"exploto",
)
# Gas: the smell (including "rotten eggs"), a hissing or whistling gas line or stove, carbon
# monoxide.
_GAS: Final = (
    r"(?:smell|smel|smells|smelling|smelled|smelt|smellin|stinks?|reeks?|odor|"
    r"odour) (?:\w+ ){0,2}?(?:like |of )?(?:natural )?(?:gas|propane|sulfur|sulphur)",
    r"gas (?:\w+ ){0,2}?(?:smell|odor|odour|leak\w*)", r"leak\w* gas", r"gas leak",
    r"rotten eggs?(?! (?:in|from) (?:the |my |our )?(?:garbage|trash|fridge|dumpster|cart|bin))",
    r"huevos? podridos?(?! (?:en|de) (?:la |el |mi )?(?:basura|bote|refri))",
    r"(?:gas|stove|estufa)\b(?:\s\w+){0,4}?\s(?:hiss\w*|whistl\w*|chifl\w*|silb\w*)",
    r"hiss\w* (?:\w+ ){0,4}?(?:gas|stove)",
    r"carbon monoxide", r"monoxido",
    r"co (?:alarm|detector)s? (?:\w+ ){0,2}?(?:going off|goes off|went off|beeping|sounding|"
    r"blaring)",
    r"(?:detector|alarma)s? de monoxido (?:\w+ ){0,2}?(?:sonando|suena|sono|pitando)",
    # ("huele" is also written as it sounds: "uele", "guele")
    r"fuga de gas", r"(?:huelen?|uelen?|guelen?|hule|huee|apesta|apestan|olor|oler) (?:\w+ ){0,3}?"
    r"a gas",
    r"olor a gas", r"(?:sale|saliendo|escapa\w*) (?:el )?gas",
)
# Being followed, tailed or watched by a stranger, and the fear that goes with it.
_FOLLOWED: Final = (
    r"(?:following|followin|follows|followed|stalking|chasing|trailing|tailing|hunting) me",
    r"(?:behind|after) me (?:for|since|the whole|all the way|every)", r"on my (?:heels|tail)",
    r"(?:he|she|they|man|guy|dude|someone|somebody|car|van|suv|truck|stranger|"
    r"person) (?:\w+ ){0,4}?"
    r"(?:(?:keeps?|kept) (?:showing up|popping up|turning up|appearing|getting closer|"
    r"coming closer|"
    r"circling)|(?:everywhere|wherever) i go|(?:won'?t|wont|will not) (?:go away|leave me alone|"
    r"stop following))", r"every turn i (?:make|take)",
    r"(?:peeking|peeping|looking|staring) (?:in|into|through|thru) (?:my|our|her|his|"
    r"the) (?:\w+ )?(?:windows?|doors?)",
    r"(?:viendo|mirando|asomandose|espiando) (?:por|hacia|dentro de|adentro de) (?:la|las|mi|"
    r"mis) (?:ventanas?|puertas?)",
    # (the sender is the one scared: "this car has been behind me and i'm scared to go home"; not
    # "my son got stung and now he's scared to go out back")
    r"(?:man|guy|someone|somebody|he|him|dude|stranger|car|van)\b[^.!?]{0,80}?\b(?:i'?m|im|i am|"
    r"i was|i'?ve been|we'?re|we are|we were|i feel|we feel|i get|i got|me)(?: \w+)? scared to "
    r"(?:go|leave|walk|get out|drive)",
    r"(?:staring|watching|glaring) at (?:me|us)\b[^.!?]{0,30}?(?:scared|afraid|terrified)",
    r"me (?:esta|estan|viene|vienen|anda|andan|va|van|sta|ta) (?:siguiendo|persiguiendo)",
    r"me (?:sigue|siguen|sigeu|siigue)(?! \w+(?:ando|iendo|endo)\b)", r"me persigue\w*",
    r"(?:atras|detras) de mi (?:desde|por|hace)",
    r"(?:camina|viene|vienen|anda|va) (?:atras|detras) de mi",
    r"pisando los talones", r"me (?:sale|aparece) (?:en todos lados|donde sea|dondequiera|por "
    r"todos lados)",
    r"(?:senor|hombre|tipo|alguien|carro|camioneta|vato|bato)\b[^.!?]{0,60}?(?:tengo|"
    r"me da) miedo (?:de )?(?:salir|llegar|ir|entrar|regresar)",
    r"viendome y tengo miedo",
)
# Suicide risk: intent, a goodbye message, someone on a ledge or a bridge.
_SUICIDE: Final = (
    r"suicid\w*",
    r"goodbye (?:message|note|letter|text|post|video)",
    r"(?:texted|sent|messaged|posted|wrote|left) (?:me |us |a |her |his )?(?:\w+ )?goodbye",
    r"(?:want|wants|wanna|wanted|wanting|trying|tryna) (?:to )?die",
    r"(?:want|wants|wanna|wanted|wanting|going|gonna|gon|trying|tryna|about) (?:to )?(?:end (?:it|"
    r"it all|my life|his life|her life|their life|things)|kill (?:myself|himself|herself|"
    r"themselves)|take (?:my|his|her|their) (?:own )?life)",
    r"(?:end|ending|take|taking) (?:it all|(?:my|his|her|their) (?:own )?life)",
    # an overdose announced: the pills family of step 2 in the future ("im going to take all my
    # pills", "voy a tomar todas mis pastillas"), not an errand ("going to take all my meds to
    # the pharmacy")
    r"(?:going to|gonna|gon|finna|about to|bout to|want to|wanna|wants to|trying to|tryna|"
    r"threatening to|voy a|va a|vas a|quiero|quiere|amenaza con) (?:\w+ )?(?:take|swallow|eat|"
    r"down|pop|overdose on|tomar(?:me|se)?|tragar(?:me|se)?) (?:\w+ ){0,2}?(?:all|a whole|"
    r"the whole|whole|a bottle|the bottle|too many|so many|a handful|a bunch|bunch|todas|todos|"
    r"un bote|un frasco|muchas|demasiadas|un monton)\b(?:\s\w+){0,4}?\s(?:pills|pastillas|xanax|"
    r"bars|percs?|percocets?|oxys?|meds|medicine|medicina|medicinas|medicamentos?|tylenol|advil|"
    r"pain ?killers)(?! (?:to|back|with|into|at|for|in|a|al|en|con)\b)",
    r"(?:don'?t|dont|do not|doesn'?t|doesnt|does not|no longer) (?:want|wanna|"
    r"wants) (?:to )?(?:live|be alive|exist|be here|go on|wake up)(?! (?:in|on|at|near|with|"
    r"without|by|there|here|next|under|like|around|close|when|if|for|during|while|after|until))",
    r"(?:kill|killing|hurt|hurting|cut|cutting) (?:my|him|her|them)sel(?:f|ves)",
    r"(?:trying|tryna|going|gonna|about|threatening|wants|want|says he'?s gonna|"
    r"says she'?s gonna) (?:to )?jump(?! ?start| (?:my|the|a|his|her) (?:car|battery|truck|van)|"
    r" rope| in line| on a call| on the| in the (?:pool|sprinkler)| into the pool| the (?:line|"
    r"fence)| over)",
    r"jump(?:ing|ed)? (?:off|from) (?:the |a |an )?(?:\w+ )?(?:bridge|roof|building|balcony|"
    r"overpass|viaduct|window|ledge|garage|train|platform|tracks)",
    r"(?:hanging|dangling|climbing|climbed|climb|leaning|standing|sitting) (?:off|from|over|on|"
    r"onto|up|outside)? ?(?:the |a )?(?:edge|ledge|railing|rail|fence|barrier|side|"
    r"wrong side) (?:of |on |off |over )?(?:the |a |an )?(?:\w+ )?(?:bridge|overpass|viaduct)",
    r"(?:hanging|dangling) (?:off|from) (?:the |a )?(?:bridge|overpass|viaduct)",
    r"(?:hanging|dangling) (?:off|from) (?:the |a )?(?:roof|balcony|ledge|window)",
    r"(?:cutting|cut|slit|slitting) (?:his|her|their|my) (?:wrists?|arms?|veins)",
    r"se (?:esta )?(?:cortando|corto) (?:las venas|las munecas|los brazos)", r"se esta cortando",
    r"(?:queriendo|quiere|va a|piensa) (?:tirarse|aventarse|brincar|saltar)",
    r"(?:tirarse|aventarse|saltar|brincar) (?:del|de la|al|desde el|desde la) (?:puente|techo|"
    r"edificio|rio|lago|tren|balcon|azotea)",
    r"(?:standing|sitting|climbing|climbed|hanging|leaning|person|man|woman|guy|girl|boy|kid|"
    r"someone|somebody|he|she) (?:\w+ ){0,2}?(?:on |over |off )?(?:the |a )?(?:edge|ledge|railing|"
    r"rail) of (?:the |a |an )?(?:\w+ ){0,2}?(?:bridge|overpass|roof|building|garage|balcony|"
    r"viaduct)",
    r"(?:someone|somebody|person|man|woman|guy|girl|kid|he|she|standing|"
    r"sitting) (?:\w+ ){0,2}?on the (?:ledge|edge of the roof)",
    r"(?:se quiere|quiere|me quiero|me voy a|se va a|se quiere) (?:suicidar|matar|tirar|aventar)",
    r"(?:ya )?no (?:quiero|quiere|queremos|quieres) (?:seguir )?vivir(?! en| con| cerca| por|"
    r" aqui| ahi| alla)",
    r"(?:me|se|nos) (?:quiero|quiere|quieren) morir", r"quitar(?:me|se|le)? la vida",
    r"(?:bridge|roof|ledge|edge|tracks|puente|techo|azotea|orilla|"
    r"vias)\b[^.!?]{0,50}?(?:(?:can'?t|cant|cannot) (?:do this|take (?:it|this)|go on)(?: anymore|"
    r" no more)?|ya no (?:puedo|aguanto) mas|no (?:le )?veo (?:sentido|caso)|(?:don'?t|do not|"
    r"can'?t|cant) see (?:a |any )?(?:reason|point))",
    r"(?:gonna|going to|wanna|want to|bout to|finna|about to|says he'?s|says she'?s) kms",
    r"unalive\w*", r"se (?:va a |quiere )?quit(?:a|ar) de en medio",
    r"(?:saying|say|said|says) goodbye to (?:every(?:one|body)|all|us|me|(?:her|his) family)",
    r"se esta despidiendo", r"despidiendose de todos",
    r"(?:rope|noose|soga|cuerda) (?:\w+ ){0,4}?(?:ready|lista|listo)",
    r"(?:has|have|got) a (?:rope|noose)",
    r"(?:in|en) (?:my|mi|the|el|his|her|su) (?:car|carro) (?:in|en) (?:the|el|my|mi|his|her|"
    r"su) (?:garage|garaje)\b[^.!?]{0,40}?(?:running|prendido|encendido|engine|motor)",
    r"(?:mensaje|carta|nota|video) de despedida", r"(?:me|nos|le) (?:mando|escribio|dijo) (?:un |"
    r"el )?adios",
    r"(?:parad[oa]|sentad[oa]|subid[oa]|trepad[oa]|colgad[oa]|alguien|hombre|mujer|muchach[oa]|"
    r"senor|senora|persona) (?:\w+ ){0,3}?(?:en )?(?:la |el )?(?:orilla|barandal|borde|baranda|"
    r"cornisa) (?:del|de la|de un|de una) (?:\w+ )?(?:puente|techo|edificio|estacionamiento|"
    r"balcon|azotea)",
)
# A missing child: lost in a crowd, not home when due, wandered off.
_MISSING: Final = (
    _KID + r" (?:is |has been |been |went |has gone |gone |are )?missing(?! (?:school|class|"
    r"the bus|work|teeth|a tooth|days?|out|his|her|their))",
    r"(?:nino|nina|hijo|hija|bebe|nene|nena) (?:is )?missing",
    r"missing (?:child|kid)",
    r"(?:lost|can'?t find|cant find|cannot find|can not find|couldn'?t find) (?:my |our |her |his "
    r"|the )?(?:little |lil |baby |youngest |oldest )?" + _KID + r"(?!'s)",
    _KID + r"\b[^.!?]{0,60}?(?:can'?t|cant|cannot|couldn'?t) find (?:him|her|them)",
    _MISSING_WHO + r"\b[^.!?]{0,50}?\b(?:(?:nobody|no one|noone|nobodys|nobody'?s) (?:has |"
    r"'s )?seen (?:him|her|them)|(?:didn'?t|didnt|never|hasn'?t|hasnt|has not|did not|"
    r"not) (?:come|came|make it|made it|gotten|got|been|returned|come back|"
    r"came back) (?:back )?home|should(?:'?ve| have|a) been home|(?:is |"
    r"was )?supposed to be (?:home|back)|(?:wandered|wondered) (?:off|away)|got out (?:the|of the|"
    r"thru|through) (?:front |back )?(?:door|gate|house|yard)|(?:isn'?t|isnt|is not|not) anywhere|"
    r"nowhere to be found)",
    _KID + r"\b[^.!?]{0,30}?(?:ran|run|walked) (?:off|away)",
    r"se me (?:perdio|fue|escapo|salio|perdieron) (?:mi |el |la |los |las )?" + _NINO,
    _NINO + r" se me (?:perdio|fue|escapo|salio|perdieron)",
    r"se (?:perdio|salio) (?:mi |el |la )?" + _NINO,
    r"perd(?:i|imos) a (?:mi|nuestro|nuestra|el|la) " + _NINO,
    r"no (?:encuentro|encontramos|hallo|hallamos|aparece|aparecen) (?:a )?(?:mi |el |la |nuestro |"
    r"nuestra )?" + _NINO,
    _NINO + r"\b[^.!?]{0,90}?no (?:lo|la|los|las) (?:encuentro|encontramos|hallo|hallamos|vemos|"
    r"veo)",
    _NINO + r" (?:\w+ ){0,6}?(?:no llego|nunca llego|no ha llegado|no regreso|no ha regresado|"
    r"no ha vuelto)",
    _NINO + r"\b[^.!?]{0,50}?(?:(?:tenia|debia) (?:que |q )?(?:llegar|estar aqui|regresar)|nadie "
    r"(?:lo|la|los) ha visto|(?:en|por) ningun lado)",
    "(?:" + _NINO[3:-1] + r"|esposo|esposa|mama|papa|abuel[oa]|herman[oa]|alguien|persona)\b"
    r"[^.!?]{0,30}?(?:esta|estan|sta) desaparecid[oa]s?",
    _NINO + r"\b[^.!?]{0,40}?(?:no aparece|se (?:me )?perdio)",
    _MISSING_WHO + r"\b[^.!?]{0,30}?(?:was |got |been |has been )?(?:taken|grabbed|snatched|"
    r"abducted|lured|picked up) (?:away )?by (?:a |an |some )?(?:stranger|man|guy|woman|lady|"
    r"someone|somebody|person|car|van)",
    r"(?:dementia|demencia|alzheimer\w*|autis\w*|non ?-?verbal|doesn'?t talk|can'?t speak|"
    r"cant speak)\b[^.!?]{0,80}?(?:walked (?:out|away|off)|wandered|left|ran off|ran away|"
    r"slipped out|got out|took off|"
    r"se salio|se fue|se nos fue|se escapo|salio|no lo hallamos|no la hallamos|no lo encontramos|"
    r"missing|can'?t find)",
    r"(?:walked out|wandered off|ran off|slipped out|got out|se salio|se fue|"
    r"se escapo)\b[^.!?]{0,60}?(?:dementia|demencia|alzheimer\w*|autis\w*)",
    r"se (?:lo|la|los|las) (?:llevo|llevaron|subio|subieron) (?:un|una|unos|"
    r"unas) (?:desconocid[oa]s?|senor|hombre|tipo|senora|mujer)",
)
# Crashes with people hurt or trapped: hit by a car, a car flipped, a rider down.
_CRASH: Final = (
    r"(?:crash|accident|choque|accidente) (?:with|con|w/) (?:injur\w*|herid\w*)",
    # (a truck that "flipped it", "flipped our cart" or "flipped over the can" flipped a thing)
    r"(?:car|suv|truck|van|bus|vehicle|jeep|cab|taxi|uber|semi) (?:\w+ ){0,2}?(?:flipped(?! (?:my|"
    r"our|his|her|their|your|the|a|an|some|every|all|them|em|'em|those|these|it(?!'?s\b)|"
    r"this|that(?!'?s\b)|over (?:\w+ ){0,2}?(?:carts?|cans?|bins?|lids?|dumpsters?|garbage|"
    r"trash|recycling))\b)|"
    r"rolled over|on its (?:roof|side)|upside down)",
    r"(?:stuck|trapped|pinned) (?:in|inside|under) (?:it|the car|the (?:\w+ )?(?:car|truck|"
    r"vehicle|wreck|rubble|suv|van))",
    r"(?:car|van|truck|suv|bus|vehicle|carro|van|camioneta|tro[ck]a|auto|elevador|"
    r"elevator)\b[^.!?]{0,50}?(?:gente|alguien|personas?|una senora|un senor|ninos?|"
    r"el chofer) (?:\w+ )?adentro",
    _SOMEONE + r" (?:\w+ ){0,3}?(?:got |was |been |just got |is |getting )?(?:hit|struck|ran over|"
    r"run over|mowed down) by (?:a |an |the )?(?:car|truck|bus|suv|van|vehicle|driver|train)",
    r"(?:car|truck|bus|suv|van|driver|train|someone|somebody) (?:just )?(?:hit|struck|ran over|"
    r"run over|mowed down|plowed into) (?:a |an |the |this |some |my |that )?(?:\w+ )?" + _SOMEONE
    + r"(?!'s)",
    r"on (?:a|his|her|their) (?:bike|scooter|motorcycle|moped|bicycle) (?:\w+ )?(?:got|was|"
    r"been) (?:hit|struck|ran over|run over)",
    r"(?:motorcycle|motorcyclist|biker|bike rider|rider|moped) (?:just )?(?:went down|wiped out|"
    r"crashed)",
    r"atropell\w* (?:a )?(?:un |una |el |la |mi |este |ese )?(?:\w+ )?" + _ALGUIEN,
    _SOMEONE + r" (?:just )?(?:got|was|been|is|getting) (?:ran over|run over|mowed down|run down)",
    r"(?:le|les) (?:pego|pegaron) (?:un |una |el |la )?(?:carro|tro[ck]a|camioneta|auto|coche|bus|"
    r"camion|van) a (?:un |una |mi |el |la )?(?:\w+ )?" + _ALGUIEN,
    r"(?:le|les) pegaron (?:a \w+ ){0,2}?(?:\w+ )?con (?:un |una |el )?(?:carro|tro[ck]a|"
    r"camioneta|auto|coche|bus|camion)",
    r"se (?:volteo|volco|volcaron|voltearon) (?:un |una |el |la )?(?:carro|tro[ck]a|camioneta|auto|"
    r"coche|van|bus|camion|trailer)", r"(?:carro|tro[ck]a|camioneta) volcad[oa]",
    r"se cayo (?:un |una |el |la |mi )?(?:motociclista|ciclista|senor|senora|nino|nina|abuel[oa]|"
    r"viejit[oa]|hombre|mujer)",
    r"(?:gente|alguien|personas?|chofer|senora|senor|hombre|mujer|nin[oa]|"
    r"muchach[oa]) (?:\w+ ){0,2}?(?:atrapad[oa]s?|atorad[oa]s?|(?:sigue|siguen) adentro)",
    r"(?:people|ppl|someone|somebody|driver|passengers?|kids?|lady|woman|man|family) (?:is |are |"
    r"got |been )?(?:still )?(?:inside (?:it|the (?:car|truck|van|suv|vehicle|wreck))|in it|"
    r"(?:trapped|pinned) (?:in|inside|under)|stuck (?:in|inside|under) (?:it|there|"
    r"the (?:\w+ )?(?:car|truck|van|suv|vehicle|wreck|elevator|building|house|apartment|fire)))",
    r"(?:people|ppl|someone|somebody|driver|passengers?|kids?|lady|woman|man|family) (?:is |"
    r"are )?still (?:inside|in there|in it)",
    r"(?:stuck|trapped|atorad[oa]s?|atrapad[oa]s?|encerrad[oa]s?) (?:\w+ ){0,2}?(?:in|en) (?:the |"
    r"an |el |un )?(?:elevator|elevador|ascensor)",
    r"(?:elevator|elevador|ascensor) (?:\w+ ){0,5}?(?:con gente|with (?:people|someone|somebody|"
    r"us|me|my|kids?)|hay (?:un |una |gente|alguien))",
    r"(?:se )?atoro el (?:elevador|ascensor)",
)
# Downed or live wires: sparking, arcing, buzzing on the ground, or lying on a car.
_WIRES: Final = (
    # ("sparking" is not in the spelling repair: "parking" is one letter short of it)
    r"(?:power|electric|electrical|live) (?:line|lines|wire|wires) (?:down|sparking)",
    r"sparking", r"sparkin",
    r"sparks? (?:flying|coming|everywhere)", r"arcing", r"wires? (?:are |is )?down",
    r"(?:wire|wires|cable|cables|power ?lines?)\b(?:\s\w+){0,3}? (?:on the ground|on the street|"
    r"in the street|on the sidewalk|lying|laying|layin|down on|on top of|on (?:a|the|my|our|his|"
    r"her|someone'?s) (?:car|van|truck|suv|house|porch|roof)|on it)",
    r"(?:wires?|cables?) (?:\w+ ){0,3}?(?:on|onto|on top of|encima de|sobre) (?:a |the |un |una |"
    r"el |la )?(?:\w+ )?(?:car|van|truck|suv|carro|tro[ck]a|camioneta|auto)",
    r"(?:cable|cables) (?:de luz )?(?:caidos?|en el suelo|en el piso|tirad[oa]s?)",
    r"(?:se cayo|cayo|cayeron|tumbo|tumbaron) (?:un |el |los |unos )?cables?",
    r"transformer\b[^.!?]{0,40}?(?:blew|popped|exploded|on fire|sparking|smoking|burning)",
    r"(?:revento|trono|exploto|estallo) (?:el )?transformador",
    r"(?:comed|electric|electrical|power|fuse|breaker|utility) box (?:\w+ ){0,3}?(?:humming|"
    r"smoking|sparking|on fire|burning|buzzing)",
    r"caja (?:de )?(?:comed|luz|electricidad)\b[^.!?]{0,40}?(?:zumbando|humo\w*|chispas|quemando)",
    r"(?:echando|sacando|soltando|tirando|aventando) chispas", r"chispea\w*", r"haciendo corto",
    r"cables? (?:\w+ ){0,7}?(?:zumbando|tronando|brincando|humo|humito)",
)
# Accidents with people in danger: through the ice, a car in the water or a flooded underpass,
# a building or a porch collapsing, a fall from a height, someone on the train tracks.
_ACCIDENTS: Final = (
    r"(?:broke|broken|went|fell|fallen|falling|gone) (?:thru|through) the ice",
    r"se (?:le |les )?rompio el hielo", r"(?:cayo|cayeron|hundio|hundieron) (?:por|en) el hielo",
    r"(?:car|van|truck|suv|bus|carro|tro[ck]a|camioneta|auto)\b[^.!?]{0,40}?(?:into|in|al|en el|"
    r"a la) (?:the )?(?:river|lake|lagoon|pond|harbor|water|canal|rio|lago|laguna|agua)",
    r"(?:car|van|truck|suv|bus|carro|tro[ck]a|camioneta|auto) (?:is |are |esta )?(?:under ?water|"
    r"sinking|submerged|bajo el agua|hundiendose)",
    r"(?:car|van|suv|truck|bus|people|ppl|someone|somebody|driver|woman|man|lady|kids?|family|"
    r"carro|gente|alguien) (?:\w+ ){0,3}?(?:is |are |got |esta |estan |quedo )?(?:stuck|trapped|"
    r"atrapad\w*|atorad\w*)\b[^.!?]{0,30}?(?:flood\w*|water|viaduct|underpass|inundad\w*|agua)",
    r"(?:flood\w*|water|viaduct|underpass|inundad\w*)\b[^.!?]{0,40}?(?:stuck|trapped|atrapad\w*|"
    r"atorad\w*) (?:inside|in|adentro|en)",
    r"water (?:is )?(?:up to|rising|risin)\b[^.!?]{0,40}?(?:inside|stuck|trapped|car|van|windows?|"
    r"roof|people|ppl|kids?|adentro)",
    # a pile-up is a crash; tickets, mail or garbage that "pile up" are not
    r"pile-?ups?", r"(?:a|the|car|cars|multi[- ]?car|multiple car|chain|big|huge|"
    r"massive|bad|major|highway|expressway) pile ups?",
    r"(?:building|house|roof|porch|deck|balcony|ceiling|wall|floor|stairs|\d flat|two flat|"
    r"three flat|garage|edificio|casa|techo|porche|terraza|balcon|pared|"
    r"escalera)\b[^.!?]{0,30}?(?:caved in|cave in|collapsed|collapsing|came down|fell in|gave way|"
    r"se vino abajo|se derrumbo|se acaba de caer|derrumb\w*)",
    r"se (?:derrumbo|cayo|vino abajo|desplomo) (?:el|la) (?:techo|porche|terraza|edificio|casa|"
    r"balcon|escalera)",
    r"(?:gente|alguien|personas?|chofer|driver|senor|senora|people|"
    r"ppl) (?:\w+ ){0,2}?(?:prensad[oa]s?|pinned)",
    r"(?:fell|fallen|falling|cayo|cayeron) (?:off|from|down|de|del|desde) (?:the |a |an |la |el |"
    r"una |"
    r"un )?(?:\w+ )?(?:roof|ladder|scaffold\w*|balcony|window|porch|techo|escalera|andamio|balcon|"
    r"ventana|azotea)", r"(?:fell|fallen) (?:\d+|two|three|four) (?:stories|floors)",
    r"(?:landed|se cayo|cayo) (?:\w+ )?(?:al|on the|onto the) (?:cemento|concrete)",
    r"(?:leg|arm|pierna|brazo) (?:is )?(?:bent|chuec[ao]|torcid[oa])"
    r"(?: the)?(?: wrong way)?", r"bone (?:is )?(?:sticking|poking) out",
    r"(?:lying|laying|layin|is|she'?s|he'?s|shes|hes|found \w+) (?:\w+ ){0,2}?at the (?:bottom|"
    r"foot) of "
    r"(?:the |her |his |their |my )?stairs", r"tirad[oa] al pie de (?:la|su) escalera",
    r"(?:fell|fallen|jumped|jump|climbed|climbing|walking|standing|sitting|laying|lying|stuck|"
    r"got) (?:\w+ ){0,2}?(?:the |el )?(?:\w+ )?tracks",
    r"(?:someone|somebody|dude|guy|man|woman|lady|kid|person|people|ppl|girl|boy) (?:is |"
    r"are )?(?:on|onto) the (?:\w+ )?tracks",
    r"(?:se cayo|se bajo|se avento|se metio|cayo|esta|estan|parad[oa]) (?:a|en) las vias",
    # something heavy fell on a person, or a person is pinned under it
    r"(?:fell|falling|fallen|came down|landed|collapsed|dropped) (?:on|onto|on top of) "
    r"(?:(?:a|an|the|my|our|his|her|their|some|this|that|two|three) )?" + _PEOPLE,
    _PEOPLE + r" (?:is |are |got |was |been |still )?(?:pinned|trapped|stuck|crushed) "
    r"(?:under|underneath|beneath|below)",
    r"(?:cayo|callo|cayeron|vino|vinieron|desplomo|derrumbo|cae|caen)\b[^.!?]{0,40}?"
    r"encima (?:de|a) (?:(?:un|una|unos|unas|mi|mis|el|la|los|las|su|sus|dos|tres) )?(?:"
    + _ALGUIEN[3:-1] + r"|esposo|esposa|mama|papa|abuel[oa]s?|vecin[oa]s?|trabajador(?:es)?|"
    r"gente|personas)\b",
    r"aplast(?:o|aron|ando|ado|ada|ados|adas) (?:a )?" + _ALGUIEN,
    _ALGUIEN + r" (?:quedo |quedaron |esta |estan )?(?:atrapad|prensad|aplastad)[oa]s? "
    r"(?:debajo|abajo|bajo)",
)
# Calls for help with nothing else, and a request to send responders.
_CALL_FOR_HELP: Final = (
    r"call 911", r"911", r"9 1 1", r"nine one one",
    r"send (?:an |the |a )?(?:ambulance|police|cops|help|fire ?(?:department|dept|truck|trucks)|"
    r"firefighters|firemen|paramedics|emts?)",
    r"(?:people|ppl|someone|somebody|person|kids?) (?:is |are |got |been )?(?:hurt|injured|"
    r"trapped)",
    r"screaming for help", r"help me",
    r"(?:yelling|yellin|screaming|calling|crying|shouting|hollering) (?:out )?for (?:somebody|"
    r"someone|help|anyone|anybody)",
    r"gritando (?:que )?(?:alguien (?:le|lo|la) ayude|auxilio|ayuda|por ayuda)", r"helpme",
    r"mayday",
    r"ayudenme", r"ayudeme", r"ayudame ya", r"auxilio", r"socorro",
    r"(?:manden|envien|envine|mande|llamen|mandan|envie) (?:a |una |un |al )?(?:la |"
    r"los )?(?:policia|poli|ambulancia|bomberos|ayuda|ayuad|ayudda|911|patrulla|paramedicos)",
    r"(?:gente|persona|personas|alguien) (?:(?:esta|estan|hay|salio) )?(?:herid[oa]s?|"
    r"atrapad[oa]s?|lastimad[oa]s?)",
    # (one or more, and "ay" as "hay" sounds: "hay un herido en la calle", "ay eridos")
    r"(?:hay|ay|con|dejo)(?<!no hay)(?<!ni hay)(?<!no ay) (?:varios |muchos |dos |tres |unos |un |"
    r"una )?(?:herid[oa]s?|lesionad[oa]s?|muertos)",
    r"injured (?:people|person|man|woman|kid|driver|ppl|pedestrian)",
    r"(?:es|hay|tengo) una emergencia", r"^emergencia\b(?! de)", r"emergencia$",
    r"(?:is|it'?s|an|have an) emergency",
    r"^emergency\b(?! (?:rent|housing|shelter|assistance|help with))",
)
_DANGER: Final = _any(
    # the one who hurt or threatened them is back at the door ("my ex beat me saturday and he is
    # outside my door", "me pego ayer y ya esta afuera de mi casa")
    r"(?:beat|hit|hurt|attacked|stabbed|shot at|threatened|choked|punched|slapped|raped) (?:me|us|"
    r"my \w+)\b[^.!?]{0,60}?\b(?:he|she|they|he'?s|she'?s|they'?re|hes|shes|theyre) (?:is |are |"
    r"'s |s )?(?:back )?(?:outside|at|in front of|banging on|knocking on) (?:my|our|the) (?:front |"
    r"back )?(?:door|house|home|window|apt|apartment|building|porch)",
    r"(?:me|nos|le|la) (?:pego|golpeo|amenazo|ataco|lastimo|apunalo)\b[^.!?]{0,60}?\b"
    r"(?:ya |otra vez |de nuevo )?(?:esta|anda|sta|ta) (?:aqui |otra vez |de nuevo )?"
    r"(?:afuera|enfrente|en la puerta)(?: de (?:mi|la|nuestra) (?:casa|puerta|depa|departamento|"
    r"edificio))?",
    *_SHOTS, *_WEAPONS, *_VIOLENCE, *_BREAK_IN, *_FIRE, *_GAS, *_FOLLOWED, *_SUICIDE, *_MISSING,
    *_CRASH, *_WIRES, *_ACCIDENTS, *_CALL_FOR_HELP,
)

# --------------------------------------------------------------------------------------------
# Step 4. After the fact: a past time, the offender gone, a report for the insurance, or a
# question about a CAPS meeting or an earlier report. Such a message is not an emergency...
_AFTER: Final = _any(
    r"(?:since|after|desde|dsd|despues de(?:l)?) (?:the |el |la |our |my |that |mi |nuestro |a |"
    r"un |una )?(?:\w+ )?(?:fire|incendio|flood|inundacion|explosion|accident|accidente|crash|"
    r"choque)s?",
    r"extorsion\w*", r"estafa\w*", r"scam\w*", r"fraud\w*", r"fake (?:call|kidnapp\w*)",
    r"virtual kidnapp\w*", r"secuestro virtual",
    # a claim that turned out a lie ("me llamaron diciendo que tenian a mi hijo secuestrado pero
    # era mentira", "they said they had my daughter but it was fake")
    r"(?:era|fue|resulto|resulto ser|todo era) (?:una |pura |puras )?(?:mentira|mentiras|falso|"
    r"broma|engano|estafa)", r"no era (?:cierto|verdad)",
    r"(?:it|that|all|they|he|she) (?:was|were) (?:all )?(?:a )?(?:lie|lies|lying|fake|hoax|prank|"
    r"not true)", r"(?:wasn'?t|wasnt|was not|weren'?t|werent) (?:true|real)",
    r"last (?:night|nite|week|weekend|month|year|yr|time|summer|winter|spring|fall)",
    r"yesterday", r"the other (?:day|night|week)", r"overnight", r"over the weekend",
    r"this past (?:week|weekend|month)", r"earlier this (?:week|month|year)",
    r"(?:a|one|two|three|four|five|few|couple(?: of)?|\d+) (?:days?|weeks?|months?|years?|"
    r"yrs?) ago",
    r"last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|afternoon|"
    r"evening)",
    r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
    # a crime dated by its weekday alone, as texts put it ("carjacked saturday at the gas
    # station"); a bare weekday is not enough ("a man with a gun at my door, it's saturday")
    r"(?:carjacked|jacked|robbed|mugged|held up|burglarized|broken into|broke in|stolen|stole|"
    r"vandalized|assaulted|attacked|scammed|asaltaron|robaron|atracaron|asaltado|robado) "
    r"(?:on |last |this past |el )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
    r"every (?:night|day|weekend|week|morning|summer)", r"all (?:week|summer)",
    r"anoche", r"ayer", r"antier", r"antenoche", r"(?:la semana|el mes|el ano|"
    r"el fin de semana) pasad[oa]",
    r"el fin de semana",
    r"hace (?:un|una|dos|tres|unos|unas|varios|varias|\d+) (?:dias?|semanas?|mes|meses|anos?)",
    r"todas las noches", r"cada noche",
    r"(?<!never )(?<!not )(?:got|came) home (?:from|and|to find|to)",
    r"(?:while|when) (?:i|we) (?:was|were) (?:at|away|out|gone|on|asleep|sleeping)",
    r"(?:cuando|mientras) (?:no )?(?:estaba|estabamos)",
    # how long it has been like this ("not moving for weeks", "no se mueve desde agosto")
    r"(?:for|since|desde|dsd|hace) (?:a |an |one |two |three |\d+ |a few |few |couple (?:of )?|"
    r"several |many |unos |unas |varios |varias )?(?:days?|weeks?|months?|years?|semanas?|meses|"
    r"mes|dias?|anos?)",
    r"(?:\d+|two|three|four|five|six|several|a few) (?:weeks?|months?)",
    r"(?:been|there|here) (?:for )?(?:a|one|two|\d+) (?:days?|weeks?|months?)",
    r"(?:since|desde|dsd) (?:el |la )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|christmas|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre|navidad|invierno|verano|el ano)",
    # street crime told as how things are on a block, not as one event: anyone in the plural
    # "are getting", "keep getting" or "get" jumped, robbed, mugged ("half the lights are out and
    # people are getting jumped, how do i get them back on"). "Someone is getting jumped",
    # "they're jumping a guy" and "people are getting jumped right now" are events (step 4 lets
    # "right now" through); shootings and stabbings are not in this list
    r"(?:people|ppl|folks|women|girls|seniors|kids|students|residents|neighbou?rs|pedestrians|"
    r"riders|commuters|customers|everybody|everyone) (?:(?:(?:are|r|keep|keeps|always|constantly|"
    r"been|have been|be|started|start|still) )+(?:getting|gettin)|get|always get) (?:jumped|"
    r"robbed|mugged|jacked|held up|attacked|harassed)",
    # after-the-fact purposes
    r"(?:file|filing|make|making|get|getting|need|needs|want|request) (?:a |an |the |"
    r"my )?(?:police |incident |crime )?report\b",
    # more for a report already made ("want to add to the report", "agregar algo al reporte")
    r"(?:add|adding|update|updating|amend|supplement|follow up on) (?:\w+ ){0,2}?(?:to |on )?"
    r"(?:the |my |a |that |our )?(?:police |incident |crime )?report\b",
    r"(?:agregar|anadir|anexar|actualizar) (?:\w+ ){0,2}?(?:al|a la|a mi|el|la|mi) (?:reporte|"
    r"denuncia)", r"report (?:number|#|no)", r"case (?:number|#)",
    r"(?:for|para) (?:my |the |el |mi |la )?(?:insurance|seguro|bank|banco|aseguranza)",
    r"numero de (?:reporte|caso|denuncia)",
    r"(?:hacer|poner|levantar|sacar) (?:un |una |el |la )?(?:reporte|denuncia)",
    # questions about the police district, CAPS, or an earlier report
    r"caps", r"beat (?:meeting|officer)", r"(?:district|distrito) (?:commander|comandante)",
    r"commander", r"(?:police|policia) district", r"distrito (?:policial|de (?:la )?policia)",
    r"which (?:police )?district", r"any update", r"status", r"my report", r"mi reporte",
    r"ya (?:lo )?reporte", r"(?:already|i) reported", r"tracking (?:number|#)", r"\d{2}-\d{8}",
    r"(?:i'?m|im|i am|we'?re|we are|everyone'?s|everybody'?s|everyone is) (?:ok|okay|fine|safe|"
    r"alright)",
    r"(?:estoy|estamos) bien",
    # the sender or the one robbed was not hurt ("i wasnt hurt and the car turned up", "no me
    # paso nada", "no salio herido"), not "yet"
    r"(?:(?:i|we|he|she|they|my \w+)(?: was| were)? (?:wasn'?t|wasnt|was not|weren'?t|werent|"
    r"were not|isn'?t|isnt|is not|not|didn'?t get|didnt get|did not get|never got|aren'?t|arent) "
    r"(?:\w+ )?(?:hurt|injured)|(?:i'?m|im|i am|we'?re|we are|he'?s|hes|she'?s|shes) not (?:hurt|"
    r"injured)|no (?:me|nos|le|les) (?:paso|hicieron|hizo) nada|no (?:sali|salio|salimos|salieron|"
    r"quede|quedo|estoy|esta|estamos|estan|resulto|resulte) (?:herid|lastimad|lesionad)[oa]s?)"
    r"(?! (?:yet|todavia|aun|so far|for now|por ahora|hasta ahora))",
    # nobody hurt, or nobody there to be hurt ("no hay heridos", "no one is hurt", "no habia
    # nadie adentro", "nobody was in the car"): the damage is to a thing. "Nobody hurt *yet*"
    # is not after the fact.
    r"(?:(?:no one|noone|nobody|nadie|ningun|ninguno) (?:got |was |were |is |salio |esta |"
    r"estaba |quedo |resulto )?(?:hurt|injured|herid[oa]|lastimad[oa]|lesionad[oa])|(?:no|ni) "
    r"(?:hay|hubo|habia) (?:\w+ )?(?:heridos|lesionados|lastimados)|sin heridos|no injur(?:y|ies))"
    r"(?! (?:yet|todavia|aun|so far|for now|por ahora|hasta ahora|hasta el momento))",
    r"(?:no one|noone|nobody) (?:was|were) (?:inside|in (?:it|there|the (?:car|truck|van|vehicle|"
    r"suv|house|apartment|apt|building))|home)",
    r"(?:no habia|no estaba) nadie (?:adentro|dentro|en (?:el|la|mi|su) (?:carro|tro[ck]a|"
    r"camioneta|casa|coche|auto|depa)|en casa)", r"nadie (?:estaba|habia) (?:adentro|dentro|"
    r"en casa|en el carro)",
    # fraud found afterwards: a fake title, cheque or listing ("sold me a car with a fake title
    # and now he won't answer", "un carro con titulo falso"); a threat at the door still wins
    # (step 4, "he's at my door"). Not a debt or a kept deposit: "he owes me money and pulled a
    # gun" is a threat now
    r"fake (?:title|titles|papers|paperwork|checks?|cheques?|cashier'?s checks?|ids?|documents?|"
    r"listings?|ads?|leases?|receipts?|money|bills|deeds?|registration|plates?|temp tags?|tags?|"
    r"vin|tickets?|contractor|landlord|seller|buyer|payments?|accounts?|profiles?|pages?|"
    r"websites?|sites?|invoices?)",
    r"(?:title|titles|papers|paperwork|checks?|cheques?|ids?|documents?|listings?|ads?|leases?|"
    r"receipts?|money|bills|deeds?|registration|plates?|tags?|vin|tickets?|payments?|accounts?|"
    r"profiles?|pages?|websites?|sites?|invoices?) (?:was|were|is|are|turned out|came back) "
    r"(?:\w+ ){0,2}?fake",
    r"(?:titulos?|papeles|cheques?|billetes|dinero|boletos|anuncio|perfil|pagina|contrato|recibo|"
    r"placas?|documentos?) (?:\w+ )?(?:falsos?|falsas?|chafas?)",
    # a home lost to a fire or a collapse, and a bed asked for tonight: the resident is out and
    # needs shelter ("the ceiling came down, place isnt livable, need somewhere to sleep tonight",
    # "hubo un incendio y nos sacaron a todos, ocupamos donde pasar la noche")
    # (a bed, or a roof *tonight*: "somewhere safe to stay" may be a hiding place from danger)
    r"(?:somewhere|some ?place|a place|anywhere|nowhere|no place|a bed|un lugar|lugar|donde|"
    r"a donde|adonde|una cama|un cuarto) (?:\w+ ){0,2}?(?:to |para |pa |a |donde )?(?:sleep|"
    r"spend the night|pasar la noche|dormir|(?:stay|crash|quedarnos|quedarme|quedarse|"
    r"nos quedamos|me quedo) (?:\w+ ){0,3}?(?:tonight|tonite|2nite|for the night|esta noche|"
    r"hoy|la noche))",
    r"where (?:can|could|do|will|should|are|r) (?:i|we|me and \w+|my \w+|the kids|us)(?: \w+)? "
    r"(?:stay|sleep|crash|go|spend the night)(?: \w+)? (?:tonight|tonite|2nite)",
    # the same question put short, or in a second language's grammar, without "tonight", after
    # a home lost to a fire, a flood or a collapse ("house fire where stay", "apt burned where we
    # sleep", "se quemo la casa, donde nos quedamos", "hubo incendio en el edificio y la cruz roja
    # dijo que preguntara, donde dormimos"): a roof, not an escape ("where do we go" may be), nor
    # a hiding place from someone ("he has a knife where can i stay" is a danger)
    r"(?:fire|burn|burned|burnt|burnd|flood|flooded|collapsed|came down|caved in)\b[^.!?]{0,60}?"
    r"where (?:(?:can|could|do|does|will|we|i|me|us|to|my|the|kids|family|mom|gonna|going|go) )"
    r"{0,3}(?:stay|sleep|crash)\b(?! (?:safe|away|hidden|inside|outside|in|put|until|till|here|"
    r"there|with|alive|low|on|at|calm|down|out|quiet))",
    r"(?:in[cs]endio|quemo|quemaron|quemada|fuego|se cayo|derrumbo|inundo|inundada)\b"
    r"[^.!?]{0,60}?(?:donde|a donde|adonde) (?:\w+ ){0,2}?(?:quedarnos|quedarme|nos quedamos|"
    r"me quedo|nos vamos a quedar|me voy a quedar|dormimos|duermo|dormiremos|duermen|dormir|"
    r"pasamos la noche|pasar la noche)\b(?! (?:a salvo|escondid\w*|adentro|afuera))",
    r"(?:isn'?t|isnt|is not|not|no longer|ya no es|no es|ya no esta|no esta|quedo) (?:\w+ )?"
    r"(?:livable|liveable|habitable)", r"unliv(?:e)?able", r"uninhabitable",
    r"shelter beds?", r"albergue",
)
# The offender is gone ("they got away", "ya se fueron"): after the fact too, unless someone was
# hurt ("somebody hit a kid with their car and drove off" still needs an ambulance).
_GONE: Final = _any(
    r"(?:got|get|gotten) away", r"(?:took|ran|drove|sped) off", r"fled",
    r"(?:they|he|she|thief|thieves|guys?|robbers?) (?:\w+ )?(?:ran|run) away",
    r"(?:are|is|was|were|r) (?:all )?gone", r"faltan",
    # a thing carried off ("se robaron la moto", "se llevaron la tele"); not a person ("se
    # llevaron a mi hija" is an abduction)
    # (in the plural, the unknown thieves: "he locked me in and took my phone", "se llevo mi
    # celular", may be someone still there)
    r"se (?:llevaron|robaron|volaron|clavaron|chingaron)\b(?! (?:a|al)\b)",
    r"(?:they|he|she)(?: are| is|'re|'s| were| was)? (?:long )?gone", r"left the scene",
    r"ya se (?:fue|fueron|pelaron|escaparon|largaron)", r"se (?:fueron|escaparon|pelaron|largaron)",
)
_VICTIM: Final = _any(
    r"(?:got|been|was|is|just got|were) (?:shot|stabbed|hit by|ran over|run over|beat up|jumped)",
    r"(?:shot|stabbed|hit|struck|ran over|run over|mowed down) (?:a |an |the |this |some |my |"
    r"that |his |her )?(?:\w+ )?(?:kid|child|boy|girl|man|woman|lady|guy|dude|person|pedestrian|"
    r"biker|cyclist|senior|him|her|them|someone|somebody|neighbor|cousin|brother|son|daughter)",
    r"atropell\w*", r"(?:le )?dispararon", r"apunal\w*", r"balearon", r"herid[oa]s?", r"hurt",
    r"injured",
    # beaten in the robbery ("they beat me up and took my wallet", "me golpearon y se llevaron
    # la bolsa")
    r"beat (?:me|him|her|them|us|my \w+) (?:up|down)", r"beat up", r"punched", r"pistol whipped",
    r"knocked (?:me|him|her|them|us) (?:out|down)", r"(?:me|le|les|lo|la|nos) (?:golpearon|"
    r"pegaron|madrearon|tumbaron|tiraron al suelo)",
)
# ... unless something in it is happening now.
_NOW: Final = _any(
    # someone at the door or armed nearby, said in the present ("he is outside my door",
    # "there's a man with a gun outside my house"), and what just happened ("a guy just got
    # stabbed"): a day named in the same message does not make these past
    r"(?:he|she|they|someone|somebody|the guy|a guy|a man|he'?s|she'?s|they'?re|hes|shes|theyre)"
    r" (?:is |are |'s |s )?(?:outside|at|in front of|banging on|knocking on|pounding on) (?:my|our)"
    r" (?:front |back |side )?(?:door|house|home|window|apt|apartment|porch)",
    r"there'?s (?:a |an |some |this )?(?:man|guy|dude|woman|person|someone|somebody|people|men|"
    r"guys)\b[^.!?]{0,30}?\b(?:with|w) (?:a |an |his |her )?" + _WEAPON,
    r"just (?:got|been|was|were) (?:shot|stabbed|jumped|robbed|attacked|mugged|carjacked|"
    r"beat(?:en)? up|hit by a car|run over)",
    # a present injury
    r"(?:i'?m|im|is|'s|are|'re|s|r|hes|shes|theyre|still|keeps?|keep) (?:\w+ )?(?:bleeding|"
    r"choking|seizing|"
    r"unconscious|unresponsive|not breathing|turning blue|gasping)",
    r"(?:won'?t|wont|not|isn'?t|can'?t|cant) (?:wake|waking|breathe|breathing)",
    # a vulnerable person who has wandered off is urgent however the message is put
    r"autis\w*", r"dementia", r"demencia", r"alzheimer\w*", r"non ?-?verbal",
    r"stopped breathing", r"on the (?:ground|floor)",
    r"having (?:a seizure|a heart attack|a stroke)",
    r"no (?:respira|despierta|reacciona|puede respirar)", r"sigue (?:sin|sangrando)",
    r"(?:esta|sta|ta) (?:sangrando|inconsciente|convulsionando|morad[oa]|azul)",
    # happening now
    r"right now", r"rn", r"as we speak", r"right this (?:second|minute|moment)",
    r"at this (?:moment|time)", r"currently", r"happening now", r"just now", r"(?:outside|inside|"
    r"here|there) now",
    r"now (?:someone|somebody|there'?s|theres|i'?m|im|i can|i hear)",
    r"(?:he|she|they|he'?s|she'?s|they'?re|hes|shes|theyre|someone|somebody|guy|man|driver|people|"
    r"ppl|shooter|gunman|suspect|robbers?|thief|thieves|attacker|intruder) (?:is |are )?still "
    r"(?:here|there|around|outside|out there|at|on|in)",
    # someone trapped now, whatever the message then asks (a bed tonight, after a fire)
    r"(?:is|are|'s|'re|s|r|got|still) (?:\w+ )?(?:trapped|pinned|stuck (?:inside|in there|under))",
    r"(?:esta|estan|quedo|quedaron|sigue|siguen) (?:\w+ )?(?:atrapad[oa]s?|prensad[oa]s?)",
    # the person is at the door now ("he's at my door with a gun", "esta afuera de mi casa"),
    # whatever else the message says about a debt or a past scam
    r"(?:he'?s|she'?s|they'?re|hes|shes|theyre|(?:he|she|they|someone|somebody|guy|man|dude) "
    r"(?:is|are)) (?:\w+ )?(?:at|outside|in front of|banging on|knocking on) (?:my|our|the) "
    r"(?:front |back |side )?(?:door|doors|house|window|windows|porch|gate|apartment|apt)\b",
    r"(?:is|are|'s|'re) (?:\w+ )?(?:at|outside|banging on|knocking on) (?:my|our) (?:front |back |"
    r"side )?(?:door|doors|window|windows|porch|gate)\b",
    r"(?:esta|estan|ta|tan|anda|andan) (?:\w+ )?(?:afuera de (?:mi|la|nuestra) (?:puerta|casa|"
    r"ventana|depa)|(?:en|tocando|golpeando) (?:mi|la|nuestra) (?:puerta|ventana))",
    r"still (?:inside|in there|in here|in the (?:house|car|building|apartment|apt|room)|in it|"
    r"shooting|burning|going on|happening|bleeding|trapped|stuck|missing|blue|not breathing|"
    r"following|chasing|banging|hiding|armed|on fire|has (?:a|the) (?:gun|knife))",
    _MISSING_WHO + r" (?:is|are|still|been|has been) missing",
    r"(?:never|didn'?t|didnt|hasn'?t|hasnt|not) (?:come|came|made it|make it) (?:back )?home",
    r"keeps? (?:getting closer|following|banging|knocking|coming|trying)",
    r"help me", r"send (?:help|someone|somebody|police|cops|an ambulance)",
    r"please (?:hurry|come)",
    r"hurry", r"what do i do", r"(?:i'?m|im|i am) (?:scared|hiding|afraid|terrified|trapped)",
    r"(?:is|are|'s|'re|s|r) (?:\w+ )?(?:shooting|stabbing|burning|following|chasing|beating|"
    r"hitting|attacking|breaking|banging|pounding|kicking|fighting|screaming|bleeding|dying|"
    r"choking|drowning|on fire|threatening|pointing|waving)",
    # (and as they sound: "aora mismo", "aorita", "horita")
    r"(?:ahora|aora|ora) mismo", r"(?:ahorita|aorita|horita|orita)", r"en este (?:momento|rato)",
    r"todavia (?:esta|estan|hay|sigue|siguen|no)",
    r"sigue(?:n)? (?:adentro|ahi|aqui|afuera|tirad[oa]|sin|disparando|quemando|sangrando)",
    r"auxilio", r"ayudenme", r"apurense", r"(?:tengo|me da) miedo", r"q(?:ue)? hago",
    r"(?:can'?t|cant|cannot) find", r"no (?:lo |la )?(?:encuentro|encontramos)", r"no aparece",
    r"(?:won'?t|wont) let me", r"no me deja",
    r"estoy (?:escondid[oa]|encerrad[oa])",
    r"(?:esta|estan|sta|ta|tan|anda|andan) (?:\w+ )?(?:disparando|quemando|siguiendo|persiguiendo|"
    r"golpeando|golpiando|pegando|pateando|sangrando|ahogando|gritando|amenazando|peleando|"
    r"peliando)",
)

# --------------------------------------------------------------------------------------------
# Step 5. Only together with a threat: these words alone describe potholes and events too.
_URGENT: Final = _any(
    r"right now", r"rn", r"now", r"happening", r"hurry", r"asap", r"please help", r"pls help",
    r"help", r"omg", r"(?:ahora|aora|ora) mismo", r"(?:ahorita|aorita|horita|orita)",
    r"(?:ahora|aora)", r"en este momento", r"ya",
    r"rapido", r"ayuda", r"urgente", r"apurense", r"going on", r"en progreso", r"as we speak",
)
_THREAT: Final = _any(
    r"guns?", r"knife", r"knives", r"crowbar", r"hammer", r"machete", r"weapon", r"rifle",
    r"armed", r"pistola", r"arma", r"cuchillo", r"navaja", r"fight", r"figt", r"fighting",
    r"atraco", r"stick ?up", r"ski masks?", r"pasamontanas", r"masked",
    r"pelea", r"peleando", r"screaming", r"yelling", r"gritando", r"gritos", r"attacking",
    r"threatening me", r"amenazando",
    r"breaking(?! (?:my|our|the|his|her|their|your) (?:\w+ )?(?:carts?|cans?|bins?|lids?|"
    r"mailbox|fence|sidewalk|curb|heart|rules?|news|records?|lease|bank|promise))", r"broke in",
    r"forcing", r"prying", r"robbing",
    r"robando", r"asaltando", r"robbery", r"asalto", r"stabbing", r"shooting",
    # (an injury said not to be one, "no hay heridos", "nobody injured", is no threat)
    r"injured(?<!no one injured)(?<!nobody injured)(?<!no injured)",
    r"herid[oa]s(?<!no hay herid[oa]s)(?<!no hubo herid[oa]s)(?<!sin herid[oa]s)",
    r"herid[oa](?<!nadie herid[oa])(?<!ningun herid[oa])", r"accidente con", r"crash with",
)
# A stranger *at* the house is a threat when it is happening now: a person named first, then,
# within a few words, the door, window or room they are at ("someone at my back window").
_PRESENCE: Final = re.compile(
    r"\b(?:someone|somebody|some1|sum1|some guy|a guy|guys|a man|men|a person|people|stranger|"
    r"strangers|dude|alguien|un hombre|un tipo|unos tipos|un senor)\b[^.!?\n]{0,40}?"
    r"\b(?:(?:my|our|the|her|his|their|back|front|side|bedroom|kitchen|basement|bathroom|"
    r"apartment|apt) (?:\w+ )?(?:door|doors|window|windows|porch|yard|garage|basement|attic)|"
    r"inside (?:my|our|the) (?:house|home|apt|apartment|place|building)|in (?:my|our) (?:house|"
    r"home|apt|apartment|place|room|bedroom|basement|garage|attic|yard|backyard)|in here|in there|"
    r"back ?yard|porch|following|puerta|ventana|adentro|dentro|patio|yarda|siguiendo|mi casa)\b"
)

# --------------------------------------------------------------------------------------------


_SPELLING: Final = Corrector((
    "knife", "knives", "pistol", "machete", "crowbar", "weapon", "bleeding", "stabbing", "stabbed",
    "shooting", "gunshots", "mugged", "mugging", "robbed", "intruder", "unconscious", "overdose",
    "overdosing", "breathing", "following", "followed", "attacking", "choking", "screaming",
    "flames", "getting", "breaking", "disparos", "disparando", "balazos", "balacera", "incendio",
    "quemando", "siguiendo", "sangrando", "respira", "inconsciente", "apunalaron", "golpeando",
    "asaltando", "asaltan", "pistola", "cuchillo", "intruso", "ayudenme", "ambulancia",
    "emergencia", "herido", "heridos", "secuestro", "infarto", "sobredosis", "matar", "people",
    "smell", "overdosed", "auxilio", "missing", "vienen",
    "trying", "window", "ahorita", "everywhere", "huele", "smells", "smoke",
    "breathe", "bullet", "behind", "followin", "respirar",
    "despierta", "reacciona", "seizure", "stroke", "pastillas", "suicide", "matarme",
    # words of the harmless phrases, so "fire hyydrant" is still recognised as harmless
    "hydrant", "chicago", "operator", "person", "understand", "department", "shelter",
), keep=("astillas", "widow"))


def is_emergency(text: str, folded: str | None = None) -> bool:
    """Whether the message reports in-progress danger to a person (recall first).

    `folded` is `fold_spaced(text)` when the caller already has it.
    """
    folded = _HARMLESS.sub(" ", _SPELLING.fix(fold_spaced(text) if folded is None else folded))
    hurt = _HURT.search(folded) is not None and (
        _HUMAN.search(folded) is not None or _ANIMAL.search(folded) is None)
    if not (hurt or _DANGER.search(folded) or _DOWN.search(folded) or (
            _URGENT.search(folded) and (_THREAT.search(folded) or _PRESENCE.search(folded)))):
        return False
    if _NOW.search(folded):
        return True
    if _AFTER.search(folded):
        return False
    return _GONE.search(folded) is None or _VICTIM.search(folded) is not None
