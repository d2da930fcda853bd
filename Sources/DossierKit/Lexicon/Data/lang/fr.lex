# French: what the extractor knows about news written in French.
# Format: see ../README.md. "sept" is the number 7, not September. Apostrophes and hyphens separate tokens:
# "aujourd'hui" is "aujourd hui", "l'armée" is "l armee", "cessez-le-feu"
# is "cessez le feu", "s'est entretenu" is "s est entretenu".

[language]
code = fr
name = French

[detect]
# Frequent function words, with the elided forms (l', d', qu', n', s',
# c', j') that only French writes as separate tokens.
le la les l un une des du de d et ou mais donc or ni car ne n pas plus
que qu qui quoi dont où ce c cet cette ces ça cela ceci celui celle
ceux celles son sa ses leur leurs mon ma mes ton ta tes notre nos votre
vos il elle ils elles on nous vous je j me m te t se s lui eux y en à au
aux dans par pour sur sous avec sans chez entre vers depuis pendant
selon contre avant après lors dès durant parmi malgré envers hors
est sont était étaient été être a ont avait avaient avoir aura auront
sera seront serait seraient fait faire peut peuvent pouvait pourrait
doit doivent devait devrait va vont aussi encore déjà très tout tous
toute toutes même autres autre comme si quand alors ainsi puis enfin
toujours jamais rien personne aucun aucune chaque plusieurs certains
certaines quelques tel telle tels beaucoup peu moins trop bien
cependant pourtant toutefois néanmoins lorsque puisque tandis afin
quel quelle quels quelles lequel laquelle lesquels auxquels duquel
où ici là voici voilà oui non désormais notamment

[abbreviations]
# M. (Monsieur), Mme, Dr, etc. Dotted forms are written whole, with their
# inner periods.
m mm mme mmes mlle mlles dr pr me mgr st ste gal gén col lt cdt cne sgt
janv févr fév avr juil sept oct nov déc
cf env av apr vol éd chap min max hab bd ex no nos réf tél

[weekdays]
lundi = 1
lundis = 1
lundi* = 1
mardi = 2
mardis = 2
mardi* = 2
mercredi = 3
mercredis = 3
mercredi* = 3
jeudi = 4
jeudis = 4
jeudi* = 4
vendredi = 5
vendredis = 5
vendredi* = 5
samedi = 6
samedis = 6
samedi* = 6
dimanche = 7
dimanches = 7
dimanche* = 7

[months]
janvier = 1
janv = 1
février = 2
févr = 2
fév = 2
mars = 3
avril = 4
avr = 4
mai = 5
juin = 6
juillet = 7
juil = 7
août = 8
septembre = 9
octobre = 10
oct = 10
novembre = 11
nov = 11
décembre = 12
déc = 12

