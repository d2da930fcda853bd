#!/usr/bin/env python3
"""Synthetic multilingual news corpus for Dossier query benchmarks.

    python3 Benchmarks/generate.py --events N [--seed 42] --out DIR [--csv] [--jobs J]

Writes DIR/corpus.jsonl in Dossier JSON Lines (actor records, place records, then each
article followed by its events) and, with --csv, articles.csv, events.csv,
event_actors.csv, actors.csv and places.csv for SQL peers (DuckDB, SQLite).

Deterministic: the same --seed and --events give byte-identical files whatever --jobs is.
The world (actors, places) comes from random.Random(seed); article i's event count from a
"counts" stream; each block of ARTICLES_PER_CHUNK articles from its own stream keyed by the
block number, so blocks can be made in parallel and a smaller corpus is a prefix of a larger
one with the same seed (except its last article). Python 3.11 standard library only.
"""
import argparse
import bisect
import calendar
import csv
import datetime
import io
import json
import os
import random
import sys
import time
import unicodedata
from json.encoder import encode_basestring as jstr  # C encoder; = json.dumps(s, ensure_ascii=False)

ARTICLES_PER_CHUNK = 4000

# ---------------------------------------------------------------------------------------------
# Fixed core: the 2020 Nagorno-Karabakh war (same records as Examples/corpus/caucasus-2020.jsonl)
# name, kind, country, role, aliases, share of actor draws in percent

CORE_ACTORS = [
    ("Sergei Lavrov", "person", "RUS", "Russian foreign minister",
     ["Lavrov", "Lawrow", "Sergej Lavrov", "Sergej Lawrow", "Sergey Lavrov", "Sergueï Lavrov", "Serguéi Lavrov",
      "Лавров", "Лаврова", "Лаврову", "Лавровым", "Сергей Лавров", "Сергея Лаврова"], 0.5),
    ("Vladimir Putin", "person", "RUS", "President of Russia",
     ["Putin", "Poetin", "Poutine", "Vladimir Poetin", "Vladimir Poutine", "Wladimir Putin", "Vladímir Putin",
      "Путин", "Путина", "Путиным", "Владимир Путин"], 0.9),
    ("Emmanuel Macron", "person", "FRA", "President of France",
     ["Macron", "Макрон", "Макрона", "Эммануэль Макрон"], 0.4),
    ("Ilham Aliyev", "person", "AZE", "President of Azerbaijan",
     ["Aliyev", "Alijev", "Aliev", "Alíyev", "Alijew", "Ilham Alijev", "Ilham Aliev", "Ilham Alijew", "Ilham Alíyev",
      "İlham Əliyev", "Əliyev", "Алиев", "Алиева", "Алиевым", "Ильхам Алиев", "Ильхамом Алиевым"], 1.2),
    ("Nikol Pashinyan", "person", "ARM", "Prime Minister of Armenia",
     ["Pashinyan", "Pasjinjan", "Pasjinian", "Paschinjan", "Pachinian", "Pashinián", "Nikol Pasjinjan",
      "Nikol Paschinjan", "Nikol Pachinian", "Пашинян", "Пашиняна", "Пашиняном", "Никол Пашинян",
      "Николом Пашиняном"], 1.2),
    ("Mikhail Mishustin", "person", "RUS", "Prime Minister of Russia",
     ["Mishustin", "Misjoestin", "Mischustin", "Misjustin", "Michoustine", "Michail Mischustin",
      "Mikhaïl Michoustine", "Mijaíl Mishustin", "Мишустин", "Михаил Мишустин"], 0.1),
    ("Jeyhun Bayramov", "person", "AZE", "Azerbaijani foreign minister",
     ["Bayramov", "Bajramov", "Bairamow", "Baïramov", "Ceyhun Bayramov", "Dscheihun Bairamow", "Djeyhoun Baïramov",
      "Байрамов", "Байрамовым", "Джейхун Байрамов", "Джейхуном Байрамовым"], 0.3),
    ("Zohrab Mnatsakanyan", "person", "ARM", "Armenian foreign minister",
     ["Mnatsakanyan", "Mnatsakanjan", "Mnazakanjan", "Mnatsakanian", "Sohrab Mnazakanjan", "Zohrab Mnatsakanian",
      "Мнацаканян", "Мнацаканяном", "Зограб Мнацаканян", "Зограбом Мнацаканяном"], 0.3),
    ("Recep Tayyip Erdoğan", "person", "TUR", "President of Turkey",
     ["Erdogan", "Erdoğan", "Tayyip Erdogan", "Recep Tayyip Erdogan", "Эрдоган"], 0.5),
    ("Gunnar Ekeløve-Slydal", "person", "NOR", "Secretary general of the Norwegian Helsinki Committee",
     ["Ekeløve-Slydal", "Ekelove-Slydal", "Gunnar Ekelove-Slydal"], 0.05),
    ("Armenia", "state", "ARM", None,
     ["Armenië", "Armenien", "Arménie", "Republic of Armenia", "Армения", "Армении"], 5.0),
    ("Azerbaijan", "state", "AZE", None,
     ["Aserbajdsjan", "Azerbeidzjan", "Aserbaidschan", "Azerbaïdjan", "Azerbaiyán", "Azerbajdzjan",
      "Republic of Azerbaijan", "Азербайджан", "Азербайджана"], 5.0),
    ("Russia", "state", "RUS", None,
     ["Russland", "Rusland", "Russie", "Rusia", "Ryssland", "Russian Federation", "Россия", "России"], 2.5),
    ("Turkey", "state", "TUR", None,
     ["Tyrkia", "Turkije", "Türkei", "Turquie", "Turquía", "Turkiet", "Türkiye", "Ankara", "Турция", "Турции"], 1.5),
    ("France", "state", "FRA", None,
     ["Frankrike", "Frankrijk", "Frankreich", "Francia", "Франция", "Франции"], 0.6),
    ("United States", "state", "USA", None,
     ["USA", "US", "United States of America", "Verenigde Staten", "Vereinigte Staaten", "États-Unis",
      "Estados Unidos", "США"], 0.6),
    ("Norway", "state", "NOR", None,
     ["Norge", "Noorwegen", "Norwegen", "Norvège", "Noruega", "Норвегия"], 0.1),
    ("OSCE Minsk Group", "organization", None, "OSCE mediators co-chaired by France, Russia and the United States",
     ["Minsk Group", "Minsk-gruppen", "Minskgruppen", "Minsk-groep", "Minsker Gruppe", "groupe de Minsk",
      "Grupo de Minsk", "Минская группа", "Минской группы"], 0.5),
    ("Norwegian Helsinki Committee", "organization", "NOR", "human rights organisation",
     ["Den norske Helsingforskomité", "Helsingforskomiteen", "Norsk Helsingforskomité", "Noors Helsinki Comité",
      "Norwegisches Helsinki-Komitee", "NHC"], 0.05),
    ("International Committee of the Red Cross", "organization", "CHE", "humanitarian organisation",
     ["ICRC", "Red Cross", "Internationale Comité van het Rode Kruis", "Rode Kruis", "Røde Kors",
      "Internationales Komitee vom Roten Kreuz", "IKRK", "CICR", "Comité international de la Croix-Rouge", "МККК",
      "Красный Крест"], 0.3),
    ("Nagorno-Karabakh defence army", "armed-group", None,
     "forces of the ethnic Armenian authorities in Nagorno-Karabakh",
     ["Artsakh Defence Army", "Karabakh defence army", "Karabakh Armenian forces",
      "Armée de défense du Haut-Karabakh", "Армия обороны Нагорного Карабаха", "Армия обороны Арцаха"], 2.0),
    ("Foreign fighters", "armed-group", None, "fighters from Syria and Libya reported in the conflict zone",
     ["Syrian fighters", "Syrian mercenaries", "syriske leiesoldater", "syriske opprørere", "syriska krigare",
      "Syrische strijders", "syrische Söldner", "combattants syriens", "mercenarios sirios", "combatientes sirios",
      "сирийские боевики", "наёмники"], 0.3),
    ("Azerbaijani defence ministry", "military", "AZE", "Ministry of Defence of Azerbaijan",
     ["Azerbaijani Ministry of Defence", "Azerbaijani defense ministry", "Aserbajdsjans forsvarsdepartement",
      "ministère azerbaïdjanais de la Défense", "aserbaidschanisches Verteidigungsministerium",
      "Azerbeidzjaans ministerie van Defensie", "Минобороны Азербайджана"], 1.5),
    ("Russian foreign ministry", "government", "RUS", "Ministry of Foreign Affairs of Russia",
     ["Russian Foreign Ministry", "Russian MFA", "russisk UD", "Russlands utenriksdepartement",
      "Russisches Außenministerium", "ministère russe des Affaires étrangères", "Ministerio de Asuntos Exteriores de Rusia",
      "Russisch ministerie van Buitenlandse Zaken", "МИД России", "МИД РФ"], 0.3),
    ("AFP", "media", "FRA", "French news agency", ["Agence France-Presse", "Франс Пресс"], 0.05),
    ("European Union", "organization", None, "political and economic union of European states",
     ["EU", "Den europeiske union", "Europese Unie", "Europäische Union", "Union européenne", "Unión Europea",
      "Europeiska unionen", "Den Europæiske Union", "Unione europea", "Евросоюз"], 0.3),
    ("United Nations", "organization", None, "intergovernmental organisation",
     ["UN", "FN", "VN", "ONU", "Forente nasjoner", "Verenigde Naties", "Vereinte Nationen", "Nations unies",
      "Naciones Unidas", "Nazioni Unite", "ООН"], 0.3),
    ("NATO", "organization", None, "North Atlantic military alliance",
     ["North Atlantic Treaty Organization", "OTAN", "НАТО"], 0.2),
]

