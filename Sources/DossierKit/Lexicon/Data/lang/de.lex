# German: what the extractor knows about news written in German.
# Format: see ../README.md. Folding makes ß = ss, ä = a, ö = o, ü = u,
# so "Kämpfe" is "kampfe" and a "kampf*" wildcard would also match
# "Kampfjets": the lists below spell such forms out instead.
# Separable verbs ("griff ... an", "wirft ... vor", "lehnte ... ab") are
# caught by the part that stays in place, or by the participle.

[language]
code = de
name = German

[detect]
# Frequent function words. Those that tell German from Dutch come first:
# der, die, das, und, nicht, kein, ist, wird, wurde, hat, auch, aber,
# nach, aus, sich, mit, zu, dass, über, zwischen, gegen, ohne.
der die das den dem des und nicht kein keine keinen keiner ist sind
wird werden wurde wurden worden hat haben hatte hatten sein auch aber
nach aus sich mit zu zum zur dass über zwischen gegen ohne ein eine
einen einem einer eines oder doch sondern denn weil obwohl damit
sowie sowohl als wie wenn ob so sehr mehr dann da dort hier jetzt
heute immer wieder bereits schon noch nur etwa rund fast kaum
ich du er sie es wir ihr man mich mir dich dir ihn ihm uns euch
seine seiner seinen seinem ihre ihrer ihren ihrem unser unsere
dies diese dieser dieses diesem diesen jene jener welche welcher
welches was wer wen wem wo warum wann wie alle allen aller alles
viele vielen andere anderen einige einigen mehrere nichts etwas
jemand niemand jedoch allerdings zudem außerdem dabei darauf dazu
davon dafür dagegen damals seit während wegen trotz laut bis vom
im ins am an auf bei beim vor für um unter durch hinter neben
innerhalb außerhalb gegenüber kann können konnte könnte muss müssen
soll sollen sollte will wollen wollte war waren gewesen geworden
gibt gab selbst ebenfalls bislang bisher inzwischen zunächst zuvor
nun also nämlich sodass hatte nie niemals

[abbreviations]
# z.B., u.a., d.h., bzw., ca., Nr., vgl., ggf., sog., stellv., Mio., Mrd.
# Dotted forms are written whole, with their inner periods.
z.B u.a d.h o.ä s.o v.a u.U z.T z.Zt i.d.R bzw ca vgl ggf evtl inkl exkl
sog nr dr prof hr fr frl gen lt st jh jhd chr abs bd std min max insb
bspw zit dt engl frz russ amerik ehem gegr geb verh stellv vors kap mio
mrd tsd bzgl
jan feb mär mrz apr jun jul aug sep sept okt nov dez

[weekdays]
# Plain, genitive/adverbial (freitags), compounds (Freitagabend,
# Freitagmorgen, Freitagnacht, Samstagmorgen); the wildcards catch the rest.
montag = 1
montags = 1
montagabend = 1
montagmorgen = 1
montagfrüh = 1
montagvormittag = 1
montagmittag = 1
montagnachmittag = 1
montagnacht = 1
montag* = 1
dienstag = 2
dienstags = 2
dienstagabend = 2
dienstagmorgen = 2
dienstagfrüh = 2
dienstagvormittag = 2
dienstagmittag = 2
dienstagnachmittag = 2
dienstagnacht = 2
dienstag* = 2
mittwoch = 3
mittwochs = 3
mittwochabend = 3
mittwochmorgen = 3
mittwochfrüh = 3
mittwochvormittag = 3
mittwochmittag = 3
mittwochnachmittag = 3
mittwochnacht = 3
mittwoch* = 3
donnerstag = 4
donnerstags = 4
donnerstagabend = 4
donnerstagmorgen = 4
donnerstagfrüh = 4
donnerstagvormittag = 4
donnerstagmittag = 4
donnerstagnachmittag = 4
donnerstagnacht = 4
donnerstag* = 4
freitag = 5
freitags = 5
freitagabend = 5
freitagmorgen = 5
freitagfrüh = 5
freitagvormittag = 5
freitagmittag = 5
freitagnachmittag = 5
freitagnacht = 5
freitag* = 5
samstag = 6
samstags = 6
samstagabend = 6
samstagmorgen = 6
samstagfrüh = 6
samstagvormittag = 6
samstagmittag = 6
samstagnachmittag = 6
samstagnacht = 6
samstag* = 6
sonnabend = 6
sonnabends = 6
sonnabend* = 6
sonntag = 7
sonntags = 7
sonntagabend = 7
sonntagmorgen = 7
sonntagfrüh = 7
sonntagvormittag = 7
sonntagmittag = 7
sonntagnachmittag = 7
sonntagnacht = 7
sonntag* = 7

