# Dutch: what the extractor knows about news written in Dutch (Netherlands
# and Flanders). Format: see ../README.md. "staakt-het-vuren" is the three
# tokens "staakt het vuren"; "tweeëntwintig" folds to "tweeentwintig".

[language]
code = nl
name = Dutch

[detect]
# Frequent function words. Those that tell Dutch from German come first:
# het, een, niet, geen, zijn, wordt, werd, heeft, ook, maar, naar, uit,
# wat, waar, omdat, tussen, tegen, zonder, volgens, zich.
het een niet geen zijn wordt worden werd werden heeft hebben hadden
ook maar naar uit wat waar wie hoe waarom wanneer welke omdat tussen
tegen zonder volgens zich elkaar zelf de en van in is dat die op te voor
met aan er om als bij of door over dan nog wel zo al hij ze zij wij we
ik jij je jullie u hun hen hem haar mijn ons onze jouw uw dit deze
was waren had zal zullen zou zouden kan kunnen kon konden moet moeten
moest mag mogen wil willen wilde gaat gaan ging gingen komt komen kwam
doet doen deed zegt zei iets niets niemand iemand iedereen alles alle
allemaal andere ander veel meer meest minder weinig enkele sommige
nooit altijd nu toen hier daar daarom dus echter want toch reeds
inmiddels steeds weer even slechts alleen vooral misschien bijna
ongeveer zeer heel erg tot sinds tijdens na vanaf vanuit binnen buiten
rond langs per onder boven achter naast sindsdien terwijl hoewel nadat
voordat zodat zodra indien tenzij waarbij waarin waarmee daarbij
daarmee daarna daarop ermee erop erover hierover hierbij eerder later
weg mee toe heen zowel noch ofwel

[abbreviations]
# o.a., d.w.z., bijv., m.a.w., i.p.v., t.o.v., ca., nr., blz., dhr., mevr.
# Dotted forms are written whole, with their inner periods.
dhr mevr mw mr drs dr prof ir ing gen lt kol st bijv bv nl ca resp incl
excl jl j.l vs blz nr zgn ong tel mln mld mrd min pag vnl evt max
o.a d.w.z m.a.w i.p.v t.o.v m.b.t a.s n.a.v z.g.a.n
jan feb mrt apr jun jul aug sep sept okt nov dec

[weekdays]
# Plain, plural/adverbial (maandags), compounds (maandagavond,
# vrijdagochtend, zaterdagnacht); the wildcards catch the rest.
maandag = 1
maandags = 1
maandagen = 1
maandagavond = 1
maandagochtend = 1
maandagmorgen = 1
maandagmiddag = 1
maandagnacht = 1
maandag* = 1
dinsdag = 2
dinsdags = 2
dinsdagen = 2
dinsdagavond = 2
dinsdagochtend = 2
dinsdagmorgen = 2
dinsdagmiddag = 2
dinsdagnacht = 2
dinsdag* = 2
woensdag = 3
woensdags = 3
woensdagen = 3
woensdagavond = 3
woensdagochtend = 3
woensdagmorgen = 3
woensdagmiddag = 3
woensdagnacht = 3
woensdag* = 3
donderdag = 4
donderdags = 4
donderdagen = 4
donderdagavond = 4
donderdagochtend = 4
donderdagmorgen = 4
donderdagmiddag = 4
donderdagnacht = 4
donderdag* = 4
vrijdag = 5
vrijdags = 5
vrijdagen = 5
vrijdagavond = 5
vrijdagochtend = 5
vrijdagmorgen = 5
vrijdagmiddag = 5
vrijdagnacht = 5
vrijdag* = 5
zaterdag = 6
zaterdags = 6
zaterdagen = 6
zaterdagavond = 6
zaterdagochtend = 6
zaterdagmorgen = 6
zaterdagmiddag = 6
zaterdagnacht = 6
zaterdag* = 6
zondag = 7
zondags = 7
zondagen = 7
zondagavond = 7
zondagochtend = 7
zondagmorgen = 7
zondagmiddag = 7
zondagnacht = 7
zondag* = 7

