"""Swedish word lists the recognizers share.

The cue-based recognizers ("jag heter sara", "min snap är x") must tell a name
or handle from an ordinary word without a full lexicon: chat text is lower-case,
so capitalisation cannot decide. These lists hold the words that most often
follow such cues in real chat ("jag heter inte", "jag e rädd", "snap sen").
spaCy's Swedish stop words ship with spaCy itself, so no download is needed.
"""

from __future__ import annotations

from functools import lru_cache

from bot.scrub.names import FIRST_NAMES

# Words that follow "jag e/är", "heter", "snap", "min kompis" in chat and are
# never names or handles. Lower-case; spaCy's stop words are added below.
_CHAT_WORDS = """
a asså alltså ba bara typ liksom ju väl nog iaf iallafall egentligen faktiskt
också oxå okså ändå ens inte int ej aldrig alltid kanske säkert nästan precis
ok okej oki okey hej hejsan hallå tja tjena tjenare hejdå nej nä nää japp jo ja
jaa tack snälla förlåt sorry lol haha hmm mm eh öh ah oj wow shit fan jävla
sen sedan nu då där här hit dit idag ikväll imorgon igår inatt ikväll snart
rädd ledsen trött orolig glad arg sur osäker säker ensam gravid sjuk kär full
hög nykter klar skyldig skadad sårad skakad chockad förvirrad deprimerad
stressad nervös lugn fri fast ny gammal ung vuxen minderårig anonym själv
hemlös utländsk svensk kille tjej man kvinna pojke flicka barn tonåring
student elev mamma pappa förälder mor far bror syster vän kompis
hackad borta privat stängd låst raderad blockad blockerad nere död
skickar skicka skickade la lade lägger adda addade följ följer kolla kollar
skriv skriver skrev pratar pratade prata snackar snacka ringer ringde ring
sa säger sade har hade är var blev blir vill ville ska skulle kan kunde
tycker tyckte tror trodde fick får gjorde gör kom kommer behöver säljer
sålde köper köpte betalar betalade tjänar jobbar bor bodde går gick
träffade träffar mår vet visste känner kände tog tar gav ger hotar hotade
tvingar tvingade slog slår våldtog våldtar lurade lurar hjälper hjälpte
och eller men fast utan som att om för med till från på av i ut upp
något nånting nån nåt några inget ingen ingenting allt alla
samma annan annat andra sånt sån sådan sådant såhär sådär
lite mycket mer mest helt mer ganska jätte jättemycket sjukt
vet ej va vad vem varför hur när var vilken vilket vilka
hen henom dom dem de sig mig dig oss er honom henne
sex pengar knark droger ligg sugardejting sugardaddy sugarbaby sugarbabe
snap snapchat insta instagram kik tiktok telegram discord twitter
facebook messenger whatsapp signal tinder bumble grindr onlyfans
appen sidan chatten nummer numret namn namnet
story stories storyn streak streaks konto kontot bild bilder bilden foto fotot
video videos videon klipp chatt chat dm dms pm grupp gruppen profil profilen
meddelande meddelanden kontakt live reels reel post inlägg följare likes filter
app sida tråd nudes nude nakenbilder länk länken kod hela hel varje massa
flera heller också bilden direkt privat öppet offentligt där
måndag tisdag onsdag torsdag fredag lördag söndag helgen helg
januari februari mars april maj juni juli augusti september oktober november
december jul julafton påsk midsommar nyår
sant fel rätt okänd okänt sverige svenska svensk stockholm
btw asap lol omg idk tbh wtf plz pls thx np nvm dvs osv etc mvh kram puss aa ok
kund kunden kunder köpare köparen torsk gubbe gubben gubbar mannen killen tjejen
pojkvän pojkvännen flickvän flickvännen sambo sambon chef chefen granne grannen
lärare läraren polis polisen hallick hallicken kompisen vännen bästis bästisen
mamman pappan brorsan syrran kusin kusinen farsan morsan styvpappa styvmamma
socialsekreterare kurator kuratorn
storebror lillebror storasyster lillasyster brorsa syrra morsa farsa polare polaren
styvbror styvsyster halvbror halvsyster farmor farfar mormor morfar moster faster
morbror farbror kompisar vänner föräldrar kusiner
mejla maila mejl mail mejlen mailen e-post epost sms smsa swisha swish ringa skriva
"""