CORE_PLACES = [  # name, kind, country, lat, lon, aliases, share of located events in percent
    ("Moscow", "city", "RUS", 55.7558, 37.6173,
     ["Moskva", "Moskou", "Moskau", "Moscou", "Moscú", "Москва", "Москве", "Москвы"], 1.5),
    ("Stepanakert", "city", "AZE", 39.8153, 46.7519, ["Khankendi", "Xankəndi", "Степанакерт", "Степанакерте"], 6.0),
    ("Yerevan", "city", "ARM", 40.1792, 44.4991, ["Jerevan", "Ereván", "Erevan", "Eriwan", "Ереван", "Ереване"], 2.0),
    ("Baku", "city", "AZE", 40.4093, 49.8671, ["Bakı", "Bakou", "Bakoe", "Bakú", "Баку"], 2.0),
    ("Geneva", "city", "CHE", 46.2044, 6.1432, ["Genève", "Genf", "Ginebra", "Женева", "Женеве"], 0.5),
    ("Nagorno-Karabakh", "region", "AZE", 39.9, 46.7,
     ["Nagorno-Karabach", "Haut-Karabakh", "Bergkarabach", "Berg-Karabach", "Nagorno Karabaj", "Alto Karabaj",
      "Karabakh", "Karabach", "Artsakh", "Нагорный Карабах", "Нагорного Карабаха", "Карабах"], 5.0),
    ("Shusha", "city", "AZE", 39.7583, 46.75,
     ["Shushi", "Şuşa", "Chouchi", "Choucha", "Schuscha", "Sjoesja", "Sjusja", "Шуша", "Шуши"], 2.5),
    ("Ganja", "city", "AZE", 40.6828, 46.3606,
     ["Gəncə", "Gandja", "Gandscha", "Gandsja", "Gyandzha", "Гянджа", "Гяндже"], 2.5),
    ("Tartar", "city", "AZE", 40.3408, 46.9322, ["Tərtər", "Terter", "Тертер"], 3.0),
]

# Further states: code, name, adjective, culture, lat range, lon range, aliases, weight for persons/places
COUNTRIES = [
    ("ARM", "Armenia", "Armenian", "arm", (38.9, 41.2), (43.5, 46.5), None, 20, 25),
    ("AZE", "Azerbaijan", "Azerbaijani", "aze", (38.5, 41.8), (45.0, 50.3), None, 20, 30),
    ("RUS", "Russia", "Russian", "rus", (45.0, 60.0), (30.0, 60.0), None, 15, 8),
    ("TUR", "Turkey", "Turkish", "tur", (36.0, 42.0), (26.0, 44.0), None, 8, 7),
    ("FRA", "France", "French", "fra", (43.0, 50.0), (-1.0, 7.0), None, 5, 1),
    ("USA", "United States", "American", "eng", (30.0, 47.0), (-120.0, -75.0), None, 5, 1),
    ("NOR", "Norway", "Norwegian", "nordic", (58.0, 70.0), (5.0, 25.0), None, 1, 1),
    ("GEO", "Georgia", "Georgian", "geo", (41.1, 43.5), (40.0, 46.7),
     ["Georgien", "Georgië", "Géorgie", "Грузия"], 4, 6),
    ("IRN", "Iran", "Iranian", "irn", (26.0, 38.0), (45.0, 61.0),
     ["Islamic Republic of Iran", "Irán", "Иран"], 4, 5),
    ("UKR", "Ukraine", "Ukrainian", "ukr", (45.0, 52.0), (23.0, 40.0),
     ["Ukraina", "Oekraïne", "Ucrania", "Ucraina", "Украина"], 2, 1),
    ("DEU", "Germany", "German", "deu", (47.5, 54.5), (6.0, 15.0),
     ["Tyskland", "Duitsland", "Deutschland", "Allemagne", "Alemania", "Germania", "Германия"], 3, 1),
    ("GBR", "United Kingdom", "British", "eng", (50.0, 58.0), (-5.0, 1.5),
     ["UK", "Britain", "Storbritannia", "Verenigd Koninkrijk", "Großbritannien", "Royaume-Uni", "Reino Unido",
      "Storbritannien", "Regno Unito", "Великобритания"], 2, 1),
    ("ITA", "Italy", "Italian", "ita", (37.0, 46.0), (7.0, 18.0),
     ["Italia", "Italië", "Italien", "Italie", "Италия"], 1, 1),
    ("ESP", "Spain", "Spanish", "esp", (36.0, 43.5), (-9.0, 3.0),
     ["Spania", "Spanje", "Spanien", "Espagne", "España", "Spagna", "Испания"], 1, 1),
    ("NLD", "Netherlands", "Dutch", "nld", (51.0, 53.5), (3.5, 7.0),
     ["Nederland", "Niederlande", "Pays-Bas", "Países Bajos", "Nederländerna", "Paesi Bassi", "Нидерланды"], 1, 1),
    ("SWE", "Sweden", "Swedish", "nordic", (55.5, 68.0), (11.0, 23.0),
     ["Sverige", "Zweden", "Schweden", "Suède", "Suecia", "Svezia", "Швеция"], 1, 1),
    ("DNK", "Denmark", "Danish", "nordic", (54.8, 57.5), (8.2, 12.6),
     ["Danmark", "Denemarken", "Dänemark", "Danemark", "Dinamarca", "Danimarca", "Дания"], 1, 1),
    ("CHE", "Switzerland", "Swiss", "deu", (46.0, 47.7), (6.0, 10.4),
     ["Sveits", "Zwitserland", "Schweiz", "Suisse", "Suiza", "Svizzera", "Швейцария"], 1, 1),
    ("POL", "Poland", "Polish", "pol", (49.5, 54.5), (14.5, 24.0),
     ["Polen", "Pologne", "Polonia", "Польша"], 1, 1),
    ("SYR", "Syria", "Syrian", "ara", (32.5, 37.0), (36.0, 42.0),
     ["Syrien", "Syrië", "Syrie", "Siria", "Сирия"], 1, 1),
    ("IRQ", "Iraq", "Iraqi", "ara", (29.5, 37.0), (39.0, 48.0), ["Irak", "Ирак"], 1, 1),
    ("LBY", "Libya", "Libyan", "ara", (25.0, 33.0), (10.0, 25.0),
     ["Libyen", "Libië", "Libye", "Libia", "Ливия"], 1, 1),
    ("KAZ", "Kazakhstan", "Kazakh", "kaz", (41.0, 55.0), (47.0, 87.0),
     ["Kasakhstan", "Kazachstan", "Kasachstan", "Kazajistán", "Kazakstan", "Казахстан"], 1, 1),
    ("BLR", "Belarus", "Belarusian", "rus", (51.3, 56.1), (23.2, 32.7),
     ["Hviterussland", "Wit-Rusland", "Weißrussland", "Biélorussie", "Bielorrusia", "Vitryssland", "Hviderusland",
      "Bielorussia", "Белоруссия"], 1, 1),
    ("CHN", "China", "Chinese", "chn", (22.0, 45.0), (80.0, 120.0), ["Kina", "Chine", "Cina", "Китай"], 1, 1),
    ("BEL", "Belgium", "Belgian", "fra", (49.5, 51.5), (2.6, 6.4),
     ["Belgia", "België", "Belgien", "Belgique", "Bélgica", "Belgio", "Бельгия"], 1, 1),
    ("AUT", "Austria", "Austrian", "deu", (46.4, 49.0), (9.5, 17.1),
     ["Østerrike", "Oostenrijk", "Österreich", "Autriche", "Österrike", "Østrig", "Австрия"], 1, 1),
    ("CAN", "Canada", "Canadian", "eng", (43.0, 60.0), (-125.0, -65.0), ["Kanada", "Канада"], 1, 1),
    ("FIN", "Finland", "Finnish", "nordic", (60.0, 69.0), (21.0, 30.0),
     ["Finnland", "Finlande", "Finlandia", "Suomi", "Финляндия"], 1, 1),
]

