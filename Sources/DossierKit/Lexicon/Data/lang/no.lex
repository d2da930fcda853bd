# Norwegian (bokmål): what the extractor knows about news written in
# Norwegian. Format: see ../README.md. Folding makes ø = o, æ = ae, å = a,
# so "så" and "sa" are the same token, as are "får" and "far".

[language]
code = no
name = Norwegian

[detect]
# Frequent function words. The ones that tell bokmål from Danish and
# Swedish come first: ikke, hva, hvor, også, etter, mellom, blir, noe,
# mye, av, ble, vært, meg, deg, seg, ut, opp, inn, mot, uten, gjennom.
ikke hva hvor hvordan hvorfor hvem hvilken hvilket hvilke også etter
mellom blir ble blitt noe noen mye av vært meg deg seg oss dere ut opp inn
mot uten gjennom igjen nå enn ennå bare kanskje fortsatt dessuten likevel
derfor fordi dersom hvis mens siden både verken hverken enten eller
og i på til med for som at å det den de dem deres en et ett er var har
hadde skal skulle vil ville kan kunne må måtte bør burde får fikk gjør
gjorde sier sa kommer kom går gikk tar tok være han hun jeg vi du ham
henne hans hennes sin sitt sine min mitt mine din ditt dine vår vårt våre
denne dette disse slik sånn selv samme hele alle alt andre annen annet
egen eget egne flere mange mest mer færre ingen ingenting intet hver
hvert enhver over under ved hos fra før bak foran langs blant rundt
innen utenfor innenfor ifølge omkring oppå nedover utover ned frem fram
tilbake sammen her der da så når om også aldri alltid ofte allerede
nesten svært veldig ganske helt litt enda jo vel nok heller ellers dog
altså nemlig samt hvorav hvorpå derimot imidlertid trolig tidligere
senere dermed dessverre riktignok

[abbreviations]
# bl.a. (blant annet), f.eks., dvs., ca., kl., nr., jf., mht., pga., evt.
# Dotted forms are written whole, with their inner periods.
bl bl.a f.eks eks dvs d.v.s ca kl nr jf jfr mht m.h.t pga p.g.a iflg ifm
i.f.m evt ev tidl inkl ekskl hhv vedr ang f.o.m t.o.m o.l m.fl m.v st dr
prof gen genmaj genlt adm kap mill mrd kr tlf utg avd red mnd fhv str
jan feb mar apr jun jul aug sep sept okt nov des

[weekdays]
# Plain, definite (fredagen), genitive (fredagens), plural (fredager) and
# compounds (fredagskveld, fredagsmorgenen); the wildcards catch the rest.
mandag = 1
mandagen = 1
mandagens = 1
mandager = 1
mandags = 1
mandagskveld = 1
mandagskvelden = 1
mandagsmorgen = 1
mandagsmorgenen = 1
mandagsnatt = 1
mandagsnatten = 1
mandag* = 1
tirsdag = 2
tirsdagen = 2
tirsdagens = 2
tirsdager = 2
tirsdags = 2
tirsdagskveld = 2
tirsdagskvelden = 2
tirsdagsmorgen = 2
tirsdagsmorgenen = 2
tirsdagsnatt = 2
tirsdagsnatten = 2
tirsdag* = 2
onsdag = 3
onsdagen = 3
onsdagens = 3
onsdager = 3
onsdags = 3
onsdagskveld = 3
onsdagskvelden = 3
onsdagsmorgen = 3
onsdagsmorgenen = 3
onsdagsnatt = 3
onsdagsnatten = 3
onsdag* = 3
torsdag = 4
torsdagen = 4
torsdagens = 4
torsdager = 4
torsdags = 4
torsdagskveld = 4
torsdagskvelden = 4
torsdagsmorgen = 4
torsdagsmorgenen = 4
torsdagsnatt = 4
torsdagsnatten = 4
torsdag* = 4
fredag = 5
fredagen = 5
fredagens = 5
fredager = 5
fredags = 5
fredagskveld = 5
fredagskvelden = 5
fredagsmorgen = 5
fredagsmorgenen = 5
fredagsnatt = 5
fredagsnatten = 5
fredag* = 5
lørdag = 6
lørdagen = 6
lørdagens = 6
lørdager = 6
lørdags = 6
lørdagskveld = 6
lørdagskvelden = 6
lørdagsmorgen = 6
lørdagsmorgenen = 6
lørdagsnatt = 6
lørdagsnatten = 6
lørdag* = 6
søndag = 7
søndagen = 7
søndagens = 7
søndager = 7
søndags = 7
søndagskveld = 7
søndagskvelden = 7
søndagsmorgen = 7
søndagsmorgenen = 7
søndagsnatt = 7
søndagsnatten = 7
søndag* = 7