[numbers]
# "un", "une" are left out: as articles they would make "une attaque"
# a count of one.
zéro = 0
deux = 2
trois = 3
quatre = 4
cinq = 5
six = 6
sept = 7
huit = 8
neuf = 9
dix = 10
onze = 11
douze = 12
douzaine = 12
treize = 13
quatorze = 14
quinze = 15
seize = 16
dix-sept = 17
dix-huit = 18
dix-neuf = 19
vingt = 20
vingtaine = 20
dizaine = 10
trentaine = 30
cinquantaine = 50
centaine = 100
millier = 1000
trente = 30
quarante = 40
cinquante = 50
soixante = 60
soixante-dix = 70
septante = 70
quatre-vingts = 80
quatre-vingt = 80
huitante = 80
octante = 80
quatre-vingt-dix = 90
nonante = 90
cent = 100
cents = 100
mille = 1000
million = 1000000
un million = 1000000
# Compounds: vingt et un ... quatre-vingt-dix-neuf, the Belgian and Swiss septante/huitante/nonante forms, deux cents ..., deux mille ...
vingt et un = 21
vingt-deux = 22
vingt-trois = 23
vingt-quatre = 24
vingt-cinq = 25
vingt-six = 26
vingt-sept = 27
vingt-huit = 28
vingt-neuf = 29
trente et un = 31
trente-deux = 32
trente-trois = 33
trente-quatre = 34
trente-cinq = 35
trente-six = 36
trente-sept = 37
trente-huit = 38
trente-neuf = 39
quarante et un = 41
quarante-deux = 42
quarante-trois = 43
quarante-quatre = 44
quarante-cinq = 45
quarante-six = 46
quarante-sept = 47
quarante-huit = 48
quarante-neuf = 49
cinquante et un = 51
cinquante-deux = 52
cinquante-trois = 53
cinquante-quatre = 54
cinquante-cinq = 55
cinquante-six = 56
cinquante-sept = 57
cinquante-huit = 58
cinquante-neuf = 59
soixante et un = 61
soixante-deux = 62
soixante-trois = 63
soixante-quatre = 64
soixante-cinq = 65
soixante-six = 66
soixante-sept = 67
soixante-huit = 68
soixante-neuf = 69
soixante et onze = 71
vingt et une = 21
trente et une = 31
quarante et une = 41
cinquante et une = 51
soixante et une = 61
septante et une = 71
huitante et une = 81
octante et une = 81
nonante et une = 91
quatre-vingt-une = 81
soixante-douze = 72
soixante-treize = 73
soixante-quatorze = 74
soixante-quinze = 75
soixante-seize = 76
soixante-dix-sept = 77
soixante-dix-huit = 78
soixante-dix-neuf = 79
quatre-vingt-un = 81
quatre-vingt-deux = 82
quatre-vingt-trois = 83
quatre-vingt-quatre = 84
quatre-vingt-cinq = 85
quatre-vingt-six = 86
quatre-vingt-sept = 87
quatre-vingt-huit = 88
quatre-vingt-neuf = 89
quatre-vingt-onze = 91
quatre-vingt-douze = 92
quatre-vingt-treize = 93
quatre-vingt-quatorze = 94
quatre-vingt-quinze = 95
quatre-vingt-seize = 96
quatre-vingt-dix-sept = 97
quatre-vingt-dix-huit = 98
quatre-vingt-dix-neuf = 99
septante et un = 71
septante-deux = 72
septante-trois = 73
septante-quatre = 74
septante-cinq = 75
septante-six = 76
septante-sept = 77
septante-huit = 78
septante-neuf = 79
huitante et un = 81
huitante-deux = 82
huitante-trois = 83
huitante-quatre = 84
huitante-cinq = 85
huitante-six = 86
huitante-sept = 87
huitante-huit = 88
huitante-neuf = 89
octante et un = 81
octante-deux = 82
octante-trois = 83
octante-quatre = 84
octante-cinq = 85
octante-six = 86
octante-sept = 87
octante-huit = 88
octante-neuf = 89
nonante et un = 91
nonante-deux = 92
nonante-trois = 93
nonante-quatre = 94
nonante-cinq = 95
nonante-six = 96
nonante-sept = 97
nonante-huit = 98
nonante-neuf = 99
deux cents = 200
deux cent = 200
trois cents = 300
trois cent = 300
quatre cents = 400
quatre cent = 400
cinq cents = 500
cinq cent = 500
six cents = 600
six cent = 600
sept cents = 700
sept cent = 700
huit cents = 800
huit cent = 800
neuf cents = 900
neuf cent = 900
deux mille = 2000
trois mille = 3000
quatre mille = 4000
cinq mille = 5000
six mille = 6000
sept mille = 7000
huit mille = 8000
neuf mille = 9000
dix mille = 10000
vingt mille = 20000
cinquante mille = 50000
cent mille = 100000

[approximate]
environ
près de
quelque
presque
quasiment
pratiquement
au moins
au minimum
pas moins de
plus de
plus d
moins de
moins d
jusqu à
jusqu au
à peu près
approximativement
au total
un total de

[relative]
aujourd'hui = 0
ce matin = 0
cet après-midi = 0
ce soir = 0
cette nuit = 0
la nuit dernière = 0
plus tôt dans la journée = 0
plus tard dans la journée = 0
dans la nuit = 0
hier = -1
hier soir = -1
hier matin = -1
hier après-midi = -1
avant-hier = -2
il y a deux jours = -2
il y a trois jours = -3
demain = 1
demain matin = 1
après-demain = 2

