# Spanish: what the extractor knows about news written in Spanish.
# Format: see ../README.md. Folding removes accents and the tilde, so
# "sábado" is "sabado", "año" is "ano" and "dijo", "según" match however
# they are accented. Apostrophes and hyphens separate tokens. "mañana" is
# both "tomorrow" and "morning", so it is never a relative day on its own:
# only in phrases ("esta mañana", "pasado mañana", "el viernes por la
# mañana"). "de acuerdo con" means "according to", so the agree triggers
# name "acuerdo" only with an article or a following preposition.

[language]
code = es
name = Spanish

[detect]
# Frequent function words. Those that tell Spanish from Italian and
# Portuguese come first: el, los, las, del, y, que, en, por, con, una,
# es, lo, se, pero, sus, más, como, fue, ha, han, también, entre.
el los las del al y que en por con una es lo se pero sus más como fue
ha han también entre cuando muy sin sobre hasta desde porque según
la un unos unas de a o u ni su le les nos mi mis
este esta estos estas ese esa esos esas aquel aquella aquellos esto eso
ello él ella ellos ellas usted ustedes nosotros quien quienes cual
cuales cuyo cuya cuyos cuyas donde dónde cómo qué cuándo cuánto cuántos
son fueron ser sido siendo era eran será serán sería serían está están
estaba estaban estado estar estuvo había habían haber habrá habría hay
hemos tiene tienen tenía tenían tener tuvo hace hacer hizo hecho puede
pueden podía podría podrán debe deben debía deberá dijo dice dijeron
tampoco además luego entonces ahora aún todavía ya siempre nunca
jamás hoy ayer aquí allí allá así tan tanto tanta tantos mucho mucha
muchos muchas poco poca pocos pocas menos todo toda todos todas otro
otra otros otras mismo misma mismos mismas cada varios varias algunos
algunas algún alguna ningún ninguna ninguno nada nadie algo sí no
durante contra ante bajo tras mediante hacia para aunque mientras sino
pues incluso apenas casi sólo solo cuanto tal tales dicho
dicha dichos mayor mejor peor después antes dentro fuera cerca lejos

[abbreviations]
# Sr., Sra., Dr., Gral., EE.UU., etc. Dotted forms are written whole,
# with their inner periods.
sr sra srta sres sras dr dra dres lic ing arq prof profa gral gen cnel
tte tcol cmdte sgto alm mons sto sta ntra ud uds vd vds
etc ej p.ej núm pág págs vol cap caps art av avda dpto depto apdo aprox
admón cía hnos tel máx mín izq dcha
ee.uu eeuu ee.uu.a u.e o.n.u s.a
ene feb abr jun jul sept oct nov dic

[weekdays]
# Plain and plural forms, parts of the day ("el viernes por la mañana",
# "la noche del viernes"), and the night across two days: "la noche del
# viernes al sábado" is dated by the day it ends, the later one.
lunes = 1
lunes por la mañana = 1
lunes por la tarde = 1
lunes por la noche = 1
lunes de madrugada = 1
lunes a primera hora = 1
mañana del lunes = 1
tarde del lunes = 1
noche del lunes = 1
madrugada del lunes = 1
en la madrugada del lunes = 1
a primera hora del lunes = 1
noche del lunes al martes = 2
noche de lunes a martes = 2
madrugada del lunes al martes = 2
martes = 2
martes por la mañana = 2
martes por la tarde = 2
martes por la noche = 2
martes de madrugada = 2
martes a primera hora = 2
mañana del martes = 2
tarde del martes = 2
noche del martes = 2
madrugada del martes = 2
en la madrugada del martes = 2
a primera hora del martes = 2
noche del martes al miércoles = 3
noche de martes a miércoles = 3
madrugada del martes al miércoles = 3
miércoles = 3
miércoles por la mañana = 3
miércoles por la tarde = 3
miércoles por la noche = 3
miércoles de madrugada = 3
miércoles a primera hora = 3
mañana del miércoles = 3
tarde del miércoles = 3
noche del miércoles = 3
madrugada del miércoles = 3
en la madrugada del miércoles = 3
a primera hora del miércoles = 3
noche del miércoles al jueves = 4
noche de miércoles a jueves = 4
madrugada del miércoles al jueves = 4
jueves = 4
jueves por la mañana = 4
jueves por la tarde = 4
jueves por la noche = 4
jueves de madrugada = 4
jueves a primera hora = 4
mañana del jueves = 4
tarde del jueves = 4
noche del jueves = 4
madrugada del jueves = 4
en la madrugada del jueves = 4
a primera hora del jueves = 4
noche del jueves al viernes = 5
noche de jueves a viernes = 5
madrugada del jueves al viernes = 5
viernes = 5
viernes por la mañana = 5
viernes por la tarde = 5
viernes por la noche = 5
viernes de madrugada = 5
viernes a primera hora = 5
mañana del viernes = 5
tarde del viernes = 5
noche del viernes = 5
madrugada del viernes = 5
en la madrugada del viernes = 5
a primera hora del viernes = 5
noche del viernes al sábado = 6
noche de viernes a sábado = 6
madrugada del viernes al sábado = 6
sábado = 6
sábados = 6
sábado por la mañana = 6
sábado por la tarde = 6
sábado por la noche = 6
sábado de madrugada = 6
sábado a primera hora = 6
mañana del sábado = 6
tarde del sábado = 6
noche del sábado = 6
madrugada del sábado = 6
en la madrugada del sábado = 6
a primera hora del sábado = 6
noche del sábado al domingo = 7
noche de sábado a domingo = 7
madrugada del sábado al domingo = 7
domingo = 7
domingos = 7
domingo por la mañana = 7
domingo por la tarde = 7
domingo por la noche = 7
domingo de madrugada = 7
domingo a primera hora = 7
mañana del domingo = 7
tarde del domingo = 7
noche del domingo = 7
madrugada del domingo = 7
en la madrugada del domingo = 7
a primera hora del domingo = 7
noche del domingo al lunes = 1
noche de domingo a lunes = 1
madrugada del domingo al lunes = 1
# Abbreviated forms seen in datelines and tables.
mié = 3
miérc = 3