[months]
januar = 1
jan = 1
februar = 2
feb = 2
mars = 3
april = 4
apr = 4
mai = 5
juni = 6
jun = 6
juli = 7
jul = 7
august = 8
aug = 8
september = 9
sep = 9
sept = 9
oktober = 10
okt = 10
november = 11
nov = 11
desember = 12
# "des" (des.) is left out: folded, it is the French article "des".

[numbers]
# "en"/"én" (a/one) and "et" are left out: folded, "én" is the article
# "en", and "en angrep" would count one.
null = 0
ett = 1
to = 2
tre = 3
fire = 4
fem = 5
seks = 6
sju = 7
syv = 7
åtte = 8
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
tjue = 20
tyve = 20
tretti = 30
tredve = 30
førti = 40
femti = 50
seksti = 60
sytti = 70
åtti = 80
nitti = 90
hundre = 100
ett hundre = 100
et hundre = 100
hundre og = 100
tusen = 1000
ett tusen = 1000
et tusen = 1000
million = 1000000
en million = 1000000
# Compounds: tjueen ... nittini (with sju and syv), the older enogtyve ... niogtyve, to hundre, to tusen ...
tjueen = 21
tjueto = 22
tjuetre = 23
tjuefire = 24
tjuefem = 25
tjueseks = 26
tjuesju = 27
tjuesyv = 27
tjueåtte = 28
tjueni = 29
trettien = 31
trettito = 32
trettitre = 33
trettifire = 34
trettifem = 35
trettiseks = 36
trettisju = 37
trettisyv = 37
trettiåtte = 38
trettini = 39
førtien = 41
førtito = 42
førtitre = 43
førtifire = 44
førtifem = 45
førtiseks = 46
førtisju = 47
førtisyv = 47
førtiåtte = 48
førtini = 49
femtien = 51
femtito = 52
femtitre = 53
femtifire = 54
femtifem = 55
femtiseks = 56
femtisju = 57
femtisyv = 57
femtiåtte = 58
femtini = 59
sekstien = 61
sekstito = 62
sekstitre = 63
sekstifire = 64
sekstifem = 65
sekstiseks = 66
sekstisju = 67
sekstisyv = 67
sekstiåtte = 68
sekstini = 69
syttien = 71
syttito = 72
syttitre = 73
syttifire = 74
syttifem = 75
syttiseks = 76
syttisju = 77
syttisyv = 77
syttiåtte = 78
syttini = 79
åttien = 81
åttito = 82
åttitre = 83
åttifire = 84
åttifem = 85
åttiseks = 86
åttisju = 87
åttisyv = 87
åttiåtte = 88
åttini = 89
nittien = 91
nittito = 92
nittitre = 93
nittifire = 94
nittifem = 95
nittiseks = 96
nittisju = 97
nittisyv = 97
nittiåtte = 98
nittini = 99
enogtyve = 21
toogtyve = 22
treogtyve = 23
fireogtyve = 24
femogtyve = 25
seksogtyve = 26
sjuogtyve = 27
syvogtyve = 27
åtteogtyve = 28
niogtyve = 29
tjueett = 21
to hundre = 200
tohundre = 200
tre hundre = 300
trehundre = 300
fire hundre = 400
firehundre = 400
fem hundre = 500
femhundre = 500
seks hundre = 600
sekshundre = 600
sju hundre = 700
sjuhundre = 700
syv hundre = 700
syvhundre = 700
åtte hundre = 800
åttehundre = 800
ni hundre = 900
nihundre = 900
to tusen = 2000
totusen = 2000
tre tusen = 3000
tretusen = 3000
fire tusen = 4000
firetusen = 4000
fem tusen = 5000
femtusen = 5000
seks tusen = 6000
sekstusen = 6000
sju tusen = 7000
sjutusen = 7000
syv tusen = 7000
syvtusen = 7000
åtte tusen = 8000
åttetusen = 8000
ni tusen = 9000
nitusen = 9000
ti tusen = 10000
titusen = 10000
tjue tusen = 20000
femti tusen = 50000
hundre tusen = 100000
hundretusen = 100000

