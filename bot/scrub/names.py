"""First names common in Sweden, for the name gazetteer.

The NER model finds only about half of the names in chat sentences without a
cue ("Emma sa att det var okej"): it was trained on news text. A list of the
names people here actually carry catches most of the rest, in lower case too.
It covers common Swedish names of all ages and frequent names among people
born in or with roots in the Middle East, the Horn of Africa, the Balkans,
Eastern Europe and West Africa (the people this service talks to).

Many people who sell sex in Sweden carry names from elsewhere, so `_WORLD`
adds common given names by region (Eastern Europe, the Balkans, West and East
Africa, Somalia, the Arab world, Iran, Afghanistan, Kurdistan, Turkey,
Thailand, Latin America, China), written without and, where people often
type them so, with diacritics.

Names that are also Swedish or English words are left out entirely ("Per" is
"per", "Hans" is "his", "Bo", "Dag", "Tom", "Liv", "Saga", "Stig", "Björn",
"Love", "Hope", "Gift", "Inga", "Rosa", "Dina", "Sola", "Kemi", "Hakan",
"Visar", "Lei", "Selam") or, in `CAPITALISED_ONLY`, taken only with a capital
letter ("max 500 kr", "august"). A few of those, whose other sense is rare in
chat, are also taken in lower case where a name typically stands
(`LOWER_CASE_IN_NAME_POSITION`: "jag var med grace").
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

# Given names by region, female and male together; one comment line per group.
_WORLD = """
# Polish, Czech, Slovak and Baltic
agata aleksandra alicja aneta barbara basia beata dorota edyta ewa ewelina gosia grażyna halina
ilona iwona izabela jadwiga justyna kasia kinga małgorzata malgorzata marta marzena ola paulina
renata sylwia teresa urszula weronika wiktoria wioletta zofia zuzanna danuta bożena krystyna
jana lenka lucie tereza zuzana kristýna katarína ieva agnė egle eglė jurgita ilze kristīne
andrzej arkadiusz artur bartek bartosz dariusz dawid grzegorz jacek janusz jarek jarosław kacper
kamil łukasz lukasz maciej marcin mariusz mateusz michał paweł przemek przemysław radosław rafał
sławomir szymon wojciech zbigniew tadeusz waldemar wiktor witold krystian jiří jiri petr pavol
miroslav lukáš ondřej tomáš jaroslav radek vojtěch mindaugas darius mantas tadas vytautas
rolandas andris jānis janis kaspars edgars aivars raimonds
# Hungarian
anikó eszter katalin réka zsófia zsuzsanna krisztina ágnes nóra dóra orsolya tímea timea
erzsébet ildikó judit attila balázs bence csaba dániel gábor gergő istván józsef károly lászló
levente máté miklós norbert péter sándor tamás zoltán zsolt ferenc krisztián ádám
# Romanian and Bulgarian
adriana anca carmen cristina diana florentina gabriela georgiana ileana larisa loredana luminita
luminița madalina mădălina mirela nicoleta oana raluca ramona simona violeta lavinia denisa
claudia corina ionela mariana camelia teodora florina catalina cătălina desislava gergana petya
radostina tsvetelina mariela boryana alin catalin cătălin ciprian claudiu costel cristian dorin
dragos dragoș dumitru gheorghe ionel iulian laurentiu laurențiu liviu marian mircea nicolae
ovidiu petru radu razvan răzvan sorin tudor valentin vasile viorel vlad costin sergiu georgi
dimitar hristo ivaylo krasimir nikolay plamen stoyan todor tsvetan yordan lyubomir
# Russian, Ukrainian and Belarusian
alyona alena anya darya dasha ekaterina yekaterina katya kateryna galina halyna inna ksenia
kseniya lyudmila ludmila lyuba masha nadezhda nadya natasha oksana olena olesya tatiana tatyana
tanya valentina viktoriya yana yulia yuliya julija zhanna sveta svetlana iryna mariya nataliya
oleksandra snezhana veronika larysa khrystyna aleksandr aleksei alexey anatoly andriy andrii
artem artyom bohdan boris denys denis dmitry dmytro evgeny yevgeny yevhen igor ihor ilya kirill
konstantin maksim mykola mykhailo nikita oleg oleksandr oleksii pavel pavlo ruslan serhiy serhii
sergey stanislav taras vadim valery vasyl vitaly vitalii vladimir volodymyr vyacheslav yaroslav
yuri yuriy timur arseniy danylo
# Bosnian, Serbian, Croatian and Montenegrin
amra azra belma dženana dzenana edina elma emira enisa lamija merima merjema nejra sanela alisa
jelena jovana milica marija ivana tijana dragana snežana snezana biljana vesna gordana mirjana
nataša natasa tamara katarina anđela andjela sanja dijana ljiljana zorica ivona lana adis admir
almir amel amer anel armin dino dženan dzenan edis elvir emin enis ermin faruk kemal mirza
muhamed nermin nihad refik samir sead senad suad tarik zlatan zijad nikola miloš milos nemanja
aleksandar aleksa bojan branko darko dejan dušan dusan đorđe djordje jovan lazar mladen nenad
novak predrag radovan saša sasa slobodan srđan srdjan stevan uroš uros vuk zdravko željko zeljko
ivica josip mario matej tomislav krešimir kresimir davor domagoj hrvoje mislav dario antonio
# Albanian (Albania, Kosovo, North Macedonia)
albana arbnora blerta besa dafina drita donika elira erza fatjona gentiana hana jehona kaltrina
liridona lindita mimoza rina teuta valbona vjosa vlora zana edona arbenita ardita ariana
aferdita afërdita shqipe qendresa diellza besarta albina armend arben ardian arian bekim besim
besnik bujar burim dardan fatmir fisnik gazmend genc ilir labinot lulzim valon ardit ermal
endrit blerim driton agon shkelzen leutrim ylber rinor arlind
# West African (Nigeria, Ghana, Senegal, Gambia, Guinea, Sierra Leone)
adaeze adaora amaka chiamaka chidinma chinwe chioma chinonso ebere ifeoma ngozi nkechi nneka
obiageli uchenna ugochi adaobi chinyere funmilayo funmi folake bukola yetunde titilayo tolu
temitope tope omolara oluwaseun seun abimbola damilola toyin yewande ayomide hauwa zainab hadiza
halima fatou fatoumata aminata awa adama mariama khadija binta ndeye coumba rokhaya astou
aissatou kadiatou akosua adwoa abena akua efua esi afia afua ekua gifty chukwuemeka chidi obinna
ikenna nnamdi uche kelechi ifeanyi ebuka chibuike chijioke okechukwu onyeka olumide segun
babatunde femi kunle gbenga dayo ayodele adewale wale kayode bayo biodun lanre tayo yemi seyi
dapo musa usman abubakar sani aliyu yakubu kwame kwabena kofi kwaku kojo kwesi kweku osei
mamadou moussa ousmane cheikh abdoulaye modou lamine ibrahima alioune malick babacar souleymane
boubacar amadou ebrima lamin alhaji momodou sheku foday kingsley collins chike
# Edo (Benin City)
osas osasere osahon osagie osaro ivie efe eghosa uyi isoken eseosa osayuki itohan omosede uyiosa
imade efosa ehis ikponmwosa omoregie
# Ethiopian and Eritrean
almaz azeb betelhem birtukan feven fikir freweyni genet hirut kidist lemlem luwam mahlet meron
mekdes meseret mulu saba senait semhar tigist tsega tsehay winta yordanos yodit mebrat
eyerusalem hiwot tirhas saron merhawit nardos bezawit tsion kisanet rahwa yohana hermela lidya
weyni akberet abrehet mihret abebe alemayehu amanuel bereket biniam biniyam dawit ephrem eyob
fitsum getachew girma habtom haile henok kidane mesfin mulugeta natnael solomon tekle tesfaye
tewodros teklay tesfay yonas yohannes yared zerihun berhane mehari merhawi filmon awet robel
semere kibrom yemane ermias efrem abel abraham isaias kaleb nahom abiy mekonnen kiros kahsay
goitom tedros
# Kenyan, Ugandan and Tanzanian
wanjiku wambui njeri nyambura achieng akinyi atieno adhiambo awino nafula chebet wairimu muthoni
nyokabi nasimiyu namukasa nakato babirye nabirye auma apio akello neema rehema zawadi kamau
kibet otieno omondi onyango ochieng odhiambo wafula wanyama mwangi njoroge kariuki kimani
macharia mutua musyoka kiprotich cheruiyot mugisha wasswa okello opio ouma mukasa baraka juma
# Somali
asha ayan ayaan bilan deeqa faadumo fadumo farhiya filsan hibaq hinda hamdi idil ifrah ikran
istar khadra kowsar leylo luul maryan muna nasra nimco ubah ugbaad warsan sagal sahra shukri
sucaad ruqiya safiya saynab qamar najma hibo xawa fartun sacdiya halimo cawo hamda ilhan kaltun
nafisa rahma zamzam yasmiin nasteexo amran abdullahi abdulkadir abdirizak abdiwali abdikarim
abdinasir abdiaziz aweys bashir cabdi cali daud dahir farah faysal guled hamse ilyas mahamed
mohamud mukhtar nuur nur osman cismaan qasim sakariye warsame yasin yonis zakariya abshir elmi
hirsi jibril kadar khalif mustaf nuradin siyad abukar adan ayanle cumar deeq geedi ismail
# Arabic (Levant, Iraq, Gulf, Egypt, North Africa)
abeer afaf ahlam alaa amal asmaa aya bushra doaa duaa eman iman esraa ghada hadeel haifa heba
hend huda inas israa jamila joud lamia lamis lujain lubna maha majd malak marwa maysa mayar
najla nawal nesrin nisreen noura nuha rana rasha rawan reem ruba rukaya sahar salma samar sana
sawsan shaimaa sherin sundus suha tasneem wafa widad yasmine zeina sumaya nadine dunia dounia
ranim raghad loubna souad naima latifa karima saida malika hayat ilham siham meriem imane salwa
houda hanane najat rachida fadwa batoul walaa maram shahd abbas adil akram amin amjad anwar
ashraf ayman aziz bassam basel bashar faisal fawzi ghassan haitham hakim hani haytham hazem
hisham hussam ihab imad issa jalal jamal kamal karam khaled laith luay mahdi mahmoud majid malik
mansour marwan mazen moaz mounir muhannad munir nabil nader naji nizar osama qais rabie raed
rashid riad saad salah saleh salim sharif tamer taha wael walid wassim yahya yassin yasser zaid
zakaria ziad younes abdelkader abdelaziz rachid driss mourad mustapha brahim redouane soufiane
ilias yassine hicham jawad
# Persian, Dari, Kurdish and Turkish
arash babak dariush farhad farid hamed hossein javad kamran kaveh mehran mohsen morteza navid
omid payam pedram ramin shahram siavash behnam behrouz ehsan milad soroush vahid nawid rahim
rahmat sayed jawed farzad azadeh bahar fereshteh golnaz laleh mahsa mahnaz nasrin neda niloufar
nilofar roya sanaz setareh shadi shabnam soraya yasaman zohra farida fereshta mursal nazanin
sima parwana gulalai hasina frishta berivan hevin jiyan nazdar rojda ronahi rozerin shilan zilan
zozan azad dilshad diyar hiwa karwan rezan rizgar serdar shvan soran hozan jwan hemin bawan
sherko aram ayşe büşra esra gül hatice kübra özlem sevgi tuğba yasemin burak cem deniz erkan
fatih kaan mert onur serkan tolga volkan yusuf
# Thai (given names and the nicknames used every day)
siriporn supaporn sumalee malee ratana kanya kannika pimchanok pornthip wanida nattaya nongnuch
orathai sunisa suda jintana kanokwan wipawee sasithorn thida arunee boonsri chanya duangjai
kulap lamai napat nittaya pensri phailin ratchanee saowanee somsri sunee tassanee urai yupin
areerat busaba chutima kamolwan pranee rattana jiraporn sirinya lamyai namfon ploy ploi nok noi
pim ying kwan toon goy jeab aom fah pui nuch dao somchai somsak somboon sompong prasert prasit
sakchai surachai wichai anan arthit chaiwat kittisak narong niran pichai sombat suchart tanawat
thanakorn thawatchai weerachai nattapong apichart boonmee chakrit kriangsak pongsak sarawut
teerapong wirat
# Latin American (Spanish and Portuguese)
alejandra andrea beatriz camila carolina daniela fernanda guadalupe lupita isabel jimena ximena
juliana karina laura lorena lucía luisa luz marcela maribel marisol milagros paola patricia
paula rocio rocío sofía valeria yesenia yolanda brenda dayana estefania estefanía gisela ivonne
josefina julieta leticia liliana lizbeth luciana martina micaela noemi raquel rosario silvia
susana vanesa yuliana larissa luana fabiana francisca antonella agustina florencia romina
constanza javiera alejandro andrés carlos diego eduardo emiliano enrique esteban felipe fernando
francisco gabriel gonzalo guillermo gustavo héctor hector ignacio javier joaquín joaquin jorge
josé jose juan julio leonardo luis manuel marco martín mateo matías matias mauricio miguel
nicolás óscar pablo pedro rafael ramón ramon raúl raul ricardo roberto rodrigo rubén ruben
sergio tomás vicente wilson yeison alberto armando edgar ernesto fabián fabian gerardo jairo
jhon orlando rolando ulises brayan anderson thiago joão joao bruno caio vinícius vinicius
leandro marcelo diogo renato
# Chinese (pinyin given names)
wei jing hui xin yan jun hao xiao mei yun qing xia jie hua ning jia yuan zhen feng qiang rui
yong jian xiu qian xue fei lili xiaoli xiaoming xiaoyan xiaohong xiaomei jiayi zihan yuxuan
haoran zhiwei yanyan jingjing tingting lingling meimei wenjing lijuan yingying huiling xiuying
guiying xiulan yufei ziyi zixuan yiming junjie jiahao zhihao minghao jianguo jianhua weiwei
haiyan
"""


def _words(block: str) -> frozenset[str]:
    """The names of a block, without its comment lines."""
    return frozenset(
        word
        for line in block.splitlines()
        if not line.lstrip().startswith("#")
        for word in line.split()
    )


FIRST_NAMES: frozenset[str] = _words(_FEMALE) | _words(_MALE) | _words(_WORLD)

# Names that are also ordinary words in lower case: only with a capital letter.
CAPITALISED_ONLY: frozenset[str] = frozenset(
    """
    max august iris milan lena grace mercy patience precious blessing favour joy gloria
    frank sam kim alan henry mira nova ester roger kent ann anne vera ella lova linda
    klara lina axel karl carl sami ana tina sanna jack
    musa osman bilan veronika gentiana bojan arian nok mario amin salah tamer yuan hui
    """.split()
)

# Names of `CAPITALISED_ONLY` whose other sense is rare in Swedish chat: also
# taken in lower case at the start of a message or after "med", "och", "till",
# "från", "hos", "åt", "att" ("jag bor hos grace", "musa sa att").
LOWER_CASE_IN_NAME_POSITION: frozenset[str] = frozenset(
    """
    grace mercy patience precious blessing favour joy kim alan henry sam mira ella vera
    anne sami nok tamer musa osman bilan
    """.split()
)