# Mika, KAST, ... : names the bot must see to refer correctly. Lower-case.
SERVICE_NAMES: frozenset[str] = frozenset(
    {
        "mika",
        "mikamottagningen",
        "mika hälsa",
        "kast",
        "stödcentrum",
        "stödcentrum för unga brottsutsatta",
        "preventell",
        "bris",
        "umo",
        "mind",
        "självmordslinjen",
        "polisen",
        "kvinnofridslinjen",
        "brottsofferjouren",
        "ungdomsjouren",
        "barnahus",
        "socialtjänsten",
        "soc",
        "1177",
        "vårdguiden",
        "anova",
        "karolinska",
    }
)

# Service names that are also given names: "min kille Mika" is a person.
# They count as names only after a cue that can only introduce a person.
PERSON_SERVICE_NAMES: frozenset[str] = frozenset({"mika"})

# Brands, apps and places written with a capital that are no one's name; also
# a capitalised word right after one of them is part of it ("ICA Maxi").
BRANDS: frozenset[str] = frozenset(
    """
    flashback aftonbladet expressen mcdonalds burger king max scandic clarion hilton
    elite ica coop hemköp willys lidl systembolaget sl pressbyrån seven-eleven
    google apple iphone android samsung tiktok youtube netflix spotify whatsapp viber
    feeld tinder grindr bumble badoo hinge sugardaters seeking happypancake
    plattan centralen ramadan jul påsk eid volvo bmw audi tesla saab uber bolt
    snapchat instagram facebook discord telegram roblox fortnite minecraft steam
    """.split()
)


def names_a_brand(word: str) -> bool:
    """A brand written as one ("ICA", "Coop"): the capitalised word after it is
    part of its name ("ICA Maxi"). Not "max", also a first name."""
    lower = word.lower()
    return word[:1].isupper() and lower in BRANDS and lower not in FIRST_NAMES


# Numbers of public services (besides data/services.yml): never redacted.
PUBLIC_NUMBERS: tuple[str, ...] = (
    "112",
    "114 14",
    "116 111",
    "116 006",
    "116 016",
    "116 000",
    "116 123",
    "90101",
    "1177",
    "113 13",
)

# Swedish towns often written after a postnummer in lower case ("11151 stockholm").
CITIES: frozenset[str] = frozenset(
    """
    stockholm göteborg malmö uppsala västerås örebro linköping helsingborg
    jönköping norrköping lund umeå gävle borås södertälje eskilstuna halmstad
    växjö karlstad sundsvall östersund trollhättan luleå borlänge falun kalmar
    skövde kristianstad karlskrona skellefteå uddevalla varberg nyköping
    solna sundbyberg huddinge nacka täby lidingö järfälla botkyrka haninge
    tyresö sollentuna danderyd upplands väsby märsta kista spånga bromma
    hägersten farsta skärholmen rinkeby tensta vällingby hässelby enskede
    johanneberg mölndal partille kungsbacka
    """.split()
)

# Fillers that may stand between a name cue and the name ("jag heter typ sara").
NAME_FILLERS: frozenset[str] = frozenset(
    {
        "typ",
        "bara",
        "egentligen",
        "faktiskt",
        "ju",
        "alltså",
        "asså",
        "liksom",
        "inte",
        "int",
        "också",
        "oxå",
        "väl",
        "nog",
    }
)

# Endings of Swedish surnames: a lower-case second word with one of these after
# "jag heter sara ..." is taken as a surname ("sara andersson").
SURNAME_SUFFIXES: tuple[str, ...] = (
    "sson",
    "son",
    "berg",
    "ström",
    "lund",
    "qvist",
    "kvist",
    "gren",
    "dahl",
    "holm",
    "blad",
    "stedt",
    "stad",
    "mark",
    "borg",
    "bäck",
    "ling",
    "lin",
    "ius",
    "ander",
    "sten",
    "by",
    "vik",
    "ell",
)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case ordinary words that are never a name or handle."""
    from spacy.lang.sv.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | frozenset(_CHAT_WORDS.split())


def is_common_word(word: str) -> bool:
    """True for an ordinary Swedish word (case-insensitive)."""
    return word.lower() in common_words()