[approximate]
rundt
omkring
cirka
ca
nesten
nærmere
minst
i hvert fall
over
mer enn
flere enn
drøyt
drøye
godt over
i overkant av
opp mot
oppunder
opptil
inntil
anslagsvis
bortimot
snaut
knapt
om lag
omtrent
færre enn
mindre enn
under
ytterligere

[relative]
i dag = 0
idag = 0
i dag tidlig = 0
tidligere i dag = 0
senere i dag = 0
i natt = 0
inatt = 0
natt til i dag = 0
i morges = 0
i formiddag = 0
i ettermiddag = 0
i kveld = 0
ikveld = 0
i går = -1
igår = -1
i går kveld = -1
i går morges = -1
natt til i går = -1
gårsdagen = -1
gårsdagens = -1
i forgårs = -2
for to dager siden = -2
for tre dager siden = -3
for fire dager siden = -4
i morgen = 1
imorgen = 1
i morgen tidlig = 1
i overmorgen = 2

[since]
siden
siden den
siden starten av
siden begynnelsen av
siden slutten av
helt siden
allerede siden
fra og med

[negation]
ikke
ingen
ingenting
intet
aldri
verken
hverken
uten
ikke lenger
ikke ennå
ennå ikke
unnlot
mislyktes
lyktes ikke

[future]
skal
vil
# a purpose: "sendt dit for å delta i kampene" (not "for å ha", see [claimed])
for å
kommer til å
planlegger
planla
planlegges
har planer om
tar sikte på
akter å
skulle
ville
neste uke
neste måned
i løpet av uken
forventes å
ventes å
snart
etter planen
er ventet å

[hypothetical]
# "bør" is left out: folded it is "bor" (lives).
kan
kunne
kan bli
kanskje
mulig
mulige
muligens
mulighet
muligheten
dersom
hvis
i tilfelle
håp
håper
håpet
håpes
håpe
forhåpentlig*
forventer
forventet
forventning*
uklart om
usikkert om
ikke klart om
forslag
forslaget
foreslår
foreslo
foreslått
burde
ønsker
ønsket
ønske
eventuell
eventuelle
eventuelt
potensiell*
sannsynlig*
trolig
antakelig
antagelig
vurderer
vurderte
tilbud
tilbudet
tilbød seg
skulle tre i kraft
ventes

[claimed]
sier
sa
# what someone is accused of: "anklaget for å ha angrepet"
for å ha
sa at
sier at
sagt
ifølge
het det
heter det
hevder
hevdet
hevde
påstår
påsto
påstod
opplyser
opplyste
opplyses
melder
meldte
meldes
skriver
skrev
uttalte
uttaler
uttalelse
uttalelsen
i en uttalelse
forteller
fortalte
bekrefter
bekreftet
kunngjorde
kunngjør
meddeler
meddelte
rapporterer
rapporterte
rapporteres
erklærte
erklærer
understreker
understreket
skal ha
skal være
angivelig
etter sigende
sitert
siterer
twitret
tvitret
la til
legger til
viser til
ifølge kilder

