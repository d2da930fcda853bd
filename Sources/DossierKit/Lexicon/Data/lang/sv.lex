# Swedish: what the extractor knows about news written in Swedish.
# Format: see ../README.md. Folding turns å and ä into a and ö into o, so
# "så" and "sa", "för" and "for", "stöd" and "stod", "räd" and "rad" are
# the same token; such pairs are written below only in phrases that keep
# them apart, with one exception: "sa" (said) in [claimed], see there.

[language]
code = sv
name = Swedish

[detect]
# Frequent function words. The ones that tell Swedish from Danish and
# Norwegian come first: inte, och, är, jag, att, hade, också, mellan,
# någon, något, några, där, vad, hur, hon, honom, mycket, ännu, även.
# Words all three share but no.lex does not list ("men", "man") are left
# out: they would tilt Norwegian text towards Swedish.
inte och är jag att av på för med hade också efter mellan någon något
några där när vad hur hon honom varit blev blivit mycket sådan sådana
vilken vilket vilka varför vem vars ej icke ännu än även eftersom medan
sedan utan genom mot ut upp ner fram tillbaka tillsammans enligt bland
kring runt inom utanför inför trots innan före nästan lite ganska
väldigt ju väl nog heller annars dock alltså nämligen samt däremot
emellertid troligen tidigare senare därmed tyvärr visserligen igen nu
redan ofta aldrig alltid kanske fortfarande dessutom ändå därför
ifall eller både varken antingen ska skall skulle vill ville kan kunde
kunna måste borde får fick gör gjorde gjort säger sade sa kommer kom
går gick tar tog vara blir har var den det de dem deras dess en ett som
i till från vid hos under över han vi ni du oss dig mig sig denna detta
dessa hela samma själv själva sin sitt sina hans hennes min mitt mina
din ditt dina vår vårt våra alla allt andra annan annat egen eget egna
flera många mest mer mera mindre ingen inget inga ingenting varje här
då så om hittills därefter dessförinnan varandra sista bara

[abbreviations]
# bl.a. (bland annat), t.ex., dvs., osv., m.m., s.k., p.g.a., fr.o.m.
# Dotted forms are written whole, with their inner periods. "ung." and
# weekday abbreviations are left out: they end ordinary sentences.
bl bl.a t.ex ex dvs d.v.s osv o.s.v m.m mm ca kl nr s.k sk jfr resp
fr.o.m t.o.m p.g.a pga m.fl f.d fd o.d enl ang inkl exkl st milj mdr
mkr kr tel tfn dr prof gen genlt genmj adm kap avd red forts tf
jan feb apr jun aug sep sept okt nov dec