# Person names: culture -> (first names, surname roots, surname suffixes)
PERSON_NAMES = {
    "rus": ("Aleksandr Dmitry Sergei Andrei Alexei Mikhail Ivan Nikolai Pavel Yuri Oleg Igor Viktor Anna Elena Olga "
            "Tatiana Natalia Irina Maria Svetlana Yekaterina Konstantin Grigory Boris",
            "Vol Kuz Mor Bel Sok Tar Zhuk Gor Lob Kras Ster Bor Gal Dub Ryab Med Kol Zar Kislo Lev Orl Sed Tikh Yer "
            "Gusl Mak Nos Shch Zhel Kozl Vorob Sav Tit Fil Grom",
            "ov ev in sky ikov anov enkov ishin"),
    "ukr": ("Oleksandr Andriy Volodymyr Yulia Olena Taras Bohdan Oksana Mykola Iryna Dmytro Vasyl",
            "Shev Bonda Kovalen Tkach Kravch Melnych Ivan Lys Hrytz Ostap Moroz Sav",
            "enko chuk uk yak ko ych"),
    "arm": ("Armen Davit Tigran Aram Hayk Gor Narek Vahan Ashot Karen Levon Ruben Anahit Lilit Mariam Nune Gayane "
            "Siranush Arpine Hasmik Samvel Artur Vardan Seda",
            "Sarg Grigor Harut Petros Vardan Khach Mkrt Hovhann Avet Ghazar Karap Manuk Nersis Simon Tadev Zakar Ohan "
            "Baghdas Gevorg Mesrop Ter-Mart Ayvaz Danel Melik Stepan",
            "yan yan ian atryan unyan"),
    "aze": ("Elnur Rashad Farid Orkhan Tural Kamran Vugar Anar Elchin Ramil Leyla Aysel Gunel Nigar Sevinj Aynur Mahir "
            "Rauf Samir Zaur Ilgar",
            "Mammad Hasan Huseyn Ali Guliy Ismayil Jafar Karim Rahim Salim Abbas Nabi Taghi Valiy Zeyn Asgar Bagir "
            "Gadir Aslan Nasir Rustam",
            "ov ev li zade ov"),
    "kaz": ("Nursultan Askar Daulet Yerlan Aigerim Dana Marat Serik Gulnara Bauyrzhan",
            "Nurlan Tokay Abish Zhakup Seit Kairat Suleim Mukhtar Baimukh Temir",
            "ov ev uly bayev"),
    "tur": ("Mehmet Ahmet Mustafa Emre Burak Murat Kemal Serkan Ayşe Zeynep Elif Fatma Hakan Ömer Yusuf Selin Cem Deniz",
            "Kara Ak Demir Öz Çelik Yıl Kaya Aydın Şahin Arslan Doğan Kurt Er Tek Güneş Yıldız Koç Bal",
            "- oğlu soy kan türk can er dağ"),
    "fra": ("Jean Pierre Marie Claire Antoine Nicolas Julien Camille Isabelle Philippe Luc Sophie Hélène François "
            "Thomas Élodie Mathilde Benoît",
            "Dub Mor Lef Ber Gir Roux Fourn Chev Bonn Mar Gaut Rob Lamb Ferr Mich Blanch Garn Lacr",
            "ois and eau et ier in ard elle on"),
    "eng": ("John Michael David James Robert Sarah Emily Jennifer Mark Daniel Laura Karen Thomas Susan Peter Rachel "
            "Andrew Helen",
            "Hart Whit Brad Ash Carl Stan Fair Holl Kend Mil Ross Thorn Wood Black Green Marsh Pres Brook",
            "ley field ton wood man well ford er son ridge"),
    "geo": ("Giorgi Davit Levan Irakli Nino Tamar Mariam Zurab Nika Ketevan Lasha Salome",
            "Berid Kapan Lomid Gelash Tsiskar Chkheid Abash Kvarats Mikel Japar Gogol Tsereteli",
            "ze adze shvili ia ava uri"),
    "irn": ("Ali Reza Mohammad Hossein Mehdi Javad Hamid Maryam Fatemeh Zahra Sara Amir Saeed Nasrin",
            "Ahmad Karim Mor Sadegh Tehran Jafar Rahim Shiraz Kazem Nour Rostam Bahram Ghasem Hashem",
            "i - an pour zadeh far nejad"),
    "deu": ("Jonas Lukas Felix Anna Katrin Stefan Andreas Sabine Jürgen Uwe Claudia Markus Tobias Julia Heike Dirk",
            "Schmi Hoff Wag Beck Schul Kell Rich Krau Lehm Haas Wolf Brand Hein Vogel Stein Bau",
            "mann er berg inger hardt ke feld dorf"),
    "nordic": ("Lars Erik Ole Anders Kari Ingrid Sigrid Magnus Henrik Astrid Nils Solveig Bjørn Åse Kjersti Maja "
               "Torbjørn Linnea",
               "Ber Dahl Lund Strand Haug Berg Moe Bakk Nord Holm Sand Lie Fjell Vik Ask Sol Eng",
               "- sen son ström gaard heim stad vold rud ås"),
    "nld": ("Jan Pieter Sanne Lotte Bram Daan Eva Joost Femke Willem Anouk Ruud Maarten Esther",
            "Berg Dijk Hoven Veen Wal Brink Meer Bosch Heuvel Laar Kamp Broek",
            "- s man stra ink"),
    "esp": ("José Juan Carlos María Lucía Javier Pablo Elena Sergio Carmen Alberto Isabel Raúl Pilar",
            "Fern Rodrig Mart Gonzal Lop Sanch Moren Alvar Cast Ort Delg Romer Marqu Gut",
            "ández ez ado ero illa ín"),
    "ita": ("Marco Giuseppe Luca Giulia Francesca Alessandro Matteo Chiara Paolo Sara Andrea Roberto Elisa",
            "Ross Russ Ferr Espos Bianch Roman Colomb Ricc Marin Grec Brun Gall Cont Mancin",
            "i o elli etti ini one ucci"),
    "pol": ("Piotr Tomasz Anna Katarzyna Marek Agnieszka Paweł Magdalena Krzysztof Ewa",
            "Kowal Nowak Wiśniew Wójc Kamiń Lewand Zieliń Szymań Dąbrow Kozłow",
            "ski czyk ak ek"),
    "ara": ("Ahmad Khaled Omar Youssef Mahmoud Layla Fatima Nour Samir Bilal Hassan Rana Tariq Amal",
            "al-Hassan al-Jaber al-Khatib al-Masri al-Shami al-Najjar al-Haddad al-Rifai al-Tamimi al-Zoubi "
            "al-Halabi al-Qasim",
            "- i"),
    "chn": ("Wei Li Jun Ming Lei Hua Yan Jie Fang Qiang Xiu Hong",
            "Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Gao",
            "-"),
}
# Place names: culture -> (roots, suffixes)
PLACE_NAMES = {
    "arm": ("Ar Vard Nor Ashta Gor Mar Tal Ijev Sev Dil Mets Kap Sis Ber Hrazd Akh Yegh Gavar Vayk Sar Khach Aghb "
            "Dzor Ayg Gyum Art Spit Kar Mart Ler Ach Ttu",
            "avan adzor ashen ak ut is an ik tsor berd van amor tagh"),
    "aze": ("Qara Ağ Göy Sarı Bala Yeni Köhnə Qız Daş Bəy Mil Şirin Qar Xan Səl Aran Bərd Zərd Ağs Lənk Qəb Xoc "
            "Füz Cəb Zən Gədə Tov Yev Hor Mər",
            "bulaq kənd lı abad çay dağ tala arx oba li su cik lar"),
    "rus": ("Nov Krasn Bel Pokrov Sosn Zarech Lipov Ozyor Kamen Bereg Dubr Tver Vys Gorod Step Zhelez Rybn Volg "
            "Kalin Sever Yug Vostok Zelen Chern Kurg",
            "ovo sk ino ka gorsk ograd noye evka ets ovsk ino"),
    "ukr": ("Nov Krasn Bil Pokrov Sosn Lyp Kamian Bereh Dubr Vyshn Zelen Chern Zhovt",
            "ivka ychi ove yn opil horod ivske"),
    "tur": ("Ak Kara Göl Yeni Eski Kız Bey Çam Taş Sarı Yeşil Kum Dere Bağ Elma Ilıca Kırk Dut",
            "köy pınar hisar ova dere tepe kale lar yurt su"),
    "geo": ("Tsk Kha Zug Tel Gur Akh Bor Mts Sag Kvar Lagod Ozurg Khash Dush Sachkh Marn Bolni",
            "altubo ashuri eti ubani idi ola ura avi ekhi isi"),
    "irn": ("Shah Khorr Mian Mar Sar Nah Ahar Bon Tak Kal Zanj Qaz Ardab Khoy Mak Jolf Meshk",
            "abad shahr dasht an kan rud sar deh gan var"),
    "fra": ("Mont Beau Ville Roche Font Cham Bel Mar Lan Clair Val Pont", "ville mont court lieu ac ignac ières bourg"),
    "deu": ("Alt Neu Ober Unter Wald Stein Hoh Ros Lind Eich Buch Fels", "dorf heim hausen berg feld burg ingen stadt"),
    "eng": ("Ash Brook Clear Fair Green Maple Oak Spring Stone West Lake River", "ville ton field wood dale port ford burg"),
    "nordic": ("Lille Stor Nord Sør Øster Vest Bjørk Fjell Sand Ås Hvit Lyng", "vik by dal heim stad fjord holm strand øy"),
    "nld": ("Zuid Noord Oost West Groot Klein Hoog Laag Brede Zand", "dam dijk veen horst wijk hoven burg recht"),
    "esp": ("San Villa Torre Val Puerto Monte Casa Fuente Alta Vega", "nueva verde mayor real blanca seca alta llana"),
    "ita": ("Monte Castel Borgo Villa Porto Roc Terra Valle Piano Colle", "nuovo franco vecchio rosso alto verde bello mare"),
    "pol": ("Wola Nowa Stara Biała Zielona Grod Krasn Łęk Dęb Lip", "wice ów no sko ice ec"),
    "ara": ("Tal Deir Ras Ain Bir Qasr Kafr Jabal Wadi Tell", " Hamra| Zawr| Abyad| Kabir| Sughra| Nour| Shams| Qamar"),
    "chn": ("Xin Bei Nan Dong Xi Shan He Jiang Long Bai", "zhou yang cheng ning shan tai kou"),
    "kaz": ("Ak Kara Taldy Kyzyl Shu Ust Zhan Sary Ayag Balk", "tau kol orda bulak su kent tobe"),
}

ORG_ADJ = ("Caspian Caucasus Eurasian Transcaucasian Southern Northern Highland Ararat Kura Araz Zangezur Lachin "
           "Syunik Anatolian Baltic Nordic Continental Global International Regional Civic Independent United "
           "Mountain Riverside").split()