[months]
januari = 1
jan = 1
februari = 2
feb = 2
maart = 3
mrt = 3
april = 4
apr = 4
mei = 5
juni = 6
jun = 6
juli = 7
jul = 7
augustus = 8
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

[numbers]
# "een" (a/one, also written één) is left out: as the article it would
# make "een aanval" a count of one.
nul = 0
twee = 2
drie = 3
vier = 4
vijf = 5
zes = 6
zeven = 7
acht = 8
negen = 9
tien = 10
elf = 11
twaalf = 12
dozijn = 12
dertien = 13
veertien = 14
vijftien = 15
zestien = 16
zeventien = 17
achttien = 18
negentien = 19
twintig = 20
dertig = 30
veertig = 40
vijftig = 50
zestig = 60
zeventig = 70
tachtig = 80
negentig = 90
honderd = 100
eenhonderd = 100
duizend = 1000
eenduizend = 1000
miljoen = 1000000
een miljoen = 1000000
# Compounds: eenentwintig, tweeëntwintig ... negenennegentig, tweehonderd ..., tweeduizend ... tienduizend.
eenentwintig = 21
tweeëntwintig = 22
drieëntwintig = 23
vierentwintig = 24
vijfentwintig = 25
zesentwintig = 26
zevenentwintig = 27
achtentwintig = 28
negenentwintig = 29
eenendertig = 31
tweeëndertig = 32
drieëndertig = 33
vierendertig = 34
vijfendertig = 35
zesendertig = 36
zevenendertig = 37
achtendertig = 38
negenendertig = 39
eenenveertig = 41
tweeënveertig = 42
drieënveertig = 43
vierenveertig = 44
vijfenveertig = 45
zesenveertig = 46
zevenenveertig = 47
achtenveertig = 48
negenenveertig = 49
eenenvijftig = 51
tweeënvijftig = 52
drieënvijftig = 53
vierenvijftig = 54
vijfenvijftig = 55
zesenvijftig = 56
zevenenvijftig = 57
achtenvijftig = 58
negenenvijftig = 59
eenenzestig = 61
tweeënzestig = 62
drieënzestig = 63
vierenzestig = 64
vijfenzestig = 65
zesenzestig = 66
zevenenzestig = 67
achtenzestig = 68
negenenzestig = 69
eenenzeventig = 71
tweeënzeventig = 72
drieënzeventig = 73
vierenzeventig = 74
vijfenzeventig = 75
zesenzeventig = 76
zevenenzeventig = 77
achtenzeventig = 78
negenenzeventig = 79
eenentachtig = 81
tweeëntachtig = 82
drieëntachtig = 83
vierentachtig = 84
vijfentachtig = 85
zesentachtig = 86
zevenentachtig = 87
achtentachtig = 88
negenentachtig = 89
eenennegentig = 91
tweeënnegentig = 92
drieënnegentig = 93
vierennegentig = 94
vijfennegentig = 95
zesennegentig = 96
zevenennegentig = 97
achtennegentig = 98
negenennegentig = 99
tweehonderd = 200
driehonderd = 300
vierhonderd = 400
vijfhonderd = 500
zeshonderd = 600
zevenhonderd = 700
achthonderd = 800
negenhonderd = 900
tweeduizend = 2000
drieduizend = 3000
vierduizend = 4000
vijfduizend = 5000
zesduizend = 6000
zevenduizend = 7000
achtduizend = 8000
negenduizend = 9000
tienduizend = 10000
twintigduizend = 20000
vijftigduizend = 50000
honderdduizend = 100000

[approximate]
ongeveer
zo'n
circa
ca
rond
rondom
om en nabij
bijna
nagenoeg
vrijwel
minstens
ten minste
tenminste
zeker
meer dan
ruim
naar schatting
tot
tot wel
maximaal
hooguit
minder dan
pakweg
zowat
een stuk of
nog eens
in totaal

