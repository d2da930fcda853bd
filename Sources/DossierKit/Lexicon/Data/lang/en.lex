# English: what the extractor knows about news written in English.
# Format: see ../README.md. Phrases are folded (case, diacritics) and cut
# into tokens on every non-letter/digit, so "didn't" is "didn t" and
# "cease-fire" is "cease fire". A trailing * on a token matches any token
# that starts with it.

[language]
code = en
name = English

[detect]
# The most frequent function words of English. Words shared with other
# languages (in, over, was) matter less than those that are English only.
the of and to a an in is that for on was with he she it as at by from
his her its their them they we us our you your
i me my him himself herself itself themselves
be been being am are were have has had having do does did doing done
will would shall should can could may might must ought
this that these those which who whom whose what when where why how
there here then than too very also only just even still yet again
not no nor never none neither either both each every all any some
such other another own same more most much many few less least
about above across after against along among around before behind below
beside between beyond during except inside into near
off onto out outside over past since through throughout till toward
towards under until up upon via within without
because although though while whether unless if so or but
however therefore thus meanwhile otherwise instead rather
said says say told according
one ones anyone everyone someone nobody nothing something everything
whom already always often soon now later
ago away back down further once twice perhaps maybe almost nearly

[abbreviations]
# Tokens that, followed by a period, do not end a sentence. Capital
# initials (George W. Bush) need no entry; dotted forms (e.g., U.S.) are
# written whole, with their inner periods.
Mr Mrs Ms Messrs Dr Prof Rev Hon Sen Rep Gov Pres Amb Sec Atty Supt Insp
Gen Lt Col Maj Capt Cpt Sgt Adm Brig Cmdr Cdr Lieut Gens Cols Rt
St Ste Mt Ft Jr Sr Bros Co Corp Inc Ltd Plc Dept Govt Univ Assn Intl Natl
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Tue Tues Thu Thur Thurs Fri
approx est vs cf al ca Nos Vol Fig Ave Rd Blvd Sq
e.g i.e a.m p.m U.S U.K U.N E.U U.S.A D.C Ph.D

[weekdays]
monday = 1
mondays = 1
monday* = 1
tuesday = 2
tuesdays = 2
tuesday* = 2
wednesday = 3
wednesdays = 3
wednesday* = 3
thursday = 4
thursdays = 4
thursday* = 4
friday = 5
fridays = 5
friday* = 5
saturday = 6
saturdays = 6
saturday* = 6
sunday = 7
sundays = 7
sunday* = 7
# Abbreviations only where they cannot be an ordinary word ("sat", "sun",
# "wed" and "mon" are left out).
tues = 2
thurs = 4

[months]
january = 1
jan = 1
february = 2
feb = 2
march = 3
mar = 3
april = 4
apr = 4
may = 5
june = 6
jun = 6
july = 7
jul = 7
august = 8
aug = 8
september = 9
sep = 9
sept = 9
october = 10
oct = 10
november = 11
nov = 11
december = 12
dec = 12

