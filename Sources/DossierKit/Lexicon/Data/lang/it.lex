# Italian: what the extractor knows about news written in Italian.
# Format: see ../README.md. Folding removes accents, so "venerdì" is
# "venerdi", "è" is "e" and "più" is "piu". Apostrophes separate tokens:
# "l'attacco" is "l attacco", "dell'Azerbaigian" is "dell azerbaigian",
# "l'altro ieri" is "l altro ieri". "si" is a pronoun ("si è svolto")
# and never a cue; "se" is the conditional "if".

[language]
code = it
name = Italian

[detect]
# Frequent function words. Those that tell Italian from Spanish come
# first: il, gli, della, delle, dei, degli, e, che, di, per, con, una,
# è, non, sono, anche, più, come, ha, hanno, nel, nella, alla, sul, tra.
il gli della delle dei degli e che di per con una è non sono anche più
come ha hanno nel nella alla sul tra fra questo
lo la i le un uno del dello al allo ai agli alle dal dallo dalla dai
dagli dalle nello nei negli nelle sullo sulla sui sugli sulle col
l dell nell dall sull quest po
a da in su ed od o ma però né chi cui dove quando perché mentre se sia
già ancora sempre mai oggi ieri domani qui lì là poi quindi dunque
infatti inoltre tuttavia invece oltre dopo prima durante contro senza
verso secondo presso circa soltanto solo proprio ormai almeno
era erano fu furono essere stato stata stati state sarà saranno
sarebbe sarebbero ho abbiamo aveva avevano avere avuto avrà avrebbe
avrebbero può possono potrebbe potrebbero deve devono dovrebbe fa
fanno fatto detto dice dicono c ci ne vi mi ti si lui lei loro
suo sua suoi sue nostro nostra nostri vostro
questa questi queste quello quella quelli quelle quel quei
stesso stessa stessi altro altra altri altre ogni tutto tutti tutta
tutte alcuni alcune nessun nessuno nessuna qualche molti molte molto
poco pochi tanto tanti quanto quanti così cosa nulla niente anzi
pure neanche nemmeno eppure benché sebbene affinché finché

[abbreviations]
# Sig., Dott., Prof., On., Gen., ecc. Dotted forms are written whole,
# with their inner periods.
sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing arch geom
on sen dep gen col ten cap magg mar amm mons s.e s.s
ecc es p.es cfr ca nr num pag pagg vol tel fig art
c.so v.le p.za s.p.a s.r.l u.s.a
genn febb apr magg giu lug sett ott nov dic

[weekdays]
# Plain forms, parts of the day ("venerdì sera", "sabato mattina"), "last
# Friday" ("venerdì scorso", "domenica scorsa"), and the night across two
# days: "nella notte tra venerdì e sabato" is dated by the day it ends,
# the later one.
lunedì = 1
lunedì mattina = 1
lunedì mattino = 1
lunedì pomeriggio = 1
lunedì sera = 1
lunedì notte = 1
lunedì scorso = 1
nella notte di lunedì = 1
nella mattinata di lunedì = 1
nella serata di lunedì = 1
nel pomeriggio di lunedì = 1
nella notte tra lunedì e martedì = 2
notte tra lunedì e martedì = 2
nella notte fra lunedì e martedì = 2
notte fra lunedì e martedì = 2
martedì = 2
martedì mattina = 2
martedì mattino = 2
martedì pomeriggio = 2
martedì sera = 2
martedì notte = 2
martedì scorso = 2
nella notte di martedì = 2
nella mattinata di martedì = 2
nella serata di martedì = 2
nel pomeriggio di martedì = 2
nella notte tra martedì e mercoledì = 3
notte tra martedì e mercoledì = 3
nella notte fra martedì e mercoledì = 3
notte fra martedì e mercoledì = 3
mercoledì = 3
mercoledì mattina = 3
mercoledì mattino = 3
mercoledì pomeriggio = 3
mercoledì sera = 3
mercoledì notte = 3
mercoledì scorso = 3
nella notte di mercoledì = 3
nella mattinata di mercoledì = 3
nella serata di mercoledì = 3
nel pomeriggio di mercoledì = 3
nella notte tra mercoledì e giovedì = 4
notte tra mercoledì e giovedì = 4
nella notte fra mercoledì e giovedì = 4
notte fra mercoledì e giovedì = 4
giovedì = 4
giovedì mattina = 4
giovedì mattino = 4
giovedì pomeriggio = 4
giovedì sera = 4
giovedì notte = 4
giovedì scorso = 4
nella notte di giovedì = 4
nella mattinata di giovedì = 4
nella serata di giovedì = 4
nel pomeriggio di giovedì = 4
nella notte tra giovedì e venerdì = 5
notte tra giovedì e venerdì = 5
nella notte fra giovedì e venerdì = 5
notte fra giovedì e venerdì = 5
venerdì = 5
venerdì mattina = 5
venerdì mattino = 5
venerdì pomeriggio = 5
venerdì sera = 5
venerdì notte = 5
venerdì scorso = 5
nella notte di venerdì = 5
nella mattinata di venerdì = 5
nella serata di venerdì = 5
nel pomeriggio di venerdì = 5
nella notte tra venerdì e sabato = 6
notte tra venerdì e sabato = 6
nella notte fra venerdì e sabato = 6
notte fra venerdì e sabato = 6
sabato = 6
sabati = 6
sabato mattina = 6
sabato mattino = 6
sabato pomeriggio = 6
sabato sera = 6
sabato notte = 6
sabato scorso = 6
nella notte di sabato = 6
nella mattinata di sabato = 6
nella serata di sabato = 6
nel pomeriggio di sabato = 6
nella notte tra sabato e domenica = 7
notte tra sabato e domenica = 7
nella notte fra sabato e domenica = 7
notte fra sabato e domenica = 7
domenica = 7
domeniche = 7
domenica mattina = 7
domenica mattino = 7
domenica pomeriggio = 7
domenica sera = 7
domenica notte = 7
domenica scorsa = 7
nella notte di domenica = 7
nella mattinata di domenica = 7
nella serata di domenica = 7
nel pomeriggio di domenica = 7
nella notte tra domenica e lunedì = 1
notte tra domenica e lunedì = 1
nella notte fra domenica e lunedì = 1
notte fra domenica e lunedì = 1