[since]
depuis
depuis le
depuis la
depuis l
depuis début
depuis fin
depuis mi
à partir du
à partir de
dès le

[negation]
ne
n
pas
jamais
aucun
aucune
aucuns
sans
ni
rien
nul
nulle
nullement
guère
non
ne plus
pas encore
n a pas
n ont pas
échoué à
a échoué

[future]
doit
doivent
va
vont
allait
allaient
sera
seront
aura
auront
compte
comptent
prévoit
prévoient
prévu
envisage
envisagent
entend
entendent
a l'intention de
projette
doit se tenir
la semaine prochaine
le mois prochain
prochainement
bientôt
à venir

[hypothetical]
pourrait
pourraient
peut
peuvent
pourra
pourront
possible
possibles
possibilité
éventuel*
potentiel*
peut-être
probable*
si
au cas où
serait
seraient
aurait
auraient
espère
espèrent
espérait
espoir*
on ignore si
incertain
incertitude
reste à savoir
proposition*
propose
proposée
proposent
effort*
souhait*
voudrait
voudraient
devraient
devrait
offre de
offert de
éventualité

[claimed]
a déclaré
ont déclaré
déclar*
selon
d'après
affirm*
a indiqué
ont indiqué
indiqu*
a dit
ont dit
dit
disent
a annoncé
annonc*
a assuré
ont assuré
assure
assurent
a estimé
a expliqué
expliqu*
a souligné
soulign*
a rapporté
rapporte
rapportent
a confirmé
confirm*
a fait savoir
fait savoir
a précisé
précisé
a ajouté
ajouté
a écrit
écrit
a tweeté
communiqué
dans un communiqué
prétend*
cité par
citant
de source
a insisté
a martelé
martèle
a-t-il dit
a-t-elle dit
a-t-il déclaré
a-t-il ajouté

[killed]
tué
tués
tuée
tuées
tuent
tuant
tuer
mort
morts
morte
mortes
décès
décédé*
ont perdu la vie
a perdu la vie
perdu la vie
ont trouvé la mort
a trouvé la mort
trouvé la mort
vies
vies humaines
péri
ont péri
bilan
abattu
abattus
massacré*
exécuté*

[injured]
blessé*
blessant
blessure*
hospitalisé*

[persons]
personnes
personne
gens
civils
civil
soldats
soldat
militaires
militaire
membres du personnel
personnel militaire
combattants
combattant
rebelles
insurgés
séparatistes
mercenaires
miliciens
volontaires
enfants
femmes
hommes
habitants
villageois
policiers
journalistes
humanitaires
prisonniers
prisonniers de guerre
otages
réfugiés
d'entre eux

[person]
le pilote
un pilote
un soldat
le soldat
un civil
un journaliste
un enfant
une femme
un homme
un policier

[circumstance]
malgré
avant
après
pendant
lors de
lors des
en marge de
au cours de
à la veille de
en pleine

[locative]
en
au
aux
dans

[cessation]
fin des
fin aux
fin à
mettre fin
arrêt des
arrêter les
cessation des
cesser les

[habitual]
depuis des décennies
depuis des années
depuis longtemps
traditionnellement
historiquement

[standing]
# A sentence with one of these describes a standing relation (a base,
# an alliance), not news.
alliance militaire
base militaire
bases militaires
traité militaire
pacte de défense

[pronouns]
# Subject pronouns for one person: "he demanded" means the person last named.
il
elle

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
en provenance de