[numbers]
zero = 0
nil = 0
one = 1
two = 2
three = 3
four = 4
five = 5
six = 6
seven = 7
eight = 8
nine = 9
ten = 10
eleven = 11
twelve = 12
dozen = 12
a dozen = 12
thirteen = 13
fourteen = 14
fifteen = 15
sixteen = 16
seventeen = 17
eighteen = 18
nineteen = 19
twenty = 20
score = 20
thirty = 30
forty = 40
fifty = 50
sixty = 60
seventy = 70
eighty = 80
ninety = 90
hundred = 100
a hundred = 100
one hundred = 100
thousand = 1000
a thousand = 1000
one thousand = 1000
million = 1000000
a million = 1000000
one million = 1000000
# Compounds: twenty-one ... ninety-nine, two hundred ... nine hundred, two thousand ... ten thousand.
twenty-one = 21
twenty-two = 22
twenty-three = 23
twenty-four = 24
twenty-five = 25
twenty-six = 26
twenty-seven = 27
twenty-eight = 28
twenty-nine = 29
thirty-one = 31
thirty-two = 32
thirty-three = 33
thirty-four = 34
thirty-five = 35
thirty-six = 36
thirty-seven = 37
thirty-eight = 38
thirty-nine = 39
forty-one = 41
forty-two = 42
forty-three = 43
forty-four = 44
forty-five = 45
forty-six = 46
forty-seven = 47
forty-eight = 48
forty-nine = 49
fifty-one = 51
fifty-two = 52
fifty-three = 53
fifty-four = 54
fifty-five = 55
fifty-six = 56
fifty-seven = 57
fifty-eight = 58
fifty-nine = 59
sixty-one = 61
sixty-two = 62
sixty-three = 63
sixty-four = 64
sixty-five = 65
sixty-six = 66
sixty-seven = 67
sixty-eight = 68
sixty-nine = 69
seventy-one = 71
seventy-two = 72
seventy-three = 73
seventy-four = 74
seventy-five = 75
seventy-six = 76
seventy-seven = 77
seventy-eight = 78
seventy-nine = 79
eighty-one = 81
eighty-two = 82
eighty-three = 83
eighty-four = 84
eighty-five = 85
eighty-six = 86
eighty-seven = 87
eighty-eight = 88
eighty-nine = 89
ninety-one = 91
ninety-two = 92
ninety-three = 93
ninety-four = 94
ninety-five = 95
ninety-six = 96
ninety-seven = 97
ninety-eight = 98
ninety-nine = 99
two hundred = 200
three hundred = 300
four hundred = 400
five hundred = 500
six hundred = 600
seven hundred = 700
eight hundred = 800
nine hundred = 900
two thousand = 2000
three thousand = 3000
four thousand = 4000
five thousand = 5000
six thousand = 6000
seven thousand = 7000
eight thousand = 8000
nine thousand = 9000
ten thousand = 10000
twenty thousand = 20000
fifty thousand = 50000
a hundred thousand = 100000
one hundred thousand = 100000

[approximate]
about
around
some
roughly
nearly
almost
approximately
at least
at most
more than
over
just over
well over
up to
as many as
as few as
close to
upwards of
in excess of
fewer than
less than
under
just under
no fewer than
no less than
not less than
an estimated
estimated
about a
an approximate
a minimum of
a maximum of
a further
another

[relative]
today = 0
today s = 0
tonight = 0
this morning = 0
this afternoon = 0
this evening = 0
earlier today = 0
later today = 0
earlier in the day = 0
later in the day = 0
overnight = 0
last night = 0
late last night = 0
early this morning = 0
in the early hours = 0
yesterday = -1
yesterday s = -1
the day before yesterday = -2
two days ago = -2
three days ago = -3
four days ago = -4
tomorrow = 1
tomorrow s = 1
the day after tomorrow = 2

[since]
since
since the
since early
since late
since mid
ever since
as of
starting from

[negation]
not
no
never
neither
nor
none
nobody
nothing
without
cannot
can't
didn't
doesn't
don't
won't
isn't
wasn't
weren't
aren't
hasn't
haven't
hadn't
couldn't
wouldn't
shouldn't
mustn't
no longer
not yet
failed to
fails to
fail to

[future]
will
shall
'll
would
going to
is to
are to
plan to
plans to
planned to
planning to
intend to
intends to
intended to
intention to
set to
is expected to
are expected to
scheduled
is scheduled to
are scheduled to
due to meet
about to
next week
next month
upcoming
to be held
will be held
vowed to
pledged to
promised to
aims to

[hypothetical]
could
might
may be
may have
may well
may not
possible
possibly
possibility
potential
potentially
if
unless
whether
in case
would be
would have
should
ought to
perhaps
maybe
likely
unlikely
probably
hope
hopes
hoped
hoping
hopeful
expect
expects
expected
expectation*
prospect*
chance of
unclear whether
unclear if
not clear whether
not clear if
propose*
proposal*
offer to
offered to
offers to
seek*
sought
effort*
aim at
would like
wants to
wanted to
rumour*
rumor*
speculat*
consider*
contemplat*

[claimed]
said
says
say
saying
told
tells
claim
claims
claimed
claiming
stated
states that
according to
reported
reports
reportedly
announced
announces
alleged
allegedly
alleges
asserted
asserts
insisted
added
noted
stressed
declared
confirmed
confirms
quoted
quoting
cited
citing
wrote
writes
tweeted
posted
in a statement
statement
statements
said in a statement
sources said
officials said
spokesman said
spokeswoman said
spokesperson said
maintained
maintains
explained
acknowledged
admitted
argued
contended

[killed]
killed
killing
killings
kills
dead
died
die
dies
death
deaths
death toll
toll
lives
lost their lives
lost his life
lost her life
fatalities
fatality
fatally
perished
slain
shot dead
martyred
martyrs