[weekdays]
# Plain, definite (fredagen), genitive (fredagens), plural (fredagar),
# "i fredags" (last Friday) and compounds (fredagskväll, fredagsmorgonen);
# the wildcards catch the rest. "natten till lördag" is the night before
# Saturday, reported as Saturday; "under natten till lördag" is written whole
# so that "under natten" (last night) does not take its place.
måndag = 1
måndagen = 1
måndagens = 1
måndagar = 1
måndagarna = 1
måndags = 1
måndagskväll = 1
måndagskvällen = 1
måndagsmorgon = 1
måndagsmorgonen = 1
måndagsnatt = 1
måndagsnatten = 1
måndagseftermiddag = 1
måndagseftermiddagen = 1
måndagsförmiddag = 1
måndag* = 1
natten till måndag = 1
natten mot måndag = 1
under natten till måndag = 1
under natten mot måndag = 1
tisdag = 2
tisdagen = 2
tisdagens = 2
tisdagar = 2
tisdagarna = 2
tisdags = 2
tisdagskväll = 2
tisdagskvällen = 2
tisdagsmorgon = 2
tisdagsmorgonen = 2
tisdagsnatt = 2
tisdagsnatten = 2
tisdagseftermiddag = 2
tisdagseftermiddagen = 2
tisdagsförmiddag = 2
tisdag* = 2
natten till tisdag = 2
natten mot tisdag = 2
under natten till tisdag = 2
under natten mot tisdag = 2
onsdag = 3
onsdagen = 3
onsdagens = 3
onsdagar = 3
onsdagarna = 3
onsdags = 3
onsdagskväll = 3
onsdagskvällen = 3
onsdagsmorgon = 3
onsdagsmorgonen = 3
onsdagsnatt = 3
onsdagsnatten = 3
onsdagseftermiddag = 3
onsdagseftermiddagen = 3
onsdagsförmiddag = 3
onsdag* = 3
natten till onsdag = 3
natten mot onsdag = 3
under natten till onsdag = 3
under natten mot onsdag = 3
torsdag = 4
torsdagen = 4
torsdagens = 4
torsdagar = 4
torsdagarna = 4
torsdags = 4
torsdagskväll = 4
torsdagskvällen = 4
torsdagsmorgon = 4
torsdagsmorgonen = 4
torsdagsnatt = 4
torsdagsnatten = 4
torsdagseftermiddag = 4
torsdagseftermiddagen = 4
torsdagsförmiddag = 4
torsdag* = 4
natten till torsdag = 4
natten mot torsdag = 4
under natten till torsdag = 4
under natten mot torsdag = 4
fredag = 5
fredagen = 5
fredagens = 5
fredagar = 5
fredagarna = 5
fredags = 5
fredagskväll = 5
fredagskvällen = 5
fredagsmorgon = 5
fredagsmorgonen = 5
fredagsnatt = 5
fredagsnatten = 5
fredagseftermiddag = 5
fredagseftermiddagen = 5
fredagsförmiddag = 5
fredag* = 5
natten till fredag = 5
natten mot fredag = 5
under natten till fredag = 5
under natten mot fredag = 5
lördag = 6
lördagen = 6
lördagens = 6
lördagar = 6
lördagarna = 6
lördags = 6
lördagskväll = 6
lördagskvällen = 6
lördagsmorgon = 6
lördagsmorgonen = 6
lördagsnatt = 6
lördagsnatten = 6
lördagseftermiddag = 6
lördagseftermiddagen = 6
lördagsförmiddag = 6
lördag* = 6
natten till lördag = 6
natten mot lördag = 6
under natten till lördag = 6
under natten mot lördag = 6
söndag = 7
söndagen = 7
söndagens = 7
söndagar = 7
söndagarna = 7
söndags = 7
söndagskväll = 7
söndagskvällen = 7
söndagsmorgon = 7
söndagsmorgonen = 7
söndagsnatt = 7
söndagsnatten = 7
söndagseftermiddag = 7
söndagseftermiddagen = 7
söndagsförmiddag = 7
söndag* = 7
natten till söndag = 7
natten mot söndag = 7
under natten till söndag = 7
under natten mot söndag = 7

[months]
januari = 1
jan = 1
februari = 2
feb = 2
mars = 3
april = 4
apr = 4
maj = 5
juni = 6
jun = 6
juli = 7
augusti = 8
aug = 8
september = 9
sep = 9
sept = 9
oktober = 10
okt = 10
november = 11
nov = 11
december = 12
dec = 12
# "jul" (jul.) is left out: it is also Christmas ("i jul", "efter jul").
# "mar" is left out too; Swedish writes "mars" in full.