[killed]
drept
drepte
drepes
dreptes
drap
død
døde
dødd
dødsfall
dødsfallene
dødstall
dødstallet
dødsofre
omkommet
omkom
omkomne
omkommer
mistet livet
mistet livene
har mistet livet
falne
falt i kamp
liv
menneskeliv
skutt og drept
skutt i hjel
massakrert

[injured]
såret
sårede
såra
sårete
skadet
skadd
skadde
skades
lettere skadet
hardt skadet
alvorlig skadet

[persons]
mennesker
personer
person
sivile
sivil
sivilister
soldater
soldat
soldatene
militære
militært personell
personell
tjenestemenn
tjenestefolk
stridende
krigere
opprørere
separatister
leiesoldater
frivillige
barn
kvinner
menn
mann
innbyggere
beboere
landsbyboere
politifolk
politimenn
journalister
hjelpearbeidere
krigsfanger
fanger
gisler
flyktninger
av dem

[person]
# Entallsord for én person: "piloten ble drept" teller 1.
piloten
en pilot
en soldat
soldaten
en sivilist
sivilisten
en journalist
journalisten
et barn
en kvinne
en mann
en politimann

[circumstance]
# Ord foran en handling som gjør den til rammen for en annen.
til tross for
tross
# not "før" alone: it folds to "for" ("anklaget for å ha angrepet")
rett før
like før
kort før
timer før
dager før
dagen før
før møtet
før samtalene
før forhandlingene
etter
under
i forkant av
i etterkant av
midt i
samtidig som
ved siden av

[locative]
i
inne i
rundt i

[cessation]
stans i
stanse
stanser
stanse kampene
slutt på
en slutt på
få slutt på
ende på
avslutte
avslutning av
opphør av

[habitual]
i flere tiår
i tiår
i årevis
i mange år
gjennom flere tiår
tradisjonelt
historisk sett
lenge hatt

[standing]
# A sentence with one of these describes a standing relation (a base,
# an alliance), not news.
allianse
forsvarsallianse
militærbase
militærbaser
militærbasen
forsvarspakt

[pronouns]
# Subject pronouns for one person: "he demanded" means the person last named.
han
hun

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
fra

[titles]
president
presidenten
visepresident
statsminister
statsministeren
visestatsminister
utenriksminister
utenriksministeren
forsvarsminister
forsvarsministeren
innenriksminister
justisminister
finansminister
næringsminister
utviklingsminister
minister
statsråd
statssekretær
talskvinne
talsmann
talsperson
pressetalsmann
pressetalskvinne
pressesekretær
ambassadør
ambassadøren
FN-ambassadør
utsending
spesialutsending
fredsmekler
mekler
megler
leder
lederen
partileder
opposisjonsleder
separatistleder
opprørsleder
general
generalen
generalløytnant
generalmajor
brigader
oberst
oberstløytnant
kommandør
kontreadmiral
admiral
forsvarssjef
hærsjef
sjef
sjefen
stabssjef
generalsekretær
generalsekretæren
kansler
forbundskansler
ordfører
guvernør
statsoverhode
kong
kongen
dronning
prins
kronprins
pave
paven
patriark
ayatolla
emir
sjeik
direktør
professor
forsker
seniorforsker
rådgiver
sikkerhetsrådgiver
korrespondent
utenriksreporter
journalist
ekspert
analytiker
aktivist

