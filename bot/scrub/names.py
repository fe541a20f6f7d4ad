"""First names common in Sweden, for the name gazetteer.

The NER model finds only about half of the names in chat sentences without a
cue ("Emma sa att det var okej"): it was trained on news text. A list of the
names people here actually carry catches most of the rest, in lower case too.
It covers common Swedish names of all ages and frequent names among people
born in or with roots in the Middle East, the Horn of Africa, the Balkans,
Eastern Europe and West Africa (the people this service talks to).

Names that are also Swedish or English words are left out entirely ("Per" is
"per", "Hans" is "his", "Bo", "Dag", "Tom", "Liv", "Saga", "Stig", "Björn",
"Love", "Hope", "Gift") or, in `CAPITALISED_ONLY`, taken only with a capital
letter ("max 500 kr", "august").
"""

from __future__ import annotations

_FEMALE = """
alice maja vera elsa alma astrid ella wilma freja selma olivia ebba signe clara klara
agnes lilly lily stella ellen ester edith alva nellie nova leah lea isabelle isabella
sofia sofie emilia emma julia hanna hannah ida linnea matilda mathilda elin moa tilda
tindra tuva ronja felicia elvira minna meja ines iris ingrid thea tyra emelie emelia
amanda sara sarah johanna josefin jessica jennifer jenny linda lisa maria anna eva
karin kristina christina margareta elisabeth elisabet birgitta marie ulla gunilla
cecilia helena camilla malin sandra therese frida caroline karolina louise lovisa
mikaela michaela rebecka rebecca nathalie natalie elina erika annika susanne monica
monika åsa anneli petra veronica victoria viktoria madeleine angelica angelika jasmine
jasmin yasmin nora mira mila leila layla laila fatima fatma amira aisha aischa zahra
zeinab maryam mariam nour noor hiba hawa hodan amina asma rania yara dalia lina leyla
elif zeynep ayse emine merve dilan rojin roza shirin parisa samira nadia hanan ana
ioana elena andreea alexandra mihaela daniela alina bianca roxana katarzyna agnieszka
magdalena joanna natalia olga irina svetlana tatiana anastasia daria polina blessing
precious mercy joy favour esther grace gloria patience ajla amila lejla emina aida
selin melissa michelle nicole vanessa denise josephine wilhelmina hedda hedvig majken
elise elsie lova cornelia molly mollie joline stina kajsa lena marianne inger anita
britt kerstin siv gunnel agneta yvonne pia ann anne annie tove tova beatrice alicia
miriam mirjam idun jenna tina nina sanna hilda märta greta sigrid ylva mona emelie
sanna ronja nathalie sabina sabrina jasmina hiba ruth rahel helen hellen mimmi
"""

_MALE = """
william noah hugo lucas liam oliver oscar elias adam matteo alexander nils vincent
theo leo ludvig isak axel arvid frank harry charlie melvin sixten viggo emil filip
olle malte edvin albin gustav carl karl erik anton jack alfred elton august max
kevin johan jonas marcus markus peter mikael michael andreas anders fredrik daniel
david martin magnus mattias matthias niklas nicklas tobias christoffer kristoffer
sebastian simon robin jesper henrik patrik patrick joakim stefan thomas tomas jonathan
rasmus viktor victor oskar linus dennis jimmy joel pontus hampus felix jakob jacob
samuel benjamin mohammed mohammad muhammad mohamed ahmed ahmad ali omar yusuf youssef
yousef ibrahim hassan hussein mustafa abdullah abdi abdirahman khalid karim hamza
bilal amir reza mehdi hamid murat mehmet emre kerem baran rebin kawa alan adrian
andrei florin ionut mihai bogdan marius cosmin piotr pawel tomasz krzysztof jakub
michal dmitri sergei alexei ivan nikolai emeka chinedu tunde emmanuel godwin hasan
emir amar kenan haris edin adnan lars göran sven bengt ulf leif lennart kjell rolf åke
ove arne gunnar roger tommy mats jörgen håkan bertil kent christer janne micke kalle
pelle nisse jocke danne robban sebbe jonte kim sam ture valter walter otto folke
eddie isac milo mio elliot wilmer henry loke ebbe casper kasper julius aron
aaron jonatan josef joseph john johannes hannes abbe alex alvin hadi ayub mahad liban
abdulahi saeed nasser tariq rami sami fadi tony niko nicolas nikolas dragan zoran
goran milan marko luka kristian christian jens jan-erik per-olof lasse jonny johnny
"""

FIRST_NAMES: frozenset[str] = frozenset(_FEMALE.split()) | frozenset(_MALE.split())

# Names that are also ordinary words in lower case: only with a capital letter.
CAPITALISED_ONLY: frozenset[str] = frozenset(
    """
    max august iris milan lena grace mercy patience precious blessing favour joy gloria
    frank sam kim alan henry mira nova ester roger kent ann anne vera ella lova linda
    klara lina axel karl carl sami ana tina sanna jack
    """.split()
)