[numbers]
# "en" and "ett" (a/one) are left out: they are the articles, and "i ett
# anfall dödades fem" would count one.
noll = 0
två = 2
tre = 3
fyra = 4
fem = 5
sex = 6
sju = 7
åtta = 8
nio = 9
tio = 10
elva = 11
tolv = 12
dussin = 12
ett dussin = 12
tretton = 13
fjorton = 14
femton = 15
sexton = 16
sjutton = 17
arton = 18
aderton = 18
nitton = 19
tjugo = 20
tjugu = 20
trettio = 30
fyrtio = 40
femtio = 50
sextio = 60
sjuttio = 70
åttio = 80
nittio = 90
hundra = 100
etthundra = 100
ett hundra = 100
hundra och = 100
tusen = 1000
ettusen = 1000
ett tusen = 1000
miljon = 1000000
en miljon = 1000000
# "ett tiotal" (some ten), "ett hundratal" (some hundred) and the like.
ett tiotal = 10
ett femtontal = 15
ett tjugotal = 20
ett trettiotal = 30
ett fyrtiotal = 40
ett femtiotal = 50
ett sextiotal = 60
ett sjuttiotal = 70
ett åttiotal = 80
ett nittiotal = 90
ett hundratal = 100
ett par hundra = 200
ett tusental = 1000
# Compounds: tjugoett ... nittionio (also with -en), tvåhundra ... niohundra, tvåtusen ... tiotusen.
tjugoett = 21
tjugotvå = 22
tjugotre = 23
tjugofyra = 24
tjugofem = 25
tjugosex = 26
tjugosju = 27
tjugoåtta = 28
tjugonio = 29
tjugoen = 21
trettioett = 31
trettiotvå = 32
trettiotre = 33
trettiofyra = 34
trettiofem = 35
trettiosex = 36
trettiosju = 37
trettioåtta = 38
trettionio = 39
trettioen = 31
fyrtioett = 41
fyrtiotvå = 42
fyrtiotre = 43
fyrtiofyra = 44
fyrtiofem = 45
fyrtiosex = 46
fyrtiosju = 47
fyrtioåtta = 48
fyrtionio = 49
fyrtioen = 41
femtioett = 51
femtiotvå = 52
femtiotre = 53
femtiofyra = 54
femtiofem = 55
femtiosex = 56
femtiosju = 57
femtioåtta = 58
femtionio = 59
femtioen = 51
sextioett = 61
sextiotvå = 62
sextiotre = 63
sextiofyra = 64
sextiofem = 65
sextiosex = 66
sextiosju = 67
sextioåtta = 68
sextionio = 69
sextioen = 61
sjuttioett = 71
sjuttiotvå = 72
sjuttiotre = 73
sjuttiofyra = 74
sjuttiofem = 75
sjuttiosex = 76
sjuttiosju = 77
sjuttioåtta = 78
sjuttionio = 79
sjuttioen = 71
åttioett = 81
åttiotvå = 82
åttiotre = 83
åttiofyra = 84
åttiofem = 85
åttiosex = 86
åttiosju = 87
åttioåtta = 88
åttionio = 89
åttioen = 81
nittioett = 91
nittiotvå = 92
nittiotre = 93
nittiofyra = 94
nittiofem = 95
nittiosex = 96
nittiosju = 97
nittioåtta = 98
nittionio = 99
nittioen = 91
två hundra = 200
tvåhundra = 200
tre hundra = 300
trehundra = 300
fyra hundra = 400
fyrahundra = 400
fem hundra = 500
femhundra = 500
sex hundra = 600
sexhundra = 600
sju hundra = 700
sjuhundra = 700
åtta hundra = 800
åttahundra = 800
nio hundra = 900
niohundra = 900
två tusen = 2000
tvåtusen = 2000
tre tusen = 3000
tretusen = 3000
fyra tusen = 4000
fyratusen = 4000
fem tusen = 5000
femtusen = 5000
sex tusen = 6000
sextusen = 6000
sju tusen = 7000
sjutusen = 7000
åtta tusen = 8000
åttatusen = 8000
nio tusen = 9000
niotusen = 9000
tio tusen = 10000
tiotusen = 10000
tjugo tusen = 20000
tjugotusen = 20000
trettio tusen = 30000
trettiotusen = 30000
femtio tusen = 50000
femtiotusen = 50000
hundra tusen = 100000
hundratusen = 100000

[approximate]
omkring
runt
kring
cirka
ca
ungefär
nästan
närmare
närmast
minst
åtminstone
över
drygt
dryga
knappt
knapp
mer än
fler än
mindre än
färre än
inte mindre än
inte färre än
uppemot
upp emot
upp till
bortåt
under
strax under
strax över
långt över
en bra bit över
ytterligare
# Not approximations, but words that may stand between a count and its
# noun ("sammanlagt 20 dödade") without breaking it.
sammanlagt
totalt

[relative]
i dag = 0
idag = 0
i dag på morgonen = 0
tidigare i dag = 0
senare i dag = 0
under dagen = 0
i natt = 0
inatt = 0
under natten = 0
natten till i dag = 0
natten mot i dag = 0
under natten till i dag = 0
i morse = 0
imorse = 0
tidigt i morse = 0
i förmiddags = 0
i förmiddag = 0
i eftermiddag = 0
i eftermiddags = 0
i kväll = 0
ikväll = 0
i afton = 0
i går = -1
igår = -1
i går kväll = -1
igårkväll = -1
i går morse = -1
i går eftermiddag = -1
natten till i går = -1
under natten till i går = -1
gårdagen = -1
gårdagens = -1
i förrgår = -2
förrgår = -2
för två dagar sedan = -2
för tre dagar sedan = -3
för fyra dagar sedan = -4
i morgon = 1
imorgon = 1
i morgon bitti = 1
i morgon kväll = 1
i övermorgon = 2

[since]
# "sedan" is also "then" ("och sedan"), but before a date it is "since".
sedan
alltsedan
ända sedan
redan sedan
allt sedan
sedan den
sedan början av
sedan slutet av
sedan starten av
från och med
fr.o.m

[negation]
inte
ej
icke
aldrig
ingen
inget
inga
ingenting
varken
utan
inte längre
inte ännu
ännu inte
inte heller
misslyckades
lyckades inte
avstod från
underlät