[months]
januar = 1
jänner = 1
jan = 1
februar = 2
feber = 2
feb = 2
märz = 3
maerz = 3
mär = 3
mrz = 3
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
dezember = 12
dez = 12

[numbers]
# "ein", "eine", "einen" are left out: as articles they would make
# "ein Angriff" a count of one. "eins" is the numeral only.
null = 0
eins = 1
zwei = 2
zwo = 2
drei = 3
vier = 4
fünf = 5
sechs = 6
sieben = 7
acht = 8
neun = 9
zehn = 10
elf = 11
zwölf = 12
dutzend = 12
dreizehn = 13
vierzehn = 14
fünfzehn = 15
sechzehn = 16
siebzehn = 17
achtzehn = 18
neunzehn = 19
zwanzig = 20
dreißig = 30
vierzig = 40
fünfzig = 50
sechzig = 60
siebzig = 70
achtzig = 80
neunzig = 90
hundert = 100
einhundert = 100
tausend = 1000
eintausend = 1000
million = 1000000
eine million = 1000000
# Compounds: einundzwanzig ... neunundneunzig, zweihundert ..., zweitausend ... zehntausend.
einundzwanzig = 21
zweiundzwanzig = 22
dreiundzwanzig = 23
vierundzwanzig = 24
fünfundzwanzig = 25
sechsundzwanzig = 26
siebenundzwanzig = 27
achtundzwanzig = 28
neunundzwanzig = 29
einunddreißig = 31
zweiunddreißig = 32
dreiunddreißig = 33
vierunddreißig = 34
fünfunddreißig = 35
sechsunddreißig = 36
siebenunddreißig = 37
achtunddreißig = 38
neununddreißig = 39
einundvierzig = 41
zweiundvierzig = 42
dreiundvierzig = 43
vierundvierzig = 44
fünfundvierzig = 45
sechsundvierzig = 46
siebenundvierzig = 47
achtundvierzig = 48
neunundvierzig = 49
einundfünfzig = 51
zweiundfünfzig = 52
dreiundfünfzig = 53
vierundfünfzig = 54
fünfundfünfzig = 55
sechsundfünfzig = 56
siebenundfünfzig = 57
achtundfünfzig = 58
neunundfünfzig = 59
einundsechzig = 61
zweiundsechzig = 62
dreiundsechzig = 63
vierundsechzig = 64
fünfundsechzig = 65
sechsundsechzig = 66
siebenundsechzig = 67
achtundsechzig = 68
neunundsechzig = 69
einundsiebzig = 71
zweiundsiebzig = 72
dreiundsiebzig = 73
vierundsiebzig = 74
fünfundsiebzig = 75
sechsundsiebzig = 76
siebenundsiebzig = 77
achtundsiebzig = 78
neunundsiebzig = 79
einundachtzig = 81
zweiundachtzig = 82
dreiundachtzig = 83
vierundachtzig = 84
fünfundachtzig = 85
sechsundachtzig = 86
siebenundachtzig = 87
achtundachtzig = 88
neunundachtzig = 89
einundneunzig = 91
zweiundneunzig = 92
dreiundneunzig = 93
vierundneunzig = 94
fünfundneunzig = 95
sechsundneunzig = 96
siebenundneunzig = 97
achtundneunzig = 98
neunundneunzig = 99
zweihundert = 200
dreihundert = 300
vierhundert = 400
fünfhundert = 500
sechshundert = 600
siebenhundert = 700
achthundert = 800
neunhundert = 900
zweitausend = 2000
dreitausend = 3000
viertausend = 4000
fünftausend = 5000
sechstausend = 6000
siebentausend = 7000
achttausend = 8000
neuntausend = 9000
zehntausend = 10000
zwanzigtausend = 20000
fünfzigtausend = 50000
hunderttausend = 100000