[triggers]
# --- assault -------------------------------------------------------------
angrep* = assault
angrip* = assault
motangrep* = assault
terrorangrep* = assault
selvmordsangrep* = assault
offensiv* = assault
motoffensiv* = assault
kamp = assault
kampen = assault
kamper = assault
kampene = assault
kamphandling* = assault
harde kamper = assault
tunge kamper = assault
kjempet = assault
kjemper = assault
kjempes = assault
krigshandling* = assault
krigføring* = assault
fiendtlighet* = assault
trefning* = assault
sammenstøt* = assault
skuddveksling* = assault
skyting* = assault
skjøt mot = assault
skyter mot = assault
skutt mot = assault
åpnet ild = assault
åpner ild = assault
åpnet skudd = assault
invasjon* = assault
invader* = assault
inntok = assault
inntatt = assault
erobr* = assault
gjenerobr* = assault
rykket inn = assault
rykker inn = assault
rykket fram = assault
rykket frem = assault
stormet = assault
stormer = assault
raid = assault
raidet = assault
raidene = assault
bakhold* = assault
eksplosjon* = assault
massakre* = assault
gjengjeld* = assault
represali* = assault
ødela = assault
ødelegger = assault
henrett* = assault
kidnapp* = assault
bortført* = assault
tatt som gisler = assault
tortur* = assault
brudd på våpenhvilen = assault
brudd på våpenhvile = assault
brøt våpenhvilen = assault
bryter våpenhvilen = assault
brutt våpenhvilen = assault
krenket våpenhvilen = assault
skarpskytt* = assault
granat* = assault heavy-weapons
# heavy weapons
artilleri* = assault heavy-weapons
beskyte = assault heavy-weapons
beskyter = assault heavy-weapons
beskjøt = assault heavy-weapons
beskutt = assault heavy-weapons
beskytes = assault heavy-weapons
beskytning* = assault heavy-weapons
beskyting* = assault heavy-weapons
bombard* = assault heavy-weapons
rakett* = assault heavy-weapons
missil* = assault heavy-weapons
mortér* = assault heavy-weapons
bombekaster* = assault heavy-weapons
klasebomb* = assault heavy-weapons
klaseammunisjon = assault heavy-weapons
haubits* = assault heavy-weapons
# air
luftangrep* = assault air
flyangrep* = assault air
bombetokt* = assault air
drone* = assault air
kampfly = assault air
krigsfly = assault air
jagerfly = assault air
bombefly = assault air
helikopterangrep* = assault air
bombe = assault air
bomber = assault air
bombet = assault air
bombes = assault air
bombene = assault air
bombing* = assault air
bombeangrep* = assault air
skutt ned = assault air
skjøt ned = assault air
skyter ned = assault air
skytes ned = assault air
nedskutt = assault air
nedskyting* = assault air
bilbombe* = assault
veibombe* = assault
# --- agree ---------------------------------------------------------------
enig* = agree
ble enige = agree
kom til enighet = agree
avtale* = agree
avtalt = agree
avtalte = agree
overenskomst* = agree
fredsavtale* = agree
traktat* = agree
inngikk = agree
inngått = agree
undertegn* = agree
signer* = agree
godtok = agree
godtar = agree
godtatt = agree
aksepter* = agree
gikk med på = agree
går med på = agree
gå med på = agree
våpenhvile* = agree ceasefire
våpenstillstand* = agree ceasefire
humanitær våpenhvile = agree ceasefire
# --- consult -------------------------------------------------------------
samtale* = consult
fredssamtale* = consult peace-talks
fredsforhandl* = consult peace-talks
fredsprosess* = consult peace-talks
fredskonferanse* = consult peace-talks
fredsmøte* = consult peace-talks
fredsplan* = consult peace-talks
forhandl* = consult
møte* = consult
møtt = consult
møtte = consult
møttes = consult
toppmøte* = consult
besøk* = consult
drøft* = consult
diskuter* = consult
konsultasjon* = consult
konsulter* = consult
dialog* = consult
inviter* = consult
invitasjon* = consult
vert for = consult
snakket med = consult
snakker med = consult
videomøte* = consult
telefonsamtale* = consult phone
telefonmøte* = consult phone
ringte = consult phone
ringer til = consult phone
på telefon = consult phone
over telefon = consult phone
samtaler på telefon = consult phone
mekl* = consult third-party
megl* = consult third-party
meklingen = consult third-party
tilbød seg å mekle = consult third-party
# --- support -------------------------------------------------------------
støtte = support
# congratulations are support; diplomatic efforts are talks
gratuler* = support
gratulasjon* = support
diplomatiske anstrengelser = consult
diplomatisk innsats = consult
støtter = support
støttet = support
støttes = support
støtten = support
støttespiller* = support
uttrykte støtte = support
solidaritet* = support
roste = support
roser = support
rost = support
hyllet = support
ønsket velkommen = support
ønsker velkommen = support
stiller seg bak = support
stilte seg bak = support
gikk inn for = support
går inn for = support
# --- cooperate -----------------------------------------------------------
samarbeid* = cooperate
klar til = cooperate
klare til = cooperate
klar for = cooperate
villig til = cooperate
villige til = cooperate
beredt til = cooperate
gjenoppta fredsprosessen = cooperate
gjenoppta forhandlingene = cooperate
gjenoppta samtalene = cooperate
gjenoppta dialogen = cooperate
gjenopptar forhandlingene = cooperate
gjenopptok forhandlingene = cooperate
gjenopptakelse av = cooperate
koordiner* = cooperate
fangeutveksling* = cooperate
utveksling av fanger = cooperate
utveksle fanger = cooperate
utveksle døde = cooperate
normaliser* = cooperate
diplomatiske forbindelser = cooperate
# --- concede -------------------------------------------------------------
innrømmels* = concede
kompromiss* = concede
ga etter = concede
gir etter = concede
gi etter = concede
løslat* = concede
frigitt = concede
frigir = concede
frigjorde fanger = concede
opphever sanksjonene = concede
opphevet sanksjonene = concede
oppheve sanksjonene = concede
lettet sanksjonene = concede
trakk seg som = concede
går av = concede
gikk av som = concede
fratrer = concede
fratrådte = concede
# --- aid -----------------------------------------------------------------
bistand = aid
nødhjelp* = aid
humanitær hjelp = aid
humanitær bistand = aid
humanitær støtte = aid
hjelpesending* = aid
hjelpekonvoi* = aid
hjelpepakke* = aid
nødhjelpssending* = aid
militær bistand = aid
militær støtte = aid
militærhjelp = aid
økonomisk støtte = aid
økonomisk bistand = aid
våpenstøtte = aid
våpenhjelp = aid
våpenleveranse* = aid
våpenforsyning* = aid
våpenlevering* = aid
leverte våpen = aid
leverer våpen = aid
sendte våpen = aid
sender våpen = aid
militære rådgivere = aid
sendt militære rådgivere = aid
donasjon* = aid
fredsbevar* = aid peacekeeping
fredsstyrke* = aid peacekeeping
# --- retreat -------------------------------------------------------------
trekke seg tilbake = retreat
trekker seg tilbake = retreat
trakk seg tilbake = retreat
trukket seg tilbake = retreat
trekke seg ut = retreat
trekker seg ut = retreat
trakk seg ut = retreat
trukket seg ut = retreat
trakk tilbake = retreat
trekker tilbake = retreat
trukket tilbake = retreat
trekke ut = retreat
tilbaketrekning* = retreat
tilbaketrekking* = retreat
retrett* = retreat
overga seg = retreat
overgir seg = retreat
overgi seg = retreat
overgivelse* = retreat
kapitul* = retreat
demobiliser* = retreat
avvæpn* = retreat
nedtrapping* = retreat
trapper ned = retreat
trappet ned = retreat
opphevet blokaden = retreat
# --- demand --------------------------------------------------------------
ber om = demand
ba om = demand
bad om = demand
bedt om = demand
bedt = demand
be om = demand
ber = demand
ba = demand
krever = demand
krevde = demand
kreve = demand
krav* = demand
oppfordr* = demand
appell* = demand
insister* = demand
forlang* = demand
maner til = demand
manet til = demand
anmodet* = demand
anmoder = demand
anmodning* = demand
presser på for = demand
ber om våpenhvile = demand ceasefire
ba om våpenhvile = demand ceasefire
krever våpenhvile = demand ceasefire
krevde våpenhvile = demand ceasefire
ber om full stans = demand ceasefire
ba om full stans = demand ceasefire
krever stans = demand ceasefire
# --- accuse --------------------------------------------------------------
beskyld* = accuse
anklag* = accuse
fordøm* = accuse
kritiser* = accuse
kritikk* = accuse
klandr* = accuse
skylden = accuse
skylder på = accuse
skyldte på = accuse
holder ansvarlig = accuse
holdt ansvarlig = accuse
refset = accuse
refser = accuse
raser over = accuse
raste mot = accuse
# --- reject --------------------------------------------------------------
avvis* = reject
nekt* = reject
benekt* = reject
tilbakevis* = reject
avslå* = reject
avslo = reject
avslag = reject
forkast* = reject
veto = reject
vetoet = reject
sier nei = reject
sa nei = reject
sier blankt nei = reject
utelukk* = reject
# --- threaten ------------------------------------------------------------
truer = threaten
truet = threaten
trua = threaten
true med = threaten
trusler = threaten
trussel = threaten
trusselen = threaten
truslene = threaten
advar* = threaten
ultimatum* = threaten
siste sjanse = threaten
# verbal pressure is a threat in PLOVER terms
press på = threaten
presset på = threaten
legge press på = threaten
la press på = threaten
legger press på = threaten
siste mulighet = threaten
erklærte krig = threaten
erklærer krig = threaten
# --- protest -------------------------------------------------------------
protest* = protest
demonstr* = protest
streik* = protest
sultestreik* = protest
boikott* = protest
opptøy* = protest
tok til gatene = protest
innkalte ambassadøren = protest
kalte inn ambassadøren = protest
# --- sanction ------------------------------------------------------------
sanksjon* = sanction
embargo* = sanction
våpenembargo* = sanction
utviste diplomater = sanction
utvist diplomater = sanction
utviser diplomater = sanction
kalte hjem ambassadøren = sanction
kaller hjem ambassadøren = sanction
kalte hjem sin ambassadør = sanction
kalt hjem = sanction
brøt de diplomatiske forbindelsene = sanction
bryter de diplomatiske forbindelsene = sanction
brudd i de diplomatiske forbindelsene = sanction
frøs eiendeler = sanction
fryser eiendeler = sanction
innreiseforbud* = sanction
straffetoll = sanction
suspenderte forhandlingene = sanction
# --- mobilize ------------------------------------------------------------
mobiliser* = mobilize
unntakstilstand* = mobilize
krigstilstand* = mobilize
krigslov* = mobilize
utplasser* = mobilize
utplassering* = mobilize
sendte tropper = mobilize
sender tropper = mobilize
sendte soldater = mobilize
troppeoppbygging* = mobilize
styrkeoppbygging* = mobilize
militær oppbygging = mobilize
samlet tropper = mobilize
forsterkning* = mobilize
reservister = mobilize
innkalling av reservister = mobilize
innkalte reservister = mobilize
militærøvelse* = mobilize
høy beredskap = mobilize
høyeste beredskap = mobilize
økt beredskap = mobilize
kampberedskap = mobilize
verving* = mobilize
rekrutter* = mobilize
# --- coerce --------------------------------------------------------------
arrester* = coerce
pågrep* = coerce
pågrip* = coerce
anholdt = coerce
anholdelse* = coerce
fengsl* = coerce
varetekt* = coerce
internert = coerce
tatt til fange = coerce
tok til fange = coerce
utvis* = coerce
deporter* = coerce
blokade* = coerce
beleir* = coerce
portforbud = coerce
slo ned på = coerce
slår ned på = coerce
forbød = coerce
forbyr = coerce
sensur* = coerce
beslaglagt = coerce
beslagla = coerce
dømt til = coerce
