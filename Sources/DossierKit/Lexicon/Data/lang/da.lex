# Danish: what the extractor knows about news written in Danish.
# Format: see ../README.md. Folding makes ø = o, æ = ae, å = a, so "før"
# and "for", "så" and "sa", "møde" and "mode", "bør" and "bor" are the same
# token; such pairs appear below only where the collision does no harm.
# Danish counts tens in twenties above forty: halvtreds (50), tres (60),
# halvfjerds (70), firs (80), halvfems (90), and puts the unit first:
# enogtyve (21), femoghalvtreds (55).

[language]
code = da
name = Danish

[detect]
# Frequent function words. The ones that tell Danish from Norwegian and
# Swedish come first: ikke, af, hvad, efter, mellem, nogen, noget, blev,
# meget, mig, dig, sig, havde, gør, siger, sagde, hende, vores, uden, op,
# ud, ind, mod, nu, end, endnu, igen, måske, lidt, næsten, aldrig, altid.
# The words Danish shares with Norwegian are listed too, so that they do
# not count for Norwegian alone.
ikke og af på hvad hvor hvordan hvorfor hvem hvilken hvilket hvilke
også efter mellem nogen noget nogle blev bliver blevet være været meget
sig jeg mig dig havde fik gør gjorde siger sagde tager tog hende hendes
sit mit dit vores jeres sådan sådanne anden andet mere bag blandt inden
udenfor tilbage aldrig altid næsten lidt stadig måske desuden alligevel
igen nu end endnu op ud ind mod uden gennem heller ellers dog altså
nemlig samt hvoraf hvorpå derimod imidlertid tidligere senere dermed
desværre ganske helt jo vel nok ofte allerede derfor fordi hvis mens
siden både hverken enten eller i til med for som at det den de dem
deres en et er var har skal skulle vil ville kan kunne må måtte burde
får kommer kom går gik han hun vi du ham hans sin sine min mine din dine
denne dette disse selv samme hele alle alt andre egen eget egne flere
mange mest færre ingen ingenting intet hver hvert enhver over under ved
hos fra før foran langs rundt ifølge omkring ned frem sammen her der da
så når om hvorefter hinanden lige sidste derefter herefter
bagefter foreløbig længe mindst imod selvom ad

[abbreviations]
# bl.a. (blandt andet), f.eks., fx., dvs., osv., ca., kl., nr., jf.,
# pga., evt. Dotted forms are written whole, with their inner periods.
bl bl.a f.eks eks fx dvs d.v.s osv o.s.v ca kl nr jf jfr mht m.h.t pga
p.g.a iflg evt ev tidl inkl ekskl hhv vedr ang f.o.m t.o.m o.l m.fl m.m
mv st stk dr prof gen genmaj genltn adm kap mio mia mill kr tlf udg afd
red fhv ml
jan feb apr aug sep sept okt nov dec