[relative]
vandaag = 0
vanochtend = 0
vanmorgen = 0
vanmiddag = 0
vanavond = 0
vannacht = 0
afgelopen nacht = 0
de afgelopen nacht = 0
eerder vandaag = 0
later vandaag = 0
gisternacht = 0
gisteren = -1
gisteravond = -1
gisterochtend = -1
gistermorgen = -1
gistermiddag = -1
eergisteren = -2
twee dagen geleden = -2
drie dagen geleden = -3
morgen = 1
morgenochtend = 1
morgenvroeg = 1
morgenmiddag = 1
morgenavond = 1
overmorgen = 2

[since]
sinds
sinds de
sinds begin
sinds eind
sinds half
sindsdien
sedert
# not "vanaf" alone: "vuurde vanaf de vroege ochtend raketten af" is a time, and
# "vanaf zaterdag geldt een bestand" dates the truce
vanaf het begin van
vanaf het uitbreken van
al sinds
sinds het begin van

[negation]
niet
geen
nooit
zonder
noch
niets
niemand
nergens
geen enkele
niet meer
nog niet
niet langer
slaagde er niet in
mislukt

[future]
zal
zullen
zult
gaat
gaan
van plan
is van plan
zijn van plan
plant
plannen om
van zins
voornemens
wil
willen
wilde
staat gepland
gepland
volgende week
volgende maand
binnenkort
verwacht wordt dat
naar verwachting
op het punt

[hypothetical]
kan
kunnen
kon
konden
zou
zouden
zou kunnen
mogelijk
mogelijke
mogelijkheid
misschien
wellicht
eventueel
eventuele
potentieel
potentiële
waarschijnlijk
indien
mocht
mochten
tenzij
hoop
hoopt
hopen
hoopte
hoopten
gehoopt
verwacht
verwachten
verwachtte
verwachting*
onduidelijk of
niet duidelijk of
onzeker of
voorstel*
stelde voor
stelt voor
voorgesteld
proberen
inspanning*
streven
overweegt
overwegen
overwoog
zouden moeten
zou moeten
bood aan
biedt aan
aanbod

[claimed]
zegt
zei
zeiden
zeggen
gezegd
volgens
meldt
meldde
meldden
melden
gemeld
stelt
stelde
beweert
beweerde
beweerden
beweren
beweerd
verklaarde
verklaarden
verklaart
verklaring
in een verklaring
liet weten
laat weten
lieten weten
maakte bekend
maakten bekend
maakt bekend
bekendgemaakt
aldus
bevestigde
bevestigt
bevestigd
schrijft
schreef
rapporteert
rapporteerde
berichtte
berichten
bericht
naar verluidt
zou hebben
zouden hebben
twitterde
tweette
vertelde
vertelt
benadrukte
benadrukt
hield vol
hielden vol
houdt vol
houden vol
kondigde
aangekondigd
citeert
geciteerd
sprak van
spreekt van

[killed]
gedood
gedode
gedoden
omgekomen
omgekomenen
omkwamen
omkwam
kwamen om
kwam om
om het leven
kwamen om het leven
zijn omgekomen
doden
dode
dood
doodde
doodden
overleden
overleed
overleden zijn
sneuvelde
sneuvelden
gesneuveld
gesneuvelden
gesneuvelde
dodental
dodelijke slachtoffers
levens
mensenlevens
het leven
doodgeschoten
vermoord
vermoorde
omgebracht
burgerdoden

[injured]
gewond
gewonden
gewonde
gewond geraakt
raakten gewond
raakte gewond
verwond
verwondde
verwondden
verwondingen
zwaargewond
zwaargewonden
lichtgewond
lichtgewonden

[persons]
mensen
personen
persoon
burgers
burger
burgerslachtoffers
soldaten
soldaat
militairen
militair
militair personeel
militaire slachtoffers
personeel
manschappen
strijders
rebellen
opstandelingen
separatisten
huurlingen
militieleden
vrijwilligers
kinderen
vrouwen
mannen
inwoners
bewoners
dorpelingen
agenten
politieagenten
journalisten
hulpverleners
krijgsgevangenen
gevangenen
gijzelaars
vluchtelingen
van hen