[months]
# "12 de octubre": the day is separated from the month by "de", so the
# phrase "de octubre" carries the month and the number before it is read
# as the day. "mar" and "ago" are left out ("sea", English "ago").
enero = 1
de enero = 1
ene = 1
febrero = 2
de febrero = 2
feb = 2
marzo = 3
de marzo = 3
abril = 4
de abril = 4
abr = 4
mayo = 5
de mayo = 5
junio = 6
de junio = 6
jun = 6
julio = 7
de julio = 7
jul = 7
agosto = 8
de agosto = 8
septiembre = 9
de septiembre = 9
sept = 9
setiembre = 9
de setiembre = 9
octubre = 10
de octubre = 10
oct = 10
noviembre = 11
de noviembre = 11
nov = 11
diciembre = 12
de diciembre = 12
dic = 12

[numbers]
# "un", "una" and "uno" are left out: as articles and pronouns ("un
# ataque", "uno de los") they would be counts of one. Compound words after
# the first count as the first ("ciento veinte" reads as 100), so the
# frequent compounds are listed whole.
cero = 0
dos = 2
tres = 3
cuatro = 4
cinco = 5
seis = 6
siete = 7
ocho = 8
nueve = 9
diez = 10
once = 11
doce = 12
docena = 12
una docena = 12
trece = 13
catorce = 14
quince = 15
dieciséis = 16
diecisiete = 17
dieciocho = 18
diecinueve = 19
veinte = 20
veintiuno = 21
veintiún = 21
veintiuna = 21
veintidós = 22
veintitrés = 23
veinticuatro = 24
veinticinco = 25
veintiséis = 26
veintisiete = 27
veintiocho = 28
veintinueve = 29
treinta = 30
cuarenta = 40
cincuenta = 50
sesenta = 60
setenta = 70
ochenta = 80
noventa = 90
cien = 100
ciento = 100
mil = 1000
un millar = 1000
millar = 1000
un millón = 1000000
millón = 1000000
decena = 10
una decena = 10
veintena = 20
una veintena = 20
treintena = 30
una treintena = 30
cincuentena = 50
una cincuentena = 50
centenar = 100
un centenar = 100
# Tens and units: treinta y uno ... noventa y nueve, with the "un" and
# "una" forms used before nouns (treinta y un soldados).
treinta y uno = 31
treinta y dos = 32
treinta y tres = 33
treinta y cuatro = 34
treinta y cinco = 35
treinta y seis = 36
treinta y siete = 37
treinta y ocho = 38
treinta y nueve = 39
treinta y un = 31
treinta y una = 31
cuarenta y uno = 41
cuarenta y dos = 42
cuarenta y tres = 43
cuarenta y cuatro = 44
cuarenta y cinco = 45
cuarenta y seis = 46
cuarenta y siete = 47
cuarenta y ocho = 48
cuarenta y nueve = 49
cuarenta y un = 41
cuarenta y una = 41
cincuenta y uno = 51
cincuenta y dos = 52
cincuenta y tres = 53
cincuenta y cuatro = 54
cincuenta y cinco = 55
cincuenta y seis = 56
cincuenta y siete = 57
cincuenta y ocho = 58
cincuenta y nueve = 59
cincuenta y un = 51
cincuenta y una = 51
sesenta y uno = 61
sesenta y dos = 62
sesenta y tres = 63
sesenta y cuatro = 64
sesenta y cinco = 65
sesenta y seis = 66
sesenta y siete = 67
sesenta y ocho = 68
sesenta y nueve = 69
sesenta y un = 61
sesenta y una = 61
setenta y uno = 71
setenta y dos = 72
setenta y tres = 73
setenta y cuatro = 74
setenta y cinco = 75
setenta y seis = 76
setenta y siete = 77
setenta y ocho = 78
setenta y nueve = 79
setenta y un = 71
setenta y una = 71
ochenta y uno = 81
ochenta y dos = 82
ochenta y tres = 83
ochenta y cuatro = 84
ochenta y cinco = 85
ochenta y seis = 86
ochenta y siete = 87
ochenta y ocho = 88
ochenta y nueve = 89
ochenta y un = 81
ochenta y una = 81
noventa y uno = 91
noventa y dos = 92
noventa y tres = 93
noventa y cuatro = 94
noventa y cinco = 95
noventa y seis = 96
noventa y siete = 97
noventa y ocho = 98
noventa y nueve = 99
noventa y un = 91
noventa y una = 91
# Hundreds, in both genders, and the common compounds with ciento.
doscientos = 200
doscientas = 200
trescientos = 300
trescientas = 300
cuatrocientos = 400
cuatrocientas = 400
quinientos = 500
quinientas = 500
seiscientos = 600
seiscientas = 600
setecientos = 700
setecientas = 700
ochocientos = 800
ochocientas = 800
novecientos = 900
novecientas = 900
# Hundreds with round tens (ciento veinte, doscientas cincuenta).
ciento diez = 110
ciento veinte = 120
ciento treinta = 130
ciento cuarenta = 140
ciento cincuenta = 150
ciento sesenta = 160
ciento setenta = 170
ciento ochenta = 180
ciento noventa = 190
doscientos diez = 210
doscientas diez = 210
doscientos veinte = 220
doscientas veinte = 220
doscientos treinta = 230
doscientas treinta = 230
doscientos cuarenta = 240
doscientas cuarenta = 240
doscientos cincuenta = 250
doscientas cincuenta = 250
doscientos sesenta = 260
doscientas sesenta = 260
doscientos setenta = 270
doscientas setenta = 270
doscientos ochenta = 280
doscientas ochenta = 280
doscientos noventa = 290
doscientas noventa = 290
trescientos diez = 310
trescientas diez = 310
trescientos veinte = 320
trescientas veinte = 320
trescientos treinta = 330
trescientas treinta = 330
trescientos cuarenta = 340
trescientas cuarenta = 340
trescientos cincuenta = 350
trescientas cincuenta = 350
trescientos sesenta = 360
trescientas sesenta = 360
trescientos setenta = 370
trescientas setenta = 370
trescientos ochenta = 380
trescientas ochenta = 380
trescientos noventa = 390
trescientas noventa = 390
cuatrocientos diez = 410
cuatrocientas diez = 410
cuatrocientos veinte = 420
cuatrocientas veinte = 420
cuatrocientos treinta = 430
cuatrocientas treinta = 430
cuatrocientos cuarenta = 440
cuatrocientas cuarenta = 440
cuatrocientos cincuenta = 450
cuatrocientas cincuenta = 450
cuatrocientos sesenta = 460
cuatrocientas sesenta = 460
cuatrocientos setenta = 470
cuatrocientas setenta = 470
cuatrocientos ochenta = 480
cuatrocientas ochenta = 480
cuatrocientos noventa = 490
cuatrocientas noventa = 490
quinientos diez = 510
quinientas diez = 510
quinientos veinte = 520
quinientas veinte = 520
quinientos treinta = 530
quinientas treinta = 530
quinientos cuarenta = 540
quinientas cuarenta = 540
quinientos cincuenta = 550
quinientas cincuenta = 550
quinientos sesenta = 560
quinientas sesenta = 560
quinientos setenta = 570
quinientas setenta = 570
quinientos ochenta = 580
quinientas ochenta = 580
quinientos noventa = 590
quinientas noventa = 590
seiscientos diez = 610
seiscientas diez = 610
seiscientos veinte = 620
seiscientas veinte = 620
seiscientos treinta = 630
seiscientas treinta = 630
seiscientos cuarenta = 640
seiscientas cuarenta = 640
seiscientos cincuenta = 650
seiscientas cincuenta = 650
seiscientos sesenta = 660
seiscientas sesenta = 660
seiscientos setenta = 670
seiscientas setenta = 670
seiscientos ochenta = 680
seiscientas ochenta = 680
seiscientos noventa = 690
seiscientas noventa = 690
setecientos diez = 710
setecientas diez = 710
setecientos veinte = 720
setecientas veinte = 720
setecientos treinta = 730
setecientas treinta = 730
setecientos cuarenta = 740
setecientas cuarenta = 740
setecientos cincuenta = 750
setecientas cincuenta = 750
setecientos sesenta = 760
setecientas sesenta = 760
setecientos setenta = 770
setecientas setenta = 770
setecientos ochenta = 780
setecientas ochenta = 780
setecientos noventa = 790
setecientas noventa = 790
ochocientos diez = 810
ochocientas diez = 810
ochocientos veinte = 820
ochocientas veinte = 820
ochocientos treinta = 830
ochocientas treinta = 830
ochocientos cuarenta = 840
ochocientas cuarenta = 840
ochocientos cincuenta = 850
ochocientas cincuenta = 850
ochocientos sesenta = 860
ochocientas sesenta = 860
ochocientos setenta = 870
ochocientas setenta = 870
ochocientos ochenta = 880
ochocientas ochenta = 880
ochocientos noventa = 890
ochocientas noventa = 890
novecientos diez = 910
novecientas diez = 910
novecientos veinte = 920
novecientas veinte = 920
novecientos treinta = 930
novecientas treinta = 930
novecientos cuarenta = 940
novecientas cuarenta = 940
novecientos cincuenta = 950
novecientas cincuenta = 950
novecientos sesenta = 960
novecientas sesenta = 960
novecientos setenta = 970
novecientas setenta = 970
novecientos ochenta = 980
novecientas ochenta = 980
novecientos noventa = 990
novecientas noventa = 990
# Thousands.
dos mil = 2000
tres mil = 3000
cuatro mil = 4000
cinco mil = 5000
seis mil = 6000
siete mil = 7000
ocho mil = 8000
nueve mil = 9000
diez mil = 10000
quince mil = 15000
veinte mil = 20000
treinta mil = 30000
cuarenta mil = 40000
cincuenta mil = 50000
cien mil = 100000
doscientos mil = 200000
quinientos mil = 500000