[weekdays]
# Plain, definite (fredagen), genitive (fredagens), plural (fredage),
# "i fredags" (last Friday) and compounds (fredagsaften, fredagsmorgenen);
# the wildcards catch the rest. "fredag aften" is the weekday and a word.
# "natten til lørdag" is the night before Saturday, reported as Saturday;
# "i løbet af natten til lørdag" is written whole so that "i løbet af
# natten" (last night) does not take its place.
mandag = 1
mandagen = 1
mandagens = 1
mandage = 1
mandagene = 1
mandags = 1
mandagsaften = 1
mandagsaftenen = 1
mandagsmorgen = 1
mandagsmorgenen = 1
mandagsnat = 1
mandagsnatten = 1
mandagseftermiddag = 1
mandagseftermiddagen = 1
mandagsformiddag = 1
mandag* = 1
natten til mandag = 1
i løbet af natten til mandag = 1
natten mellem mandag og tirsdag = 2
natten til i mandags = 1
mandag nat = 1
tirsdag = 2
tirsdagen = 2
tirsdagens = 2
tirsdage = 2
tirsdagene = 2
tirsdags = 2
tirsdagsaften = 2
tirsdagsaftenen = 2
tirsdagsmorgen = 2
tirsdagsmorgenen = 2
tirsdagsnat = 2
tirsdagsnatten = 2
tirsdagseftermiddag = 2
tirsdagseftermiddagen = 2
tirsdagsformiddag = 2
tirsdag* = 2
natten til tirsdag = 2
i løbet af natten til tirsdag = 2
natten mellem tirsdag og onsdag = 3
natten til i tirsdags = 2
tirsdag nat = 2
onsdag = 3
onsdagen = 3
onsdagens = 3
onsdage = 3
onsdagene = 3
onsdags = 3
onsdagsaften = 3
onsdagsaftenen = 3
onsdagsmorgen = 3
onsdagsmorgenen = 3
onsdagsnat = 3
onsdagsnatten = 3
onsdagseftermiddag = 3
onsdagseftermiddagen = 3
onsdagsformiddag = 3
onsdag* = 3
natten til onsdag = 3
i løbet af natten til onsdag = 3
natten mellem onsdag og torsdag = 4
natten til i onsdags = 3
onsdag nat = 3
torsdag = 4
torsdagen = 4
torsdagens = 4
torsdage = 4
torsdagene = 4
torsdags = 4
torsdagsaften = 4
torsdagsaftenen = 4
torsdagsmorgen = 4
torsdagsmorgenen = 4
torsdagsnat = 4
torsdagsnatten = 4
torsdagseftermiddag = 4
torsdagseftermiddagen = 4
torsdagsformiddag = 4
torsdag* = 4
natten til torsdag = 4
i løbet af natten til torsdag = 4
natten mellem torsdag og fredag = 5
natten til i torsdags = 4
torsdag nat = 4
fredag = 5
fredagen = 5
fredagens = 5
fredage = 5
fredagene = 5
fredags = 5
fredagsaften = 5
fredagsaftenen = 5
fredagsmorgen = 5
fredagsmorgenen = 5
fredagsnat = 5
fredagsnatten = 5
fredagseftermiddag = 5
fredagseftermiddagen = 5
fredagsformiddag = 5
fredag* = 5
natten til fredag = 5
i løbet af natten til fredag = 5
natten mellem fredag og lørdag = 6
natten til i fredags = 5
fredag nat = 5
lørdag = 6
lørdagen = 6
lørdagens = 6
lørdage = 6
lørdagene = 6
lørdags = 6
lørdagsaften = 6
lørdagsaftenen = 6
lørdagsmorgen = 6
lørdagsmorgenen = 6
lørdagsnat = 6
lørdagsnatten = 6
lørdagseftermiddag = 6
lørdagseftermiddagen = 6
lørdagsformiddag = 6
lørdag* = 6
natten til lørdag = 6
i løbet af natten til lørdag = 6
natten mellem lørdag og søndag = 7
natten til i lørdags = 6
lørdag nat = 6
søndag = 7
søndagen = 7
søndagens = 7
søndage = 7
søndagene = 7
søndags = 7
søndagsaften = 7
søndagsaftenen = 7
søndagsmorgen = 7
søndagsmorgenen = 7
søndagsnat = 7
søndagsnatten = 7
søndagseftermiddag = 7
søndagseftermiddagen = 7
søndagsformiddag = 7
søndag* = 7
natten til søndag = 7
i løbet af natten til søndag = 7
natten mellem søndag og mandag = 1
natten til i søndags = 7
søndag nat = 7

[months]
januar = 1
jan = 1
februar = 2
feb = 2
marts = 3
april = 4
apr = 4
maj = 5
juni = 6
juli = 7
august = 8
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
# "jun", "jul" and "mar" are left out of the month words: "jul" is
# Christmas, and the abbreviations are rare in running text.