[months]
# "mar" ("sea") and "ago" ("needle", English "ago") are left out; "gen"
# and "set" too, being abbreviations and English words.
gennaio = 1
genn = 1
febbraio = 2
febb = 2
marzo = 3
aprile = 4
apr = 4
maggio = 5
magg = 5
giugno = 6
giu = 6
luglio = 7
lug = 7
agosto = 8
settembre = 9
sett = 9
ottobre = 10
ott = 10
novembre = 11
nov = 11
dicembre = 12
dic = 12

[numbers]
# "un", "uno" and "una" are left out: as articles and pronouns ("un
# attacco", "uno dei") they would be counts of one. Italian writes the
# tens and units as one word, with the vowel dropped before "uno" and
# "otto" (ventuno, trentotto); those are listed whole below.
zero = 0
due = 2
tre = 3
quattro = 4
cinque = 5
sei = 6
sette = 7
otto = 8
nove = 9
dieci = 10
undici = 11
dodici = 12
dozzina = 12
una dozzina = 12
tredici = 13
quattordici = 14
quindici = 15
sedici = 16
diciassette = 17
diciotto = 18
diciannove = 19
venti = 20
trenta = 30
quaranta = 40
cinquanta = 50
sessanta = 60
settanta = 70
ottanta = 80
novanta = 90
cento = 100
mille = 1000
un milione = 1000000
milione = 1000000
decina = 10
una decina = 10
centinaio = 100
un centinaio = 100
migliaio = 1000
un migliaio = 1000
ventina = 20
una ventina = 20
trentina = 30
una trentina = 30
quarantina = 40
una quarantina = 40
cinquantina = 50
una cinquantina = 50
sessantina = 60
una sessantina = 60
settantina = 70
una settantina = 70
ottantina = 80
una ottantina = 80
novantina = 90
una novantina = 90
# Tens and units: ventuno ... novantanove.
ventuno = 21
ventun = 21
ventidue = 22
ventitré = 23
ventiquattro = 24
venticinque = 25
ventisei = 26
ventisette = 27
ventotto = 28
ventinove = 29
trentuno = 31
trentun = 31
trentadue = 32
trentatré = 33
trentaquattro = 34
trentacinque = 35
trentasei = 36
trentasette = 37
trentotto = 38
trentanove = 39
quarantuno = 41
quarantun = 41
quarantadue = 42
quarantatré = 43
quarantaquattro = 44
quarantacinque = 45
quarantasei = 46
quarantasette = 47
quarantotto = 48
quarantanove = 49
cinquantuno = 51
cinquantun = 51
cinquantadue = 52
cinquantatré = 53
cinquantaquattro = 54
cinquantacinque = 55
cinquantasei = 56
cinquantasette = 57
cinquantotto = 58
cinquantanove = 59
sessantuno = 61
sessantun = 61
sessantadue = 62
sessantatré = 63
sessantaquattro = 64
sessantacinque = 65
sessantasei = 66
sessantasette = 67
sessantotto = 68
sessantanove = 69
settantuno = 71
settantun = 71
settantadue = 72
settantatré = 73
settantaquattro = 74
settantacinque = 75
settantasei = 76
settantasette = 77
settantotto = 78
settantanove = 79
ottantuno = 81
ottantun = 81
ottantadue = 82
ottantatré = 83
ottantaquattro = 84
ottantacinque = 85
ottantasei = 86
ottantasette = 87
ottantotto = 88
ottantanove = 89
novantuno = 91
novantun = 91
novantadue = 92
novantatré = 93
novantaquattro = 94
novantacinque = 95
novantasei = 96
novantasette = 97
novantotto = 98
novantanove = 99
# Hundreds and thousands; hundreds with round tens are one word too
# (centoventi, duecentocinquanta).
centodieci = 110
centoventi = 120
centotrenta = 130
centoquaranta = 140
centocinquanta = 150
centosessanta = 160
centosettanta = 170
centoottanta = 180
centonovanta = 190
duecentodieci = 210
duecentoventi = 220
duecentotrenta = 230
duecentoquaranta = 240
duecentocinquanta = 250
duecentosessanta = 260
duecentosettanta = 270
duecentoottanta = 280
duecentonovanta = 290
trecentodieci = 310
trecentoventi = 320
trecentotrenta = 330
trecentoquaranta = 340
trecentocinquanta = 350
trecentosessanta = 360
trecentosettanta = 370
trecentoottanta = 380
trecentonovanta = 390
quattrocentodieci = 410
quattrocentoventi = 420
quattrocentotrenta = 430
quattrocentoquaranta = 440
quattrocentocinquanta = 450
quattrocentosessanta = 460
quattrocentosettanta = 470
quattrocentoottanta = 480
quattrocentonovanta = 490
cinquecentodieci = 510
cinquecentoventi = 520
cinquecentotrenta = 530
cinquecentoquaranta = 540
cinquecentocinquanta = 550
cinquecentosessanta = 560
cinquecentosettanta = 570
cinquecentoottanta = 580
cinquecentonovanta = 590
seicentodieci = 610
seicentoventi = 620
seicentotrenta = 630
seicentoquaranta = 640
seicentocinquanta = 650
seicentosessanta = 660
seicentosettanta = 670
seicentoottanta = 680
seicentonovanta = 690
settecentodieci = 710
settecentoventi = 720
settecentotrenta = 730
settecentoquaranta = 740
settecentocinquanta = 750
settecentosessanta = 760
settecentosettanta = 770
settecentoottanta = 780
settecentonovanta = 790
ottocentodieci = 810
ottocentoventi = 820
ottocentotrenta = 830
ottocentoquaranta = 840
ottocentocinquanta = 850
ottocentosessanta = 860
ottocentosettanta = 870
ottocentoottanta = 880
ottocentonovanta = 890
novecentodieci = 910
novecentoventi = 920
novecentotrenta = 930
novecentoquaranta = 940
novecentocinquanta = 950
novecentosessanta = 960
novecentosettanta = 970
novecentoottanta = 980
novecentonovanta = 990
duecento = 200
trecento = 300
quattrocento = 400
cinquecento = 500
seicento = 600
settecento = 700
ottocento = 800
novecento = 900
duemila = 2000
tremila = 3000
quattromila = 4000
cinquemila = 5000
seimila = 6000
settemila = 7000
ottomila = 8000
novemila = 9000
diecimila = 10000
quindicimila = 15000
ventimila = 20000
trentamila = 30000
quarantamila = 40000
cinquantamila = 50000
centomila = 100000
duecentomila = 200000
cinquecentomila = 500000