[approximate]
unos
unas
alrededor de
en torno a
cerca de
casi
aproximadamente
aprox
al menos
por lo menos
como mínimo
como máximo
más de
menos de
hasta
poco más de
algo más de
no menos de
un total de
en total
otros
otras
un mínimo de
un máximo de
una cifra de
la cifra de
estimado
estimados

[relative]
hoy = 0
hoy mismo = 0
en el día de hoy = 0
en la jornada de hoy = 0
este día = 0
esta mañana = 0
esta misma mañana = 0
esta tarde = 0
esta noche = 0
esta madrugada = 0
durante la noche = 0
durante la madrugada = 0
la pasada madrugada = 0
a primera hora = 0
a primera hora de hoy = 0
a primera hora de la mañana = 0
a primera hora de este día = 0
más temprano = 0
hace unas horas = 0
hace pocas horas = 0
ayer = -1
ayer mismo = -1
ayer por la mañana = -1
ayer por la tarde = -1
ayer por la noche = -1
ayer a primera hora = -1
en la jornada de ayer = -1
el día de ayer = -1
anoche = -1
la pasada noche = -1
la noche pasada = -1
la noche de ayer = -1
anteayer = -2
antier = -2
antes de ayer = -2
antes de anoche = -2
hace dos días = -2
hace tres días = -3
hace cuatro días = -4
mañana por la mañana = 1
mañana por la tarde = 1
mañana por la noche = 1
mañana mismo = 1
pasado mañana = 2