[future]
ska
skall
kommer att
kommer man att
planerar
planerar att
planerade
planeras
har planer på
avser
avser att
ämnar
tänker
siktar på
skulle
nästa vecka
nästa månad
under veckan
under nästa vecka
väntas
förväntas
beräknas
snart
enligt planen
är tänkt att
är planerad
är planerat

[hypothetical]
# Bare "om" (if, but also about, in, around) is left out: "samtal om
# vapenvila" would read as a condition. "bör" is left out too: folded,
# it is "bor" (lives).
kan
kunde
kunna
kan komma att
skulle kunna
kanske
möjlig
möjligt
möjliga
möjligen
möjlighet*
ifall
i fall
om så sker
i så fall
för den händelse
huruvida
hopp
hoppas
hoppades
förhoppning*
förhoppningsvis
förväntar
förväntade
förväntning*
oklart om
osäkert om
inte klart om
förslag
förslaget
förslagen
föreslår
föreslog
föreslagit
föreslås
försök
försöker
försökte
försöket
försöken
ansträngning*
borde
önskar
önskade
önskan
vill se
vill ha
vill att
eventuell*
potentiell*
sannolik*
troligen
troligtvis
förmodligen
antagligen
överväger
övervägde
övervägs
erbjudande*
erbjöd sig
erbjuder sig
skulle träda i kraft

[claimed]
# "sa" (said) folds like "så" (so, then), one of the most frequent words
# of the language, so a sentence with "så" reads as reported. It is kept
# all the same, as in no.lex: "..., sa Armeniens utrikesminister X" is how
# Swedish news quotes, and without it the speaker becomes a party to the
# act he reports. The phrases below still count when "sa" is dropped.
säger
sade
sa
sade att
säger att
sagt
sa han
sa hon
sa hen
sa till
sade han
sade hon
enligt
enligt uppgift
enligt uppgifter
enligt källor
uppger
uppgav
uppges
uppgett
uppgivit
hävdar
hävdade
hävdat
påstår
påstod
påstått
meddelar
meddelade
meddelas
skriver
skrev
uttalade
uttalar
uttalande
uttalandet
i ett uttalande
berättar
berättade
bekräftar
bekräftade
kungjorde
tillkännagav
rapporterar
rapporterade
rapporteras
förklarade
förklarar
framhåller
framhöll
understryker
underströk
betonar
betonade
ska ha
skall ha
ska vara
lär ha
citeras
citerad
citerar
twittrade
tvittrade
tillade
tillägger
lade till
hänvisar till
heter det
hette det
enligt ett uttalande

[killed]
dödad
dödade
dödades
dödats
dödas
döda
död
dött
dog
dör
dödsfall
dödsfallen
dödstal
dödstalet
dödssiffra
dödssiffran
dödsoffer
dödsoffren
omkom
omkommit
omkommer
omkomna
omkomne
stupade
stupat
stupad
miste livet
mist livet
har mist livet
förlorade livet
förlorat livet
dödsskjuten
dödsskjutna
skjuten till döds
sköts till döds
sköts ihjäl
skjutits ihjäl
ihjälskjuten
avled
avlidit
liv
människoliv
krävde livet av
massakrerade

[injured]
skadad
skadade
skadades
skadats
skadas
skadat
sårad
sårade
sårades
sårats
såras
lindrigt skadade
lättare skadade
svårt skadade
allvarligt skadade
livshotande skadade
skadeoffer

[persons]
människor
personer
person
civila
civil
civilpersoner
soldater
soldat
soldaterna
militärer
militär personal
personal
tjänstemän
stridande
krigare
rebeller
upprorsmän
separatister
legosoldater
frivilliga
barn
kvinnor
män
invånare
boende
bybor
poliser
journalister
hjälparbetare
krigsfångar
fångar
gisslan
flyktingar
medlemmar
av dem
varav

[person]
# Singular nouns for one person: "piloten dödades" counts 1.
piloten
en pilot
en soldat
soldaten
en civilperson
civilpersonen
en civil
en journalist
journalisten
ett barn
en kvinna
en man
en polis
en polisman

[circumstance]
# Words before an act that make it the setting of another one: "striderna
# fortsatte trots samtalen" reports fighting, not talks. ("under" and
# "före" are left to [approximate] and [detect]: a token holds one cue.)
trots
trots att
i samband med
inför
efter
mitt i
mitt under
samtidigt som
vid sidan av
i marginalen av
i kölvattnet av
i spåren av