[approximate]
etwa
rund
ungefähr
circa
ca
zirka
fast
beinahe
nahezu
annähernd
knapp
mindestens
wenigstens
zumindest
mehr als
über
bis zu
weniger als
unter
schätzungsweise
geschätzt
geschätzte
weitere
weiteren
insgesamt

[relative]
heute = 0
heutige = 0
heutigen = 0
heute früh = 0
heute morgen = 0
heute vormittag = 0
heute nachmittag = 0
heute abend = 0
heute nacht = 0
in der nacht = 0
vergangene nacht = 0
vergangenen nacht = 0
in der vergangenen nacht = 0
letzte nacht = 0
letzten nacht = 0
über nacht = 0
gestern = -1
gestrige = -1
gestrigen = -1
gestern abend = -1
gestern morgen = -1
gestern nacht = 0
vorgestern = -2
vor zwei tagen = -2
vor drei tagen = -3
übermorgen = 2

[since]
# Phrases with the article: the engine looks at most two tokens back
# from a month ("seit dem 27. September").
seit
seit dem
seit der
seit den
seit anfang
seit ende
seit mitte
seitdem
seither
schon seit
bereits seit

[negation]
nicht
kein
keine
keinen
keinem
keiner
keines
nie
niemals
ohne
weder
nichts
niemand
nirgends
nicht mehr
noch nicht
nicht länger
scheiterte
gescheitert

[future]
solle
wird
werden
werde
will
wollen
wollte
wollten
soll
sollen
plant
planen
plante
geplant
beabsichtigt
beabsichtigen
vorhaben
vorhat
hat vor
haben vor
kommende woche
nächste woche
nächsten woche
in kürze
demnächst
voraussichtlich
steht bevor
bevorstehende*
angekündigte
künftig

[hypothetical]
# würde, wäre, hätte are left out: folded they are wurde, ware, hatte.
# könnte folds to konnte (was able), a cost accepted for the commoner
# conditional.
könnte
könnten
kann
können
möglich*
möglicherweise
vielleicht
eventuell
potenziell*
potentiell*
falls
wenn
sofern
im falle
hoff*
erhoff*
erwart*
unklar ob
offen ob
ungewiss ob
ob
wahrscheinlich
vermutlich
sollte
sollten
vorschlag*
vorgeschlagen
schlug vor
schlägt vor
bemüh*
angebot
bot an
bietet an
erwägt
erwägen
erwog
in aussicht
aussicht*
chance auf

[claimed]
sagte
sagt
sagten
sagen
gesagt
erklärte
erklärt
erklärten
erklärung
in einer erklärung
laut
zufolge
teilte
teilten
teilt mit
mitgeteilt
mitteilung
berichtete
berichteten
berichtet
berichten
behauptete
behauptet
behaupten
behauptung*
hieß es
heißt es
betonte
betont
bestätigte
bestätigt
verkündete
verkündet
schrieb
schreibt
twitterte
angeblich
nach angaben
angaben zufolge
meldete
meldet
meldeten
gemeldet
räumte ein
gab bekannt
gab an
gaben an
sprach von
spricht von
zitiert
zitierte
unterstrich
versicherte
hinzu
so der
so die
# Konjunktiv I marks indirect speech in German news.
sei
seien
habe

[killed]
getötet
getöteten
getötete
tötete
töteten
tot
tote
toten
todesopfer
todesopfern
todeszahl
ums leben
kamen ums leben
kam ums leben
starben
starb
gestorben
sterben
gefallen
gefallene
gefallenen
menschenleben
leben
erschossen
ermordet
umgebracht
umgekommen
kamen um
tödlich verletzt

[injured]
verletzt
verletzte
verletzten
schwer verletzt
leicht verletzt
schwerverletzt*
leichtverletzt*
verwundet
verwundete
verwundeten

[persons]
menschen
personen
person
zivilisten
zivilistinnen
zivilist
zivilpersonen
soldaten
soldat
soldatinnen
militärs
militärangehörige
armeeangehörige
angehörige der streitkräfte
kämpfer
rebellen
aufständische
separatisten
söldner
milizionäre
freiwillige
kinder
frauen
männer
mann
einwohner
bewohner
dorfbewohner
polizisten
journalisten
helfer
kriegsgefangene
gefangene
geiseln
flüchtlinge
von ihnen