[approximate]
circa
quasi
almeno
oltre
più di
meno di
fino a
intorno a
attorno a
all'incirca
approssimativamente
un totale di
in tutto
complessivamente
non meno di
poco più di
poco meno di
altri
altre
un minimo di
un massimo di
stimati
stimate

[relative]
oggi = 0
oggi stesso = 0
in giornata = 0
nel corso della giornata = 0
stamattina = 0
stamani = 0
stamane = 0
questa mattina = 0
stamattina presto = 0
in mattinata = 0
questo pomeriggio = 0
oggi pomeriggio = 0
nel pomeriggio = 0
stasera = 0
questa sera = 0
in serata = 0
stanotte = 0
questa notte = 0
la scorsa notte = 0
la notte scorsa = 0
nella notte = 0
durante la notte = 0
in nottata = 0
poche ore fa = 0
alcune ore fa = 0
ieri = -1
ieri mattina = -1
ieri pomeriggio = -1
ieri sera = -1
ieri notte = -1
in serata di ieri = -1
nella serata di ieri = -1
nella mattinata di ieri = -1
nel pomeriggio di ieri = -1
nella notte di ieri = -1
nella giornata di oggi = 0
nella mattinata di oggi = 0
nella giornata di ieri = -1
l'altro ieri = -2
l'altroieri = -2
altroieri = -2
ieri l'altro = -2
avantieri = -2
due giorni fa = -2
tre giorni fa = -3
quattro giorni fa = -4
domani = 1
domattina = 1
domani mattina = 1
domani pomeriggio = 1
domani sera = 1
dopodomani = 2