[numbers]
# "en"/"én" and "et" (a/one) are left out: folded, "én" is the article
# "en", and "ved et angreb blev fem dræbt" would count one.
nul = 0
to = 2
tre = 3
fire = 4
fem = 5
seks = 6
syv = 7
otte = 8
ni = 9
ti = 10
elleve = 11
tolv = 12
dusin = 12
et dusin = 12
tretten = 13
fjorten = 14
femten = 15
seksten = 16
sytten = 17
atten = 18
nitten = 19
tyve = 20
snes = 20
en snes = 20
tredive = 30
fyrre = 40
fyrretyve = 40
halvtreds = 50
halvtredsindstyve = 50
tres = 60
tresindstyve = 60
halvfjerds = 70
halvfjerdsindstyve = 70
firs = 80
firsindstyve = 80
halvfems = 90
halvfemsindstyve = 90
hundrede = 100
hundred = 100
et hundrede = 100
ethundrede = 100
hundrede og = 100
tusind = 1000
tusinde = 1000
et tusind = 1000
ettusind = 1000
million = 1000000
en million = 1000000
# "et par hundrede" (a couple of hundred), "et halvt hundrede" (fifty).
et par hundrede = 200
et halvt hundrede = 50
# Compounds: enogtyve ... nioghalvfems, to hundrede ... ni hundrede, to tusind ... ti tusind.
enogtyve = 21
toogtyve = 22
treogtyve = 23
fireogtyve = 24
femogtyve = 25
seksogtyve = 26
syvogtyve = 27
otteogtyve = 28
niogtyve = 29
enogtredive = 31
toogtredive = 32
treogtredive = 33
fireogtredive = 34
femogtredive = 35
seksogtredive = 36
syvogtredive = 37
otteogtredive = 38
niogtredive = 39
enogfyrre = 41
toogfyrre = 42
treogfyrre = 43
fireogfyrre = 44
femogfyrre = 45
seksogfyrre = 46
syvogfyrre = 47
otteogfyrre = 48
niogfyrre = 49
enoghalvtreds = 51
tooghalvtreds = 52
treoghalvtreds = 53
fireoghalvtreds = 54
femoghalvtreds = 55
seksoghalvtreds = 56
syvoghalvtreds = 57
otteoghalvtreds = 58
nioghalvtreds = 59
enogtres = 61
toogtres = 62
treogtres = 63
fireogtres = 64
femogtres = 65
seksogtres = 66
syvogtres = 67
otteogtres = 68
niogtres = 69
enoghalvfjerds = 71
tooghalvfjerds = 72
treoghalvfjerds = 73
fireoghalvfjerds = 74
femoghalvfjerds = 75
seksoghalvfjerds = 76
syvoghalvfjerds = 77
otteoghalvfjerds = 78
nioghalvfjerds = 79
enogfirs = 81
toogfirs = 82
treogfirs = 83
fireogfirs = 84
femogfirs = 85
seksogfirs = 86
syvogfirs = 87
otteogfirs = 88
niogfirs = 89
enoghalvfems = 91
tooghalvfems = 92
treoghalvfems = 93
fireoghalvfems = 94
femoghalvfems = 95
seksoghalvfems = 96
syvoghalvfems = 97
otteoghalvfems = 98
nioghalvfems = 99
to hundrede = 200
tohundrede = 200
tre hundrede = 300
trehundrede = 300
fire hundrede = 400
firehundrede = 400
fem hundrede = 500
femhundrede = 500
seks hundrede = 600
sekshundrede = 600
syv hundrede = 700
syvhundrede = 700
otte hundrede = 800
ottehundrede = 800
ni hundrede = 900
nihundrede = 900
to tusind = 2000
totusind = 2000
tre tusind = 3000
tretusind = 3000
fire tusind = 4000
firetusind = 4000
fem tusind = 5000
femtusind = 5000
seks tusind = 6000
sekstusind = 6000
syv tusind = 7000
syvtusind = 7000
otte tusind = 8000
ottetusind = 8000
ni tusind = 9000
nitusind = 9000
ti tusind = 10000
titusind = 10000
tyve tusind = 20000
tyvetusind = 20000
tredive tusind = 30000
tredivetusind = 30000
halvtreds tusind = 50000
halvtredstusind = 50000
hundrede tusind = 100000
hundredetusind = 100000

[approximate]
omkring
rundt
cirka
ca
omtrent
næsten
nærmere
mindst
i hvert fald
over
lidt over
godt og vel
mere end
flere end
op mod
op imod
op til
henved
hen ved
knap
knapt
små
mindre end
færre end
ikke færre end
ikke mindre end
under
lidt under
yderligere
# Not approximations, but words that may stand between a count and its
# noun ("i alt 20 dræbte") without breaking it.
i alt
sammenlagt