ORG_NOUN = ["Humanitarian", "Relief", "Refugee", "Peace", "Human Rights", "Development", "Democracy", "Mine Action",
            "Medical", "Reconciliation", "Monitoring", "Election", "Press Freedom", "Veterans", "Women's", "Youth",
            "Energy", "Trade", "Legal Aid", "Heritage"]
ORG_TYPE = ("Council Foundation Initiative Network Alliance Association Committee Centre Institute Federation Union "
            "League Mission Watch Trust").split()
ORG_ROLE = ["humanitarian organisation", "human rights organisation", "non-governmental organisation",
            "think tank", "monitoring mission", "advocacy group", "international organisation", "charity"]
GOV_MINISTRY = ["Foreign Affairs", "Defence", "Interior", "Justice", "Finance", "Energy", "Emergency Situations",
                "Health", "Economy", "Education"]
GOV_OTHER = ["Security Council", "Presidential Administration", "Parliament", "Cabinet", "National Security Service",
             "Border Service", "Prosecutor General's Office", "Central Election Commission"]
MIL_UNITS = ["Army", "Air Force", "Navy", "Border Guard", "Special Forces", "Military Police", "National Guard",
             "Air Defence Forces", "Artillery Corps", "Engineering Corps"]
MIL_NUMBERED = ["Mountain Brigade", "Motor Rifle Brigade", "Tank Battalion", "Drone Squadron",
                "Reconnaissance Battalion", "Artillery Regiment", "Army Corps", "Infantry Division"]
AG_TYPE = ["Liberation Front", "Defence Units", "Brigade", "Battalion", "Militia", "Volunteer Corps",
           "Resistance Movement", "Self-Defence Forces", "Guard", "Legion"]
MEDIA_ROOT = ("Caspian Kavkaz Ararat Azadliq Hayastan Arax Voskhod Zarya Meridian Horizon Compass Echo Beacon Vanguard "
              "Mirror Polaris Atlas Orbit Pulse Sentinel Frontier Sputnik Lantern Signal").split()
MEDIA_TYPE = "News Daily Herald TV Radio Press Times Post Today Monitor Report 24 Info Media".split()
PERSON_ROLES = ["{a} foreign minister", "{a} defence minister", "spokesperson for the {a} foreign ministry",
                "{a} ambassador", "{a} opposition leader", "{a} member of parliament", "{a} military commander",
                "{a} human rights activist", "{a} government spokesperson", "{a} presidential adviser",
                "{a} political analyst", "{a} regional governor", "{a} deputy prime minister",
                "{a} security council secretary", "{a} ombudsman", "{a} military analyst"]

# ---------------------------------------------------------------------------------------------
# Event vocabulary

TYPE_WEIGHTS = [("assault", 22), ("consult", 14), ("accuse", 11), ("demand", 10), ("threaten", 5), ("reject", 5),
                ("support", 5), ("cooperate", 4), ("agree", 4), ("aid", 4), ("protest", 4), ("coerce", 4),
                ("mobilize", 3), ("sanction", 2), ("concede", 1.5), ("retreat", 1.5)]
MODES = {  # type -> (probability of a mode, modes)
    "assault": (0.6, ["heavy-weapons", "small-arms", "aerial", "drone"]),
    "consult": (0.5, ["phone", "visit", "meeting", "third-party"]),
    "agree": (0.5, ["ceasefire", "peace-deal", "prisoner-exchange"]),
    "demand": (0.4, ["ceasefire", "withdrawal", "negotiation"]),
    "aid": (0.6, ["humanitarian", "military", "economic"]),
    "coerce": (0.5, ["arrest", "seizure", "curfew"]),
    "protest": (0.5, ["demonstration", "strike"]),
    "support": (0.3, ["third-party", "diplomatic"]),
    "mobilize": (0.5, ["military", "civilian"]),
    "sanction": (0.4, ["embargo", "expulsion"]),
    "cooperate": (0.3, ["military", "economic", "diplomatic"]),
    "threaten": (0.3, ["military", "sanctions"]),
}

LANG_WEIGHTS = [("en", 30), ("ru", 12), ("fr", 10), ("de", 10), ("no", 8), ("nl", 7), ("es", 7), ("sv", 6),
                ("da", 5), ("it", 5)]
LANG_CULTURE = {"en": "eng", "no": "nordic", "nl": "nld", "de": "deu", "fr": "fra", "es": "esp", "ru": "rus",
                "sv": "nordic", "da": "nordic", "it": "ita"}
OUTLETS = {
    "en": ["Reuters", "AP", "BBC", "The Guardian", "Al Jazeera English"],
    "no": ["NTB", "NRK", "Aftenposten", "VG"],
    "nl": ["ANP", "NOS", "de Volkskrant", "NRC"],
    "de": ["dpa", "Der Spiegel", "Die Zeit", "Deutsche Welle"],
    "fr": ["AFP", "Le Monde", "Le Figaro", "RFI"],
    "es": ["EFE", "El País", "Europa Press"],
    "ru": ["TASS", "RIA Novosti", "Interfax", "Kommersant"],
    "sv": ["TT", "SVT", "Dagens Nyheter"],
    "da": ["Ritzau", "DR", "Politiken"],
    "it": ["ANSA", "Corriere della Sera", "la Repubblica"],
}

# Per language: sentence templates "{s} ... {t} ...", and the pieces around them.
L = {}
L["en"] = dict(
    agree="{s} reached an agreement with {t}", consult="{s} held talks with {t}",
    support="{s} expressed support for {t}", concede="{s} made concessions to {t}",
    cooperate="{s} agreed to cooperate with {t}", aid="{s} sent aid to {t}",
    retreat="{s} withdrew troops from positions facing {t}", demand="{s} called on {t} to stop the fighting",
    accuse="{s} accused {t} of violating the ceasefire", reject="{s} rejected the proposal by {t}",
    threaten="{s} threatened {t} with retaliation", protest="{s} protested against {t}",
    sanction="{s} imposed sanctions on {t}", mobilize="{s} mobilized forces against {t}",
    coerce="{s} detained supporters of {t}", assault="{s} shelled positions of {t}",
    other="the other side", and_=" and ", loc=" in ", wd=[" on " + w for w in
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()],
    killed="{n} people were killed", injured="{n} were injured", claimed=", officials claimed",
    filler=["The situation in the region remains tense.", "International observers called for restraint.",
            "The claims could not be independently verified.", "Fighting has continued for several days.",
            "Both sides blamed each other for the escalation."])