[injured]
wounded
wounding
injured
injuring
injuries
injury
hurt
maimed

[persons]
people
persons
person
civilians
civilian
soldiers
soldier
servicemen
serviceman
servicemembers
service members
servicewomen
troops
military personnel
personnel
fighters
militants
militiamen
rebels
insurgents
separatists
combatants
mercenaries
volunteers
children
child
women
men
residents
inhabitants
villagers
citizens
nationals
police officers
policemen
officers
journalists
reporters
aid workers
medics
doctors
pilots
prisoners
prisoners of war
hostages
refugees
members
of them

[person]
# Singular nouns for one counted person: "the pilot was killed" counts 1.
pilot
the pilot
a soldier
one soldier
a civilian
one civilian
a journalist
a child
a woman
a man
a policeman
a serviceman
a resident

[circumstance]
# Words before an act that make it the setting of another one: "fighting
# continued despite the talks" reports fighting, not talks.
despite
in spite of
before
after
ahead of
during
amid
amidst
on the sidelines of
following
throughout

[locative]
# Words that make a following country a place, not a party: "in Norway".
in
inside
across
throughout

[cessation]
# Words before an act that end it rather than report it: "a halt to the
# fighting" is no fighting.
halt to
halt the
end to
end the
ending the
stop the
stop to
stopping the
cessation of
end of
an end to

[habitual]
# A sentence with one of these tells a standing state, not news.
for decades
for years
for generations
decades long
decades old
has long
have long
traditionally
historically

[standing]
# A sentence with one of these describes a standing relation (a base,
# an alliance), not news.
alliance
military base
military bases
military treaty
defence pact
defense pact

[pronouns]
# Subject pronouns for one person: "he demanded" means the person last named.
he
she

[origin]
# Words before a place naming where someone comes from: "Bayramov from
# Baku" is neither a party nor the place of the act.
from

[titles]
president
president elect
vice president
prime minister
deputy prime minister
first deputy prime minister
foreign minister
deputy foreign minister
defence minister
defense minister
deputy defence minister
deputy defense minister
interior minister
justice minister
finance minister
economy minister
energy minister
minister
foreign secretary
defence secretary
defense secretary
home secretary
secretary of state
secretary of defense
secretary general
under-secretary-general
national security adviser
national security advisor
chancellor
spokesman
spokeswoman
spokesperson
press secretary
ambassador
envoy
special envoy
special representative
high representative
mediator
leader
opposition leader
party leader
separatist leader
rebel leader
commander
army chief
chief of staff
chief of the general staff
general
lieutenant general
major general
brigadier general
brigadier
colonel
lieutenant colonel
captain
admiral
marshal
field marshal
governor
mayor
senator
congressman
congresswoman
lawmaker
speaker
premier
ruler
king
queen
prince
crown prince
emir
sheikh
sultan
pope
patriarch
ayatollah
head of state
chairman
chairwoman
director
director general
chief executive
prosecutor
judge
analyst
professor
correspondent
reporter
journalist
commentator
activist