[since]
# "da", "dal", "dalla" are also "by" and "from" ("attaccati dalle forze",
# "annunciato dal ministero"), and a since cue cuts the parties after it,
# so only their temporal uses are listed: before a day number or a year
# ("dal 27 settembre", "dal 1994", "dall'8"; a wildcard on digits matches
# any number starting with them), a weekday, and the words for the start
# of a period.
dal 1*
dal 2*
dal 3*
dal 4*
dal 5*
dal 6*
dal 7*
dal 8*
dal 9*
dall 1*
dall 8*
a partire da
a partire dal
a partire dalla
a partire dall
sin da
sin dal
sin dalla
sin dall
fin da
fin dal
fin dalla
fin dall
da quando
da allora
da ieri
da oggi
da stamattina
da stanotte
dall'inizio
dall'inizio di
dalla fine di
dalla metà di
dai primi di
dalla scorsa settimana
dalla settimana scorsa
dal mese scorso
dallo scorso
da lunedì
da martedì
da mercoledì
da giovedì
da venerdì
da sabato
da domenica
dal lunedì
dal martedì
dal mercoledì
dal giovedì
dal venerdì
dal sabato
dalla domenica

[negation]
non
mai
nessun
nessuno
nessuna
né
neanche
nemmeno
neppure
niente
nulla
affatto
non ancora
ancora non
non più
senza accordo
senza un accordo
senza successo
senza risultati
senza raggiungere
senza riuscire
fallito
fallita
falliti
è fallito
non è riuscito
non sono riusciti
non è riuscita

[future]
sarà
saranno
ci sarà
ci saranno
avrà
avranno
firmerà
firmeranno
incontrerà
incontreranno
si incontrerà
si incontreranno
si terrà
si terranno
terrà
terranno
ospiterà
ospiteranno
parlerà
parleranno
discuteranno
negozieranno
visiterà
si recherà
ritirerà
ritireranno
invierà
invieranno
sosterrà
sosterranno
attaccherà
attaccheranno
lancerà
lanceranno
partirà
riprenderà
riprenderanno
proseguiranno
continuerà
continueranno
entrerà in vigore
entrerà
dovrà
dovranno
verrà
verranno
andrà
intende
intendono
intendeva
ha intenzione di
hanno intenzione di
punta a
puntano a
prevede
prevedono
previsto
prevista
previsti
previste
è previsto
è prevista
in programma
programmato
programmata
sta per
stanno per
la prossima settimana
il prossimo mese
nei prossimi giorni
nelle prossime ore
nelle prossime settimane
prossimamente
a breve
presto
entro

[hypothetical]
potrebbe
potrebbero
potrà
potranno
può
possono
possibile
possibili
possibilità
eventuale
eventuali
eventualmente
potenziale
potenziali
potenzialmente
forse
magari
probabile
probabili
probabilmente
improbabile
se
qualora
nel caso
nel caso in cui
in caso di
purché
sarebbe
sarebbero
avrebbe
avrebbero
dovrebbe
dovrebbero
spera
sperano
sperava
si spera
speranza
speranze
auspica
auspicano
non è chiaro se
non si sa se
resta da vedere
incerto
incertezza
propone
propongono
proposto
proposta
proposte
sforzo
sforzi
vuole
vogliono
voleva
vorrebbe
vorrebbero
offerto
offre
offrono
voci
indiscrezioni
ipotesi
ipotetico

[claimed]
ha detto
hanno detto
aveva detto
dice
dicono
ha affermato
hanno affermato
afferma
affermano
ha dichiarato
hanno dichiarato
dichiara
dichiarano
dichiarazione
dichiarazioni
secondo
stando a
a detta di
riferisce
riferiscono
ha riferito
hanno riferito
riportato
riporta
riportano
ha riportato
sostiene
sostengono
ha sostenuto
ha annunciato
hanno annunciato
annuncia
annunciato
ha spiegato
spiega
ha sottolineato
sottolinea
ha aggiunto
aggiunge
ha precisato
precisa
ha confermato
conferma
confermano
confermato
ha assicurato
assicura
ha ribadito
ribadisce
ha denunciato
denuncia
denunciano
ha reso noto
rende noto
hanno reso noto
fa sapere
ha fatto sapere
fanno sapere
ha indicato
ha osservato
ha scritto
scrive
ha twittato
ha ammesso
ha riconosciuto
in un comunicato
comunicato
in una nota
si legge
citato da
citata da
citando
fonti
ha raccontato
ha dichiarato che