[titles]
président
présidente
vice-président
Premier ministre
première ministre
ministre
ministre des Affaires étrangères
ministre de la Défense
ministre des Armées
ministre de l'Intérieur
ministre de la Justice
ministre de l'Économie
secrétaire d'État
chef de la diplomatie
porte-parole
ambassadeur
ambassadrice
envoyé spécial
envoyée spéciale
émissaire
médiateur
médiatrice
représentant spécial
haut représentant
chef
cheffe
dirigeant
dirigeante
leader
chef de l'opposition
chef de l'État
chef du gouvernement
chef d'état-major
général
colonel
lieutenant-colonel
commandant
capitaine
amiral
maréchal
chancelier
chancelière
secrétaire général
secrétaire générale
maire
gouverneur
député
députée
sénateur
sénatrice
roi
reine
prince
prince héritier
pape
patriarche
ayatollah
émir
cheikh
directeur
directrice
professeur
chercheur
chercheuse
analyste
expert
experte
correspondant
correspondante
journaliste
militant
militante

[triggers]
# --- assault -------------------------------------------------------------
attaqu* = assault
contre-attaqu* = assault
attentat* = assault
offensive* = assault
contre-offensive* = assault
assaut* = assault
combat = assault
combats = assault
combattu = assault
combattre = assault
combattent = assault
affronte* = assault
heurt* = assault
accrochage* = assault
escarmouche* = assault
échange de tirs = assault
échanges de tirs = assault
tirs = assault
tir = assault
ont tiré = assault
a tiré = assault
tiré sur = assault
ouvert le feu = assault
ouvrent le feu = assault
hostilités = assault
bataille* = assault
invasion* = assault
envahi* = assault
conquis = assault
conquête = assault
reconqu* = assault
empar* = assault
pris le contrôle = assault
prise de contrôle = assault
embuscade* = assault
explosion* = assault
massacre* = assault
représailles = assault
riposte* = assault
riposté = assault
détruit = assault
détruits = assault
détruite = assault
détruites = assault
violation du cessez-le-feu = assault
violations du cessez-le-feu = assault
violé le cessez-le-feu = assault
violent le cessez-le-feu = assault
violation de la trêve = assault
violations de la trêve = assault
rompu la trêve = assault
rompu le cessez-le-feu = assault
enlèvement* = assault
enlevé* = assault
otage* = assault
prise d'otages = assault
torture* = assault
exécution* = assault
tireur* d'élite = assault
sniper* = assault
voiture piégée = assault
attentat-suicide = assault
grenade* = assault
# heavy weapons
bombard* = assault heavy-weapons
pilonn* = assault heavy-weapons
# "l'appareil a été touché": the passive only ("touché par la crise" is rare in this news)
été touché = assault
été touchée = assault
été touchés = assault
été touchées = assault
artillerie* = assault heavy-weapons
tirs d'artillerie = assault heavy-weapons
missile* = assault heavy-weapons
roquette* = assault heavy-weapons
obus = assault heavy-weapons
mortier* = assault heavy-weapons
lance-roquettes = assault heavy-weapons
bombes à sous-munitions = assault heavy-weapons
armes à sous-munitions = assault heavy-weapons
sous-munitions = assault heavy-weapons
frappe de missile* = assault heavy-weapons
frappes de missile* = assault heavy-weapons
obusier* = assault heavy-weapons
# air; frappe* is an assault of any mode
frappe* = assault
frappe aérienne = assault air
frappes aériennes = assault air
frappe de drone* = assault air
frappes de drone* = assault air
raid* = assault
raid aérien = assault air
raids aériens = assault air
bombardement aérien = assault air
bombardements aériens = assault air
attaque aérienne = assault air
attaques aériennes = assault air
attaque de drone* = assault air
attaques de drone* = assault air
drone* = assault air
avion* de chasse = assault air
avions de combat = assault air
avion de combat = assault air
avions de guerre = assault air
hélicoptère* de combat = assault air
bombes = assault air
abattu un = assault air
abattu deux = assault air
a abattu = assault air
ont abattu = assault air
abattu par = assault air
# --- agree ---------------------------------------------------------------
accord* = agree
d'accord = agree
accord de paix = agree
traité de paix = agree
se sont mis d'accord = agree
convenu* = agree
sont convenus = agree
entente = agree
a signé = agree
ont signé = agree
signé un = agree
signé l = agree
signature = agree
accept* = agree
consensus = agree
cessez-le-feu = agree ceasefire
trêve* = agree ceasefire
armistice = agree ceasefire
trêve humanitaire = agree ceasefire
pause humanitaire = agree ceasefire
# --- consult -------------------------------------------------------------
pourparlers = consult
négoci* = consult
pourparlers de paix = consult peace-talks
négociations de paix = consult peace-talks
processus de paix = consult peace-talks
conférence de paix = consult peace-talks
sommet de paix = consult peace-talks
plan de paix = consult peace-talks
rencontr* = consult
entretien = consult
entretiens = consult
entretenu = consult
entretenus = consult
entretenir = consult
s'entretenir = consult
entretien téléphonique = consult phone
entretiens téléphoniques = consult phone
entretenu par téléphone = consult phone
entretenus par téléphone = consult phone
téléphon* = consult phone
appel téléphonique = consult phone
échange téléphonique = consult phone
au téléphone = consult phone
par téléphone = consult phone
visioconférence* = consult
réunion* = consult
réuni* = consult
sommet* = consult
visit* = consult
discut* = consult
consult* = consult
concertation* = consult
dialogue = consult
accueill* = consult
invit* = consult
médiat* = consult third-party
bons offices = consult third-party
# --- support -------------------------------------------------------------
soutien* = support
# congratulations are support; diplomatic efforts are talks
efforts diplomatiques = consult
soutient = support
soutiennent = support
soutenu* = support
soutenir = support
appui* = support
appuy* = support
solidarité = support
solidaire* = support
salu* = support
félicit* = support
favorable à = support
favorables à = support
se range derrière = support
# --- cooperate -----------------------------------------------------------
coopér* = cooperate
collabor* = cooperate
prêt à = cooperate
prêts à = cooperate
prête à = cooperate
prêtes à = cooperate
disposé à = cooperate
disposés à = cooperate
disposée à = cooperate
reprise des négociations = cooperate
reprise des pourparlers = cooperate
reprise du dialogue = cooperate
reprise du processus de paix = cooperate
reprendre les négociations = cooperate
reprendre les pourparlers = cooperate
reprendre le dialogue = cooperate
coordination = cooperate
échange de prisonniers = cooperate
échanges de prisonniers = cooperate
échanger des prisonniers = cooperate
échange des corps = cooperate
normalis* = cooperate
relations diplomatiques = cooperate
# --- concede -------------------------------------------------------------
concession* = concede
compromis = concede
céder = concede
cède = concede
cèdent = concede
cédera = concede
a libéré = concede
ont libéré = concede
libération des otages = concede
libération des prisonniers = concede
libération de prisonniers = concede
remis en liberté = concede
démission* = concede
démissionn* = concede
levée des sanctions = concede
lever les sanctions = concede
assouplissement des sanctions = concede
rétrocéd* = concede
restitu* = concede
# --- aid -----------------------------------------------------------------
aide humanitaire = aid
aide militaire = aid
aide financière = aid
aide économique = aid
aide alimentaire = aid
aide d'urgence = aid
assistance = aid
soutien militaire = aid
soutien financier = aid
soutien humanitaire = aid
livraison* d'armes = aid
livraisons d'armes = aid
livré des armes = aid
livrer des armes = aid
fourni des armes = aid
fournit des armes = aid
fournir des armes = aid
envoi d'armes = aid
envoi de mercenaires = aid
envoyé des mercenaires = aid
conseillers militaires = aid
convoi* humanitaire* = aid
vivres = aid
maintien de la paix = aid peacekeeping
casques bleus = aid peacekeeping
soldats de la paix = aid peacekeeping
force d'interposition = aid peacekeeping
forces de maintien de la paix = aid peacekeeping
# --- retreat -------------------------------------------------------------
retrait = retreat
retraits = retreat
retir* = retreat
se retirer = retreat
repli = retreat
replié* = retreat
replier = retreat
reddition = retreat
capitul* = retreat
désengagement = retreat
démobilis* = retreat
désarm* = retreat
désescalade = retreat
levé le blocus = retreat
levée du blocus = retreat
# --- demand --------------------------------------------------------------
appel* à = demand
appel* au = demand
appel* aux = demand
appel* les = demand
lancé un appel = demand
exig* = demand
demand* = demand
réclam* = demand
exhort* = demand
insist* = demand
plaid* = demand
enjoint = demand
enjoignent = demand
presse les = demand
pression sur = threaten
pressions sur = threaten
fait pression = threaten
faire pression = threaten
appel* à un cessez-le-feu = demand ceasefire
appel* au cessez-le-feu = demand ceasefire
appel* à une trêve = demand ceasefire
appel* à la fin des combats = demand ceasefire
appel* à l'arrêt des combats = demand ceasefire
exig* un cessez-le-feu = demand ceasefire
réclam* un cessez-le-feu = demand ceasefire
demand* un cessez-le-feu = demand ceasefire
arrêt des combats = demand ceasefire
cessation des hostilités = demand ceasefire
# --- accuse --------------------------------------------------------------
accus* = accuse
dénonc* = accuse
condamn* = accuse
critiqu* = accuse
reproch* = accuse
blâm* = accuse
incrimin* = accuse
mis en cause = accuse
met en cause = accuse
mettent en cause = accuse
imput* = accuse
pour responsable = accuse
pour responsables = accuse
fustig* = accuse
inculp* = accuse
# --- reject --------------------------------------------------------------
rejet* = reject
refus* = reject
dément* = reject
nie = reject
nient = reject
nier = reject
exclut = reject
exclu = reject
veto = reject
opposé une fin de non-recevoir = reject
# --- threaten ------------------------------------------------------------
menac* = threaten
avert* = threaten
mis en garde = threaten
met en garde = threaten
mettent en garde = threaten
mise en garde = threaten
ultimatum = threaten
dernière chance = threaten
dernière occasion = threaten
intimid* = threaten
déclaré la guerre = threaten
# --- protest -------------------------------------------------------------
manifestation* = protest
manifestant* = protest
manifestent = protest
manifestaient = protest
protest* = protest
grève* = protest
boycott* = protest
émeute* = protest
sit-in = protest
descendus dans la rue = protest
descendre dans la rue = protest
convoqué l'ambassadeur = protest
# --- sanction ------------------------------------------------------------
sanction* = sanction
embargo* = sanction
rétorsion* = sanction
gel des avoirs = sanction
gelé les avoirs = sanction
avoirs gelés = sanction
rappelé son ambassadeur = sanction
rappelle son ambassadeur = sanction
rappel de l'ambassadeur = sanction
rappel de son ambassadeur = sanction
expulsé des diplomates = sanction
expulsion de diplomates = sanction
expulsion des diplomates = sanction
rompu les relations = sanction
rupture des relations = sanction
rompre les relations = sanction
interdiction d'entrée = sanction
# --- mobilize ------------------------------------------------------------
mobilis* = mobilize
mobilisation générale = mobilize
loi martiale = mobilize
état de guerre = mobilize
état d'urgence = mobilize
état de siège = mobilize
déploi* = mobilize
déploy* = mobilize
renforts = mobilize
exercices militaires = mobilize
manœuvres = mobilize
manoeuvres = mobilize
réservistes = mobilize
conscript* = mobilize
état d'alerte = mobilize
en alerte = mobilize
concentration de troupes = mobilize
massé des troupes = mobilize
envoyé des troupes = mobilize
envoie des troupes = mobilize
recrut* = mobilize
# --- coerce --------------------------------------------------------------
arrestation* = coerce
arrêté = coerce
arrêtés = coerce
arrêtée = coerce
arrêtées = coerce
interpell* = coerce
détenu* = coerce
détention = coerce
emprisonn* = coerce
incarcér* = coerce
écroué* = coerce
garde à vue = coerce
expuls* = coerce
déport* = coerce
blocus = coerce
assiég* = coerce
couvre-feu = coerce
interdi* = coerce
censur* = coerce
confisqu* = coerce
répression = coerce
réprim* = coerce
condamné à = coerce
condamnés à = coerce
condamnée à = coerce
fait prisonnier* = coerce
faits prisonniers = coerce