[person]
der pilot
ein pilot
ein soldat
der soldat
ein zivilist
ein journalist
ein kind
eine frau
ein mann
ein polizist

[circumstance]
nach dem
nach der
nach den
nach einem
nach einer
nach mehr als
nach über
nach langen
nach stundenlangen
nach tagelangen
nach wochenlangen
vor beginn
trotz
während
inmitten
im vorfeld
am rande
bei den

[locative]
in
im
innerhalb

[cessation]
ende der
ende des
ein ende
einstellung der
stopp der
beenden
beendigung
einzustellen

[habitual]
seit jahrzehnten
seit jahren
jahrzehntelang
jahrelang
traditionell
seit langem

[standing]
# A sentence with one of these describes a standing relation (a base,
# an alliance), not news.
bündnis
militärbasis
militärstützpunkt
militärstützpunkte
verteidigungsbündnis
militärbündnis

[pronouns]
# Subject pronouns for one person: "he demanded" means the person last named.
er
sie

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
aus

[titles]
präsident
präsidentin
vizepräsident
vizepräsidentin
staatspräsident
staatschef
staatschefin
staatsoberhaupt
bundespräsident
bundeskanzler
bundeskanzlerin
kanzler
kanzlerin
ministerpräsident
ministerpräsidentin
premierminister
premierministerin
premier
regierungschef
regierungschefin
außenminister
außenministerin
verteidigungsminister
verteidigungsministerin
innenminister
innenministerin
justizminister
finanzminister
wirtschaftsminister
minister
ministerin
staatssekretär
staatssekretärin
sprecher
sprecherin
regierungssprecher
regierungssprecherin
kremlsprecher
kreml-sprecher
ministeriumssprecher
ministeriumssprecherin
außenamtssprecherin
außenamtssprecher
pressesprecher
pressesprecherin
botschafter
botschafterin
uno-botschafter
gesandter
gesandte
sondergesandter
sondergesandte
sonderbeauftragter
vermittler
vermittlerin
generalsekretär
generalsekretärin
uno-generalsekretär
general
generalleutnant
generalmajor
brigadegeneral
oberst
oberstleutnant
kommandeur
befehlshaber
oberbefehlshaber
armeechef
generalstabschef
bürgermeister
bürgermeisterin
gouverneur
parteichef
parteichefin
oppositionsführer
oppositionsführerin
separatistenführer
rebellenführer
anführer
chef
chefin
könig
königin
prinz
kronprinz
papst
patriarch
ajatollah
emir
scheich
direktor
direktorin
professor
professorin
experte
expertin
analyst
korrespondent
korrespondentin
journalist
journalistin
aktivist
aktivistin