[since]
# "desde" is also "from" ("desde Moscú", "desde el Kremlin"), and a since
# cue cuts the parties after it, so only its temporal uses are listed:
# before a day number or a year ("desde el 27", "desde 1994"; a wildcard
# on digits matches any number starting with them), a weekday, "hace",
# "que", and the words for the start of a period.
desde el 1*
desde el 2*
desde el 3*
desde el 4*
desde el 5*
desde el 6*
desde el 7*
desde el 8*
desde el 9*
desde 1*
desde 2*
desde el pasado
desde la pasada
desde hace
desde que
desde entonces
desde ayer
desde hoy
desde anoche
desde esta mañana
desde la madrugada
desde la noche
desde el inicio
desde el comienzo
desde el principio
desde el estallido
desde principios de
desde comienzos de
desde inicios de
desde mediados de
desde finales de
desde fines de
desde la semana pasada
desde el mes pasado
a partir de
a partir del
a partir de la
desde el lunes
desde el martes
desde el miércoles
desde el jueves
desde el viernes
desde el sábado
desde el domingo

[negation]
no
nunca
jamás
ningún
ninguna
ninguno
ningunos
ni
ni siquiera
tampoco
nadie
nada
en absoluto
aún no
todavía no
ya no
no ha
no han
no hubo
sin acuerdo
sin un acuerdo
sin éxito
sin resultado
sin resultados
sin llegar
sin lograr
sin alcanzar
sin conseguir
fracasó
fracasaron
fracasado
no logró
no lograron
no consiguió
no consiguieron

[future]
va a
van a
vamos a
iba a
iban a
planea
planean
planeaba
planeado
planificado
prevé
prevén
preveía
previsto
prevista
previstos
previstas
está previsto
tiene previsto
tienen previsto
se prevé
pretende
pretenden
tiene la intención de
tienen la intención de
se propone
se proponen
está a punto de
están a punto de
se espera que
habrá
será
serán
tendrá
tendrán
tendrá lugar
tendrán lugar
firmará
firmarán
se reunirá
se reunirán
reunirá
reunirán
se celebrará
se celebrarán
celebrará
celebrarán
mantendrá
mantendrán
acogerá
recibirá
viajará
retirará
retirarán
enviará
enviarán
apoyará
apoyarán
atacará
atacarán
lanzará
lanzarán
viajarán
visitará
hablará
hablarán
negociarán
entrará en vigor
entrará
continuará
continuarán
seguirá
seguirán
deberá
deberán
la próxima semana
el próximo mes
la semana que viene
el mes que viene
próximamente
en breve
en los próximos días
en las próximas horas
en las próximas semanas

[hypothetical]
espera que
esperan que
esperamos que
confía en que
confían en que
podría
podrían
podrá
podrán
puede
pueden
posible
posibles
posibilidad
posibilidades
eventual
eventuales
eventualmente
potencial
potenciales
potencialmente
quizá
quizás
tal vez
acaso
a lo mejor
probable
probables
probablemente
improbable
si
en caso de
en caso de que
siempre que
siempre y cuando
sería
serían
habría
habrían
debería
deberían
espera
esperan
esperaba
esperanza
esperanzas
confía en
confían en
no está claro si
no se sabe si
se desconoce si
incertidumbre
incierto
propone
proponen
propuso
propusieron
propuesta
propuestas
esfuerzo
esfuerzos
quiere
quieren
quería
querría
ofreció
ofrece
ofrecen
se ofreció
rumor
rumores
especula
especulaciones
hipotético
hipotética