[relative]
i dag = 0
idag = 0
tidligere i dag = 0
senere i dag = 0
i løbet af dagen = 0
i nat = 0
inat = 0
i løbet af natten = 0
natten til i dag = 0
i løbet af natten til i dag = 0
i morges = 0
tidligt i morges = 0
i formiddags = 0
i formiddag = 0
i eftermiddag = 0
i eftermiddags = 0
i aften = 0
# "i aftes" is yesterday evening.
i aftes = -1
i går = -1
igår = -1
i går aftes = -1
i går aften = -1
i går morges = -1
i går eftermiddags = -1
natten til i går = -1
i løbet af natten til i går = -1
gårsdagen = -1
gårsdagens = -1
i forgårs = -2
forgårs = -2
for to dage siden = -2
for tre dage siden = -3
for fire dage siden = -4
i morgen = 1
imorgen = 1
i morgen tidlig = 1
i morgen aften = 1
i overmorgen = 2

[since]
siden
lige siden
allerede siden
helt siden
alt siden
siden den
siden starten af
siden begyndelsen af
siden slutningen af
fra og med
f.o.m

[negation]
ikke
ingen
intet
ingenting
aldrig
hverken
uden
ikke længere
ikke endnu
endnu ikke
ej heller
heller ikke
undlod
mislykkedes
lykkedes ikke

[future]
vil
skal
kommer til at
planlægger
planlagde
planlægges
har planer om
agter
agter at
sigter mod
skulle
ville
næste uge
i næste uge
næste måned
i løbet af ugen
forventes at
ventes at
snart
efter planen
er ventet at
står til at

[hypothetical]
# "bør" is left out: folded it is "bor" (lives). Bare "om" (if, about)
# is left out too: "samtaler om en våbenhvile" is no condition.
kan
kunne
kan blive
vil kunne
måske
mulig
muligt
mulige
muligvis
mulighed*
hvis
såfremt
dersom
i tilfælde af
i fald
hvorvidt
håb
håber
håbede
håbet
håbes
forhåbentlig*
forventer
forventede
forventning*
uklart om
usikkert om
ikke klart om
forslag
forslaget
foreslår
foreslog
foreslået
forsøg
forsøger
forsøgte
forsøget
prøver
prøvede
bestræbelse*
burde
ønsker
ønskede
ønske
eventuel
eventuelle
eventuelt
potentiel*
sandsynlig*
formentlig
formodentlig
antagelig
overvejer
overvejede
overvejes
tilbud
tilbuddet
tilbød sig
tilbyder sig
skulle træde i kraft
ventes

[claimed]
# Danish does not write "sa" for "said", so "så" (folded "sa") is not a
# problem here.
siger
sagde
sagt
siger at
sagde at
ifølge
lyder det
lød det
hævder
hævdede
hævdet
påstår
påstod
oplyser
oplyste
oplyses
meddeler
meddelte
meddeles
melder
meldte
meldes
skriver
skrev
udtalte
udtaler
udtalelse
udtalelsen
i en udtalelse
fortæller
fortalte
bekræfter
bekræftede
bekendtgjorde
annoncerede
rapporterer
rapporterede
rapporteres
erklærede
erklærer
understreger
understregede
fremhæver
fremhævede
skal have
skulle have
angiveligt
efter sigende
citeret
citerer
tweetede
tilføjede
tilføjer
henviser til
ifølge kilder

[killed]
dræbt
dræbte
dræbes
dræbtes
dræber
drab
død
døde
dødsfald
dødsfaldene
dødstal
dødstallet
dødsofre
dødsofrene
omkommet
omkom
omkomne
omkommer
mistede livet
mistet livet
har mistet livet
faldne
faldt i kamp
faldet i kamp
# "faldet" alone is also "fallen" (prices, numbers): only with its noun.
soldater er faldet
soldater faldt
soldater faldet
liv
menneskeliv
skudt og dræbt
skudt ihjel
skudt til døde
massakreret
massakrerede

[injured]
såret
sårede
såres
kvæstet
kvæstede
kvæstes
skadet
skadede
skades
tilskadekomne
kom til skade
lettere såret
lettere skadet
hårdt såret
alvorligt såret
alvorligt skadet
livstruende såret