L["no"] = dict(
    agree="{s} inngikk en avtale med {t}", consult="{s} hadde samtaler med {t}",
    support="{s} uttrykte støtte til {t}", concede="{s} gav innrømmelser til {t}",
    cooperate="{s} ble enige om å samarbeide med {t}", aid="{s} sendte nødhjelp til {t}",
    retreat="{s} trakk styrker tilbake fra stillingene mot {t}", demand="{s} krevde at {t} stanser kampene",
    accuse="{s} anklaget {t} for å bryte våpenhvilen", reject="{s} avviste forslaget fra {t}",
    threaten="{s} truet {t} med gjengjeldelse", protest="{s} protesterte mot {t}",
    sanction="{s} innførte sanksjoner mot {t}", mobilize="{s} mobiliserte styrker mot {t}",
    coerce="{s} arresterte tilhengere av {t}", assault="{s} beskjøt stillingene til {t}",
    other="motparten", and_=" og ", loc=" i ", wd=[" på " + w for w in
    "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()],
    killed="{n} mennesker ble drept", injured="{n} ble såret", claimed=", hevder myndighetene",
    filler=["Situasjonen i regionen er fortsatt spent.", "Internasjonale observatører ber om tilbakeholdenhet.",
            "Opplysningene kan ikke bekreftes uavhengig.", "Kampene har pågått i flere dager.",
            "Partene gir hverandre skylden for opptrappingen."])
L["nl"] = dict(
    agree="{s} bereikte een akkoord met {t}", consult="{s} voerde gesprekken met {t}",
    support="{s} sprak steun uit voor {t}", concede="{s} deed concessies aan {t}",
    cooperate="{s} kwam overeen samen te werken met {t}", aid="{s} stuurde hulp naar {t}",
    retreat="{s} trok troepen terug van de stellingen tegenover {t}", demand="{s} eiste dat {t} de gevechten staakt",
    accuse="{s} beschuldigde {t} van schending van het staakt-het-vuren", reject="{s} verwierp het voorstel van {t}",
    threaten="{s} dreigde {t} met vergelding", protest="{s} protesteerde tegen {t}",
    sanction="{s} legde sancties op aan {t}", mobilize="{s} mobiliseerde troepen tegen {t}",
    coerce="{s} arresteerde aanhangers van {t}", assault="{s} beschoot stellingen van {t}",
    other="de tegenpartij", and_=" en ", loc=" in ", wd=[" op " + w for w in
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()],
    killed="{n} mensen kwamen om", injured="{n} raakten gewond", claimed=", beweren functionarissen",
    filler=["De situatie in de regio blijft gespannen.", "Internationale waarnemers riepen op tot terughoudendheid.",
            "De beweringen konden niet onafhankelijk worden bevestigd.", "De gevechten duren al enkele dagen.",
            "Beide partijen geven elkaar de schuld van de escalatie."])
L["de"] = dict(
    agree="{s} erzielte eine Einigung mit {t}", consult="{s} führte Gespräche mit {t}",
    support="{s} sicherte {t} Unterstützung zu", concede="{s} machte {t} Zugeständnisse",
    cooperate="{s} vereinbarte eine Zusammenarbeit mit {t}", aid="{s} schickte Hilfsgüter an {t}",
    retreat="{s} zog Truppen von den Stellungen gegenüber {t} ab",
    demand="{s} forderte {t} auf, die Kämpfe einzustellen", accuse="{s} warf {t} vor, die Waffenruhe zu brechen",
    reject="{s} lehnte den Vorschlag von {t} ab", threaten="{s} drohte {t} mit Vergeltung",
    protest="{s} protestierte gegen {t}", sanction="{s} verhängte Sanktionen gegen {t}",
    mobilize="{s} mobilisierte Truppen gegen {t}", coerce="{s} nahm Anhänger von {t} fest",
    assault="{s} beschoss Stellungen von {t}",
    other="die Gegenseite", and_=" und ", loc=" in ", wd=[" am " + w for w in
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()],
    killed="{n} Menschen wurden getötet", injured="{n} wurden verletzt", claimed=", behaupten Beamte",
    filler=["Die Lage in der Region bleibt angespannt.", "Internationale Beobachter riefen zur Zurückhaltung auf.",
            "Die Angaben ließen sich nicht unabhängig überprüfen.", "Die Kämpfe dauern seit mehreren Tagen an.",
            "Beide Seiten machen sich gegenseitig für die Eskalation verantwortlich."])
L["fr"] = dict(
    agree="{s} a conclu un accord avec {t}", consult="{s} a eu des entretiens avec {t}",
    support="{s} a exprimé son soutien à {t}", concede="{s} a fait des concessions à {t}",
    cooperate="{s} a accepté de coopérer avec {t}", aid="{s} a envoyé de l'aide à {t}",
    retreat="{s} a retiré ses troupes face à {t}", demand="{s} a exigé que {t} cesse les combats",
    accuse="{s} a accusé {t} de violer le cessez-le-feu", reject="{s} a rejeté la proposition de {t}",
    threaten="{s} a menacé {t} de représailles", protest="{s} a protesté contre {t}",
    sanction="{s} a imposé des sanctions à {t}", mobilize="{s} a mobilisé des troupes contre {t}",
    coerce="{s} a arrêté des partisans de {t}", assault="{s} a bombardé les positions de {t}",
    other="la partie adverse", and_=" et ", loc=" à ", wd=[" " + w for w in
    "lundi mardi mercredi jeudi vendredi samedi dimanche".split()],
    killed="{n} personnes ont été tuées", injured="{n} ont été blessées", claimed=", affirment des responsables",
    filler=["La situation dans la région reste tendue.", "Les observateurs internationaux ont appelé à la retenue.",
            "Ces affirmations n'ont pas pu être vérifiées de manière indépendante.",
            "Les combats se poursuivent depuis plusieurs jours.",
            "Les deux camps se rejettent la responsabilité de l'escalade."])
L["es"] = dict(
    agree="{s} alcanzó un acuerdo con {t}", consult="{s} mantuvo conversaciones con {t}",
    support="{s} expresó su apoyo a {t}", concede="{s} hizo concesiones a {t}",
    cooperate="{s} acordó cooperar con {t}", aid="{s} envió ayuda a {t}",
    retreat="{s} retiró tropas de las posiciones frente a {t}", demand="{s} exigió a {t} que detenga los combates",
    accuse="{s} acusó a {t} de violar el alto el fuego", reject="{s} rechazó la propuesta de {t}",
    threaten="{s} amenazó a {t} con represalias", protest="{s} protestó contra {t}",
    sanction="{s} impuso sanciones a {t}", mobilize="{s} movilizó tropas contra {t}",
    coerce="{s} detuvo a partidarios de {t}", assault="{s} bombardeó posiciones de {t}",
    other="la otra parte", and_=" y ", loc=" en ", wd=[" el " + w for w in
    "lunes martes miércoles jueves viernes sábado domingo".split()],
    killed="{n} personas murieron", injured="{n} resultaron heridas", claimed=", según fuentes oficiales",
    filler=["La situación en la región sigue siendo tensa.", "Los observadores internacionales pidieron moderación.",
            "Las afirmaciones no pudieron ser verificadas de forma independiente.",
            "Los combates continúan desde hace varios días.",
            "Ambas partes se culpan mutuamente de la escalada."])
L["ru"] = dict(
    agree="{s} достиг соглашения с {t}", consult="{s} провёл переговоры с {t}",
    support="{s} выразил поддержку {t}", concede="{s} пошёл на уступки {t}",
    cooperate="{s} договорился о сотрудничестве с {t}", aid="{s} направил помощь {t}",
    retreat="{s} отвёл войска от позиций {t}", demand="{s} потребовал от {t} прекратить боевые действия",
    accuse="{s} обвинил {t} в нарушении перемирия", reject="{s} отверг предложение {t}",
    threaten="{s} пригрозил {t} ответными мерами", protest="{s} выразил протест {t}",
    sanction="{s} ввёл санкции против {t}", mobilize="{s} мобилизовал войска против {t}",
    coerce="{s} задержал сторонников {t}", assault="{s} обстрелял позиции {t}",
    other="противника", and_=" и ", loc=" в ", wd=[" в " + w for w in
    "понедельник вторник среду четверг пятницу субботу воскресенье".split()],
    killed="погибли {n} человек", injured="{n} получили ранения", claimed=", утверждают официальные лица",
    filler=["Ситуация в регионе остаётся напряжённой.", "Международные наблюдатели призвали к сдержанности.",
            "Эти сведения не удалось независимо проверить.", "Бои продолжаются уже несколько дней.",
            "Стороны обвиняют друг друга в эскалации."])
L["sv"] = dict(
    agree="{s} nådde en överenskommelse med {t}", consult="{s} höll samtal med {t}",
    support="{s} uttryckte stöd för {t}", concede="{s} gjorde eftergifter till {t}",
    cooperate="{s} kom överens om att samarbeta med {t}", aid="{s} skickade nödhjälp till {t}",
    retreat="{s} drog tillbaka trupper från ställningarna mot {t}", demand="{s} krävde att {t} upphör med striderna",
    accuse="{s} anklagade {t} för att bryta vapenvilan", reject="{s} avvisade förslaget från {t}",
    threaten="{s} hotade {t} med vedergällning", protest="{s} protesterade mot {t}",
    sanction="{s} införde sanktioner mot {t}", mobilize="{s} mobiliserade trupper mot {t}",
    coerce="{s} grep anhängare till {t}", assault="{s} besköt ställningar som tillhör {t}",
    other="motparten", and_=" och ", loc=" i ", wd=[" i " + w for w in
    "måndags tisdags onsdags torsdags fredags lördags söndags".split()],
    killed="{n} personer dödades", injured="{n} skadades", claimed=", hävdar myndigheterna",
    filler=["Läget i regionen är fortsatt spänt.", "Internationella observatörer uppmanade till återhållsamhet.",
            "Uppgifterna har inte kunnat bekräftas oberoende.", "Striderna har pågått i flera dagar.",
            "Parterna skyller på varandra för upptrappningen."])
L["da"] = dict(
    agree="{s} indgik en aftale med {t}", consult="{s} holdt samtaler med {t}",
    support="{s} udtrykte støtte til {t}", concede="{s} gav indrømmelser til {t}",
    cooperate="{s} blev enige om at samarbejde med {t}", aid="{s} sendte nødhjælp til {t}",
    retreat="{s} trak tropper tilbage fra stillingerne over for {t}", demand="{s} krævede, at {t} standser kampene",
    accuse="{s} beskyldte {t} for at bryde våbenhvilen", reject="{s} afviste forslaget fra {t}",
    threaten="{s} truede {t} med gengældelse", protest="{s} protesterede mod {t}",
    sanction="{s} indførte sanktioner mod {t}", mobilize="{s} mobiliserede tropper mod {t}",
    coerce="{s} anholdt tilhængere af {t}", assault="{s} beskød stillinger tilhørende {t}",
    other="modparten", and_=" og ", loc=" i ", wd=[" i " + w for w in
    "mandags tirsdags onsdags torsdags fredags lørdags søndags".split()],
    killed="{n} mennesker blev dræbt", injured="{n} blev såret", claimed=", hævder myndighederne",
    filler=["Situationen i regionen er fortsat spændt.", "Internationale observatører opfordrede til tilbageholdenhed.",
            "Oplysningerne kunne ikke bekræftes uafhængigt.", "Kampene har varet i flere dage.",
            "Parterne giver hinanden skylden for optrapningen."])
L["it"] = dict(
    agree="{s} ha raggiunto un accordo con {t}", consult="{s} ha avuto colloqui con {t}",
    support="{s} ha espresso sostegno a {t}", concede="{s} ha fatto concessioni a {t}",
    cooperate="{s} ha accettato di cooperare con {t}", aid="{s} ha inviato aiuti a {t}",
    retreat="{s} ha ritirato le truppe dalle posizioni di fronte a {t}",
    demand="{s} ha chiesto a {t} di fermare i combattimenti", accuse="{s} ha accusato {t} di violare il cessate il fuoco",
    reject="{s} ha respinto la proposta di {t}", threaten="{s} ha minacciato {t} di ritorsioni",
    protest="{s} ha protestato contro {t}", sanction="{s} ha imposto sanzioni a {t}",
    mobilize="{s} ha mobilitato truppe contro {t}", coerce="{s} ha arrestato sostenitori di {t}",
    assault="{s} ha bombardato le posizioni di {t}",
    other="la controparte", and_=" e ", loc=" a ", wd=[" " + w for w in
    "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()],
    killed="{n} persone sono state uccise", injured="{n} sono rimaste ferite", claimed=", affermano fonti ufficiali",
    filler=["La situazione nella regione resta tesa.", "Gli osservatori internazionali hanno invitato alla moderazione.",
            "Le affermazioni non hanno potuto essere verificate in modo indipendente.",
            "I combattimenti proseguono da diversi giorni.",
            "Le due parti si accusano a vicenda dell'escalation."])

# ---------------------------------------------------------------------------------------------
# Helpers


# Letters that do not decompose but that Dossier's folding (TextFold) writes out as Latin letters.
_FOLD_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i"})


def fold(s):
    """Case- and diacritic-insensitive key, as Dossier's entity matching compares names (TextFold):
    without the extra letters, "Ağslı" and "Ağsli" were two places here and one name to Dossier."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold().translate(_FOLD_EXTRA))
                   if not unicodedata.combining(c))


_CYR_MULTI = [("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
              ("ya", "я"), ("ye", "е"), ("yo", "ё"), ("gh", "г"), ("ph", "ф"), ("th", "т"), ("ou", "у"),
              ("oo", "у"), ("ee", "и"), ("ck", "к"), ("qu", "кв"), ("dj", "дж"), ("ij", "ий")]
_CYR_ONE = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
            "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
            "u": "у", "v": "в", "w": "в", "x": "х", "z": "з", "ə": "э", "ı": "ы", "ø": "ё", "å": "о", "æ": "е",
            "ł": "л", "ß": "сс", "ö": "ё", "ü": "ю", "ğ": "г", "ş": "ш", "ç": "ч"}
_VOWELS = set("aeiouəıöüøåæ")


def cyrillic(name):
    out = []
    for word in name.split(" "):
        w, i, res, prev_vowel = word.lower(), 0, [], True
        while i < len(w):
            for lat, cyr in _CYR_MULTI:
                if w.startswith(lat, i):
                    res.append(cyr)
                    i += len(lat)
                    prev_vowel = lat[-1] in _VOWELS
                    break
            else:
                c = w[i]
                if c == "y":
                    res.append("и" if not prev_vowel and (i + 1 == len(w) or w[i + 1] not in _VOWELS) else "й")
                elif c in _CYR_ONE:
                    res.append(_CYR_ONE[c])
                else:
                    base = unicodedata.normalize("NFKD", c)[0]
                    res.append(_CYR_ONE.get(base, c))
                prev_vowel = c in _VOWELS
                i += 1
        s = "".join(res)
        out.append(s[:1].upper() + s[1:])
    return " ".join(out)


def ascii_translit(name):
    for a, b in (("ə", "a"), ("Ə", "A"), ("ğ", "gh"), ("ş", "sh"), ("Ş", "Sh"), ("ç", "ch"), ("Ç", "Ch"),
                 ("ı", "i"), ("ö", "o"), ("Ö", "O"), ("ü", "u"), ("Ü", "U"), ("İ", "I"), ("x", "kh"), ("X", "Kh")):
        name = name.replace(a, b)
    return name


def german_translit(name):
    for a, b in (("zh", "sch"), ("Zh", "Sch"), ("kh", "ch"), ("Kh", "Ch"), ("sh", "sch"), ("Sh", "Sch"),
                 ("v", "w"), ("V", "W"), ("y", "j"), ("Y", "J")):
        name = name.replace(a, b)
    return name


def dutch_translit(name):
    for a, b in (("zh", "zj"), ("kh", "ch"), ("sh", "sj"), ("Sh", "Sj"), ("y", "j"), ("Y", "J"), ("u", "oe")):
        name = name.replace(a, b)
    return name


def french_translit(name):
    for a, b in (("kh", "kh"), ("sh", "ch"), ("Sh", "Ch"), ("yan", "ian"), ("u", "ou"), ("y", "ï")):
        name = name.replace(a, b)
    return name


def cumulative(weights):
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    out = [c / acc for c in out]
    out[-1] = 1.0  # random() < 1.0, so bisect never runs past the end
    return out


def zipf_weights(n, s=1.05, offset=4):
    return [1.0 / (r + offset) ** s for r in range(1, n + 1)]


# ---------------------------------------------------------------------------------------------
# The world: actors and places


class Registry:
    """Keeps every name and alias unique (folded) across all actors and places."""

    def __init__(self):
        self.owner = {}

    def free(self, s, me=None):
        k = fold(s)
        return bool(k) and self.owner.get(k, me) is me

    def take(self, s, me):
        self.owner[fold(s)] = me


class Entity:
    __slots__ = ("name", "kind", "country", "role", "aliases", "lat", "lon", "share", "jname", "jalias", "surf",
                 "is_place")


def make_entity(reg, name, kind, country, aliases, role=None, lat=None, lon=None, share=None, strict=True):
    e = Entity()
    e.name, e.kind, e.country, e.role, e.lat, e.lon, e.share = name, kind, country, role, lat, lon, share
    e.is_place = lat is not None
    if not reg.free(name, e):
        if strict:
            raise SystemExit(f"generate.py: core name collides: {name}")
        return None
    reg.take(name, e)
    kept = []
    for a in aliases:
        if a and a != name and a not in kept and reg.free(a, e):
            reg.take(a, e)
            kept.append(a)
        elif strict and a and fold(a) in reg.owner and reg.owner[fold(a)] is not e:
            raise SystemExit(f"generate.py: core alias collides: {a}")
    e.aliases = kept
    return e


def build_world(seed):
    rng = random.Random(f"{seed}/world")
    reg = Registry()
    actors, places = [], []
    for name, kind, country, role, aliases, share in CORE_ACTORS:
        actors.append(make_entity(reg, name, kind, country, aliases, role=role, share=share))
    for name, kind, country, lat, lon, aliases, share in CORE_PLACES:
        places.append(make_entity(reg, name, kind, country, aliases, lat=lat, lon=lon, share=share))

    countries = {c[0]: c for c in COUNTRIES}
    codes = [c[0] for c in COUNTRIES]
    person_cum = cumulative([c[7] for c in COUNTRIES])
    place_cum = cumulative([c[8] for c in COUNTRIES])
    pick_country = lambda cum: codes[bisect.bisect(cum, rng.random())]  # noqa: E731
    split = lambda s: s.split(" ") if isinstance(s, str) else s  # noqa: E731
    pnames = {k: (split(f), split(r), [x if x != "-" else "" for x in split(s)]) for k, (f, r, s) in
              PERSON_NAMES.items()}
    plnames = {k: (split(r), s.split("|") if "|" in s else split(s)) for k, (r, s) in PLACE_NAMES.items()}

    def place_word(culture):
        roots, sufs = plnames[culture]
        return rng.choice(roots) + rng.choice(sufs)

    synthetic = []
    # States not in the core
    for code, name, adj, culture, _, _, aliases, _, _ in COUNTRIES:
        if aliases is not None:
            synthetic.append(make_entity(reg, name, "state", code, aliases, strict=False))

    def add(target, e):
        if e is not None:
            target.append(e)
            return True
        return False

    # Persons
    made = 0
    while made < 1200:
        code = pick_country(person_cum)
        c = countries[code]
        culture, adj = c[3], c[2]
        firsts, roots, sufs = pnames[culture]
        surname = rng.choice(roots) + rng.choice(sufs)
        name = rng.choice(firsts) + " " + surname
        cands = [surname]
        if culture in ("rus", "ukr", "kaz", "aze", "arm"):
            cands += [cyrillic(surname), german_translit(name), cyrillic(name), dutch_translit(surname),
                      french_translit(name)]
        elif culture in ("tur", "aze"):
            cands += [ascii_translit(name), cyrillic(surname)]
        else:
            cands += [cyrillic(surname), rng.choice(firsts)[0] + ". " + surname]
        k = rng.choice((1, 2, 2, 3, 3))
        aliases = [cands[0]] + rng.sample(cands[1:], min(k, len(cands) - 1))
        aliases = aliases[:k] if rng.random() < 0.5 else aliases[1:k + 1] or aliases[:1]
        role = rng.choice(PERSON_ROLES).format(a=adj)
        made += add(synthetic, make_entity(reg, name, "person", code, aliases, role=role, strict=False))

    # Organizations
    made = 0
    while made < 220:
        adj, noun, typ = rng.choice(ORG_ADJ), rng.choice(ORG_NOUN), rng.choice(ORG_TYPE)
        name = f"{adj} {noun} {typ}"
        acro = "".join(w[0] for w in name.replace("'s", "").split()).upper()
        aliases = [acro, f"{noun} {typ} of the {adj} region", cyrillic(name)][:rng.randint(1, 3)]
        country = None if rng.random() < 0.4 else pick_country(person_cum)
        made += add(synthetic, make_entity(reg, name, "organization", country, aliases, role=rng.choice(ORG_ROLE),
                                           strict=False))

    # Government bodies
    made = 0
    while made < 200:
        code = pick_country(person_cum)
        _, cname, adj = countries[code][:3]
        if rng.random() < 0.6:
            p = rng.choice(GOV_MINISTRY)
            short = "foreign" if p == "Foreign Affairs" else p.lower()
            name = f"{adj} {short} ministry"
            aliases = [f"Ministry of {p} of {cname}", f"{adj} Ministry of {p}", f"{cname}'s {short} ministry"]
            role = f"Ministry of {p} of {cname}"
        else:
            p = rng.choice(GOV_OTHER)
            name = f"{adj} {p}"
            aliases = [f"{p} of {cname}", cyrillic(name)]
            role = f"{p} of {cname}"
        aliases = rng.sample(aliases, rng.randint(1, len(aliases)))
        made += add(synthetic, make_entity(reg, name, "government", code, aliases, role=role, strict=False))

    # Military units
    made = 0
    while made < 150:
        code = pick_country(person_cum)
        _, cname, adj = countries[code][:3]
        if rng.random() < 0.3:
            u = rng.choice(MIL_UNITS)
            name, aliases = f"{adj} {u}", [f"{u} of {cname}", f"{cname} {u}"]
        else:
            u, n = rng.choice(MIL_NUMBERED), rng.randint(1, 120)
            suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            name, aliases = f"{adj} {n}{suf} {u}", [f"{n}{suf} {u} of {cname}", f"{cname}'s {n}{suf} {u}"]
        aliases = aliases[:rng.randint(1, 2)]
        made += add(synthetic, make_entity(reg, name, "military", code, aliases, role=f"armed forces of {cname}",
                                           strict=False))

    # Armed groups
    made = 0
    while made < 100:
        code = rng.choice(("ARM", "AZE", "SYR", "IRQ", "LBY", "GEO", "TUR", "RUS", "IRN"))
        root = place_word(countries[code][3])
        typ = rng.choice(AG_TYPE)
        name = f"{root} {typ}"
        acro = "".join(w[0] for w in name.replace("-", " ").split()).upper()
        aliases = [f"{root} fighters", acro, cyrillic(name)][:rng.randint(1, 3)]
        country = None if rng.random() < 0.4 else code
        made += add(synthetic, make_entity(reg, name, "armed-group", country, aliases,
                                           role="irregular armed group", strict=False))

    # Media
    made = 0
    while made < 70:
        root, typ = rng.choice(MEDIA_ROOT), rng.choice(MEDIA_TYPE)
        name = f"{root} {typ}"
        aliases = [f"{root}{typ}".lower() + rng.choice((".com", ".az", ".am", ".ru", ".info")), cyrillic(name)]
        aliases = aliases[:rng.randint(1, 2)]
        made += add(synthetic, make_entity(reg, name, "media", pick_country(person_cum), aliases,
                                           role="news outlet", strict=False))

    # Popularity: states first, then the rest shuffled; Zipf over that order for the non-core share.
    states = [e for e in synthetic if e.kind == "state"]
    rest = [e for e in synthetic if e.kind != "state"]
    rng.shuffle(rest)
    ordered = states + rest
    core_share = sum(e.share for e in actors)
    zw = zipf_weights(len(ordered), s=1.1, offset=12)
    zs = sum(zw)
    for e, w in zip(ordered, zw):
        e.share = (100.0 - core_share) * w / zs
    # Records list the entities grouped by kind, sorted by name (popularity rank stays hidden).
    actors = actors + sorted(synthetic, key=lambda e: (e.kind, e.name))

    # Places
    synth_places = []
    while len(synth_places) < 991:
        code = pick_country(place_cum)
        c = countries[code]
        culture = c[3]
        base = place_word(culture)
        region = rng.random() < 0.12
        name = base + (" District" if region else "")
        cands = [cyrillic(base) + (" район" if region else "")]
        if culture in ("aze", "tur") and ascii_translit(base) != base:
            cands.append(ascii_translit(base) + (" District" if region else ""))
        if culture in ("rus", "ukr", "arm", "kaz", "geo", "irn"):
            cands.append(german_translit(base) + (" Bezirk" if region else ""))
            cands.append(french_translit(base) + (" district" if region else ""))
        if region:
            cands.append(base + " region")
        aliases = cands[:1] + rng.sample(cands[1:], min(len(cands) - 1, rng.randint(0, 2)))
        lat = round(rng.uniform(*c[4]), 4)
        lon = round(rng.uniform(*c[5]), 4)
        e = make_entity(reg, name, "region" if region else "city", code, aliases, lat=lat, lon=lon, strict=False)
        if e is not None:
            synth_places.append(e)
    # Caucasus towns are the popular ones: order AZE/ARM first (shuffled), then the rest.
    near = [e for e in synth_places if e.country in ("AZE", "ARM")]
    far = [e for e in synth_places if e.country not in ("AZE", "ARM")]
    rng.shuffle(near)
    rng.shuffle(far)
    ordered = near + far
    core_share = sum(e.share for e in places)
    zw = zipf_weights(len(ordered), s=1.0, offset=6)
    zs = sum(zw)
    for e, w in zip(ordered, zw):
        e.share = (100.0 - core_share) * w / zs
    places = places + sorted(synth_places, key=lambda e: (e.kind, e.name))

    # Surface forms per language, JSON encodings
    for e in actors + places:
        e.jname = jstr(e.name)
        latin = [a for a in e.aliases if not any("\u0400" <= ch <= "\u04ff" for ch in a)]
        cyr = [a for a in e.aliases if any("\u0400" <= ch <= "\u04ff" for ch in a)]
        e.jalias = [jstr(a) for a in latin] or [e.jname]
        lat_forms = [e.name] * 4 + latin[:2]
        e.surf = {lang: (cyr[:1] if lang == "ru" and cyr else lat_forms) for lang in L}
    return actors, places


# ---------------------------------------------------------------------------------------------
# Calendar

DAY0 = datetime.date(2019, 1, 1)
NDAYS = (datetime.date(2021, 12, 31) - DAY0).days + 1
WAR0 = (datetime.date(2020, 9, 27) - DAY0).days
WAR1 = (datetime.date(2020, 11, 15) - DAY0).days
DAYS = [DAY0 + datetime.timedelta(days=i) for i in range(NDAYS)]
DAY_STR = [d.isoformat() for d in DAYS]
DAY_WD = [d.weekday() for d in DAYS]
DAY_MONTH = [d.strftime("%Y-%m") for d in DAYS]
MONTH_RANGE = {}
for _d in DAYS:
    _m = _d.strftime("%Y-%m")
    if _m not in MONTH_RANGE:
        _last = calendar.monthrange(_d.year, _d.month)[1]
        MONTH_RANGE[_m] = (f"{_m}-01", f"{_m}-{_last:02d}")

# ---------------------------------------------------------------------------------------------
# Chunk generation (runs in worker processes)

W = {}


def init_world(seed, want_csv):
    actors, places = build_world(seed)
    W["actors"], W["places"], W["csv"] = actors, places, want_csv
    W["act_cum"] = cumulative([e.share for e in actors])
    W["place_cum"] = cumulative([e.share for e in places])
    W["type_names"] = [t for t, _ in TYPE_WEIGHTS]
    W["type_cum"] = cumulative([w for _, w in TYPE_WEIGHTS])
    W["lang_names"] = [x for x, _ in LANG_WEIGHTS]
    W["lang_cum"] = cumulative([w for _, w in LANG_WEIGHTS])
    tmpl = {}
    for lang, d in L.items():
        for t in W["type_names"]:
            s = d[t]
            assert s.startswith("{s}") and s.count("{t}") == 1, (lang, t)
            a, b = s[3:].split("{t}")
            tmpl[lang, t] = (a, b)
    W["tmpl"] = tmpl
    # bylines: a pool of journalist names per language
    rng = random.Random(f"{seed}/bylines")
    by = {}
    for lang, culture in LANG_CULTURE.items():
        firsts, roots, sufs = PERSON_NAMES[culture]
        firsts, roots, sufs = firsts.split(), roots.split(), [s if s != "-" else "" for s in sufs.split()]
        by[lang] = [rng.choice(firsts) + " " + rng.choice(roots) + rng.choice(sufs) for _ in range(60)]
    W["bylines"] = by
    slug = lambda o: fold(o).replace(" ", "-")  # noqa: E731
    W["outlets"] = {lang: [(o, slug(o)) for o in os_] for lang, os_ in OUTLETS.items()}


def casualty(rng):
    return min(500, int(rng.paretovariate(0.9) * 1.5) - 1)


def gen_chunk(task):
    chunk, first_no, counts, idw = task
    rng = random.Random(f"{W['seed']}/chunk/{chunk}")
    r = rng.random
    bis = bisect.bisect

    def ch(seq):
        return seq[int(r() * len(seq))]

    actors, places = W["actors"], W["places"]
    act_cum, place_cum = W["act_cum"], W["place_cum"]
    type_names, type_cum = W["type_names"], W["type_cum"]
    lang_names, lang_cum = W["lang_names"], W["lang_cum"]
    tmpl, bylines, outlets = W["tmpl"], W["bylines"], W["outlets"]
    want_csv = W["csv"]
    out = []
    arow, erow, xrow = [], [], []
    for k, nev in enumerate(counts):
        aid = "g%0*d" % (idw, first_no + k)
        lang = lang_names[bis(lang_cum, r())]
        Lg = L[lang]
        # article date
        if r() < 0.3:
            day = WAR0 + int(r() * (WAR1 - WAR0 + 1))
        else:
            day = int(r() * NDAYS)
        month_only = r() < 0.15
        adate = DAY_MONTH[day] if month_only else DAY_STR[day]
        outlet, oslug = outlets[lang][bis(OUTLET_CUM[len(outlets[lang])], r())]
        byline = ch(bylines[lang]) if r() < 0.4 else None
        url = f"https://example.org/{oslug}/{DAY_STR[day].replace('-', '/')}/{aid}" if r() < 0.6 else None
        surf_key = lang
        other, and_, locp, wds = Lg["other"], Lg["and_"], Lg["loc"], Lg["wd"]
        kill_t, inj_t, claim_t = Lg["killed"], Lg["injured"], Lg["claimed"]
        parts = []   # text pieces
        pos = 0
        evs = []
        title = None
        if r() < 0.3:
            f = ch(Lg["filler"])
            parts.append(f)
            parts.append(" ")
            pos = len(f) + 1
        for j in range(1, nev + 1):
            etype = type_names[bis(type_cum, r())]
            mp = MODES.get(etype)
            mode = ch(mp[1]) if mp is not None and r() < mp[0] else None
            # actors
            x = r()
            na = 1 if x < 0.25 else (2 if x < 0.8 else 3)
            chosen = []
            while len(chosen) < na:
                e = actors[bis(act_cum, r())]
                if e not in chosen:
                    chosen.append(e)
            if na == 1:
                src, tgt = chosen, []
            elif na == 2:
                src, tgt = (chosen, []) if r() < 0.15 else (chosen[:1], chosen[1:])
            else:
                src, tgt = (chosen[:1], chosen[1:]) if r() < 0.5 else (chosen[:2], chosen[2:])
            # location
            place = places[bis(place_cum, r())] if r() < 0.8 else None
            # date
            x = r()
            if x < 0.05:
                edate, eday, delta = None, None, 0
            elif month_only:
                edate, eday, delta = adate, None, 0
            else:
                delta = 0 if x < 0.6 else (1 if x < 0.85 else 2 + int(r() * 5))
                eday = max(0, day - delta)
                edate = DAY_STR[eday]
            # casualties
            killed = injured = None
            if etype == "assault":
                if r() < 0.3:
                    killed = casualty(rng)
                if r() < 0.15:
                    injured = casualty(rng)
            claimed = r() < 0.08
            # sentence
            a, b = tmpl[lang, etype]
            s_txt = and_.join([ch(e.surf[surf_key]) for e in src])
            t_txt = and_.join([ch(e.surf[surf_key]) for e in tgt]) if tgt else other
            core = s_txt + a + t_txt + b
            if title is None:
                title = core if place is None else ch(place.surf[surf_key]) + ": " + core
            sent = core
            if place is not None:
                sent += locp + ch(place.surf[surf_key])
            if eday is not None and delta > 0:
                sent += wds[DAY_WD[eday]]
            if killed is not None or injured is not None:
                if killed is not None and injured is not None:
                    sent += "; " + kill_t.format(n=killed) + and_ + inj_t.format(n=injured)
                elif killed is not None:
                    sent += "; " + kill_t.format(n=killed)
                else:
                    sent += "; " + inj_t.format(n=injured)
            if claimed:
                sent += claim_t
            sent += "."
            start = pos
            pos += len(sent)
            parts.append(sent)
            if j < nev or r() < 0.4:
                sep = "\n\n" if r() < 0.3 else " "
                parts.append(sep)
                pos += len(sep)
                if j == nev:
                    f = ch(Lg["filler"])
                    parts.append(f)
                    pos += len(f)
            conf = CONF[int(r() ** 0.5 * 50)]  # 0.5 .. 0.99, skewed high
            jsrc = ",".join([e.jname if r() < 0.95 else ch(e.jalias) for e in src])
            jtgt = ",".join([e.jname if r() < 0.95 else ch(e.jalias) for e in tgt])
            evs.append((j, etype, mode, jsrc, jtgt, place, edate, killed, injured, claimed, sent, start, conf,
                        src, tgt))
        text = "".join(parts).rstrip()
        out.append('{"record":"article","id":"%s","title":%s,"outlet":%s,"byline":%s,"url":%s,"date":"%s",'
                   '"lang":"%s","text":%s}\n' % (aid, jstr(title), jstr(outlet),
                                                 "null" if byline is None else jstr(byline),
                                                 "null" if url is None else jstr(url), adate, lang, jstr(text)))
        if want_csv:
            arow.append((aid, title, outlet, byline, url, adate, lang, len(text.split())))
        for (j, etype, mode, jsrc, jtgt, place, edate, killed, injured, claimed, sent, start, conf,
             src, tgt) in evs:
            eid = f"{aid}-e{j}"
            out.append(
                f'{{"record":"event","id":"{eid}","article":"{aid}","type":"{etype}",'
                f'"mode":{"null" if mode is None else chr(34) + mode + chr(34)},'
                f'"source":[{jsrc}],"target":[{jtgt}],'
                f'"location":{"null" if place is None else place.jname},'
                f'"date":{"null" if edate is None else chr(34) + edate + chr(34)},'
                f'"killed":{"null" if killed is None else killed},'
                f'"injured":{"null" if injured is None else injured},'
                f'"context":{CLAIMED if claimed else "[]"},"sentence":{jstr(sent)},'
                f'"span":[{start},{start + len(sent)}],"confidence":{conf}}}\n')
            if want_csv:
                if edate is None:
                    first = last = None
                elif len(edate) == 7:
                    first, last = MONTH_RANGE[edate]
                else:
                    first = last = edate
                erow.append((eid, aid, etype, mode, None if place is None else place.name,
                             None if place is None else place.country, edate, first, last, killed, injured, sent,
                             conf))
                for e in src:
                    xrow.append((eid, e.name, "source"))
                for e in tgt:
                    xrow.append((eid, e.name, "target"))
    res = ["".join(out).encode("utf-8")]
    if want_csv:
        for rows in (arow, erow, xrow):
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerows(rows)
            res.append(buf.getvalue().encode("utf-8"))
    return res


CLAIMED = '["claimed"]'
CONF = [repr((50 + i) / 100) for i in range(50)]
OUTLET_CUM = {n: cumulative([1.0 / (i + 1) for i in range(n)]) for n in range(1, 8)}


def _init_worker(seed, want_csv):
    W["seed"] = seed
    if "actors" not in W:  # inherited via fork already? (spawn rebuilds the same world)
        init_world(seed, want_csv)
    W["csv"] = want_csv


# ---------------------------------------------------------------------------------------------
# Main


def event_counts(seed, n):
    rng = random.Random(f"{seed}/counts")
    cum = cumulative([8, 14, 20, 22, 16, 10, 6, 4])  # 1..8 events, mean ~4
    counts = bytearray()
    total = 0
    r, bis = rng.random, bisect.bisect
    while total < n:
        c = min(bis(cum, r()) + 1, 8, n - total)
        counts.append(c)
        total += c
    return counts


def main():
    ap = argparse.ArgumentParser(description="Generate a synthetic Dossier benchmark corpus.")
    ap.add_argument("--events", type=int, required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    ap.add_argument("--csv", action="store_true", help="also write CSV files for SQL peers")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (output does not depend on it)")
    args = ap.parse_args()
    t0 = time.monotonic()
    os.makedirs(args.out, exist_ok=True)
    W["seed"] = args.seed
    init_world(args.seed, args.csv)
    counts = event_counts(args.seed, max(0, args.events))
    narticles = len(counts)
    idw = max(7, len(str(narticles)))
    tasks = ((i, 1 + i * ARTICLES_PER_CHUNK, bytes(counts[i * ARTICLES_PER_CHUNK:(i + 1) * ARTICLES_PER_CHUNK]), idw)
             for i in range((narticles + ARTICLES_PER_CHUNK - 1) // ARTICLES_PER_CHUNK))

    big = 1 << 24
    names = ["corpus.jsonl"] + (["articles.csv", "events.csv", "event_actors.csv"] if args.csv else [])
    files = [open(os.path.join(args.out, n), "wb", buffering=big) for n in names]
    actors, places = W["actors"], W["places"]
    head = []
    for e in actors:
        head.append(json.dumps({"record": "actor", "name": e.name, "kind": e.kind, "country": e.country,
                                "role": e.role, "aliases": e.aliases}, ensure_ascii=False, separators=(",", ":")))
    for e in places:
        head.append(json.dumps({"record": "place", "name": e.name, "kind": e.kind, "country": e.country,
                                "lat": e.lat, "lon": e.lon, "aliases": e.aliases},
                               ensure_ascii=False, separators=(",", ":")))
    files[0].write(("\n".join(head) + "\n").encode("utf-8"))
    if args.csv:
        for f, header in zip(files[1:], ("id,title,outlet,byline,url,date,lang,words\n",
                                          "id,article,type,mode,location,country,date,date_first,date_last,"
                                          "killed,injured,sentence,confidence\n",
                                          "event,actor,role\n")):
            f.write(header.encode())
        for n, rows in (("actors.csv", [("name", "kind", "country", "role")] +
                         [(e.name, e.kind, e.country, e.role) for e in actors]),
                        ("places.csv", [("name", "kind", "country", "lat", "lon")] +
                         [(e.name, e.kind, e.country, e.lat, e.lon) for e in places])):
            with open(os.path.join(args.out, n), "w", encoding="utf-8", newline="") as f:
                csv.writer(f, lineterminator="\n").writerows(rows)

    def write(res):
        for f, b in zip(files, res):
            f.write(b)

    if args.jobs > 1 and narticles > ARTICLES_PER_CHUNK:
        import multiprocessing as mp
        with mp.Pool(args.jobs, initializer=_init_worker, initargs=(args.seed, args.csv)) as pool:
            for res in pool.imap(gen_chunk, tasks, chunksize=1):
                write(res)
    else:
        for t in tasks:
            write(gen_chunk(t))
    for f in files:
        f.close()
    secs = time.monotonic() - t0
    total = sum(os.path.getsize(os.path.join(args.out, n)) for n in os.listdir(args.out)
                if n in names or n in ("actors.csv", "places.csv"))
    jsonl = os.path.getsize(os.path.join(args.out, "corpus.jsonl"))
    print(f"generate.py: {sum(counts)} events, {narticles} articles, {len(actors)} actors, {len(places)} places, "
          f"corpus.jsonl {jsonl} bytes, {total} bytes in all, {secs:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