[killed]
# Single words, not phrases, where the count may follow ("sono morti 13 civili"):
# after a phrase the count is searched from its second word, which
# stops the search.
morti
morto
morta
morte
morirono
morì
muoiono
muore
morire
uccis*
uccid*
vittime
vittima
hanno perso la vita
ha perso la vita
perso la vita
perdere la vita
deceduti
deceduto
deceduta
decedute
decesso
decessi
caduti
massacrati
trucidati
giustiziati
salme
cadaveri

[injured]
feriti
ferito
ferita
ferite
ferendo
ferimento
ferisce
ricoverati
ricoverato
ricoverata
ricoverate

[persons]
persone
persona
gente
civili
civile
soldati
soldato
militari
militare
combattenti
combattente
ribelli
insorti
separatisti
mercenari
miliziani
guerriglieri
volontari
bambini
bambine
minori
donne
uomini
abitanti
residenti
cittadini
poliziotti
agenti
giornalisti
reporter
operatori umanitari
medici
sanitari
piloti
prigionieri
prigionieri di guerra
ostaggi
rifugiati
profughi
sfollati
membri
di loro
tra loro
tra cui
fra cui
dei quali
di cui

[person]
# Singular nouns for one counted person: "è morto un soldato" counts 1.
il pilota
un pilota
un soldato
il soldato
un militare
un civile
un giornalista
un bambino
una bambina
una donna
un uomo
un poliziotto
una persona

[circumstance]
# Words before an act that make it the setting of another one: "gli
# scontri sono continuati nonostante i colloqui" reports fighting, not talks.
nonostante
malgrado
prima di
prima del
prima della
prima dei
dopo
durante
nel corso di
nel corso del
nel corso dei
in occasione di
in occasione del
a margine di
a margine del
a margine dei
alla vigilia di
alla vigilia del
in vista di
in vista del
in piena
in pieno

[locative]
# Words that make a following country a place, not a party: "in Armenia".
in
nel
nella
nell
dentro
all'interno di

[cessation]
# Words before an act that end it rather than report it: "la fine dei
# combattimenti" is no fighting.
fine dei
fine delle
fine ai
fine alle
porre fine
mettere fine
stop ai
stop agli
cessazione dei
cessazione delle
fermare i
fermare gli
fermare le
cessare i
cessare le
interrompere i

[habitual]
# A sentence with one of these tells a standing state, not news.
da decenni
da anni
da secoli
da tempo
da sempre
per decenni
per anni
per secoli
tradizionalmente
storicamente
di lunga data

[standing]
# A sentence with one of these describes a standing relation (a base,
# an alliance), not news.
base militare
basi militari
alleanza militare
trattato militare
patto di difesa

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
proveniente da
provenienti da

[titles]
presidente
presidentessa
vicepresidente
presidente eletto
primo ministro
prima ministra
premier
presidente del Consiglio
vicepremier
ministro
ministra
ministro degli Esteri
ministra degli Esteri
ministro degli Affari esteri
ministra degli Affari esteri
ministro della Difesa
ministra della Difesa
ministro dell'Interno
ministra dell'Interno
ministro degli Interni
ministro della Giustizia
ministro dell'Economia
viceministro
sottosegretario
segretario di Stato
segretario generale
segretaria generale
capo della diplomazia
portavoce
ambasciatore
ambasciatrice
inviato speciale
inviata speciale
emissario
mediatore
mediatrice
rappresentante speciale
alto rappresentante
leader
capo
capo dello Stato
capo del governo
capo di Stato maggiore
capo dell'opposizione
leader dell'opposizione
comandante
generale
tenente generale
generale di brigata
colonnello
tenente colonnello
capitano
ammiraglio
maresciallo
cancelliere
governatore
governatrice
sindaco
sindaca
deputato
deputata
senatore
senatrice
re
regina
principe
principe ereditario
papa
pontefice
patriarca
ayatollah
emiro
sceicco
sultano
direttore
direttrice
direttore generale
procuratore
procuratore generale
giudice
analista
professore
professoressa
ricercatore
ricercatrice
esperto
esperta
corrispondente
inviato
giornalista
attivista