[claimed]
dijo
dice
dicen
dijeron
ha dicho
han dicho
había dicho
afirmó
afirma
afirman
afirmaron
ha afirmado
declaró
declara
declaran
declararon
ha declarado
declaraciones
aseguró
asegura
aseguran
aseguraron
ha asegurado
según
de acuerdo con
denunció
denuncia
denuncian
denunciaron
informó
informa
informan
informaron
ha informado
informó de que
anunció
anuncia
anunciaron
ha anunciado
indicó
indica
indicaron
señaló
señala
señalaron
explicó
explica
subrayó
subraya
destacó
destaca
recalcó
añadió
añade
agregó
agrega
precisó
precisa
confirmó
confirma
confirmaron
ha confirmado
sostuvo
sostiene
sostienen
insistió
reiteró
reitera
manifestó
expresó
aseveró
apuntó
relató
detalló
reportó
reporta
escribió
escribe
tuiteó
publicó
en un comunicado
comunicado
en una declaración
en una nota
citado por
citada por
citados por
citando
fuentes
dio a conocer
hizo saber
hicieron saber
admitió
reconoció
reconoce
alegó
alega

[killed]
# Single words, not phrases, where the count may follow ("han muerto 13 civiles"):
# after a phrase the count is searched from its second word, which
# stops the search.
muertos
muerto
muerta
muertas
murieron
murió
mueren
muere
morir
muerte
muertes
fallecidos
fallecido
fallecida
fallecidas
fallecieron
falleció
fallecen
perdieron la vida
perdió la vida
han perdido la vida
ha perdido la vida
perder la vida
víctimas mortales
víctima mortal
asesinados
asesinado
asesinada
asesinadas
asesinaron
asesinó
mató
mataron
matando
matar
abatidos
abatido
abatieron
abatió
caídos
ejecutados
masacrados
cadáveres

[injured]
heridos
herido
herida
heridas
hiriendo
hirió
hirieron
lesionados
lesionado
lesionadas
hospitalizados
hospitalizado
hospitalizadas

[persons]
personas
persona
gente
civiles
civil
soldados
soldado
militares
militar
efectivos
uniformados
combatientes
combatiente
rebeldes
insurgentes
separatistas
mercenarios
milicianos
guerrilleros
voluntarios
niños
niñas
menores
mujeres
hombres
habitantes
residentes
vecinos
aldeanos
ciudadanos
policías
agentes
periodistas
reporteros
trabajadores humanitarios
cooperantes
médicos
sanitarios
pilotos
prisioneros
prisioneros de guerra
rehenes
refugiados
desplazados
miembros
de ellos
entre ellos
de los cuales
entre los cuales

[person]
# Singular nouns for one counted person: "murió un soldado" counts 1.
el piloto
un piloto
un soldado
el soldado
un militar
un civil
un periodista
un niño
una niña
una mujer
un hombre
un policía
una persona

[circumstance]
# Words before an act that make it the setting of another one: "los
# combates siguieron pese a las conversaciones" reports fighting, not talks.
pese a
a pesar de
antes de
antes del
después de
después del
tras
durante
en medio de
al margen de
en vísperas de
en la víspera de
con motivo de
en pleno
en plena

[locative]
# Words that make a following country a place, not a party: "en Armenia".
en
dentro de

[cessation]
# Words before an act that end it rather than report it: "el fin de los
# combates" is no fighting.
fin de los
fin de las
fin a los
fin a las
poner fin
pongan fin
final de los
cese de los
cese de las
detener los
detener las
frenar los
parar los
cesar los
alto a los

[habitual]
# A sentence with one of these tells a standing state, not news.
desde hace décadas
desde hace años
desde hace siglos
desde hace tiempo
desde siempre
durante décadas
durante años
durante siglos
tradicionalmente
históricamente
de larga data

[standing]
# A sentence with one of these describes a standing relation (a base,
# an alliance), not news.
base militar
bases militares
alianza militar
tratado militar
pacto de defensa

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
desde

[titles]
presidente
presidenta
vicepresidente
vicepresidenta
presidente electo
primer ministro
primera ministra
viceprimer ministro
ministro
ministra
ministro de Asuntos Exteriores
ministra de Asuntos Exteriores
ministro de Exteriores
ministra de Exteriores
ministro de Relaciones Exteriores
ministra de Relaciones Exteriores
canciller
vicecanciller
viceministro
viceministra
ministro de Defensa
ministra de Defensa
ministro del Interior
ministra del Interior
ministro de Justicia
ministro de Economía
ministro de Hacienda
secretario de Estado
secretaria de Estado
secretario general
secretaria general
jefe de la diplomacia
jefa de la diplomacia
portavoz
vocero
vocera
embajador
embajadora
enviado especial
enviada especial
emisario
mediador
mediadora
representante especial
alto representante
líder
lideresa
dirigente
jefe
jefa
jefe de Estado
jefe del Estado
jefe de Gobierno
jefe del Gobierno
jefe del Estado Mayor
jefe de la oposición
líder de la oposición
comandante
general
teniente general
general de brigada
coronel
teniente coronel
capitán
almirante
mariscal
gobernador
gobernadora
alcalde
alcaldesa
diputado
diputada
senador
senadora
congresista
rey
reina
príncipe
príncipe heredero
papa
patriarca
ayatolá
emir
jeque
sultán
director
directora
director general
fiscal
fiscal general
juez
jueza
analista
profesor
profesora
investigador
investigadora
experto
experta
corresponsal
periodista
activista