[triggers]
# --- assault -------------------------------------------------------------
angriff* = assault
angegriffen = assault
angreif* = assault
gegenangriff* = assault
terrorangriff* = assault
attack* = assault
attackiert* = assault
offensive* = assault
gegenoffensive* = assault
großoffensive* = assault
bodenoffensive* = assault
kampf = assault
kampfes = assault
kämpfe = assault
kämpfen = assault
kämpft = assault
kämpfte = assault
kämpften = assault
gekämpft = assault
kampfhandlung* = assault
gefecht = assault
gefechte = assault
gefechten = assault
gefechts = assault
gefechtshandlung* = assault
feuergefecht* = assault
scharmützel = assault
zusammenstoß* = assault
schusswechsel = assault
schießerei* = assault
feindseligkeiten = assault
kriegshandlung* = assault
invasion = assault
einmarsch* = assault
marschierten ein = assault
marschierte ein = assault
erober* = assault
zurückerobert* = assault
rückeroberung = assault
eingenommen = assault
gestürmt = assault
stürmten = assault
stürmte = assault
überfall* = assault
überfielen = assault
hinterhalt = assault
explosion* = assault
detonation* = assault
anschlag* = assault
bombenanschlag* = assault
terroranschlag* = assault
selbstmordanschlag* = assault
autobombe* = assault
massaker = assault
vergeltung* = assault
zerstört = assault
zerstörte = assault
zerstörten = assault
feuerten = assault
feuerte = assault
eröffneten das feuer = assault
eröffnete das feuer = assault
verstoß gegen die waffenruhe = assault
verstöße gegen die waffenruhe = assault
verstößen gegen die waffenruhe = assault
verletzung der waffenruhe = assault
verletzungen der waffenruhe = assault
brach die waffenruhe = assault
brachen die waffenruhe = assault
bruch der waffenruhe = assault
entführ* = assault
geiselnahme = assault
verschleppt = assault
hingerichtet = assault
hinrichtung* = assault
gefoltert = assault
folter = assault
scharfschütze* = assault
granate = assault heavy-weapons
granaten = assault heavy-weapons
granatwerfer* = assault heavy-weapons
# heavy weapons
beschoss = assault heavy-weapons
beschossen = assault heavy-weapons
beschuss = assault heavy-weapons
beschießt = assault heavy-weapons
beschießen = assault heavy-weapons
beschießung* = assault heavy-weapons
artillerie* = assault heavy-weapons
bombard* = assault heavy-weapons
rakete* = assault heavy-weapons
marschflugkörper = assault heavy-weapons
mörser* = assault heavy-weapons
haubitze* = assault heavy-weapons
streumunition = assault heavy-weapons
streubombe* = assault heavy-weapons
geschosse = assault heavy-weapons
# air
luftangriff* = assault air
luftschlag* = assault air
bombenangriff* = assault air
drohne* = assault air
kampfjet* = assault air
kampfflugzeug* = assault air
kampfhubschrauber* = assault air
kampfdrohne* = assault air
bomber = assault air
bomben = assault air
abgeschossen = assault air
abschuss = assault air
schoss ab = assault air
schossen ab = assault air
# --- agree ---------------------------------------------------------------
einigung* = agree
einigten sich = agree
einigte sich = agree
einigen sich = agree
geeinigt = agree
sich einig = agree
einig = agree
abkommen = agree
friedensabkommen = agree
vereinbarung* = agree
vereinbart* = agree
friedensvertrag* = agree
vertrag = agree
verträge = agree
unterzeichn* = agree
unterschrieb* = agree
unterschrieben = agree
abmachung = agree
übereinkunft = agree
übereinkommen = agree
übereingekommen = agree
zugestimmt = agree
stimmte zu = agree
stimmten zu = agree
stimmt zu = agree
zustimmung = agree
akzeptiert* = agree
akzeptieren = agree
deal = agree
waffenstillstand* = agree ceasefire
waffenruhe* = agree ceasefire
feuerpause* = agree ceasefire
humanitäre waffenruhe = agree ceasefire
# --- consult -------------------------------------------------------------
gespräch* = consult
verhandl* = consult
verhandelt* = consult
verhandeln = consult
friedensverhandlung* = consult peace-talks
friedensgespräch* = consult peace-talks
friedensprozess* = consult peace-talks
friedenskonferenz* = consult peace-talks
friedensgipfel* = consult peace-talks
friedensplan* = consult peace-talks
treffen = consult
traf sich = consult
trafen sich = consult
trifft sich = consult
treffen sich = consult
kamen zusammen = consult
zusammengekommen = consult
gipfel* = consult
besuch* = consult
empfing = consult
empfängt = consult
empfangen = consult
konsultation* = consult
beriet* = consult
beraten = consult
beratung* = consult
dialog = consult
sprach mit = consult
sprachen mit = consult
spricht mit = consult
eingeladen = consult
einladung = consult
lud ein = consult
unterredung = consult
videokonferenz* = consult
telefonat* = consult phone
telefongespräch* = consult phone
telefonier* = consult phone
telefonisch = consult phone
vermittel* = consult third-party
vermittlung* = consult third-party
vermittler = consult third-party
mediation = consult third-party
# --- support -------------------------------------------------------------
unterstütz* = support
# congratulations are support; diplomatic efforts are talks
gratulier* = support
diplomatische bemühungen = consult
solidarität* = support
solidarisch = support
begrüß* = support
lobte = support
lobt = support
lobten = support
gelobt = support
rückendeckung = support
stellt sich hinter = support
stellte sich hinter = support
stellten sich hinter = support
befürwort* = support
# --- cooperate -----------------------------------------------------------
zusammenarbeit* = cooperate
kooper* = cooperate
bereit = cooperate
bereiterklärt = cooperate
bereitschaft = cooperate
wiederaufnahme der gespräche = cooperate
wiederaufnahme der verhandlungen = cooperate
wiederaufnahme des friedensprozesses = cooperate
wiederaufnahme des dialogs = cooperate
gespräche wieder aufnehmen = cooperate
verhandlungen wieder aufnehmen = cooperate
koordinier* = cooperate
gefangenenaustausch = cooperate
austausch von gefangenen = cooperate
austausch der gefangenen = cooperate
normalisier* = cooperate
diplomatische beziehungen = cooperate
# --- concede -------------------------------------------------------------
zugeständnis* = concede
kompromiss* = concede
lenkte ein = concede
lenken ein = concede
lenkt ein = concede
einlenken = concede
eingelenkt = concede
nachgegeben = concede
gab nach = concede
freigelassen = concede
freilassung = concede
ließ frei = concede
ließen frei = concede
aufhebung der sanktionen = concede
lockerung der sanktionen = concede
sanktionen aufgehoben = concede
sanktionen gelockert = concede
rücktritt = concede
trat zurück = concede
tritt zurück = concede
zurückgetreten = concede
# --- aid -----------------------------------------------------------------
hilfe = aid
hilfen = aid
humanitäre hilfe = aid
hilfslieferung* = aid
hilfsgüter* = aid
hilfskonvoi* = aid
hilfspaket* = aid
hilfsgeld* = aid
militärhilfe = aid
finanzhilfe* = aid
wirtschaftshilfe = aid
nothilfe = aid
soforthilfe = aid
militärische unterstützung = aid
finanzielle unterstützung = aid
humanitäre unterstützung = aid
wirtschaftliche unterstützung = aid
militärischer unterstützung = aid
militärischen unterstützung = aid
finanzieller unterstützung = aid
finanziellen unterstützung = aid
humanitärer unterstützung = aid
humanitären unterstützung = aid
waffenlieferung* = aid
rüstungslieferung* = aid
lieferte waffen = aid
liefert waffen = aid
liefern waffen = aid
schickte waffen = aid
militärberater = aid
militärische berater = aid
spende* = aid
friedenstruppe* = aid peacekeeping
blauhelm* = aid peacekeeping
friedenssicherung = aid peacekeeping
friedensmission* = aid peacekeeping
# --- retreat -------------------------------------------------------------
rückzug* = retreat
zieht sich zurück = retreat
ziehen sich zurück = retreat
zog sich zurück = retreat
zogen sich zurück = retreat
zurückgezogen = retreat
zurückziehen = retreat
abgezogen = retreat
abziehen = retreat
zogen ab = retreat
truppenabzug = retreat
abzug der truppen = retreat
kapitulation = retreat
kapitulier* = retreat
ergaben sich = retreat
demobilisierung = retreat
entwaffn* = retreat
deeskalation = retreat
deeskalier* = retreat
# --- demand --------------------------------------------------------------
fordert = demand
forderte = demand
forderten = demand
fordern = demand
gefordert = demand
forderung* = demand
aufgerufen = demand
aufruf* = demand
ruft auf = demand
rief auf = demand
riefen auf = demand
ruft zu = demand
rief zu = demand
riefen zu = demand
appell* = demand
verlangt* = demand
verlangen = demand
drängt = demand
drängte = demand
drängten = demand
gedrängt = demand
mahnt* = demand
gemahnt = demand
ermahnt* = demand
bittet um = demand
bat um = demand
baten um = demand
pocht auf = demand
pochte auf = demand
besteht auf = demand
bestand auf = demand
ruf nach = demand
rufe nach = demand
zur waffenruhe auf = demand ceasefire
zu einer waffenruhe auf = demand ceasefire
zur feuerpause auf = demand ceasefire
zum waffenstillstand auf = demand ceasefire
zu einem waffenstillstand auf = demand ceasefire
forderung nach einer waffenruhe = demand ceasefire
forderte eine waffenruhe = demand ceasefire
fordern eine waffenruhe = demand ceasefire
fordert eine waffenruhe = demand ceasefire
forderten eine waffenruhe = demand ceasefire
# --- accuse --------------------------------------------------------------
beschuldig* = accuse
wirft = accuse
warf = accuse
warfen = accuse
werfen vor = accuse
vorgeworfen = accuse
vorwurf* = accuse
verurteil* = accuse
prangert an = accuse
prangerte an = accuse
angeprangert = accuse
kritik = accuse
kritisier* = accuse
beklagt* = accuse
die schuld = accuse
angeklagt = accuse
anklage = accuse
bezichtig* = accuse
macht verantwortlich = accuse
machte verantwortlich = accuse
verantwortlich gemacht = accuse
# --- reject --------------------------------------------------------------
lehnt* = reject
abgelehnt = reject
ablehnung = reject
ablehnen = reject
weigert* = reject
verweigert* = reject
weigerung = reject
bestritt* = reject
bestreitet = reject
bestreiten = reject
dementier* = reject
dementi = reject
zurückgewiesen = reject
weist zurück = reject
wies zurück = reject
wiesen zurück = reject
zurückweisung = reject
wies die vorwürfe zurück = reject
weist die vorwürfe zurück = reject
wiesen die vorwürfe zurück = reject
wies den vorwurf zurück = reject
weist den vorwurf zurück = reject
wies die anschuldigungen zurück = reject
weist die anschuldigungen zurück = reject
wies die berichte zurück = reject
wies dies zurück = reject
weist dies zurück = reject
ausgeschlossen = reject
schloss aus = reject
schließt aus = reject
veto = reject
# --- threaten ------------------------------------------------------------
droht* = threaten
drohen = threaten
gedroht = threaten
drohung* = threaten
androh* = threaten
angedroht = threaten
bedroh* = threaten
warnt* = threaten
warnen = threaten
gewarnt = threaten
warnung* = threaten
ultimatum = threaten
letzte chance = threaten
letzte gelegenheit = threaten
erklärte den krieg = threaten
# --- protest -------------------------------------------------------------
protest* = protest
demonstr* = protest
kundgebung* = protest
streik* = protest
hungerstreik* = protest
boykott* = protest
krawall* = protest
ausschreitungen = protest
mahnwache* = protest
auf die straße = protest
einbestellt = protest
bestellte den botschafter ein = protest
# --- sanction ------------------------------------------------------------
sanktion* = sanction
strafmaßnahme* = sanction
embargo* = sanction
waffenembargo* = sanction
strafzoll = sanction
strafzölle = sanction
einreiseverbot* = sanction
botschafter zurückgerufen = sanction
botschafter abberufen = sanction
rief den botschafter zurück = sanction
rief seinen botschafter zurück = sanction
diplomaten ausgewiesen = sanction
wies diplomaten aus = sanction
abbruch der beziehungen = sanction
abbruch der diplomatischen beziehungen = sanction
brach die beziehungen ab = sanction
brach die diplomatischen beziehungen ab = sanction
eingefroren = sanction
vermögen eingefroren = sanction
kontensperrung* = sanction
# --- mobilize ------------------------------------------------------------
mobilmach* = mobilize
generalmobilmachung = mobilize
mobilisier* = mobilize
kriegsrecht = mobilize
ausnahmezustand = mobilize
kriegszustand = mobilize
stationier* = mobilize
entsandt = mobilize
entsendet = mobilize
entsendung = mobilize
truppenaufmarsch = mobilize
aufmarsch = mobilize
zusammengezogen = mobilize
manöver = mobilize
militärübung* = mobilize
reservisten = mobilize
einberufung* = mobilize
verstärkungen = mobilize
alarmbereitschaft = mobilize
gefechtsbereitschaft = mobilize
kampfbereitschaft = mobilize
rekrutier* = mobilize
# --- coerce --------------------------------------------------------------
festgenommen = coerce
festnahme* = coerce
verhaftet = coerce
verhaftung* = coerce
inhaftiert = coerce
inhaftierung = coerce
haft = coerce
festgehalten = coerce
gefangen genommen = coerce
gefangennahme = coerce
gefangengenommen = coerce
ausgewiesen = coerce
ausweisung* = coerce
abgeschoben = coerce
abschiebung* = coerce
deportiert = coerce
deportation* = coerce
blockade* = coerce
belager* = coerce
ausgangssperre* = coerce
verbot = coerce
verbietet = coerce
verboten = coerce
zensur = coerce
beschlagnahm* = coerce
razzia* = coerce
verurteilt zu = coerce
druck auf = threaten
unter druck = threaten
setzt unter druck = threaten