[triggers]
# --- assault -------------------------------------------------------------
attacc* = assault
contrattacc* = assault
controffensiv* = assault
offensiv* = assault
assalt* = assault
combattimento = assault
combattimenti = assault
combattuto = assault
combattere = assault
combattono = assault
combatte = assault
scontr* = assault
si sono scontrati = assault
schermagli* = assault
sparatori* = assault
scontro a fuoco = assault
scontri a fuoco = assault
scambio di colpi = assault
scambi di colpi = assault
scambio di fuoco = assault
hanno sparato = assault
ha sparato = assault
sparato contro = assault
aperto il fuoco = assault
aprono il fuoco = assault
ostilità = assault
battaglia = assault
battaglie = assault
invasione = assault
invaso = assault
invasero = assault
invadere = assault
incursion* = assault
conquist* = assault
riconquist* = assault
cattur* = assault
preso il controllo = assault
presa di controllo = assault
imboscat* = assault
esplosion* = assault
massacr* = assault
strage = assault
stragi = assault
rappresagli* = assault
ritorsion* = assault
distrutt* = assault
distrugg* = assault
colpito = assault
colpita = assault
colpiti = assault
colpite = assault
colpire = assault
colpisce = assault
colpiscono = assault
violazione del cessate il fuoco = assault
violazioni del cessate il fuoco = assault
violato il cessate il fuoco = assault
violano il cessate il fuoco = assault
viola il cessate il fuoco = assault
violare il cessate il fuoco = assault
violazione della tregua = assault
violazioni della tregua = assault
violato la tregua = assault
rotto la tregua = assault
rapit* = assault
rapimento = assault
sequestr* = assault
presa di ostaggi = assault
tortur* = assault
esecuzione = assault
esecuzioni = assault
cecchin* = assault
autobomba = assault
granate = assault
attentat* = assault
kamikaze = assault
# heavy weapons
bombard* = assault heavy-weapons
artiglieri* = assault heavy-weapons
colpi di artiglieria = assault heavy-weapons
fuoco di artiglieria = assault heavy-weapons
missil* = assault heavy-weapons
razzo = assault heavy-weapons
razzi = assault heavy-weapons
lanciarazzi = assault heavy-weapons
proiettil* = assault heavy-weapons
mortaio = assault heavy-weapons
mortai = assault heavy-weapons
obice = assault heavy-weapons
obici = assault heavy-weapons
bombe a grappolo = assault heavy-weapons
munizioni a grappolo = assault heavy-weapons
cannoneggi* = assault heavy-weapons
attacco missilistico = assault heavy-weapons
attacchi missilistici = assault heavy-weapons
attacco con missili = assault heavy-weapons
attacchi con missili = assault heavy-weapons
attacco con razzi = assault heavy-weapons
# air
attacco aereo = assault air
attacchi aerei = assault air
raid aereo = assault air
raid aerei = assault air
bombardamento aereo = assault air
bombardamenti aerei = assault air
incursione aerea = assault air
incursioni aeree = assault air
attacco con droni = assault air
attacchi con droni = assault air
attacco con un drone = assault air
drone = assault air
droni = assault air
aereo da combattimento = assault air
aerei da combattimento = assault air
caccia bombardieri = assault air
cacciabombardier* = assault air
elicottero da combattimento = assault air
elicotteri da combattimento = assault air
aviazione = assault air
bombe = assault air
abbattut* = assault air
abbattere = assault air
# raid alone is an assault of any mode
raid = assault
# --- agree ---------------------------------------------------------------
accord* = agree
d'accordo = agree
accordo di pace = agree
trattato di pace = agree
un trattato = agree
il trattato = agree
intesa = agree
un'intesa = agree
concordat* = agree
concordano = agree
hanno concordato = agree
firmato = agree
firmata = agree
firmati = agree
firmate = agree
firmare = agree
firmano = agree
firmò = agree
la firma = agree
accett* = agree
consenso = agree
si sono impegnati = agree
si è impegnato = agree
si sono impegnate = agree
cessate il fuoco = agree ceasefire
il cessate il fuoco = agree ceasefire
tregua = agree ceasefire
tregue = agree ceasefire
armistizio = agree ceasefire
tregua umanitaria = agree ceasefire
pausa umanitaria = agree ceasefire
# --- consult -------------------------------------------------------------
colloqui = consult
colloquio = consult
negoziat* = consult
negoziare = consult
negoziano = consult
trattative = consult
trattativa = consult
colloqui di pace = consult peace-talks
negoziati di pace = consult peace-talks
trattative di pace = consult peace-talks
processo di pace = consult peace-talks
conferenza di pace = consult peace-talks
piano di pace = consult peace-talks
vertice di pace = consult peace-talks
tavolo dei negoziati = consult peace-talks
tavolo negoziale = consult peace-talks
tavolo di pace = consult peace-talks
incontro = consult
incontri = consult
incontrato = consult
incontrata = consult
incontrati = consult
incontrare = consult
incontrarsi = consult
incontra = consult
incontrano = consult
incontrerà = consult
incontreranno = consult
riunion* = consult
riunit* = consult
si sono riuniti = consult
vertice = consult
summit = consult
visit* = consult
discuss* = consult
consult* = consult
dialogo = consult
dialogare = consult
ospit* = consult
invit* = consult
ha parlato con = consult
hanno parlato = consult
videoconferenza = consult
colloquio telefonico = consult phone
colloqui telefonici = consult phone
conversazione telefonica = consult phone
telefonat* = consult phone
telefonicamente = consult phone
al telefono = consult phone
per telefono = consult phone
si sono sentiti = consult phone
mediazione = consult third-party
mediare = consult third-party
mediatore = consult third-party
mediatori = consult third-party
mediato = consult third-party
buoni uffici = consult third-party
# --- support -------------------------------------------------------------
sostegno = support
# congratulations are support; diplomatic efforts are talks
sforzi diplomatici = consult
a sostegno = support
sostenere = support
sosterrà = support
sosterranno = support
appogg* = support
solidariet* = support
solidal* = support
elogi* = support
lodato = support
congratul* = support
accolto con favore = support
accoglie con favore = support
accolgono con favore = support
a favore di = support
favorevole a = support
favorevoli a = support
al fianco di = support
schierato con = support
schierati con = support
# --- cooperate -----------------------------------------------------------
cooperazione = cooperate
cooperare = cooperate
cooperato = cooperate
coopera = cooperate
collabor* = cooperate
pronto a = cooperate
pronti a = cooperate
pronta a = cooperate
disposto a = cooperate
disposti a = cooperate
disponibilità a = cooperate
disponibile a = cooperate
disponibili a = cooperate
ripresa dei negoziati = cooperate
riprendere i negoziati = cooperate
ripresa dei colloqui = cooperate
riprendere i colloqui = cooperate
ripresa del dialogo = cooperate
riprendere il dialogo = cooperate
ripresa delle trattative = cooperate
ripresa del processo di pace = cooperate
riprendere il processo di pace = cooperate
coordin* = cooperate
scambio di prigionieri = cooperate
scambio dei prigionieri = cooperate
scambi di prigionieri = cooperate
scambiare i prigionieri = cooperate
scambio dei corpi = cooperate
scambio di salme = cooperate
scambio delle salme = cooperate
normalizz* = cooperate
relazioni diplomatiche = cooperate
lavorare insieme = cooperate
# --- concede -------------------------------------------------------------
concession* = concede
compromesso = concede
compromessi = concede
cedere = concede
ceduto = concede
cede = concede
cedono = concede
liberazione dei prigionieri = concede
liberazione degli ostaggi = concede
rilascio dei prigionieri = concede
rilascio degli ostaggi = concede
rilasciato i prigionieri = concede
rimesso in libertà = concede
rimessi in libertà = concede
dimission* = concede
si è dimesso = concede
si è dimessa = concede
revoca delle sanzioni = concede
revocare le sanzioni = concede
revocato le sanzioni = concede
allentamento delle sanzioni = concede
restitu* = concede
amnistia = concede
# --- aid -----------------------------------------------------------------
aiuti umanitari = aid
aiuto umanitario = aid
aiuti militari = aid
aiuto militare = aid
aiuti finanziari = aid
aiuti economici = aid
aiuti alimentari = aid
aiuti d'emergenza = aid
inviato aiuti = aid
inviare aiuti = aid
assistenza umanitaria = aid
assistenza militare = aid
sostegno militare = aid
sostegno finanziario = aid
sostegno umanitario = aid
fornitura di armi = aid
forniture di armi = aid
fornito armi = aid
fornisce armi = aid
fornire armi = aid
consegna di armi = aid
consegne di armi = aid
invio di armi = aid
inviato armi = aid
vendita di armi = aid
invio di mercenari = aid
inviato mercenari = aid
consiglieri militari = aid
# Troops sent to another country are help to it.
inviato truppe = aid
inviare truppe = aid
invio di truppe = aid
invia truppe = aid
convoglio umanitario = aid
convogli umanitari = aid
donazion* = aid
mantenimento della pace = aid peacekeeping
forza di pace = aid peacekeeping
forze di pace = aid peacekeeping
peacekeeper* = aid peacekeeping
peacekeeping = aid peacekeeping
caschi blu = aid peacekeeping
forza di interposizione = aid peacekeeping
# --- retreat -------------------------------------------------------------
ritir* = retreat
ripiegat* = retreat
ripiegamento = retreat
la resa = retreat
arrendersi = retreat
si sono arresi = retreat
si è arreso = retreat
capitolazione = retreat
capitolato = retreat
capitolare = retreat
smobilit* = retreat
disarm* = retreat
de-escalation = retreat
allentamento delle tensioni = retreat
revocato il blocco = retreat
revoca del blocco = retreat
# --- demand --------------------------------------------------------------
chiesto = demand
chiesero = demand
chied* = demand
esige = demand
esigono = demand
pretend* = demand
reclam* = demand
sollecit* = demand
esort* = demand
insist* = demand
appell* = demand
lanciato un appello = demand
invoca = demand
invocano = demand
invocato = demand
invita le parti = demand
invitato le parti = demand
invitano le parti = demand
chiesto un cessate il fuoco = demand ceasefire
chiede un cessate il fuoco = demand ceasefire
chiedono un cessate il fuoco = demand ceasefire
chiesto il cessate il fuoco = demand ceasefire
chiedere un cessate il fuoco = demand ceasefire
appello a un cessate il fuoco = demand ceasefire
appello per un cessate il fuoco = demand ceasefire
lanciato un appello per un cessate il fuoco = demand ceasefire
lanciato un appello a un cessate il fuoco = demand ceasefire
appello al cessate il fuoco = demand ceasefire
esortato a un cessate il fuoco = demand ceasefire
chiesto la fine dei combattimenti = demand ceasefire
fine dei combattimenti = demand ceasefire
stop ai combattimenti = demand ceasefire
cessazione delle ostilità = demand ceasefire
porre fine ai combattimenti = demand ceasefire
fermare i combattimenti = demand ceasefire
# --- accuse --------------------------------------------------------------
accus* = accuse
denunc* = accuse
condann* = accuse
criticato = accuse
criticano = accuse
ha criticato = accuse
le critiche = accuse
criticare = accuse
incolp* = accuse
biasim* = accuse
ritenuto responsabile = accuse
ritiene responsabile = accuse
ritengono responsabile = accuse
puntato il dito = accuse
attribuito la responsabilità = accuse
# --- reject --------------------------------------------------------------
respinge = reject
respingono = reject
respinto le accuse = reject
respinto la proposta = reject
respinto l'offerta = reject
respinge le accuse = reject
ha respinto = reject
hanno respinto = reject
respinto le critiche = reject
# "respinto l'attacco" is a repelled attack, not a refusal.
respinto l'attacco = assault
respinto un attacco = assault
respinto gli attacchi = assault
respinto l'offensiva = assault
rifiut* = reject
nega = reject
negano = reject
negato = reject
negare = reject
smentit* = reject
smentisc* = reject
esclude = reject
escludono = reject
escluso = reject
veto = reject
porre il veto = reject
# --- threaten ------------------------------------------------------------
minacc* = threaten
pressione su = threaten
pressioni su = threaten
fare pressione = threaten
fa pressione = threaten
ha fatto pressione = threaten
fatto pressioni = threaten
pressato = threaten
avvertito = threaten
avverte = threaten
avvertono = threaten
avvertimento = threaten
ammonito = threaten
ammonisce = threaten
ultimatum = threaten
ultima possibilità = threaten
ultima occasione = threaten
ultimo avvertimento = threaten
intimid* = threaten
dichiarato guerra = threaten
dichiarare guerra = threaten
dichiarato la guerra = threaten
# --- protest -------------------------------------------------------------
manifestazion* = protest
manifestant* = protest
protest* = protest
sciopero = protest
scioperi = protest
boicott* = protest
disordini = protest
rivolta = protest
sommossa = protest
corteo = protest
cortei = protest
sit-in = protest
scesi in piazza = protest
scendere in piazza = protest
hanno manifestato = protest
manifestavano = protest
convocato l'ambasciatore = protest
convoca l'ambasciatore = protest
# --- sanction ------------------------------------------------------------
sanzion* = sanction
embargo = sanction
congelamento dei beni = sanction
congelato i beni = sanction
beni congelati = sanction
richiamato l'ambasciatore = sanction
richiama l'ambasciatore = sanction
richiamo dell'ambasciatore = sanction
richiamato il proprio ambasciatore = sanction
ritirato il proprio ambasciatore = sanction
espulso diplomatici = sanction
espulsione di diplomatici = sanction
espulsione dei diplomatici = sanction
espulso l'ambasciatore = sanction
rotto le relazioni = sanction
rottura delle relazioni = sanction
interrompere le relazioni = sanction
interrotto le relazioni = sanction
divieto di ingresso = sanction
lista nera = sanction
sospeso i negoziati = sanction
sospensione dei negoziati = sanction
# --- mobilize ------------------------------------------------------------
mobilit* = mobilize
mobilitazione generale = mobilize
legge marziale = mobilize
stato di guerra = mobilize
stato di emergenza = mobilize
stato d'assedio = mobilize
dispieg* = mobilize
schierat* = mobilize
schieramento = mobilize
rinforzi = mobilize
esercitazion* = mobilize
manovre = mobilize
riservisti = mobilize
reclut* = mobilize
coscri* = mobilize
stato di allerta = mobilize
in allerta = mobilize
massima allerta = mobilize
ammassat* = mobilize
# --- coerce --------------------------------------------------------------
arrest* = coerce
detenut* = coerce
detenzione = coerce
imprigion* = coerce
incarcer* = coerce
condannato a = coerce
condannati a = coerce
condannata a = coerce
espuls* = coerce
deport* = coerce
assedi* = coerce
coprifuoco = coerce
vietat* = coerce
censur* = coerce
confisc* = coerce
repressione = coerce
represso = coerce
fatti prigionieri = coerce
fatto prigioniero = coerce
presi prigionieri = coerce