[person]
de piloot
een piloot
een soldaat
de soldaat
een burger
een journalist
een kind
een vrouw
een man
een agent

[circumstance]
voor de aanvang van
ondanks
voorafgaand aan
na
tijdens
te midden van
in de aanloop naar
naar aanleiding van
bij de

[locative]
in
binnen

[cessation]
einde aan
een einde aan
stop op
beëindiging van
beëindigen
staking van
stoppen met
te stoppen

[habitual]
al decennia
al jaren
decennialang
jarenlang
sinds jaar en dag
traditioneel
van oudsher

[standing]
# A sentence with one of these describes a standing relation (a base,
# an alliance), not news.
bondgenootschap
militaire basis
militaire bases
defensiepact
bondgenoot

[pronouns]
# Subject pronouns for one person: "he demanded" means the person last named.
hij
zij
ze

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
uit

[titles]
president
presidente
vicepresident
vice-president
premier
minister-president
eerste minister
minister van buitenlandse zaken
minister van defensie
minister van binnenlandse zaken
minister van justitie
minister van financiën
buitenlandminister
buitenlandministers
defensieminister
minister
staatssecretaris
woordvoerder
woordvoerster
ambassadeur
gezant
speciaal gezant
vredesgezant
bemiddelaar
leider
oppositieleider
partijleider
separatistenleider
rebellenleider
generaal
luitenant-generaal
generaal-majoor
brigadegeneraal
kolonel
luitenant-kolonel
commandant
bevelhebber
legerleider
stafchef
chef-staf
secretaris-generaal
bondskanselier
kanselier
burgemeester
gouverneur
staatshoofd
regeringsleider
koning
koningin
prins
kroonprins
paus
patriarch
ayatollah
emir
sjeik
directeur
hoogleraar
professor
onderzoeker
analist
deskundige
correspondent
verslaggever
journalist
activist