[locative]
# Words that make a following country a place, not a party: "i Armenien".
i
inne i
runt om i
överallt i

[cessation]
# Words before an act that end it rather than report it: "ett stopp för
# striderna" is no fighting.
stopp för
ett stopp för
stoppa
stoppar
stoppa striderna
slut på
ett slut på
få slut på
sätta stopp för
upphöra
upphörande av
avsluta
avslutande av
inställande av
avveckling av

[habitual]
# Durations and habits: "i decennier" tells history, not news.
i decennier
i flera decennier
i årtionden
i åratal
i många år
under flera decennier
traditionellt
historiskt sett
länge haft

[standing]
# Standing relations: a base or an alliance is a state of affairs.
allians
försvarsallians
militärbas
militärbaser
militärbasen
försvarspakt

[pronouns]
# Subject pronouns for one person.
han
hon

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
från

[titles]
president
presidenten
vicepresident
premiärminister
premiärministern
statsminister
statsministern
vice statsminister
utrikesminister
utrikesministern
försvarsminister
försvarsministern
inrikesminister
justitieminister
finansminister
näringsminister
biståndsminister
minister
ministern
statsråd
statssekreterare
talesperson
talespersonen
talesman
talesmannen
taleskvinna
taleskvinnan
presstalesperson
pressekreterare
presschef
ambassadör
ambassadören
FN-ambassadör
sändebud
specialsändebud
medlare
ledare
ledaren
partiledare
oppositionsledare
separatistledare
rebelledare
general
generalen
generallöjtnant
generalmajor
brigadgeneral
överste
överstelöjtnant
amiral
konteramiral
överbefälhavare
överbefälhavaren
arméchef
chef
chefen
stabschef
generalsekreterare
generalsekreteraren
kansler
förbundskansler
borgmästare
guvernör
statschef
kung
kungen
drottning
prins
kronprins
påve
påven
patriark
ayatolla
emir
shejk
direktör
professor
forskare
rådgivare
säkerhetsrådgivare
korrespondent
utrikeskorrespondent
reporter
journalist
expert
analytiker
aktivist