[triggers]
# --- assault: material violence ------------------------------------------
attack* = assault
counterattack* = assault
counter attack* = assault
counteroffensive* = assault
offensive = assault
offensives = assault
assault = assault
assaults = assault
assaulted = assault
fighting = assault
fought = assault
clash* = assault
battle = assault
battles = assault
battled = assault
battling = assault
hostilities = assault
skirmish* = assault
firefight* = assault
gunfight* = assault
gunfire = assault
gunbattle* = assault
gun battle* = assault
shootout* = assault
shooting = assault
shootings = assault
shot at = assault
opened fire = assault
open fire = assault
opens fire = assault
fired on = assault
fired at = assault
fired upon = assault
exchange of fire = assault
exchanged fire = assault
sniper* = assault
ambush* = assault
raid = assault
raids = assault
raided = assault
incursion* = assault
invade* = assault
invaded = assault
invasion* = assault
stormed = assault
storming = assault
captur* = assault
recaptur* = assault
retook = assault
retake* = assault
seized = assault
seizing = assault
took control = assault
taken control = assault
liberat* = assault
overran = assault
overrun = assault
advanced on = assault
pushed into = assault
massacre* = assault
destroyed = assault
destroying = assault
explosion* = assault
blast = assault
blasts = assault
detonat* = assault
retaliat* = assault
reprisal* = assault
targeted = assault
targeting = assault
targetting = assault
strike = assault
strikes = assault
struck = assault
# "the town was hit": the passive only ("hit hard by sanctions" has its own verb for it)
was hit = assault
were hit = assault
been hit = assault
striking = assault
ceasefire violation* = assault
violation of the ceasefire = assault
violations of the ceasefire = assault
violated the ceasefire = assault
violating the ceasefire = assault
violate the ceasefire = assault
violated the truce = assault
broke the ceasefire = assault
breach of the ceasefire = assault
breaches of the ceasefire = assault
breached the ceasefire = assault
car bomb* = assault
suicide bomb* = assault
roadside bomb* = assault
bomb attack* = assault
terror attack* = assault
terrorist attack* = assault
kidnap* = assault
abduct* = assault
hostage* = assault
tortur* = assault
executed = assault
execution* = assault
grenade* = assault
# heavy weapons: artillery, rockets, missiles
shell = assault heavy-weapons
shells = assault heavy-weapons
shelled = assault heavy-weapons
shelling = assault heavy-weapons
shellings = assault heavy-weapons
shellfire = assault heavy-weapons
artillery = assault heavy-weapons
bombard* = assault heavy-weapons
missile* = assault heavy-weapons
missile strike* = assault heavy-weapons
rocket* = assault heavy-weapons
mortar* = assault heavy-weapons
howitzer* = assault heavy-weapons
cluster munition* = assault heavy-weapons
cluster bomb* = assault heavy-weapons
multiple rocket launcher* = assault heavy-weapons
fired rockets = assault heavy-weapons
fired missiles = assault heavy-weapons
pounded = assault heavy-weapons
pounding = assault heavy-weapons
barrage* = assault heavy-weapons
# air
air strike* = assault air
airstrike* = assault air
air raid* = assault air
airraid* = assault air
air attack* = assault air
aerial attack* = assault air
aerial bombardment* = assault air
drone* = assault air
drone strike* = assault air
drone attack* = assault air
warplane* = assault air
fighter jet* = assault air
jets = assault air
helicopter gunship* = assault air
bomb = assault air
bombs = assault air
bombed = assault air
bombing = assault air
bombings = assault air
bomber* = assault air
shot down = assault air
shoot down = assault air
shoots down = assault air
shooting down = assault air
downed = assault air
# --- agree ---------------------------------------------------------------
agree* = agree
reached a deal = agree
reach a deal = agree
struck a deal = agree
strike a deal = agree
signed a deal = agree
peace deal* = agree
deal was reached = agree
accord = agree
accords = agree
pact = agree
treaty = agree
treaties = agree
peace treaty = agree
consensus = agree
signed = agree
signing = agree
accepted = agree
accepts = agree
accept = agree
ceasefire* = agree ceasefire
cease fire* = agree ceasefire
truce* = agree ceasefire
armistice = agree ceasefire
humanitarian pause = agree ceasefire
# --- consult -------------------------------------------------------------
talks = consult
talk = consult
talked = consult
talking = consult
held talks = consult
peace talks = consult peace-talks
peace negotiation* = consult peace-talks
peace process = consult peace-talks
peace conference* = consult peace-talks
peace summit* = consult peace-talks
peace plan = consult peace-talks
ceasefire talks = consult peace-talks
ceasefire negotiation* = consult peace-talks
negotiat* = consult
met = consult
meet = consult
meets = consult
meeting = consult
meetings = consult
summit* = consult
visit* = consult
host = consult
hosts = consult
hosted = consult
hosting = consult
discuss* = consult
consult = consult
consults = consult
consulted = consult
consultation* = consult
dialogue = consult
dialog = consult
convene* = consult
invit* = consult
conferred = consult
spoke with = consult
spoke to = consult
speaks with = consult
video call* = consult
video conference* = consult
videoconference* = consult
phone call* = consult phone
telephone call* = consult phone
phone conversation* = consult phone
telephone conversation* = consult phone
phoned = consult phone
phones = consult phone
telephone* = consult phone
by phone = consult phone
on the phone = consult phone
calls with = consult phone
call with = consult phone
mediat* = consult third-party
broker = consult third-party
brokers = consult third-party
brokered = consult third-party
brokering = consult third-party
good offices = consult third-party
# --- support -------------------------------------------------------------
support* = support
# congratulations are support; diplomatic efforts are talks
congratulat* = support
diplomatic efforts = consult
diplomatic effort = consult
backed = support
backing = support
backs = support
endorse* = support
solidarity = support
praise* = support
welcom* = support
stand with = support
stands with = support
stood with = support
sided with = support
sides with = support
in favour of = support
in favor of = support
approv* of = support
# --- cooperate -----------------------------------------------------------
cooperat* = cooperate
co operat* = cooperate
collaborat* = cooperate
work together = cooperate
works together = cooperate
worked together = cooperate
working together = cooperate
ready to = cooperate
ready for = cooperate
willing to = cooperate
willingness = cooperate
prepared to = cooperate
resume talks = cooperate
resumed talks = cooperate
resume negotiations = cooperate
resumed negotiations = cooperate
resume dialogue = cooperate
resumption of talks = cooperate
resumption of negotiations = cooperate
resumption of dialogue = cooperate
resumption of the peace process = cooperate
coordinat* = cooperate
prisoner exchange* = cooperate
prisoner swap* = cooperate
exchange of prisoners = cooperate
exchange prisoners = cooperate
exchanged prisoners = cooperate
swap prisoners = cooperate
exchange of bodies = cooperate
diplomatic relations = cooperate
diplomatic ties = cooperate
normalis* = cooperate
normaliz* = cooperate
# --- concede -------------------------------------------------------------
concession* = concede
concede* = concede
conceding = concede
compromise* = concede
back down = concede
backed down = concede
backs down = concede
gave in = concede
give in = concede
yield* = concede
freed = concede
release of prisoners = concede
released prisoners = concede
prisoner release* = concede
release of hostages = concede
released hostages = concede
amnesty = concede
lift sanctions = concede
lifted sanctions = concede
lifting of sanctions = concede
eased sanctions = concede
ease sanctions = concede
resign = concede
resigned = concede
resigns = concede
resignation = concede
stepped down = concede
step down = concede
steps down = concede
hand over = concede
handed over = concede
handing over = concede
hand back = concede
handed back = concede
# --- aid -----------------------------------------------------------------
aid to = aid
aid for = aid
aid from = aid
in aid = aid
of aid = aid
sent aid = aid
send aid = aid
sends aid = aid
provided aid = aid
provide aid = aid
provides aid = aid
delivered aid = aid
deliver aid = aid
aid deliver* = aid
aid shipment* = aid
aid flight* = aid
aided = aid
humanitarian aid = aid
humanitarian assistance = aid
military aid = aid
military assistance = aid
financial aid = aid
economic aid = aid
food aid = aid
assistance = aid
relief supplies = aid
relief goods = aid
medical supplies = aid
aid convoy* = aid
humanitarian convoy* = aid
aid package* = aid
supplied = aid
arms supplies = aid
arms supply = aid
weapons supplies = aid
arms deliver* = aid
weapons deliver* = aid
deliveries of weapons = aid
delivered weapons = aid
arms sale* = aid
arms shipment* = aid
sent weapons = aid
send weapons = aid
sending weapons = aid
supplying weapons = aid
military advisers = aid
military advisors = aid
sent mercenaries = aid
send troops = aid
sent troops = aid
sending troops = aid
sends troops = aid
sending mercenaries = aid
donat* = aid
peacekeep* = aid peacekeeping
peace keep* = aid peacekeeping
peacekeeping force* = aid peacekeeping
granted asylum = aid
# --- retreat -------------------------------------------------------------
withdraw* = retreat
withdrew = retreat
pull out = retreat
pulled out = retreat
pulls out = retreat
pulling out = retreat
pullout = retreat
pull back = retreat
pulled back = retreat
pulls back = retreat
retreat* = retreat
surrender* = retreat
capitulat* = retreat
demobilis* = retreat
demobiliz* = retreat
disarm* = retreat
de escalat* = retreat
deescalat* = retreat
lifted the blockade = retreat
lift the blockade = retreat
# --- demand --------------------------------------------------------------
call for = demand
calls for = demand
called for = demand
calling for = demand
call on = demand
calls on = demand
called on = demand
calling on = demand
called upon = demand
call upon = demand
urge = demand
urges = demand
urged = demand
urging = demand
demand* = demand
appeal* = demand
insist* = demand
ask for = demand
asks for = demand
asked for = demand
asking for = demand
request* = demand
press for = demand
pressure on = threaten
pressured = threaten
pressuring = threaten
pressed for = demand
pressing for = demand
plead* = demand
implor* = demand
exhort* = demand
called for a ceasefire = demand ceasefire
calls for a ceasefire = demand ceasefire
call for a ceasefire = demand ceasefire
called for an immediate ceasefire = demand ceasefire
calls for an immediate ceasefire = demand ceasefire
call for an immediate ceasefire = demand ceasefire
appealed for a ceasefire = demand ceasefire
appeals for a ceasefire = demand ceasefire
urged a ceasefire = demand ceasefire
demanded a ceasefire = demand ceasefire
called for an end to the fighting = demand ceasefire
called for a halt to the fighting = demand ceasefire
# --- accuse --------------------------------------------------------------
accus* = accuse
blame* = accuse
blaming = accuse
denounc* = accuse
condemn* = accuse
criticis* = accuse
criticiz* = accuse
criticism = accuse
slam* = accuse
lashed out = accuse
lashes out = accuse
rebuk* = accuse
castigat* = accuse
allegation* = accuse
held responsible = accuse
holds responsible = accuse
hold responsible = accuse
charged with = accuse
# --- reject --------------------------------------------------------------
reject* = reject
refus* = reject
denied = reject
denies = reject
deny = reject
denying = reject
denial* = reject
dismiss* = reject
rule out = reject
ruled out = reject
rules out = reject
ruling out = reject
rebuff* = reject
spurn* = reject
turned down = reject
turn down = reject
turns down = reject
veto* = reject
# --- threaten ------------------------------------------------------------
threat* = threaten
warn* = threaten
ultimatum* = threaten
last chance = threaten
final chance = threaten
last opportunity = threaten
vowed = threaten
vows = threaten
intimidat* = threaten
declared war = threaten
declare war = threaten
# --- protest -------------------------------------------------------------
protest* = protest
demonstrat* = protest
rally = protest
rallies = protest
rallied = protest
marched = protest
marchers = protest
marches = protest
went on strike = protest
general strike = protest
hunger strike* = protest
riot* = protest
boycott* = protest
walked out = protest
picket* = protest
summoned the ambassador = protest
summoned the envoy = protest
summoned ambassador = protest
# --- sanction ------------------------------------------------------------
sanction* = sanction
embargo* = sanction
arms embargo* = sanction
expelled diplomats = sanction
expel diplomats = sanction
expels diplomats = sanction
expulsion of diplomats = sanction
expelled the ambassador = sanction
recalled its ambassador = sanction
recalls its ambassador = sanction
recall its ambassador = sanction
recalled the ambassador = sanction
recalled ambassador = sanction
severed ties = sanction
severs ties = sanction
sever ties = sanction
severed relations = sanction
cut ties = sanction
cut off relations = sanction
broke off relations = sanction
break off relations = sanction
broke off diplomatic relations = sanction
asset freeze = sanction
froze assets = sanction
freeze assets = sanction
blacklist* = sanction
trade ban = sanction
suspended talks = sanction
suspends talks = sanction
suspend talks = sanction
suspended negotiations = sanction
# --- mobilize ------------------------------------------------------------
mobiliz* = mobilize
mobilis* = mobilize
martial law = mobilize
state of war = mobilize
state of emergency = mobilize
deploy* = mobilize
redeploy* = mobilize
troops massed = mobilize
massed troops = mobilize
massing troops = mobilize
amass* = mobilize
buildup = mobilize
build up of troops = mobilize
troop build up = mobilize
military build up = mobilize
reinforcements = mobilize
sent troops = mobilize
send troops = mobilize
sends troops = mobilize
sending troops = mobilize
conscript* = mobilize
reservists = mobilize
call up = mobilize
called up = mobilize
military exercise* = mobilize
military drills = mobilize
drills = mobilize
war games = mobilize
high alert = mobilize
combat readiness = mobilize
on alert = mobilize
recruit* = mobilize
# --- coerce --------------------------------------------------------------
arrest* = coerce
detain* = coerce
detention* = coerce
custody = coerce
imprison* = coerce
jailed = coerce
jailing = coerce
sentenced = coerce
expel* = coerce
expulsion* = coerce
deport* = coerce
confiscat* = coerce
crackdown* = coerce
cracked down = coerce
crack down = coerce
cracks down = coerce
curfew* = coerce
blockade* = coerce
besieg* = coerce
siege = coerce
banned = coerce
bans = coerce
censor* = coerce
internet shutdown* = coerce
blocked access = coerce
took prisoner = coerce
taken prisoner = coerce
captive* = coerce