[triggers]
# --- assault -------------------------------------------------------------
aanval* = assault
aangevallen = assault
tegenaanval* = assault
terreuraanval* = assault
aanslag* = assault
bomaanslag* = assault
zelfmoordaanslag* = assault
terreuraanslag* = assault
offensief = assault
tegenoffensief = assault
gevecht = assault
gevechten = assault
gevechtshandeling* = assault
gevechtsactie* = assault
vuurgevecht* = assault
vechten = assault
vecht = assault
vochten = assault
strijd = assault
strijden = assault
streden = assault
vijandelijkheden = assault
oorlogshandeling* = assault
schermutseling* = assault
botsing* = assault
schietpartij* = assault
schoten op = assault
schoot op = assault
vuur geopend = assault
vuur had geopend = assault
vuur hadden geopend = assault
vuur heeft geopend = assault
vuur hebben geopend = assault
openden het vuur = assault
opende het vuur = assault
invasie* = assault
inval = assault
binnengevallen = assault
vielen binnen = assault
verover* = assault
veroverd* = assault
herover* = assault
heroverd* = assault
ingenomen = assault
innamen = assault
bestorm* = assault
opgerukt = assault
rukten op = assault
rukt op = assault
hinderlaag = assault
hinderlagen = assault
explosie* = assault
ontploffing* = assault
bloedbad* = assault
slachtpartij* = assault
vergelding* = assault
represaille* = assault
vernietigd = assault
vernietigde = assault
schending van het staakt het vuren = assault
schendingen van het staakt het vuren = assault
schending van het bestand = assault
schendingen van het bestand = assault
schond het staakt het vuren = assault
schonden het staakt het vuren = assault
ontvoer* = assault
gegijzeld = assault
gijzeling* = assault
geëxecuteerd = assault
executie* = assault
gemarteld = assault
marteling* = assault
sluipschutter* = assault
autobom* = assault
bermbom* = assault
# heavy weapons
beschiet* = assault heavy-weapons
beschoten = assault heavy-weapons
bestook* = assault heavy-weapons
# a place "was hit": the passive of treffen; not "maatregelen treffen" (take measures), whose object comes first
werd getroffen = assault
werden getroffen = assault
is getroffen = assault
zijn getroffen = assault
beschoot = assault heavy-weapons
artillerie* = assault heavy-weapons
bombard* = assault heavy-weapons
gebombardeerd = assault heavy-weapons
raket* = assault heavy-weapons
projectiel* = assault heavy-weapons
granaat* = assault heavy-weapons
granaten = assault heavy-weapons
mortier* = assault heavy-weapons
clustermunitie = assault heavy-weapons
clusterbom* = assault heavy-weapons
houwitser* = assault heavy-weapons
# air
luchtaanval* = assault air
luchtbombardement* = assault air
droneaanval* = assault air
drone* = assault air
gevechtsvliegtuig* = assault air
straaljager* = assault air
bommenwerper* = assault air
bommen = assault air
neergehaald = assault air
neergeschoten = assault air
schoot neer = assault air
schoten neer = assault air
haalde neer = assault air
haalden neer = assault air
# --- agree ---------------------------------------------------------------
overeengekomen = agree
overeenkomst* = agree
vredesovereenkomst* = agree
akkoord* = agree
vredesakkoord* = agree
vredesverdrag* = agree
verdrag* = agree
het eens = agree
eens geworden = agree
werden het eens = agree
ondertekend* = agree
ondertekenen = agree
ondertekening = agree
stemde in met = agree
stemden in met = agree
stemt in met = agree
ingestemd = agree
instemming = agree
aanvaard* = agree
geaccepteerd = agree
accepteer* = agree
afspraak = agree
afspraken = agree
afgesproken = agree
deal = agree
staakt het vuren = agree ceasefire
bestand = agree ceasefire
wapenbestand = agree ceasefire
wapenstilstand* = agree ceasefire
humanitair bestand = agree ceasefire
humanitaire pauze = agree ceasefire
# --- consult -------------------------------------------------------------
besprekingen = consult
bespreking = consult
besprak = consult
bespraken = consult
bespreken = consult
besproken = consult
overleg* = consult
onderhandel* = consult
vredesbesprekingen = consult peace-talks
vredesonderhandeling* = consult peace-talks
vredesoverleg = consult peace-talks
vredesproces = consult peace-talks
vredesconferentie* = consult peace-talks
vredestop = consult peace-talks
vredesgesprek* = consult peace-talks
vredesplan = consult peace-talks
ontmoet* = consult
ontmoeting* = consult
bijeenkomst* = consult
kwamen bijeen = consult
topoverleg = consult
topontmoeting* = consult
bezoek* = consult
bezocht = consult
gesprek* = consult
sprak met = consult
spraken met = consult
spreekt met = consult
spreken met = consult
uitgenodigd = consult
uitnodiging* = consult
nodigde = consult
dialoog = consult
gastheer = consult
consultatie* = consult
beraad* = consult
videoconferentie* = consult
telefoongesprek* = consult phone
telefonisch = consult phone
telefoneerde = consult phone
belde = consult phone
belden = consult phone
gebeld = consult phone
bemiddel* = consult third-party
# --- support -------------------------------------------------------------
steun = support
# congratulations are support; diplomatic efforts are talks
feliciteer* = support
gefeliciteerd = support
felicitatie* = support
diplomatieke inspanningen = consult
steunt = support
steunen = support
steunde = support
steunden = support
gesteund = support
steunbetuiging* = support
solidariteit = support
solidair = support
prijst = support
prees = support
verwelkom* = support
juichte toe = support
juicht toe = support
toegejuicht = support
schaart zich achter = support
schaarde zich achter = support
# --- cooperate -----------------------------------------------------------
samenwerk* = cooperate
werken samen = cooperate
werkt samen = cooperate
werkten samen = cooperate
bereid = cooperate
bereidheid = cooperate
bereid om = cooperate
bereid tot = cooperate
klaar om = cooperate
hervatting van het vredesproces = cooperate
hervatting van de besprekingen = cooperate
hervatting van de onderhandelingen = cooperate
hervatting van de dialoog = cooperate
hervatten de besprekingen = cooperate
hervatten de onderhandelingen = cooperate
hervatte de gesprekken = cooperate
besprekingen hervat = cooperate
onderhandelingen hervat = cooperate
coördin* = cooperate
gevangenenruil = cooperate
uitwisseling van gevangenen = cooperate
gevangenen uitwisselen = cooperate
normalis* = cooperate
diplomatieke betrekkingen = cooperate
# --- concede -------------------------------------------------------------
concessie* = concede
toegeving* = concede
compromis* = concede
zwicht* = concede
gezwicht = concede
bakzeil = concede
vrijgelaten = concede
vrijlating = concede
liet vrij = concede
lieten vrij = concede
opheffing van de sancties = concede
sancties opgeheven = concede
hief de sancties op = concede
versoepeling van de sancties = concede
trad af = concede
treedt af = concede
afgetreden = concede
aftreden = concede
ontslag genomen = concede
nam ontslag = concede
droeg over = concede
overgedragen = concede
# --- aid -----------------------------------------------------------------
hulp = aid
humanitaire hulp = aid
noodhulp = aid
hulpgoederen = aid
hulpkonvooi* = aid
hulpzending* = aid
hulppakket* = aid
steunpakket* = aid
militaire hulp = aid
militaire steun = aid
financiële steun = aid
financiële hulp = aid
economische steun = aid
humanitaire steun = aid
wapenlevering* = aid
wapenleverantie* = aid
wapensteun = aid
leverde wapens = aid
levert wapens = aid
leveren wapens = aid
stuurde wapens = aid
stuurt wapens = aid
militaire adviseurs = aid
doneerde = aid
donatie* = aid
vredesmacht* = aid peacekeeping
vredestroepen = aid peacekeeping
vredeshandhav* = aid peacekeeping
blauwhelm* = aid peacekeeping
# --- retreat -------------------------------------------------------------
terugtrekking = retreat
terugtrekken = retreat
teruggetrokken = retreat
trekt zich terug = retreat
trekken zich terug = retreat
trok zich terug = retreat
trokken zich terug = retreat
trekt terug = retreat
trok terug = retreat
trokken terug = retreat
aftocht = retreat
terugtocht = retreat
terugtrekkende = retreat
overgave = retreat
gaf zich over = retreat
gaven zich over = retreat
geeft zich over = retreat
capitul* = retreat
demobilis* = retreat
ontwapen* = retreat
de-escalatie = retreat
de-escaleren = retreat
# --- demand --------------------------------------------------------------
roept op = demand
roepen op = demand
riep op = demand
riepen op = demand
opgeroepen = demand
oproep* = demand
eis* = demand
geëist = demand
dringt aan = demand
dringen aan = demand
drong aan = demand
drongen aan = demand
aangedrongen = demand
verzoek* = demand
verzocht = demand
vraagt om = demand
vragen om = demand
vroeg om = demand
vroegen om = demand
pleit* = demand
doet een beroep = demand
deed een beroep = demand
beroep op = demand
sommeert = demand
sommeerde = demand
maant = demand
maande = demand
manen = demand
smeekte = demand
riep op tot een staakt het vuren = demand ceasefire
roept op tot een staakt het vuren = demand ceasefire
riepen op tot een staakt het vuren = demand ceasefire
opgeroepen tot een staakt het vuren = demand ceasefire
oproep tot een staakt het vuren = demand ceasefire
roept op tot een bestand = demand ceasefire
eist een staakt het vuren = demand ceasefire
einde aan de gevechten = demand ceasefire
# --- accuse --------------------------------------------------------------
beschuldig* = accuse
beticht* = accuse
veroordeel* = accuse
verwijt* = accuse
kritiek = accuse
bekritiseer* = accuse
hekel* = accuse
laakt = accuse
laakte = accuse
elkaar de schuld = accuse
de schuld gegeven = accuse
de schuld aan = accuse
aanklacht* = accuse
aangeklaagd = accuse
haalde uit naar = accuse
haalt uit naar = accuse
verantwoordelijk gesteld = accuse
stelt verantwoordelijk = accuse
# --- reject --------------------------------------------------------------
verwerp* = reject
verworpen = reject
weiger* = reject
geweigerd = reject
ontken* = reject
ontkend = reject
afgewezen = reject
afwijzen = reject
afwijzing = reject
wijst af = reject
wees af = reject
wezen af = reject
wijzen af = reject
sluit uit = reject
sloot uit = reject
uitgesloten = reject
veto = reject
weerlegd* = reject
weerlegt = reject
van de hand gewezen = reject
# --- threaten ------------------------------------------------------------
dreig* = threaten
gedreigd = threaten
bedreig* = threaten
waarschuw* = threaten
gewaarschuwd = threaten
ultimatum* = threaten
laatste kans = threaten
laatste mogelijkheid = threaten
verklaarde de oorlog = threaten
# --- protest -------------------------------------------------------------
protest* = protest
geprotesteerd = protest
demonstra* = protest
demonstreer* = protest
gedemonstreerd = protest
betoging* = protest
betoger* = protest
betoogden = protest
manifestatie* = protest
staking* = protest
hongerstaking* = protest
rellen = protest
boycot* = protest
gingen de straat op = protest
ontbood de ambassadeur = protest
ambassadeur ontboden = protest
# --- sanction ------------------------------------------------------------
sanctie* = sanction
strafmaatregel* = sanction
embargo* = sanction
wapenembargo* = sanction
ambassadeur teruggeroepen = sanction
riep de ambassadeur terug = sanction
riep zijn ambassadeur terug = sanction
diplomaten uitgewezen = sanction
wees diplomaten uit = sanction
verbrak de banden = sanction
verbraken de banden = sanction
banden verbroken = sanction
betrekkingen verbroken = sanction
verbreekt de diplomatieke = sanction
tegoeden bevroren = sanction
bevriezing van tegoeden = sanction
inreisverbod* = sanction
handelsboycot* = sanction
# --- mobilize ------------------------------------------------------------
mobilis* = mobilize
gemobiliseerd = mobilize
algemene mobilisatie = mobilize
staat van beleg = mobilize
staat van oorlog = mobilize
noodtoestand = mobilize
krijgswet = mobilize
stuurde troepen = mobilize
stuurt troepen = mobilize
troepen gestuurd = mobilize
troepenopbouw* = mobilize
samengetrokken = mobilize
troepen samengetrokken = mobilize
reservisten = mobilize
versterkingen = mobilize
troepen ingezet = mobilize
militairen ingezet = mobilize
opgeroepen reservisten = mobilize
militaire oefening* = mobilize
legeroefening* = mobilize
paraatheid = mobilize
hoogste staat van paraatheid = mobilize
gestationeerd = mobilize
stationeren = mobilize
ronselen = mobilize
rekrut* = mobilize
# --- coerce --------------------------------------------------------------
arrest* = coerce
gearresteerd = coerce
opgepakt = coerce
aangehouden = coerce
gevangengenomen = coerce
gevangen genomen = coerce
krijgsgevangen gemaakt = coerce
vastgezet = coerce
gedetineerd = coerce
detentie = coerce
opgesloten = coerce
hechtenis = coerce
uitgewezen = coerce
uitzetting* = coerce
gedeporteerd = coerce
deport* = coerce
blokkade* = coerce
belegering* = coerce
belegerd = coerce
avondklok = coerce
verbood = coerce
verbiedt = coerce
censuur = coerce
in beslag genomen = coerce
inbeslagname* = coerce
veroordeeld tot = coerce
druk op = threaten
druk uit op = threaten
zet druk op = threaten
onder druk = threaten