[triggers]
# --- assault -------------------------------------------------------------
# "angrep*" also catches "angrepp", "angreppet", "angreppen".
angrep* = assault
angrip* = assault
anfall* = assault
anföll = assault
motangrepp* = assault
motanfall* = assault
attack* = assault
motattack* = assault
terrorattack* = assault
terrordåd* = assault
självmordsattack* = assault
offensiv* = assault
motoffensiv* = assault
strid = assault
striden = assault
strider = assault
striderna = assault
stred = assault
stridigheter* = assault
# "i strid med" (contrary to) says that an act breaks a rule.
i strid med = accuse
stridshandling* = assault
hårda strider = assault
häftiga strider = assault
kämpade mot = assault
kämpar mot = assault
kämpat mot = assault
krigshandling* = assault
krigföring* = assault
fientlighet* = assault
skärmytsling* = assault
sammandrabbning* = assault
drabbning* = assault
drabbade samman = assault
drabbar samman = assault
eldstrid* = assault
eldväxling* = assault
skottlossning* = assault
skottväxling* = assault
sköt mot = assault
skjuter mot = assault
öppnade eld = assault
öppnar eld = assault
invasion* = assault
invader* = assault
intog = assault
intagit = assault
erövr* = assault
återerövr* = assault
ryckte fram = assault
rycker fram = assault
ryckte in = assault
stormade = assault
stormar = assault
bakhåll* = assault
explosion* = assault
massak* = assault
vedergäll* = assault
repressali* = assault
förstörde = assault
förstör = assault
förstörts = assault
avrätt* = assault
kidnapp* = assault
bortförd* = assault
tog som gisslan = assault
tagits som gisslan = assault
tortyr* = assault
torter* = assault
brott mot vapenvilan = assault
brott mot vapenvila = assault
bröt vapenvilan = assault
bryter vapenvilan = assault
brutit vapenvilan = assault
bröt mot vapenvilan = assault
bryter mot vapenvilan = assault
brutit mot vapenvilan = assault
kränkte vapenvilan = assault
kränker vapenvilan = assault
kränkningar av vapenvilan = assault
prickskytt* = assault
stridsvagn* = assault
krävde livet av = assault
# heavy weapons
granat* = assault heavy-weapons
artilleri* = assault heavy-weapons
beskjut* = assault heavy-weapons
besköt = assault heavy-weapons
besköts = assault heavy-weapons
bombard* = assault heavy-weapons
raket* = assault heavy-weapons
robotattack* = assault heavy-weapons
robotanfall* = assault heavy-weapons
robotar = assault heavy-weapons
robotarna = assault heavy-weapons
missil* = assault heavy-weapons
granatkastar* = assault heavy-weapons
klusterbomb* = assault heavy-weapons
klusterammunition = assault heavy-weapons
haubits* = assault heavy-weapons
raketartilleri* = assault heavy-weapons
# air
flyganfall* = assault air
flygangrepp* = assault air
flygattack* = assault air
luftangrepp* = assault air
luftanfall* = assault air
flygbombning* = assault air
drönar* = assault air
stridsflyg* = assault air
stridsplan = assault air
jaktplan = assault air
bombplan = assault air
helikopterattack* = assault air
bomb = assault air
bomber = assault air
bomberna = assault air
bombade = assault air
bombat = assault air
bombas = assault air
bombades = assault air
bombning* = assault air
bombattack* = assault air
bombanfall* = assault air
sköt ner = assault air
sköt ned = assault air
sköts ner = assault air
sköts ned = assault air
skjuter ner = assault air
skjuts ner = assault air
skjutits ner = assault air
nedskjut* = assault air
bilbomb* = assault
vägbomb* = assault
vägkantsbomb* = assault
# --- agree ---------------------------------------------------------------
enig* = agree
enades = agree
enats = agree
enas om = agree
kom överens = agree
kommit överens = agree
kommer överens = agree
överenskomm* = agree
avtal* = agree
fredsavtal* = agree
fördrag = agree
fördraget = agree
fördragen = agree
traktat* = agree
ingick = agree
ingått = agree
underteckn* = agree
skrev under = agree
signer* = agree
godtog = agree
godtar = agree
godtagit = agree
accepter* = agree
gick med på = agree
går med på = agree
gå med på = agree
gått med på = agree
vapenvil* = agree ceasefire
vapenstillestånd* = agree ceasefire
eldupphör = agree ceasefire
humanitär vapenvila = agree ceasefire
# --- consult -------------------------------------------------------------
samtal* = consult
fredssamtal* = consult peace-talks
fredsförhandl* = consult peace-talks
fredsprocess* = consult peace-talks
fredskonferens* = consult peace-talks
fredsmöte* = consult peace-talks
fredsplan* = consult peace-talks
förhandl* = consult
möte = consult
mötet = consult
möten = consult
mötena = consult
möter = consult
mötte = consult
möttes = consult
träffade sin = consult
träffade sina = consult
träffade varandra = consult
mötas = consult
möts = consult
mötts = consult
träffades = consult
träffas = consult
toppmöte* = consult
besök* = consult
överläggning* = consult
diskuter* = consult
konsultation* = consult
konsulter* = consult
dialog* = consult
bjöd in = consult
bjuder in = consult
inbjud* = consult
# "värd för" alone folds like "vård för" (care for); it is written with a verb.
var värd för = consult
är värd för = consult
var värdar för = consult
stod värd = consult
står värd = consult
står som värd = consult
som värd = consult
talade med = consult
talar med = consult
pratade med = consult
videomöte* = consult
videosamtal* = consult
telefonsamtal* = consult phone
telefonmöte* = consult phone
ringde = consult phone
ringde upp = consult phone
per telefon = consult phone
i telefon = consult phone
telefonledes = consult phone
medla = consult third-party
medlar = consult third-party
medlade = consult third-party
medlat = consult third-party
medling* = consult third-party
medlare = consult third-party
erbjöd sig att medla = consult third-party
# --- support -------------------------------------------------------------
# Bare "stöd" is left out: folded, it is "stod" (stood).
stödet = support
# congratulations are support; diplomatic efforts are talks
gratuler* = support
gratulation* = support
diplomatiska ansträngningar = consult
stöder = support
stödjer = support
stödde = support
stödja = support
stöttar = support
stöttade = support
sitt stöd = support
fullt stöd = support
uttryckte stöd = support
uttryckte sitt stöd = support
gav sitt stöd = support
solidaritet* = support
berömde = support
berömmer = support
hyllade = support
hyllar = support
välkomna* = support
ställer sig bakom = support
ställde sig bakom = support
förespråkar = support
förespråkade = support
# --- cooperate -----------------------------------------------------------
samarbet* = cooperate
redo att = cooperate
redo för = cooperate
beredd att = cooperate
beredda att = cooperate
villig att = cooperate
villiga att = cooperate
återuppta fredsprocessen = cooperate
återuppta förhandlingarna = cooperate
återuppta samtalen = cooperate
återuppta dialogen = cooperate
återupptar förhandlingarna = cooperate
återupptog förhandlingarna = cooperate
återupptagande av = cooperate
samordn* = cooperate
koordiner* = cooperate
fångutväxling* = cooperate
fångutbyte* = cooperate
utväxling av fångar = cooperate
utbyte av fångar = cooperate
utväxla fångar = cooperate
byta fångar = cooperate
utväxla döda = cooperate
utväxling av döda = cooperate
normaliser* = cooperate
diplomatiska förbindelser = cooperate
# --- concede -------------------------------------------------------------
eftergift* = concede
kompromiss* = concede
gav efter = concede
ger efter = concede
ge efter = concede
vek sig = concede
frigav = concede
frigivit = concede
friger = concede
frigivning* = concede
släppte fångar = concede
släpptes fria = concede
släppte fria = concede
hävde sanktionerna = concede
häver sanktionerna = concede
häva sanktionerna = concede
lättade sanktionerna = concede
avgick = concede
avgår som = concede
lämnade över = concede
överlämnade = concede
# --- aid -----------------------------------------------------------------
bistånd = aid
biståndet = aid
nödhjälp* = aid
humanitär hjälp = aid
humanitärt bistånd = aid
humanitärt stöd = aid
hjälpsändning* = aid
hjälpkonvoj* = aid
hjälppaket* = aid
militärt bistånd = aid
militärt stöd = aid
militär hjälp = aid
ekonomiskt stöd = aid
ekonomiskt bistånd = aid
vapenstöd = aid
vapenhjälp = aid
vapenleverans* = aid
vapenförsörjning* = aid
levererade vapen = aid
levererar vapen = aid
skickade vapen = aid
skickar vapen = aid
militära rådgivare = aid
donation* = aid
fredsbevar* = aid peacekeeping
fredsstyrk* = aid peacekeeping
# --- retreat -------------------------------------------------------------
drog sig tillbaka = retreat
drar sig tillbaka = retreat
dra sig tillbaka = retreat
dragit sig tillbaka = retreat
drog sig ur = retreat
drar sig ur = retreat
dra sig ur = retreat
dragit sig ur = retreat
drog tillbaka = retreat
drar tillbaka = retreat
dra tillbaka = retreat
dragit tillbaka = retreat
tillbakadrag* = retreat
reträtt* = retreat
retirer* = retreat
kapitul* = retreat
gav upp = retreat
demobiliser* = retreat
avväpn* = retreat
nedtrappning* = retreat
trappa ned = retreat
trappar ned = retreat
trappade ned = retreat
trappa ner = retreat
trappar ner = retreat
trappade ner = retreat
hävde blockaden = retreat
häva blockaden = retreat
# --- demand --------------------------------------------------------------
uppman* = demand
kräver = demand
krävde = demand
kräva = demand
krävt = demand
krav = demand
kravet = demand
kraven = demand
vädj* = demand
insister* = demand
yrkar = demand
yrkade = demand
begärde = demand
begäran = demand
manar till = demand
manade till = demand
ber om = demand
bad om = demand
be om = demand
bett om = demand
efterlyser = demand
efterlyste = demand
pressar på för = demand
kräver vapenvila = demand ceasefire
krävde vapenvila = demand ceasefire
kräver omedelbar vapenvila = demand ceasefire
krävde omedelbar vapenvila = demand ceasefire
kräver en omedelbar vapenvila = demand ceasefire
krävde en omedelbar vapenvila = demand ceasefire
uppmanar till vapenvila = demand ceasefire
uppmanade till vapenvila = demand ceasefire
uppmanar till omedelbar vapenvila = demand ceasefire
uppmanade till omedelbar vapenvila = demand ceasefire
uppmanade till en omedelbar vapenvila = demand ceasefire
vädjar om vapenvila = demand ceasefire
vädjade om vapenvila = demand ceasefire
ber om vapenvila = demand ceasefire
bad om vapenvila = demand ceasefire
efterlyser vapenvila = demand ceasefire
efterlyste vapenvila = demand ceasefire
kräver ett stopp för striderna = demand ceasefire
krävde ett stopp för striderna = demand ceasefire
kräver eldupphör = demand ceasefire
krävde eldupphör = demand ceasefire
# --- accuse --------------------------------------------------------------
anklag* = accuse
beskyll* = accuse
# "fördöm*" would catch "fördom" (prejudice) and "fordom"; the forms
# are listed.
fördömer = accuse
fördömde = accuse
fördömdes = accuse
fördömt = accuse
fördöma = accuse
fördömande* = accuse
kritiser* = accuse
kritik* = accuse
klandr* = accuse
skyller på = accuse
skyllde på = accuse
lägger skulden på = accuse
lade skulden på = accuse
ger skulden = accuse
gav skulden = accuse
håller ansvarig = accuse
håller ansvariga = accuse
höll ansvarig = accuse
höll ansvariga = accuse
läxade upp = accuse
# --- reject --------------------------------------------------------------
avvis* = reject
förnek* = reject
tillbakavis* = reject
vägr* = reject
avslog = reject
avslår = reject
avslagit = reject
avslag = reject
förkast* = reject
veto = reject
vetot = reject
sade nej = reject
säger nej = reject
sa nej = reject
tackade nej = reject
tackar nej = reject
utesluter = reject
uteslöt = reject
uteslutit = reject
utesluta = reject
dementer* = reject
# "avfärd*" would catch "avfärd" (departure); the forms are listed.
avfärdade = reject
avfärdar = reject
avfärdat = reject
avfärda = reject
avfärdades = reject
viftade bort = reject
viftar bort = reject
# --- threaten ------------------------------------------------------------
# "hot*" would catch "hotell"; the forms are listed.
hotar = threaten
hotade = threaten
hota = threaten
hotat = threaten
hot = threaten
hotet = threaten
hoten = threaten
hotelse* = threaten
varnar = threaten
varnade = threaten
varna = threaten
varnat = threaten
varning* = threaten
ultimatum* = threaten
sista chansen = threaten
sista möjligheten = threaten
förklarade krig = threaten
förklarar krig = threaten
krigsförklaring* = threaten
# --- protest -------------------------------------------------------------
protest* = protest
demonstr* = protest
strejk* = protest
hungerstrejk* = protest
bojkott* = protest
upplopp* = protest
kravall* = protest
gick ut på gatorna = protest
tågade = protest
kallade upp ambassadören = protest
kallade upp ambassadör = protest
kallade upp landets ambassadör = protest
# --- sanction ------------------------------------------------------------
sanktion* = sanction
embargo* = sanction
vapenembargo* = sanction
utvisade diplomater = sanction
utvisar diplomater = sanction
utvisning av diplomater = sanction
kallade hem ambassadören = sanction
kallade hem sin ambassadör = sanction
kallar hem sin ambassadör = sanction
kallade hem = sanction
kallar hem = sanction
bröt de diplomatiska förbindelserna = sanction
bryter de diplomatiska förbindelserna = sanction
avbröt de diplomatiska förbindelserna = sanction
frös tillgångar = sanction
fryser tillgångar = sanction
inreseförbud* = sanction
strafftull* = sanction
svartlist* = sanction
avbröt förhandlingarna = sanction
avbryter förhandlingarna = sanction
# --- mobilize ------------------------------------------------------------
mobiliser* = mobilize
undantagstillstånd* = mobilize
krigstillstånd* = mobilize
krigslagar = mobilize
krigslagen = mobilize
utplacer* = mobilize
sände trupper = mobilize
skickade trupper = mobilize
skickar trupper = mobilize
skickade soldater = mobilize
förflyttade trupper = mobilize
samlade trupper = mobilize
truppuppbyggnad* = mobilize
truppförstärkning* = mobilize
förstärkning* = mobilize
militär uppbyggnad = mobilize
reservister = mobilize
kallade in reservister = mobilize
inkallning av reservister = mobilize
militärövning* = mobilize
hög beredskap = mobilize
högsta beredskap = mobilize
höjd beredskap = mobilize
stridsberedskap = mobilize
rekryter* = mobilize
värvning* = mobilize
# --- coerce --------------------------------------------------------------
arrester* = coerce
grep = coerce
greps = coerce
gripits = coerce
gripna = coerce
anhöll = coerce
anhållen = coerce
anhållna = coerce
anhölls = coerce
anhållits = coerce
häkt* = coerce
fängsl* = coerce
internerad* = coerce
tillfångatog* = coerce
togs till fånga = coerce
tog till fånga = coerce
tagits till fånga = coerce
utvis* = coerce
deporter* = coerce
blockad* = coerce
belägr* = coerce
utegångsförbud* = coerce
slog ned på = coerce
slog ner på = coerce
slår ned på = coerce
slår ner på = coerce
tillslag = coerce
förbjöd = coerce
förbjuder = coerce
censur* = coerce
beslagtog = coerce
beslagtagit = coerce
beslagtogs = coerce
dömd till = coerce
dömdes till = coerce