[triggers]
# --- assault -------------------------------------------------------------
atac* = assault
ataque* = assault
contraataque* = assault
contraofensiva* = assault
ofensiva* = assault
asalt* = assault
combate = assault
combates = assault
combatir = assault
combaten = assault
combatió = assault
combatieron = assault
combatiendo = assault
enfrentamiento* = assault
se enfrentan = assault
se enfrentaron = assault
se enfrentaban = assault
choques = assault
choque armado = assault
escaramuza* = assault
tiroteo* = assault
intercambio de disparos = assault
intercambios de disparos = assault
intercambio de fuego = assault
disparos = assault
disparó = assault
dispararon = assault
disparar contra = assault
abrió fuego = assault
abrieron fuego = assault
abrir fuego = assault
hostilidades = assault
batalla* = assault
invasión = assault
invadió = assault
invadieron = assault
invadido = assault
incursión = assault
incursiones = assault
conquist* = assault
reconquist* = assault
captur* = assault
tomó el control = assault
tomaron el control = assault
tomado el control = assault
se hicieron con el control = assault
se hizo con el control = assault
recuperó el control = assault
recuperaron el control = assault
emboscada* = assault
explosión = assault
explosiones = assault
masacre* = assault
matanza* = assault
represalia* = assault
destruyó = assault
destruyeron = assault
destruido = assault
destruidos = assault
destruida = assault
destruidas = assault
destrucción = assault
violación del alto el fuego = assault
violaciones del alto el fuego = assault
violó el alto el fuego = assault
violaron el alto el fuego = assault
violan el alto el fuego = assault
viola el alto el fuego = assault
violar el alto el fuego = assault
violación de la tregua = assault
violaciones de la tregua = assault
violó la tregua = assault
violaron la tregua = assault
rompieron la tregua = assault
rompió la tregua = assault
secuestr* = assault
toma de rehenes = assault
tortur* = assault
ejecución = assault
ejecuciones = assault
francotirador* = assault
coche bomba = assault
coches bomba = assault
atentado* = assault
granadas = assault
granada de mano = assault
# heavy weapons
bombarde* = assault heavy-weapons
artiller* = assault heavy-weapons
fuego de artillería = assault heavy-weapons
misil* = assault heavy-weapons
cohete* = assault heavy-weapons
proyectil* = assault heavy-weapons
mortero* = assault heavy-weapons
obús = assault heavy-weapons
obuses = assault heavy-weapons
lanzacohetes = assault heavy-weapons
lanzamisiles = assault heavy-weapons
bombas de racimo = assault heavy-weapons
municiones de racimo = assault heavy-weapons
munición de racimo = assault heavy-weapons
cañoneo* = assault heavy-weapons
cañone* = assault heavy-weapons
ataque con misiles = assault heavy-weapons
ataques con misiles = assault heavy-weapons
ataque con cohetes = assault heavy-weapons
ataques con cohetes = assault heavy-weapons
ataque de artillería = assault heavy-weapons
ataques de artillería = assault heavy-weapons
# air
ataque aéreo = assault air
ataques aéreos = assault air
bombardeo aéreo = assault air
bombardeos aéreos = assault air
incursión aérea = assault air
incursiones aéreas = assault air
ataque con drones = assault air
ataques con drones = assault air
ataque con dron = assault air
dron = assault air
drones = assault air
avión de combate = assault air
aviones de combate = assault air
cazabombardero* = assault air
helicóptero de combate = assault air
helicópteros de combate = assault air
aviación = assault air
bombas = assault air
derrib* = assault air
# --- agree ---------------------------------------------------------------
un acuerdo = agree
el acuerdo = agree
al acuerdo = agree
del acuerdo = agree
este acuerdo = agree
ese acuerdo = agree
nuevo acuerdo = agree
ningún acuerdo = agree
algún acuerdo = agree
cualquier acuerdo = agree
otro acuerdo = agree
su acuerdo = agree
acuerdo humanitario = agree
acuerdo trilateral = agree
acuerdo final = agree
acuerdo definitivo = agree
acuerdo firmado = agree
acuerdo de = agree
acuerdo para = agree
acuerdo sobre = agree
acuerdo entre = agree
acuerdo alcanzado = agree
acuerdos = agree
acuerdo de paz = agree
tratado de paz = agree
un tratado = agree
el tratado = agree
acordaron = agree
acordó = agree
acordado = agree
acordada = agree
acordados = agree
acordadas = agree
acordar = agree
acuerdan = agree
están de acuerdo = agree
estuvieron de acuerdo = agree
se pusieron de acuerdo = agree
ponerse de acuerdo = agree
pact* = agree
firmaron = agree
firmó = agree
firmado = agree
firmada = agree
firmar un = agree
firmar el = agree
firma del acuerdo = agree
firma de un acuerdo = agree
acept* = agree
consenso = agree
se comprometieron = agree
se comprometió = agree
alto el fuego = agree ceasefire
alto al fuego = agree ceasefire
cese el fuego = agree ceasefire
cese al fuego = agree ceasefire
cese del fuego = agree ceasefire
tregua* = agree ceasefire
armisticio = agree ceasefire
tregua humanitaria = agree ceasefire
pausa humanitaria = agree ceasefire
# --- consult -------------------------------------------------------------
conversaciones = consult
negociación = consult
negociaciones = consult
negociar = consult
negociaron = consult
negocian = consult
negociado = consult
negociando = consult
negociadores = consult
conversaciones de paz = consult peace-talks
negociaciones de paz = consult peace-talks
proceso de paz = consult peace-talks
conferencia de paz = consult peace-talks
cumbre de paz = consult peace-talks
plan de paz = consult peace-talks
diálogo de paz = consult peace-talks
mesa de negociaciones = consult peace-talks
mesa de diálogo = consult peace-talks
reuni* = consult
se reunió = consult
se reunieron = consult
encuentro = consult
encuentros = consult
cumbre = consult
cumbres = consult
visit* = consult
discut* = consult
consult* = consult
conversó = consult
conversaron = consult
dialog* = consult
diálogo = consult
habló con = consult
hablaron con = consult
recibió a = consult
recibe a = consult
recibirá a = consult
recibirán a = consult
recibirá en = consult
recibir a = consult
recibió en = consult
recibe en = consult
recibieron en = consult
acogió = consult
acoge = consult
acogido = consult
anfitrión = consult
invit* = consult
videoconferencia* = consult
conversación telefónica = consult phone
conversaciones telefónicas = consult phone
llamada telefónica = consult phone
llamadas telefónicas = consult phone
conversación por teléfono = consult phone
hablaron por teléfono = consult phone
habló por teléfono = consult phone
por teléfono = consult phone
telefone* = consult phone
mediación = consult third-party
mediar = consult third-party
mediaron = consult third-party
mediador = consult third-party
mediadores = consult third-party
mediadora = consult third-party
buenos oficios = consult third-party
# --- support -------------------------------------------------------------
apoy* = support
# congratulations are support; diplomatic efforts are talks
esfuerzos diplomáticos = consult
respald* = support
solidaridad = support
solidari* = support
elogi* = support
felicit* = support
saludó = support
saludaron = support
acogió con satisfacción = support
acoge con satisfacción = support
acogieron con satisfacción = support
a favor de = support
se puso del lado de = support
# --- cooperate -----------------------------------------------------------
cooperación = cooperate
cooperar = cooperate
cooperaron = cooperate
cooperó = cooperate
coopera = cooperate
cooperan = cooperate
cooperando = cooperate
colabor* = cooperate
dispuesto a = cooperate
dispuestos a = cooperate
dispuesta a = cooperate
dispuestas a = cooperate
disposición a = cooperate
listo para = cooperate
listos para = cooperate
reanudar las negociaciones = cooperate
reanudación de las negociaciones = cooperate
reanudar las conversaciones = cooperate
reanudación de las conversaciones = cooperate
reanudar el diálogo = cooperate
reanudación del diálogo = cooperate
reanudar el proceso de paz = cooperate
reanudación del proceso de paz = cooperate
coordin* = cooperate
intercambio de prisioneros = cooperate
intercambios de prisioneros = cooperate
canje de prisioneros = cooperate
intercambiar prisioneros = cooperate
intercambio de cuerpos = cooperate
canje de cuerpos = cooperate
intercambio de cadáveres = cooperate
normaliz* = cooperate
relaciones diplomáticas = cooperate
trabajar juntos = cooperate
trabajan juntos = cooperate
# --- concede -------------------------------------------------------------
concesión = concede
concesiones = concede
ceder = concede
cedió = concede
cedieron = concede
ceden = concede
liberó a = concede
liberaron a = concede
liberación de prisioneros = concede
liberación de los prisioneros = concede
liberación de rehenes = concede
liberación de los rehenes = concede
puso en libertad = concede
pusieron en libertad = concede
dimisión = concede
dimitió = concede
dimitir = concede
renunció = concede
renunciaron = concede
levantamiento de las sanciones = concede
levantar las sanciones = concede
levantó las sanciones = concede
alivio de las sanciones = concede
devolvió = concede
devolución = concede
amnistía = concede
# --- aid -----------------------------------------------------------------
ayuda humanitaria = aid
ayuda militar = aid
ayuda financiera = aid
ayuda económica = aid
ayuda alimentaria = aid
ayuda de emergencia = aid
envió ayuda = aid
enviar ayuda = aid
envían ayuda = aid
asistencia humanitaria = aid
asistencia militar = aid
apoyo militar = aid
apoyo financiero = aid
apoyo humanitario = aid
suministro de armas = aid
suministros de armas = aid
suministró armas = aid
suministra armas = aid
suministrar armas = aid
entrega de armas = aid
entregas de armas = aid
envío de armas = aid
envíos de armas = aid
envió armas = aid
enviar armas = aid
venta de armas = aid
envío de mercenarios = aid
envió mercenarios = aid
asesores militares = aid
# Troops sent to another country are help to it.
envió tropas = aid
enviaron tropas = aid
enviar tropas = aid
envía tropas = aid
envío de tropas = aid
convoy humanitario = aid
convoyes humanitarios = aid
víveres = aid
donó = aid
donación = aid
donaciones = aid
mantenimiento de la paz = aid peacekeeping
fuerza de paz = aid peacekeeping
fuerzas de paz = aid peacekeeping
cascos azules = aid peacekeeping
pacificador* = aid peacekeeping
fuerza de interposición = aid peacekeeping
# --- retreat -------------------------------------------------------------
retirada = retreat
retir* = retreat
repliegue = retreat
repleg* = retreat
se rindió = retreat
se rindieron = retreat
rendición = retreat
capitul* = retreat
desmoviliz* = retreat
desarm* = retreat
desescal* = retreat
levantó el bloqueo = retreat
levantamiento del bloqueo = retreat
abandonaron sus posiciones = retreat
# --- demand --------------------------------------------------------------
pidió = demand
pidieron = demand
pide = demand
piden = demand
pedir = demand
pidiendo = demand
exig* = demand
reclam* = demand
instó = demand
instaron = demand
insta = demand
instan = demand
instar = demand
exhort* = demand
insistió en = demand
llamamiento* = demand
hizo un llamamiento = demand
hicieron un llamamiento = demand
hace un llamamiento = demand
hizo un llamado = demand
llamó a = demand
llamaron a = demand
llama a = demand
solicit* = demand
urgió = demand
urgieron = demand
invitó a las partes = demand
pidió un alto el fuego = demand ceasefire
pidieron un alto el fuego = demand ceasefire
pide un alto el fuego = demand ceasefire
piden un alto el fuego = demand ceasefire
pedir un alto el fuego = demand ceasefire
exigió un alto el fuego = demand ceasefire
exigen un alto el fuego = demand ceasefire
reclamó un alto el fuego = demand ceasefire
instó a un alto el fuego = demand ceasefire
llamamiento a un alto el fuego = demand ceasefire
hizo un llamamiento a un alto el fuego = demand ceasefire
hizo un llamamiento al alto el fuego = demand ceasefire
hicieron un llamamiento a un alto el fuego = demand ceasefire
pidió el fin de los combates = demand ceasefire
pidieron el fin de los combates = demand ceasefire
pidió el cese de las hostilidades = demand ceasefire
fin de los combates = demand ceasefire
fin de las hostilidades = demand ceasefire
cese de los combates = demand ceasefire
cese de las hostilidades = demand ceasefire
poner fin a los combates = demand ceasefire
detener los combates = demand ceasefire
# --- accuse --------------------------------------------------------------
acus* = accuse
denunci* = accuse
conden* = accuse
criticó = accuse
criticaron = accuse
critica a = accuse
critican = accuse
criticar = accuse
criticado = accuse
las críticas = accuse
culp* = accuse
responsabiliz* = accuse
reproch* = accuse
arremeti* = accuse
atribuyó = accuse
atribuyeron = accuse
señaló como responsable = accuse
# --- reject --------------------------------------------------------------
rechaz* = reject
negó = reject
negaron = reject
niega = reject
niegan = reject
negar = reject
se negó = reject
se negaron = reject
desmint* = reject
desment* = reject
descart* = reject
veto = reject
vetar = reject
# --- threaten ------------------------------------------------------------
amenaz* = threaten
presión sobre = threaten
presiones sobre = threaten
presionó = threaten
presionaron = threaten
presiona = threaten
presionar = threaten
ejercer presión = threaten
ejerce presión = threaten
advirti* = threaten
advierte = threaten
advierten = threaten
advertir = threaten
advertencia* = threaten
ultimátum = threaten
última oportunidad = threaten
última advertencia = threaten
intimid* = threaten
chantaj* = threaten
declaró la guerra = threaten
declarar la guerra = threaten
declarado la guerra = threaten
# --- protest -------------------------------------------------------------
manifestación = protest
manifestaciones = protest
manifestante* = protest
protest* = protest
huelga* = protest
boicot* = protest
disturbios = protest
marcharon = protest
salieron a las calles = protest
salieron a la calle = protest
tomaron las calles = protest
sentada = protest
convocó al embajador = protest
convocaron al embajador = protest
nota de protesta = protest
# --- sanction ------------------------------------------------------------
sancion* = sanction
# Not "embargo" alone: "sin embargo" means "however".
un embargo = sanction
el embargo = sanction
embargo de armas = sanction
embargo comercial = sanction
embargo económico = sanction
embargos = sanction
congelación de activos = sanction
congelación de bienes = sanction
congeló los activos = sanction
congelar los activos = sanction
llamó a consultas = sanction
llamado a consultas = sanction
retiró a su embajador = sanction
retirada del embajador = sanction
retirada de su embajador = sanction
expulsó a diplomáticos = sanction
expulsión de diplomáticos = sanction
expulsó al embajador = sanction
rompió relaciones = sanction
rompió las relaciones = sanction
romper relaciones = sanction
ruptura de relaciones = sanction
ruptura de las relaciones = sanction
prohibición de entrada = sanction
lista negra = sanction
suspendió las negociaciones = sanction
suspender las negociaciones = sanction
# --- mobilize ------------------------------------------------------------
moviliz* = mobilize
movilización general = mobilize
ley marcial = mobilize
estado de guerra = mobilize
estado de emergencia = mobilize
estado de excepción = mobilize
estado de sitio = mobilize
despleg* = mobilize
desplieg* = mobilize
refuerzos = mobilize
maniobras = mobilize
ejercicios militares = mobilize
reservistas = mobilize
reclut* = mobilize
concentración de tropas = mobilize
concentró tropas = mobilize
alerta máxima = mobilize
en alerta = mobilize
estado de alerta = mobilize
# --- coerce --------------------------------------------------------------
arrest* = coerce
detenido = coerce
detenidos = coerce
detenida = coerce
detenidas = coerce
detuvo = coerce
detuvieron = coerce
detención = coerce
detenciones = coerce
encarcel* = coerce
condenado a = coerce
condenados a = coerce
condenada a = coerce
expuls* = coerce
deport* = coerce
bloqueo = coerce
bloquearon = coerce
bloquear = coerce
asedi* = coerce
sitiad* = coerce
toque de queda = coerce
prohibi* = coerce
censur* = coerce
confisc* = coerce
represión = coerce
reprimi* = coerce
tomados prisioneros = coerce
hechos prisioneros = coerce
hecho prisionero = coerce