[persons]
mennesker
personer
person
civile
civil
civilister
soldater
soldat
soldaterne
militærfolk
militært personel
personel
tjenestemænd
kæmpere
krigere
oprørere
separatister
lejesoldater
frivillige
børn
kvinder
mænd
indbyggere
beboere
landsbyboere
betjente
politifolk
journalister
nødhjælpsarbejdere
krigsfanger
fanger
gidsler
flygtninge
medlemmer
af dem
heraf

[person]
# Singular nouns for one person: "piloten blev dræbt" counts 1.
piloten
en pilot
en soldat
soldaten
en civilist
civilisten
en civil
en journalist
journalisten
et barn
en kvinde
en mand
en betjent
en politimand

[circumstance]
# Words before an act that make it the setting of another one: "kampene
# fortsatte trods samtalerne" reports fighting, not talks. ("under" and
# "før" are left to [approximate] and [detect]: a token holds one cue.)
trods
på trods af
i forbindelse med
forud for
efter
midt i
midt under
samtidig med
samtidig med at
på sidelinjen af
i kølvandet på

[locative]
# Words that make a following country a place, not a party: "i Armenien".
i
inde i
rundt i
overalt i

[cessation]
# Words before an act that end it rather than report it: "et stop for
# kampene" is no fighting.
stop for
et stop for
standse
standser
standse kampene
stoppe
stopper
få stoppet
en ende på
ende på
få en ende på
afslutte
afslutning på
afslutning af
ophør af
indstille
indstilling af

[habitual]
# Durations and habits: "i årtier" tells history, not news.
i årtier
i flere årtier
i årevis
i mange år
gennem flere årtier
traditionelt
historisk set
længe haft

[standing]
# Standing relations: a base or an alliance is a state of affairs.
alliance
forsvarsalliance
militærbase
militærbaser
militærbasen
forsvarspagt

[pronouns]
# Subject pronouns for one person.
han
hun

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
fra

[titles]
præsident
præsidenten
vicepræsident
premierminister
premierministeren
statsminister
statsministeren
vicestatsminister
udenrigsminister
udenrigsministeren
forsvarsminister
forsvarsministeren
indenrigsminister
justitsminister
finansminister
erhvervsminister
udviklingsminister
minister
ministeren
talsmand
talsmanden
talskvinde
talskvinden
talsperson
pressetalsmand
pressesekretær
pressechef
ambassadør
ambassadøren
FN-ambassadør
udsending
særlig udsending
specialudsending
fredsmægler
mægler
leder
lederen
partileder
oppositionsleder
separatistleder
oprørsleder
general
generalen
generalløjtnant
generalmajor
brigadegeneral
oberst
oberstløjtnant
admiral
kontreadmiral
forsvarschef
forsvarschefen
hærchef
chef
chefen
stabschef
generalsekretær
generalsekretæren
kansler
forbundskansler
borgmester
guvernør
statsoverhoved
kong
kongen
dronning
prins
kronprins
pave
paven
patriark
ayatollah
emir
sheik
direktør
professor
forsker
seniorforsker
rådgiver
sikkerhedsrådgiver
korrespondent
udlandskorrespondent
journalist
ekspert
analytiker
aktivist

[triggers]
# --- assault -------------------------------------------------------------
# "angreb" is both the noun and the past tense (attacked).
angreb* = assault
angrib* = assault
modangreb* = assault
terrorangreb* = assault
selvmordsangreb* = assault
offensiv* = assault
modoffensiv* = assault
kamp = assault
kampen = assault
kampe = assault
kampene = assault
kamphandling* = assault
hårde kampe = assault
voldsomme kampe = assault
kæmpede mod = assault
kæmper mod = assault
kæmpet mod = assault
kæmpes = assault
krigshandling* = assault
krigsførelse* = assault
fjendtlighed* = assault
træfning* = assault
sammenstød* = assault
skudveksling* = assault
skyderi* = assault
skød mod = assault
skyder mod = assault
skudt mod = assault
åbnede ild = assault
åbner ild = assault
åbnede skud = assault
invasion* = assault
invader* = assault
indtog = assault
indtaget = assault
erobr* = assault
generobr* = assault
rykkede ind = assault
rykker ind = assault
rykkede frem = assault
rykker frem = assault
stormede = assault
stormer = assault
baghold* = assault
eksplosion* = assault
massakre* = assault
gengæld* = assault
repressali* = assault
ødelagde = assault
ødelægger = assault
ødelagt = assault
henrett* = assault
kidnap* = assault
bortført* = assault
taget som gidsler = assault
tog som gidsler = assault
tortur* = assault
brud på våbenhvilen = assault
brud på våbenhvile = assault
brud på våbenhvileaftalen = assault
brød våbenhvilen = assault
bryder våbenhvilen = assault
brudt våbenhvilen = assault
krænkede våbenhvilen = assault
krænker våbenhvilen = assault
overtrådte våbenhvilen = assault
overtræder våbenhvilen = assault
skarpskytte* = assault
kampvogn* = assault
# "i strid med" (contrary to) says that an act breaks a rule.
i strid med = accuse
# heavy weapons
granat* = assault heavy-weapons
artilleri* = assault heavy-weapons
beskyd* = assault heavy-weapons
beskød = assault heavy-weapons
beskudt = assault heavy-weapons
bombard* = assault heavy-weapons
raket* = assault heavy-weapons
missil* = assault heavy-weapons
morter* = assault heavy-weapons
granatkaster* = assault heavy-weapons
klyngebombe* = assault heavy-weapons
klyngeammunition = assault heavy-weapons
haubits* = assault heavy-weapons
# air
luftangreb* = assault air
flyangreb* = assault air
bombetogt* = assault air
drone* = assault air
kampfly = assault air
krigsfly = assault air
jagerfly = assault air
bombefly = assault air
helikopterangreb* = assault air
bombe = assault air
bomber = assault air
bomberne = assault air
bombet = assault air
bombede = assault air
bombes = assault air
bombning* = assault air
bombeangreb* = assault air
skudt ned = assault air
skød ned = assault air
skyder ned = assault air
skydes ned = assault air
nedskudt = assault air
nedskydning* = assault air
bilbombe* = assault
vejsidebombe* = assault
# --- agree ---------------------------------------------------------------
enig* = agree
blev enige = agree
kom til enighed = agree
nåede til enighed = agree
aftale* = agree
aftalt = agree
aftalte = agree
overenskomst* = agree
fredsaftale* = agree
traktat* = agree
indgik = agree
indgået = agree
underskrev = agree
underskrevet = agree
underskriver = agree
undertegn* = agree
accepter* = agree
gik med til = agree
går med til = agree
gå med til = agree
gået med til = agree
våbenhvile* = agree ceasefire
våbenstilstand* = agree ceasefire
humanitær våbenhvile = agree ceasefire
# --- consult -------------------------------------------------------------
# "møde*" would catch "moderat", "moderne" and "model" (folded "mode"),
# and "møderne" is "moderne": the forms are listed, for compounds too.
samtale* = consult
fredssamtale* = consult peace-talks
fredsforhandling* = consult peace-talks
fredsproces* = consult peace-talks
fredskonference* = consult peace-talks
fredsmøde = consult peace-talks
fredsmødet = consult peace-talks
fredsplan* = consult peace-talks
forhandl* = consult
møde = consult
mødet = consult
møder = consult
mødes = consult
mødtes = consult
mødt = consult
mødte = consult
topmøde = consult
topmødet = consult
topmøder = consult
besøg* = consult
drøft* = consult
diskuter* = consult
konsultation* = consult
konsulter* = consult
dialog* = consult
inviter* = consult
invitation* = consult
vært for = consult
værter for = consult
talte med = consult
taler med = consult
videomøde = consult
videomødet = consult
telefonsamtale* = consult phone
telefonmøde = consult phone
telefonmødet = consult phone
ringede til = consult phone
ringer til = consult phone
i telefonen = consult phone
over telefonen = consult phone
telefonisk = consult phone
mægl* = consult third-party
tilbød at mægle = consult third-party
# --- support -------------------------------------------------------------
støtte = support
# congratulations are support; diplomatic efforts are talks
gratuler* = support
lykønsk* = support
diplomatiske anstrengelser = consult
diplomatisk indsats = consult
støtter = support
støttede = support
støttet = support
støttes = support
støtten = support
udtrykte støtte = support
solidaritet* = support
roste = support
roser = support
rost = support
hyldede = support
hylder = support
bød velkommen = support
byder velkommen = support
hilste velkommen = support
bakker op = support
bakkede op = support
stiller sig bag = support
stillede sig bag = support
gik ind for = support
går ind for = support
# --- cooperate -----------------------------------------------------------
samarbejd* = cooperate
klar til = cooperate
klare til = cooperate
villig til = cooperate
villige til = cooperate
parat til = cooperate
parate til = cooperate
rede til = cooperate
genoptage fredsprocessen = cooperate
genoptage forhandlingerne = cooperate
genoptage samtalerne = cooperate
genoptage dialogen = cooperate
genoptager forhandlingerne = cooperate
genoptog forhandlingerne = cooperate
genoptagelse af = cooperate
koordiner* = cooperate
fangeudveksling* = cooperate
udveksling af fanger = cooperate
udveksle fanger = cooperate
udveksle døde = cooperate
udveksling af døde = cooperate
normaliser* = cooperate
diplomatiske forbindelser = cooperate
# --- concede -------------------------------------------------------------
indrømmelse* = concede
kompromis* = concede
gav efter = concede
giver efter = concede
give efter = concede
bøjede af = concede
løslad* = concede
frigiv* = concede
ophæver sanktionerne = concede
ophævede sanktionerne = concede
ophæve sanktionerne = concede
lempede sanktionerne = concede
trak sig som = concede
går af = concede
gik af som = concede
fratræder = concede
fratrådte = concede
overdrog = concede
overdrager = concede
# --- aid -----------------------------------------------------------------
bistand = aid
nødhjælp* = aid
humanitær hjælp = aid
humanitær bistand = aid
humanitær støtte = aid
hjælpesending* = aid
hjælpekonvoj* = aid
nødhjælpskonvoj* = aid
hjælpepakke* = aid
militær bistand = aid
militær støtte = aid
militær hjælp = aid
økonomisk støtte = aid
økonomisk bistand = aid
våbenhjælp = aid
våbenstøtte = aid
våbenleverance* = aid
våbenforsyning* = aid
leverede våben = aid
leverer våben = aid
sendte våben = aid
sender våben = aid
militære rådgivere = aid
donation* = aid
fredsbevar* = aid peacekeeping
fredsstyrke* = aid peacekeeping
# --- retreat -------------------------------------------------------------
trække sig tilbage = retreat
trækker sig tilbage = retreat
trak sig tilbage = retreat
trukket sig tilbage = retreat
trække sig ud = retreat
trækker sig ud = retreat
trak sig ud = retreat
trukket sig ud = retreat
trak tilbage = retreat
trækker tilbage = retreat
trukket tilbage = retreat
trække ud = retreat
tilbagetrækning* = retreat
retræte* = retreat
tilbagetog* = retreat
overgav sig = retreat
overgiver sig = retreat
overgive sig = retreat
overgivelse* = retreat
kapitul* = retreat
demobiliser* = retreat
afvæbn* = retreat
nedtrapning* = retreat
trapper ned = retreat
trappede ned = retreat
ophævede blokaden = retreat
# --- demand --------------------------------------------------------------
beder om = demand
bad om = demand
bedt om = demand
bede om = demand
kræver = demand
krævede = demand
kræve = demand
krævet = demand
krav = demand
kravet = demand
kravene = demand
opfordr* = demand
# "appel*" would catch "appelsin"; the forms are listed.
appel = demand
appellen = demand
appeller = demand
appellere = demand
appellerer = demand
appellerede = demand
appelleret = demand
insister* = demand
forlang* = demand
anmod* = demand
presser på for = demand
beder om våbenhvile = demand ceasefire
bad om våbenhvile = demand ceasefire
kræver våbenhvile = demand ceasefire
krævede våbenhvile = demand ceasefire
kræver en øjeblikkelig våbenhvile = demand ceasefire
krævede en øjeblikkelig våbenhvile = demand ceasefire
opfordrer til våbenhvile = demand ceasefire
opfordrede til våbenhvile = demand ceasefire
opfordrer til en våbenhvile = demand ceasefire
opfordrede til en våbenhvile = demand ceasefire
opfordrer til en øjeblikkelig våbenhvile = demand ceasefire
opfordrede til en øjeblikkelig våbenhvile = demand ceasefire
kræver stop for kampene = demand ceasefire
krævede stop for kampene = demand ceasefire
kræver et stop for kampene = demand ceasefire
krævede et stop for kampene = demand ceasefire
# --- accuse --------------------------------------------------------------
beskyld* = accuse
anklag* = accuse
# "fordøm*" would catch "fordom" (prejudice), and "fordømme" is "fordomme"
# (prejudices): the forms that stand apart are listed.
fordømmer = accuse
fordømte = accuse
fordømt = accuse
fordømmelse* = accuse
kritiser* = accuse
kritik* = accuse
bebrejd* = accuse
giver skylden = accuse
gav skylden = accuse
skylden = accuse
holder ansvarlig = accuse
holdt ansvarlig = accuse
irettesatte = accuse
raser mod = accuse
rasede mod = accuse
# --- reject --------------------------------------------------------------
afvis* = reject
nægt* = reject
benægt* = reject
tilbagevis* = reject
afslår = reject
afslog = reject
afslået = reject
afslag = reject
forkast* = reject
veto = reject
vetoet = reject
siger nej = reject
sagde nej = reject
udelukk* = reject
dementer* = reject
affejer = reject
affejede = reject
affejet = reject
# --- threaten ------------------------------------------------------------
truer = threaten
truede = threaten
true = threaten
truet = threaten
trussel = threaten
truslen = threaten
trusler = threaten
truslerne = threaten
advar* = threaten
ultimatum* = threaten
sidste chance = threaten
sidste mulighed = threaten
erklærede krig = threaten
erklærer krig = threaten
krigserklæring* = threaten
# --- protest -------------------------------------------------------------
protest* = protest
demonstr* = protest
strejk* = protest
sultestrejk* = protest
boykot* = protest
optøj* = protest
gik på gaden = protest
går på gaden = protest
indkaldte ambassadøren = protest
kaldte ambassadøren til samtale = protest
# --- sanction ------------------------------------------------------------
sanktion* = sanction
embargo* = sanction
våbenembargo* = sanction
udviste diplomater = sanction
udvist diplomater = sanction
udviser diplomater = sanction
udvisning af diplomater = sanction
kaldte ambassadøren hjem = sanction
kaldte sin ambassadør hjem = sanction
kalder sin ambassadør hjem = sanction
hjemkaldte = sanction
hjemkalder = sanction
afbrød de diplomatiske forbindelser = sanction
afbryder de diplomatiske forbindelser = sanction
brød de diplomatiske forbindelser = sanction
indefrøs aktiver = sanction
indefryser aktiver = sanction
indrejseforbud* = sanction
straftold* = sanction
sortlist* = sanction
suspenderede forhandlingerne = sanction
# --- mobilize ------------------------------------------------------------
mobiliser* = mobilize
undtagelsestilstand* = mobilize
krigstilstand* = mobilize
krigsret = mobilize
udstationer* = mobilize
indsatte tropper = mobilize
sendte tropper = mobilize
sender tropper = mobilize
sendte soldater = mobilize
samlede tropper = mobilize
troppeopbygning* = mobilize
styrkeopbygning* = mobilize
militær opbygning = mobilize
forstærkning* = mobilize
reservister = mobilize
indkaldelse af reservister = mobilize
indkaldte reservister = mobilize
militærøvelse* = mobilize
højt beredskab = mobilize
højeste beredskab = mobilize
øget beredskab = mobilize
skærpet beredskab = mobilize
kampberedskab = mobilize
hvervning* = mobilize
rekrutter* = mobilize
# --- coerce --------------------------------------------------------------
arrester* = coerce
anholdt = coerce
anholdte = coerce
anholdelse* = coerce
pågreb = coerce
pågrebet = coerce
fængsl* = coerce
varetægt* = coerce
interneret = coerce
taget til fange = coerce
tog til fange = coerce
# "udvis*" would catch "udviske" (blur); the forms are listed.
udvise = coerce
udviser = coerce
udviste = coerce
udvist = coerce
udvises = coerce
udvistes = coerce
udvisning* = coerce
deporter* = coerce
blokade* = coerce
belejr* = coerce
udgangsforbud = coerce
slog ned på = coerce
slår ned på = coerce
forbød = coerce
forbyder = coerce
censur* = coerce
beslaglagde = coerce
beslaglagt = coerce
dømt til = coerce
idømt = coerce
