"""Demo programme records: neighbouring municipalities, people, mentoring pairs, the peer group,
visits with their reports, and advice with the municipalities' follow-up."""

NEIGHBOURS = [
    {
        "slug": "kekava",
        "region": "riga",
        "name": {"lv": "Ķekavas novads", "en": "Ķekava Municipality"},
        "description": {
            "lv": (
                "<p>Ķekavas novads robežojas ar Salaspils novadu pāri Daugavai. Līdzvērtīgās "
                "sadarbības grupā tas piedalās, lai no projekta pašvaldībām pārņemtu pieredzi "
                "energopārvaldnieka funkcijas izveidē.</p>"
            ),
            "en": (
                "<p>Ķekava Municipality borders Salaspils Municipality across the Daugava. It "
                "takes part in the peer group to learn from the project municipalities how to "
                "set up the energy manager function.</p>"
            ),
        },
    },
    {
        "slug": "ropazi",
        "region": "riga",
        "name": {"lv": "Ropažu novads", "en": "Ropaži Municipality"},
        "description": {
            "lv": (
                "<p>Ropažu novads ir Salaspils novada kaimiņš. Grupā tas piedalās, lai kopā ar "
                "citām pašvaldībām stiprinātu energopārvaldības kompetenci.</p>"
            ),
            "en": (
                "<p>Ropaži Municipality is a neighbour of Salaspils Municipality. It joins the "
                "peer group to strengthen its energy management competence together with other "
                "municipalities.</p>"
            ),
        },
    },
    {
        "slug": "kuldiga",
        "region": "kurzeme",
        "name": {"lv": "Kuldīgas novads", "en": "Kuldīga Municipality"},
        "description": {
            "lv": (
                "<p>Kuldīgas novads robežojas ar Saldus novadu. Grupā tas piedalās, lai "
                "apmainītos ar pieredzi par energopārvaldnieka pienākumiem un enerģijas datu "
                "uzskaiti pašvaldībā.</p>"
            ),
            "en": (
                "<p>Kuldīga Municipality borders Saldus Municipality. It takes part in the peer "
                "group to share experience on the energy manager's duties and on keeping "
                "municipal energy data.</p>"
            ),
        },
    },
    {
        "slug": "dienvidkurzeme",
        "region": "kurzeme",
        "name": {"lv": "Dienvidkurzemes novads", "en": "South Kurzeme Municipality"},
        "description": {
            "lv": (
                "<p>Dienvidkurzemes novads ieskauj Liepāju un robežojas ar Saldus novadu. Grupā "
                "tas piedalās, lai izmantotu kaimiņu pieredzi energopārvaldības sistēmas "
                "ieviešanā.</p>"
            ),
            "en": (
                "<p>South Kurzeme Municipality surrounds Liepāja and borders Saldus "
                "Municipality. It takes part in the peer group to draw on its neighbours' "
                "experience in introducing energy management.</p>"
            ),
        },
    },
]

PEOPLE = [
    {
        "username": "mentor2",
        "first_name": "Kristīne",
        "last_name": "Vītola",
        "role": "mentor",
        "municipality": "liepaja",
        "organisation": "",
        "position": "Energoefektivitātes projektu vadītāja",
    },
    {
        "username": "expert",
        "first_name": "Arne",
        "last_name": "Fjellheim",
        "role": "expert",
        "municipality": None,
        "organisation": "Regional energy agency, Western Norway",
        "position": "Senior adviser, municipal energy and climate planning",
    },
    {
        "username": "saldus",
        "first_name": "Elīna",
        "last_name": "Grīnberga",
        "role": "member",
        "municipality": "saldus",
        "organisation": "",
        "position": "Attīstības plānošanas speciāliste",
    },
    {
        "username": "salaspils",
        "first_name": "Raimonds",
        "last_name": "Kalnačs",
        "role": "member",
        "municipality": "salaspils",
        "organisation": "",
        "position": "Attīstības nodaļas projektu vadītājs",
    },
    {
        "username": "kekava",
        "first_name": "Artūrs",
        "last_name": "Zvirbulis",
        "role": "member",
        "municipality": "kekava",
        "organisation": "",
        "position": "Infrastruktūras nodaļas inženieris",
    },
    {
        "username": "facilitator",
        "first_name": "Sandra",
        "last_name": "Kļaviņa",
        "role": "mentor",
        "municipality": "salaspils",
        "organisation": "",
        "position": "Energopārvaldniece",
    },
]

PAIRS = [
    {
        "key": "liepaja-jurmala",
        "mentor": "liepaja",
        "mentee": "jurmala",
        "mentors": ["mentor"],
        "experts": ["expert"],
        "start_offset_days": -300,
        "end_offset_days": 430,
        "status": "active",
        "goals": (
            "Nostiprināt Jūrmalas ilgtspējīgas enerģētikas rīcības programmas ieviešanas "
            "uzraudzību: ieviest pašvaldības ēku enerģijas patēriņa ikmēneša uzskaiti un "
            "ikgadēju ieviešanas pārskatu domei. Sagatavot pamatu programmas aktualizēšanai par "
            "SECAP, iekļaujot pielāgošanos klimata pārmaiņām. Izvērtēt Liepājas pieredzi ielu "
            "apgaismojuma modernizācijā un tās pārņemšanas iespējas Jūrmalā."
        ),
    },
    {
        "key": "liepaja-saldus",
        "mentor": "liepaja",
        "mentee": "saldus",
        "mentors": ["mentor2"],
        "experts": ["expert"],
        "start_offset_days": -280,
        "end_offset_days": 450,
        "status": "active",
        "goals": (
            "Palīdzēt Saldus novadam pēc administratīvi teritoriālās reformas aktualizēt "
            "enerģijas un emisiju bāzes datus visai novada teritorijai. Noteikt atbildīgo par "
            "rīcības plāna ieviešanu un energopārvaldnieka pienākumus. Izvērtēt pašvaldības "
            "katlumāju un ēku energoefektivitātes pasākumu prioritātes, lai tās iekļautu jaunajā "
            "SECAP."
        ),
    },
    {
        "key": "liepaja-salaspils",
        "mentor": "liepaja",
        "mentee": "salaspils",
        "mentors": ["mentor", "mentor2"],
        "experts": ["expert"],
        "start_offset_days": -260,
        "end_offset_days": 470,
        "status": "active",
        "goals": (
            "Ieviest regulāru datu apmaiņu ar siltumapgādes uzņēmumu un izmantot to rīcības "
            "plāna uzraudzībā. Ieviest ikgadēju ziņošanu domei par plāna izpildi. Sagatavot "
            "SECAP izstrādes darba uzdevumu un ieinteresēto pušu iesaistes plānu, ņemot vērā "
            "Pilsētu mēru pakta 2030. gada mērķu ietvaru."
        ),
    },
]

GROUPS = [
    {
        "key": "energy-manager",
        "topic": "Energopārvaldnieka kompetence pašvaldībās",
        "description": (
            "Līdzvērtīgās sadarbības grupa apvieno projekta pašvaldības un to kaimiņu novadus, "
            "kuros energopārvaldnieka nav vai tā kompetence ir jānostiprina. Dalībnieki "
            "salīdzina energopārvaldnieka pienākumus, enerģijas datu uzskaites praksi un "
            "lēmumu pieņemšanas kārtību. Grupas darba rezultātā tiek sagatavoti materiāli "
            "energopārvaldnieka apmācībai un energopārvaldības sistēmas ieviešanai pašvaldībā."
        ),
        "members": [
            "jurmala",
            "saldus",
            "salaspils",
            "kekava",
            "ropazi",
            "kuldiga",
            "dienvidkurzeme",
        ],
        "facilitators": ["facilitator"],
        "start_offset_days": -200,
        "status": "active",
    },
]

VISITS = [
    {
        "key": "jurmala-mentoring-start",
        "kind": "mentoring",
        "pair": "liepaja-jurmala",
        "group": None,
        "title": "Ievadsesija: Jūrmalas rīcības programmas ieviešanas stāvoklis",
        "host": "jurmala",
        "visiting": ["liepaja"],
        "participants": ["mentor", "mentee"],
        "day_offset": -280,
        "starts": "10:00",
        "ends": "14:00",
        "place": "Jūrmalas valstspilsētas pašvaldība, Jomas iela 1/5, Jūrmala",
        "agenda": (
            "10:00 Iepazīšanās, mentoringa pāra mērķi un darba kārtība gadam\n"
            "10:30 Rīcības programmas 2013.–2020. gadam pasākumu pārskats: kas īstenots, "
            "kas apstājies\n"
            "11:30 Atbildības sadalījums starp nodaļām un darba grupas darbs\n"
            "12:30 Pusdienas\n"
            "13:00 Pieejamie enerģijas patēriņa dati par pašvaldības ēkām\n"
            "13:40 Nākamie soļi, nākamās tikšanās laiks"
        ),
        "status": "held",
        "is_public": False,
        "public_summary": "",
        "case_studies": ["jurmala-seap-working-group"],
        "lessons": ["planning-and-implementation", "energy-manager-role"],
        "report": {
            "observations": (
                "Rīcības programmas ieviešanu koordinē Stratēģiskās un biznesa plānošanas "
                "nodaļa, un darba grupa ir izveidota, taču pēdējā laikā tā sanākusi "
                "neregulāri. Enerģijas patēriņa dati par pašvaldības ēkām glabājas pie "
                "dažādām iestādēm un apsaimniekotājiem, un neviens tos neapkopo vienuviet. "
                "Pasākumu īstenošanas statuss tiek apkopots tikai pēc pieprasījuma."
            ),
            "strengths": (
                "Programma ir apstiprināta domē, un atbildīgā nodaļa ir skaidri noteikta. "
                "Darba grupā ir dažādu nodaļu pārstāvji, uz kuras pamata var veidot regulāru "
                "uzraudzību."
            ),
            "weaknesses": (
                "Nav vienas personas, kas ikdienā atbild par enerģijas datiem un ieviešanas "
                "uzraudzību. Nav ikgadēja ieviešanas pārskata, tāpēc domei trūkst informācijas "
                "par progresu."
            ),
            "measures": [],
        },
    },
    {
        "key": "saldus-mentoring-start",
        "kind": "mentoring",
        "pair": "liepaja-saldus",
        "group": None,
        "title": "Ievadsesija: Saldus novada rīcības plāna pārskats pēc teritoriālās reformas",
        "host": "saldus",
        "visiting": ["liepaja"],
        "participants": ["mentor2", "saldus"],
        "day_offset": -250,
        "starts": "10:00",
        "ends": "14:30",
        "place": "Saldus novada pašvaldība, Striķu iela 3, Saldus",
        "agenda": (
            "10:00 Mentoringa pāra mērķi un sadarbības kārtība\n"
            "10:30 Ilgtspējīgas enerģijas rīcības plāna 2014.–2020. gadam izpildes pārskats\n"
            "11:30 Novada teritorijas izmaiņas pēc 2021. gada reformas un datu pieejamība\n"
            "12:30 Pusdienas\n"
            "13:15 Kas pašvaldībā atbild par enerģētikas jautājumiem\n"
            "14:00 Darba plāns nākamajam pusgadam"
        ),
        "status": "held",
        "is_public": False,
        "public_summary": "",
        "case_studies": [],
        "lessons": ["introduction", "planning-and-implementation"],
        "report": {
            "observations": (
                "Rīcības plāna periods ir beidzies, un tā bāzes dati neaptver bijušā Brocēnu "
                "novada teritoriju, kas novadam pievienojās 2021. gadā. Enerģētikas jautājumi "
                "ir sadalīti starp Attīstības nodaļu un komunālās saimniecības speciālistiem. "
                "Pašvaldības ēku un katlumāju dati ir pieejami, bet nav apkopoti vienotā formā."
            ),
            "strengths": (
                "Pašvaldībai ir pieredze ēku energoefektivitātes projektu sagatavošanā ES "
                "fondu finansējumam. Darbinieki labi pārzina ēku tehnisko stāvokli."
            ),
            "weaknesses": (
                "Nav energopārvaldnieka un nav noteikta atbildība par plāna ieviešanu kopumā. "
                "Bāzes emisiju uzskaite ir novecojusi un neatbilst pašreizējai teritorijai."
            ),
            "measures": [],
        },
    },
    {
        "key": "salaspils-mentoring-start",
        "kind": "mentoring",
        "pair": "liepaja-salaspils",
        "group": None,
        "title": "Ievadsesija: plāna uzraudzība un datu apmaiņa ar siltumapgādes uzņēmumu",
        "host": "salaspils",
        "visiting": ["liepaja"],
        "participants": ["mentor", "mentor2", "salaspils", "facilitator"],
        "day_offset": -230,
        "starts": "10:00",
        "ends": "14:00",
        "place": "Salaspils novada pašvaldība, Līvzemes iela 8, Salaspils",
        "agenda": (
            "10:00 Mentoringa pāra mērķi un darba kārtība\n"
            "10:20 Rīcības plāna pasākumu izpildes pārskats\n"
            "11:00 Liepājas pieredze: kā organizēt enerģijas datu uzskaiti\n"
            "12:00 Pusdienas\n"
            "12:45 Sadarbība ar siltumapgādes uzņēmumu: kādi dati vajadzīgi un kā tos saņemt\n"
            "13:30 Vienošanās par nākamajiem soļiem"
        ),
        "status": "held",
        "is_public": True,
        "public_summary": (
            "Liepājas un Salaspils pašvaldību speciālisti uzsāka mentoringa sadarbību. "
            "Tikšanās laikā pārrunāja ilgtspējīgas enerģijas rīcības plāna ieviešanas "
            "uzraudzību, enerģijas datu uzskaiti un sadarbību ar siltumapgādes uzņēmumu, kā arī "
            "vienojās par darba plānu nākamajam gadam."
        ),
        "case_studies": [],
        "lessons": ["baseline-and-indicators"],
        "report": {
            "observations": (
                "Salaspilī ir energopārvaldniece, taču viņas rīcībā ir tikai rēķinos norādītie "
                "dati, un tos saņem ar nokavēšanos. Plāna pasākumu izpilde tiek apspriesta "
                "galvenokārt tad, kad jāsagatavo projektu pieteikumi. Siltumapgādes uzņēmums ir "
                "atvērts sadarbībai, bet formālas vienošanās par datu nodošanu nav."
            ),
            "strengths": (
                "Energopārvaldnieces amats ir izveidots, un viņa labi pārzina pašvaldības ēkas. "
                "Attīstības nodaļa aktīvi piesaista finansējumu."
            ),
            "weaknesses": (
                "Nav regulāras ziņošanas domei par plāna izpildi. Siltumenerģijas patēriņa dati "
                "par pašvaldības ēkām netiek saņemti pa mēnešiem."
            ),
            "measures": [],
        },
    },
    {
        "key": "jurmala-expert",
        "kind": "expert",
        "pair": "liepaja-jurmala",
        "group": None,
        "title": "Norvēģijas eksperta vizīte Jūrmalā: energopārvaldība un pielāgošanās",
        "host": "jurmala",
        "visiting": ["liepaja"],
        "participants": ["expert", "mentor", "mentee"],
        "day_offset": -150,
        "starts": "09:30",
        "ends": "16:00",
        "place": "Jūrmalas valstspilsētas pašvaldība, Jomas iela 1/5, Jūrmala",
        "agenda": (
            "09:30 Tikšanās ar Stratēģiskās un biznesa plānošanas nodaļu\n"
            "10:00 Rīcības programmas ieviešanas stāvoklis un enerģijas datu uzskaite\n"
            "11:00 Izbraukums: izglītības iestādes un pirmsskolas iestādes ēkas apskate kopā "
            "ar saimniecības vadītājiem\n"
            "12:30 Pusdienas\n"
            "13:30 Klimata pārmaiņu riski piekrastē un Lielupes tuvumā: diskusija ar "
            "speciālistiem\n"
            "15:00 Eksperta pirmie secinājumi un ieteikumi (tulkojums angļu–latviešu)"
        ),
        "status": "held",
        "is_public": True,
        "public_summary": (
            "Jūrmalā viesojās Norvēģijas eksperts ar ilggadēju pieredzi ilgtspējīgā "
            "energoplānošanā pašvaldībās. Kopā ar Liepājas mentoru un Jūrmalas speciālistiem "
            "eksperts iepazinās ar pašvaldības ēku enerģijas uzskaiti un klimata pārmaiņu "
            "riskiem piekrastē. Eksperta ieteikumi tiks izmantoti rīcības programmas ieviešanā "
            "un aktualizēšanā."
        ),
        "case_studies": ["vaxjo-fossil-fuel-free", "la-laguna-citizen-adaptation-vision"],
        "lessons": ["monitoring-buildings"],
        "report": {
            "observations": (
                "Together with the mentor from Liepāja, I met the department responsible for "
                "the programme and visited a school and a kindergarten. The department has a "
                "clear mandate and a working group exists, but energy data for municipal "
                "buildings are still collected mostly from invoices. Caretakers have little "
                "information about the consumption of their own buildings. Staff described "
                "storms, coastal erosion and high groundwater as recurring concerns, yet the "
                "current programme has no adaptation section."
            ),
            "strengths": (
                "The programme is approved by the council and has a named responsible "
                "department. Staff are motivated and open to change, and the first steps "
                "towards collecting monthly meter readings were taken after the first mentoring "
                "session."
            ),
            "weaknesses": (
                "There is no regular monitoring and no annual report to the council. "
                "Adaptation is not yet part of energy and climate planning. Building managers "
                "are not involved in saving energy."
            ),
            "measures": [],
        },
    },
    {
        "key": "saldus-expert",
        "kind": "expert",
        "pair": "liepaja-saldus",
        "group": None,
        "title": "Norvēģijas eksperta vizīte Saldus novadā: energopārvaldnieks un siltumapgāde",
        "host": "saldus",
        "visiting": ["liepaja"],
        "participants": ["expert", "mentor2", "saldus"],
        "day_offset": -120,
        "starts": "09:30",
        "ends": "15:30",
        "place": "Saldus novada pašvaldība, Striķu iela 3, Saldus",
        "agenda": (
            "09:30 Tikšanās ar pašvaldības vadību un Attīstības nodaļu\n"
            "10:15 Kas pašvaldībā atbild par enerģētiku: pašreizējā kārtība\n"
            "11:00 Izbraukums: pašvaldības katlumāja un nesen atjaunota publiska ēka\n"
            "12:30 Pusdienas\n"
            "13:30 Energopārvaldnieka loma un pienākumi: citu pašvaldību piemēri\n"
            "14:30 Eksperta secinājumi un ieteikumi (tulkojums angļu–latviešu)"
        ),
        "status": "held",
        "is_public": True,
        "public_summary": "",
        "case_studies": ["weiz-secap-team-citiengov", "kranj-energy-manager-action-group"],
        "lessons": ["energy-manager-role", "administrative-structure"],
        "report": {
            "observations": (
                "The visit covered the municipal administration, a boiler house and a recently "
                "renovated public building. Energy tasks are shared between the development "
                "department and the municipal utilities, without one person accountable for "
                "the plan as a whole. The action plan for 2014–2020 has expired, and its "
                "baseline does not cover the territory that joined the municipality in 2021."
            ),
            "strengths": (
                "Staff have practical experience in preparing building renovation projects for "
                "EU funding and know the building stock well. The administration is willing to "
                "designate an energy manager. Cooperation with Liepāja is active and well "
                "organised."
            ),
            "weaknesses": (
                "There is no energy manager and no annual reporting. The baseline is outdated. "
                "Investment decisions on boiler houses are taken one at a time, without an "
                "overview of the heat supply as a whole."
            ),
            "measures": [],
        },
    },
    {
        "key": "salaspils-expert",
        "kind": "expert",
        "pair": "liepaja-salaspils",
        "group": None,
        "title": "Norvēģijas eksperta vizīte Salaspils novadā: SECAP sagatavošana",
        "host": "salaspils",
        "visiting": ["liepaja"],
        "participants": ["expert", "mentor", "salaspils"],
        "day_offset": 24,
        "starts": "09:30",
        "ends": "15:30",
        "place": "Salaspils novada pašvaldība, Līvzemes iela 8, Salaspils",
        "agenda": (
            "09:30 Tikšanās ar Attīstības nodaļu un energopārvaldnieci\n"
            "10:15 Datu apmaiņa ar siltumapgādes uzņēmumu: pirmie rezultāti\n"
            "11:00 Izbraukums: siltumapgādes uzņēmuma apmeklējums\n"
            "12:30 Pusdienas\n"
            "13:30 SECAP darba uzdevums un ieinteresēto pušu iesaiste\n"
            "14:45 Eksperta secinājumi un ieteikumi (tulkojums angļu–latviešu)"
        ),
        "status": "planned",
        "is_public": True,
        "public_summary": "",
        "case_studies": ["tartu-city-and-energy-agency"],
        "lessons": ["stakeholder-engagement"],
        "report": None,
    },
    {
        "key": "peer-duties",
        "kind": "peer",
        "pair": None,
        "group": "energy-manager",
        "title": "Grupas tikšanās: energopārvaldnieka pienākumi un pilnvaras",
        "host": "salaspils",
        "visiting": ["jurmala", "saldus", "kekava", "ropazi", "kuldiga", "dienvidkurzeme"],
        "participants": ["facilitator", "mentee", "saldus", "salaspils", "kekava"],
        "day_offset": -90,
        "starts": "10:00",
        "ends": "15:00",
        "place": "Salaspils novada pašvaldība, Līvzemes iela 8, Salaspils",
        "agenda": (
            "10:00 Ievads: grupas mērķi un darba forma\n"
            "10:20 Katras pašvaldības īss stāsts: kas šobrīd veic energopārvaldnieka darbu\n"
            "11:30 Citu Eiropas pilsētu piemēri: Kraņa un Tartu\n"
            "12:30 Pusdienas\n"
            "13:15 Darbs grupās: energopārvaldnieka pienākumu saraksts un nepieciešamās "
            "pilnvaras\n"
            "14:30 Vienošanās par amata apraksta paraugu un nākamo tikšanos"
        ),
        "status": "held",
        "is_public": True,
        "public_summary": (
            "Salaspilī notika līdzvērtīgās sadarbības grupas tikšanās par energopārvaldnieka "
            "kompetenci pašvaldībās. Projekta pašvaldību un kaimiņu novadu speciālisti "
            "salīdzināja, kā pašvaldībās sadalīti energopārvaldības pienākumi, un iepazinās ar "
            "citu Eiropas pilsētu pieredzi. Dalībnieki vienojās kopīgi sagatavot "
            "energopārvaldnieka amata apraksta paraugu."
        ),
        "case_studies": ["kranj-energy-manager-action-group", "tartu-city-and-energy-agency"],
        "lessons": ["energy-manager-role", "pdca-cycle"],
        "report": {
            "observations": (
                "Tikai dažās grupas pašvaldībās energopārvaldnieka pienākumi ir ierakstīti "
                "amata aprakstā. Pārējās tos daļēji veic attīstības plānošanas speciālisti, "
                "inženieri vai iestāžu saimniecības vadītāji. Visas pašvaldības atzina, ka "
                "trūkst vienotas enerģijas datu uzskaites un regulāras ziņošanas vadībai."
            ),
            "strengths": (
                "Dalībnieki atklāti dalījās ar problēmām un bija gatavi izmantot kaimiņu "
                "sagatavotos dokumentus. Pašvaldībām, kurās energopārvaldnieks jau ir, ir "
                "praktiska pieredze, ko nodot citiem."
            ),
            "weaknesses": (
                "Energopārvaldības uzdevumi bieži pievienoti citiem pienākumiem bez darba laika "
                "plānošanas. Lēmumu pieņemšanas kārtība, kā energopārvaldnieka secinājumi "
                "nonāk līdz vadībai, lielākajā daļā pašvaldību nav noteikta."
            ),
            "measures": [],
        },
    },
    {
        "key": "peer-data",
        "kind": "peer",
        "pair": None,
        "group": "energy-manager",
        "title": "Grupas tikšanās: ēku enerģijas datu uzskaite un rādītāji",
        "host": "kekava",
        "visiting": ["jurmala", "saldus", "salaspils", "ropazi", "kuldiga", "dienvidkurzeme"],
        "participants": ["facilitator", "mentee", "saldus", "salaspils", "kekava"],
        "day_offset": 35,
        "starts": "10:00",
        "ends": "15:00",
        "place": "Ķekavas novada pašvaldība, Gaismas iela 19 k-9, Ķekava",
        "agenda": (
            "10:00 Ievads un iepriekšējās tikšanās uzdevumu izpilde\n"
            "10:30 Pašvaldību ēku datu paraugu salīdzinājums\n"
            "11:30 Rādītāji: patēriņš uz platību, klimata korekcija ar apkures grāddienām\n"
            "12:30 Pusdienas\n"
            "13:15 Vienkārša ikmēneša uzraudzības tabula: kopīgas veidnes izstrāde\n"
            "14:30 Energopārvaldnieka amata apraksta parauga apspriešana"
        ),
        "status": "planned",
        "is_public": True,
        "public_summary": "",
        "case_studies": [],
        "lessons": ["baseline-and-indicators", "monitoring-buildings"],
        "report": None,
    },
    {
        "key": "jurmala-shadowing-liepaja",
        "kind": "shadowing",
        "pair": "liepaja-jurmala",
        "group": None,
        "title": "Ēnošana Liepājā: ēku enerģijas uzskaite, ielu apgaismojums un lietusūdeņi",
        "host": "liepaja",
        "visiting": ["jurmala"],
        "participants": ["mentee", "mentor"],
        "day_offset": -60,
        "starts": "09:30",
        "ends": "16:00",
        "place": "Liepājas valstspilsētas pašvaldība, Rožu iela 6, Liepāja",
        "agenda": (
            "09:30 Energopārvaldības darba kārtība Liepājas pašvaldībā\n"
            "10:30 Ēku enerģijas patēriņa uzskaite: kā dati tiek vākti un izmantoti\n"
            "11:30 Izbraukums: modernizēta ielu apgaismojuma posma apskate\n"
            "12:30 Pusdienas\n"
            "13:30 Izbraukums: renovēta iela ar lietusūdens novadīšanas risinājumiem\n"
            "15:00 Kopīgs izvērtējums: ko var pārņemt Jūrmalā"
        ),
        "status": "held",
        "is_public": True,
        "public_summary": (
            "Jūrmalas pašvaldības speciālisti ēnošanas vizītē Liepājā iepazinās ar pašvaldības "
            "ēku enerģijas patēriņa uzskaiti, ielu apgaismojuma modernizāciju un lietusūdens "
            "apsaimniekošanas risinājumiem. Vizītes laikā tika izvērtēts, kurus no redzētajiem "
            "pasākumiem var pārņemt Jūrmalā."
        ),
        "case_studies": [],
        "lessons": ["monitoring-buildings"],
        "report": {
            "observations": (
                "Liepājā ēku enerģijas patēriņa dati tiek apkopoti katru mēnesi vienuviet, un "
                "iestādes saņem atgriezenisko saiti par savu patēriņu. Ielu apgaismojuma "
                "modernizācija notiek pa posmiem, balstoties uz detalizētu tīkla "
                "inventarizāciju. Renovētajā ielā redzējām, kā lietusūdens novadīšanā izmanto "
                "zaļās infrastruktūras elementus."
            ),
            "strengths": (
                "Skaidra atbildība un regulārs ritms datu vākšanā. Modernizācijas projekti tiek "
                "plānoti, balstoties uz datiem, nevis atsevišķiem pieprasījumiem."
            ),
            "weaknesses": (
                "Daļa risinājumu prasa ievērojamus ieguldījumus un tehniskās zināšanas, kas "
                "Jūrmalā pašlaik nav pieejamas vienā struktūrvienībā."
            ),
            "measures": [
                {
                    "title": "Pašvaldības ēku enerģijas patēriņa ikmēneša uzskaite vienotā tabulā",
                    "transferability": "high",
                    "requirements": (
                        "Viena atbildīgā persona ar paredzētu darba laiku, rīkojums iestādēm "
                        "par skaitītāju rādījumu iesniegšanu līdz noteiktam datumam. Lieli "
                        "ieguldījumi nav nepieciešami."
                    ),
                },
                {
                    "title": "Ielu apgaismojuma modernizācija ar LED gaismekļiem un vadību",
                    "transferability": "medium",
                    "requirements": (
                        "Aktuāla apgaismojuma tīkla inventarizācija, finansējums vai ES fondu "
                        "atbalsts, tehniskā specifikācija iepirkumam. Jāņem vērā kūrorta "
                        "teritoriju apgaismojuma prasības."
                    ),
                },
                {
                    "title": "Lietusūdens novadīšana ar zaļās infrastruktūras elementiem",
                    "transferability": "low",
                    "requirements": (
                        "Sadarbība ar ūdenssaimniecības un ceļu projektētājiem jau "
                        "projektēšanas sākumā, grunts un gruntsūdens līmeņa izpēte. Augsts "
                        "gruntsūdens līmenis daļā pilsētas var ierobežot infiltrācijas "
                        "risinājumus."
                    ),
                },
            ],
        },
    },
    {
        "key": "saldus-shadowing-liepaja",
        "kind": "shadowing",
        "pair": "liepaja-saldus",
        "group": None,
        "title": "Ēnošana Liepājā: viedā uzskaite, ziņošana domei un ēku atjaunošana",
        "host": "liepaja",
        "visiting": ["saldus"],
        "participants": ["saldus", "mentor2"],
        "day_offset": -45,
        "starts": "10:00",
        "ends": "16:00",
        "place": "Liepājas valstspilsētas pašvaldība, Rožu iela 6, Liepāja",
        "agenda": (
            "10:00 Energopārvaldības darba organizācija un ziņošana domei\n"
            "11:00 Izbraukums: izglītības iestāde ar attālināti nolasāmiem skaitītājiem\n"
            "12:30 Pusdienas\n"
            "13:30 Izbraukums: atjaunota pašvaldības ēka ar mehānisko ventilāciju\n"
            "14:30 Siltumapgādes tīkla atjaunošanas pieredze\n"
            "15:15 Izvērtējums: ko var pārņemt Saldus novadā"
        ),
        "status": "held",
        "is_public": False,
        "public_summary": "",
        "case_studies": [],
        "lessons": ["energy-manager-role", "monitoring-buildings"],
        "report": {
            "observations": (
                "Redzējām, kā attālināti nolasāmi skaitītāji ļauj pamanīt patēriņa novirzes "
                "dažu dienu laikā, un kā energopārvaldnieks reizi gadā ziņo domei par "
                "patēriņu un pasākumu izpildi. Atjaunotajā ēkā iepazināmies ar ventilācijas "
                "sistēmu ar siltuma atgūšanu un tās uzturēšanas kārtību."
            ),
            "strengths": (
                "Dati tiek izmantoti lēmumu pieņemšanā, un ziņošanas kārtība ir noteikta. Ēku "
                "tehniskais personāls ir apmācīts jauno sistēmu uzturēšanā."
            ),
            "weaknesses": (
                "Viedās uzskaites sistēma ir atkarīga no piegādātāju datu platformām, kas rada "
                "papildu izmaksas. Daļa risinājumu piemērota lielākiem tīkliem nekā Saldus "
                "novadā."
            ),
            "measures": [
                {
                    "title": "Attālināti nolasāmi skaitītāji izglītības iestādēs",
                    "transferability": "medium",
                    "requirements": (
                        "Skaitītāju vai datu nolasīšanas moduļu iegāde, datu platformas "
                        "izmaksas, vienošanās ar siltumapgādes uzņēmumu par piekļuvi datiem. "
                        "Ieteicams sākt ar divām ēkām."
                    ),
                },
                {
                    "title": "Energopārvaldnieka ikgadējais ziņojums domei",
                    "transferability": "high",
                    "requirements": (
                        "Domes lēmums par ziņošanas kārtību un atbildīgā persona. Var ieviest "
                        "bez papildu izmaksām."
                    ),
                },
                {
                    "title": "Ēkas atjaunošana ar mehānisko ventilāciju un siltuma atgūšanu",
                    "transferability": "medium",
                    "requirements": (
                        "Energoaudits un tehniskā apsekošana, ES fondu finansējums un "
                        "pašvaldības līdzfinansējums, apmācīts personāls sistēmas uzturēšanai."
                    ),
                },
                {
                    "title": "Siltumtīklu nomaiņa ar rūpnieciski izolētām caurulēm",
                    "transferability": "low",
                    "requirements": (
                        "Ieguldījums atmaksājas galvenokārt lielākos tīklos; Saldus novadā "
                        "katram mazajam tīklam jāveic atsevišķs izvērtējums."
                    ),
                },
            ],
        },
    },
    {
        "key": "kekava-shadowing-salaspils",
        "kind": "shadowing",
        "pair": None,
        "group": "energy-manager",
        "title": "Ēnošana Salaspilī: energopārvaldnieces darbs un datu apmaiņa",
        "host": "salaspils",
        "visiting": ["kekava", "ropazi"],
        "participants": ["facilitator", "kekava", "salaspils"],
        "day_offset": -30,
        "starts": "10:00",
        "ends": "14:00",
        "place": "Salaspils novada pašvaldība, Līvzemes iela 8, Salaspils",
        "agenda": (
            "10:00 Energopārvaldnieces darba diena: uzdevumi un laika sadalījums\n"
            "10:45 Energopārvaldības darba grupas sanāksmes kārtība\n"
            "11:30 Ikmēneša datu saņemšana no siltumapgādes uzņēmuma\n"
            "12:30 Pusdienas\n"
            "13:15 Izvērtējums: ko var pārņemt Ķekavas un Ropažu novados"
        ),
        "status": "held",
        "is_public": False,
        "public_summary": "",
        "case_studies": [],
        "lessons": ["pdca-cycle", "baseline-and-indicators"],
        "report": {
            "observations": (
                "Salaspils energopārvaldniece ik ceturksni sasauc darba grupu ar nodaļu un "
                "iestāžu pārstāvjiem, kurā izskata patēriņa izmaiņas un plānotos darbus. Kopš "
                "vienošanās ar siltumapgādes uzņēmumu dati par pašvaldības ēkām tiek saņemti "
                "katru mēnesi, un tos izmanto gan uzraudzībā, gan budžeta plānošanā."
            ),
            "strengths": (
                "Vienkārša, regulāra kārtība, kas nav atkarīga no dārgām sistēmām. "
                "Energopārvaldniecei ir tieša saikne ar pašvaldības vadību."
            ),
            "weaknesses": (
                "Darbs lielā mērā balstās uz vienu cilvēku; aizvietošanas kārtība nav noteikta."
            ),
            "measures": [
                {
                    "title": "Energopārvaldības darba grupa ar ceturkšņa sanāksmēm",
                    "transferability": "high",
                    "requirements": (
                        "Izpilddirektora rīkojums par darba grupas sastāvu un atbildīgā persona, "
                        "kas sagatavo datus sanāksmēm."
                    ),
                },
                {
                    "title": "Ikmēneša siltumenerģijas datu saņemšana no siltumapgādātāja",
                    "transferability": "medium",
                    "requirements": (
                        "Rakstiska vienošanās par datu formātu un termiņiem. Ja ēkas apkalpo "
                        "vairāki siltumapgādātāji vai lokālas katlumājas, vienošanās jāslēdz ar "
                        "katru atsevišķi."
                    ),
                },
            ],
        },
    },
    {
        "key": "saldus-lighting-cancelled",
        "kind": "mentoring",
        "pair": "liepaja-saldus",
        "group": None,
        "title": "Darba sesija: ielu apgaismojuma inventarizācijas metodika",
        "host": "saldus",
        "visiting": ["liepaja"],
        "participants": ["mentor2", "saldus"],
        "day_offset": -20,
        "starts": "10:00",
        "ends": "13:00",
        "place": "Saldus novada pašvaldība, Striķu iela 3, Saldus",
        "agenda": (
            "10:00 Liepājas inventarizācijas veidne un datu lauki\n"
            "11:00 Saldus novada apgaismojuma tīkla pieejamie dati\n"
            "12:00 Inventarizācijas darba plāns un atbildīgie"
        ),
        "status": "cancelled",
        "is_public": False,
        "public_summary": "",
        "case_studies": [],
        "lessons": [],
        "report": None,
    },
    {
        "key": "saldus-mentoring-lighting",
        "kind": "mentoring",
        "pair": "liepaja-saldus",
        "group": None,
        "title": "Darba sesija: ielu apgaismojuma inventarizācija un katlumāju pārskats",
        "host": "saldus",
        "visiting": ["liepaja"],
        "participants": ["mentor2", "saldus"],
        "day_offset": 6,
        "starts": "10:00",
        "ends": "14:00",
        "place": "Saldus novada pašvaldība, Striķu iela 3, Saldus",
        "agenda": (
            "10:00 Liepājas inventarizācijas veidne un datu lauki\n"
            "11:00 Saldus novada apgaismojuma tīkla pieejamie dati\n"
            "12:00 Pusdienas\n"
            "12:45 Katlumāju pārskata struktūra investīciju plānam\n"
            "13:30 Darba plāns un atbildīgie"
        ),
        "status": "planned",
        "is_public": False,
        "public_summary": "",
        "case_studies": [],
        "lessons": ["baseline-and-indicators"],
        "report": None,
    },
    {
        "key": "jurmala-mentoring-secap",
        "kind": "mentoring",
        "pair": "liepaja-jurmala",
        "group": None,
        "title": "Mentoringa sesija: SECAP aktualizēšanas darba plāns",
        "host": "jurmala",
        "visiting": ["liepaja"],
        "participants": ["mentor", "mentee"],
        "day_offset": 12,
        "starts": "10:00",
        "ends": "13:30",
        "place": "Jūrmalas valstspilsētas pašvaldība, Jomas iela 1/5, Jūrmala",
        "agenda": (
            "10:00 Ikmēneša datu uzskaites pirmie rezultāti\n"
            "10:45 SECAP struktūra: mazināšana, pielāgošanās, enerģētiskā nabadzība\n"
            "11:45 Riska un ievainojamības novērtējuma sagatavošana\n"
            "12:45 Darba plāns un atbildīgās nodaļas"
        ),
        "status": "planned",
        "is_public": False,
        "public_summary": "",
        "case_studies": ["jurmala-seap-working-group"],
        "lessons": ["planning-and-implementation"],
        "report": None,
    },
]

ADVICE = [
    {
        "key": "jurmala-data-owner",
        "visit": "jurmala-mentoring-start",
        "pair": "liepaja-jurmala",
        "group": None,
        "municipality": "jurmala",
        "given_by": "mentor",
        "title": "Noteikt vienu atbildīgo par pašvaldības ēku enerģijas datiem",
        "text": (
            "Pašlaik enerģijas patēriņa dati par pašvaldības ēkām ir izkaisīti pa iestādēm un "
            "apsaimniekotājiem. Iesakām ar rīkojumu noteikt vienu darbinieku, kurš apkopo šos "
            "datus un ir kontaktpersona iestādēm. Mūsu pieredze rāda, ka bez vienas atbildīgās "
            "personas datu vākšana ātri apstājas. Šim uzdevumam jāparedz konkrēts darba laiks, "
            "nevis tas jāpievieno citiem pienākumiem."
        ),
        "sector": "governance",
        "step": 2,
        "priority": "high",
        "given_offset_days": -278,
        "due_offset_days": -200,
        "updates": [
            {
                "status": "in_progress",
                "note": (
                    "Sagatavots rīkojuma projekts; atbildīgā darbiniece noteikta Stratēģiskās "
                    "un biznesa plānošanas nodaļā. Notiek saskaņošana ar iestāžu vadītājiem."
                ),
                "offset_days": -250,
                "author": "mentee",
            },
            {
                "status": "implemented",
                "note": (
                    "Rīkojums parakstīts. Iestādes katru mēnesi līdz 10. datumam iesniedz "
                    "skaitītāju rādījumus atbildīgajai darbiniecei."
                ),
                "offset_days": -205,
                "author": "mentee",
            },
        ],
    },
    {
        "key": "jurmala-monthly-monitoring",
        "visit": "jurmala-expert",
        "pair": "liepaja-jurmala",
        "group": None,
        "municipality": "jurmala",
        "given_by": "expert",
        "title": "Introduce monthly energy monitoring for municipal buildings",
        "text": (
            "Start with the largest consumers among municipal buildings – schools, "
            "kindergartens and sports facilities – and record their heat and electricity "
            "meter readings every month. Compare each building with its own previous years, "
            "corrected for heating degree days, rather than with other buildings. Send a short "
            "monthly overview to the building managers so that deviations are noticed within "
            "weeks, not at the end of the year. In my experience with Norwegian municipalities, "
            "regular feedback to caretakers is one of the cheapest measures available."
        ),
        "sector": "municipal-buildings",
        "step": 9,
        "priority": "high",
        "given_offset_days": -149,
        "due_offset_days": -30,
        "updates": [
            {
                "status": "in_progress",
                "note": (
                    "Ikmēneša rādījumus jau iesniedz izglītības iestādes. Sporta un kultūras "
                    "iestāžu dati vēl netiek saņemti regulāri, jo daļai ēku skaitītājus nolasa "
                    "apsaimniekotājs; risinām vienošanos par datu nodošanu."
                ),
                "offset_days": -110,
                "author": "mentee",
            },
        ],
    },
    {
        "key": "jurmala-risk-assessment",
        "visit": "jurmala-expert",
        "pair": "liepaja-jurmala",
        "group": None,
        "municipality": "jurmala",
        "given_by": "expert",
        "title": "Include a climate risk and vulnerability assessment in the SECAP update",
        "text": (
            "The current programme covers mitigation only. With a long coastline and low-lying "
            "areas near the Lielupe, storms, coastal erosion and flooding are obvious hazards "
            "to assess. Map which municipal assets and services are exposed, and involve civil "
            "protection and the water utility from the start. The assessment does not need to "
            "be long, but it must be the basis for the adaptation actions in the plan."
        ),
        "sector": "adaptation",
        "step": 4,
        "priority": "medium",
        "given_offset_days": -149,
        "due_offset_days": 60,
        "updates": [],
    },
    {
        "key": "jurmala-lighting-inventory",
        "visit": "jurmala-shadowing-liepaja",
        "pair": "liepaja-jurmala",
        "group": None,
        "municipality": "jurmala",
        "given_by": "mentor",
        "title": "Sagatavot ielu apgaismojuma inventarizāciju pirms modernizācijas",
        "text": (
            "Pirms plānot LED modernizāciju, nepieciešams pilnīgs pārskats par apgaismojuma "
            "tīklu: gaismekļu skaits un jauda, balsti, vadības skapji un uzskaites punkti. "
            "Ēnošanas vizītē redzējāt, ka bez šiem datiem nevar aprēķināt ietaupījumu un "
            "sagatavot iepirkuma tehnisko specifikāciju. Iesakām inventarizāciju sasaistīt ar "
            "ģeotelpisko datu sistēmu, lai to varētu uzturēt aktuālu. Sāciet ar vienu pilsētas "
            "daļu un pēc tam paplašiniet."
        ),
        "sector": "public-lighting",
        "step": 4,
        "priority": "medium",
        "given_offset_days": -58,
        "due_offset_days": -5,
        "updates": [],
    },
    {
        "key": "jurmala-housing-managers",
        "visit": None,
        "pair": "liepaja-jurmala",
        "group": None,
        "municipality": "jurmala",
        "given_by": "mentor",
        "title": "Iesaistīt namu apsaimniekotājus daudzdzīvokļu māju atjaunošanas informēšanā",
        "text": (
            "Dzīvojamais sektors patērē lielu daļu pilsētas enerģijas, bet pašvaldībai tajā ir "
            "tikai netiešas ietekmes iespējas. Iesakām reizi gadā rīkot tikšanos ar lielākajiem "
            "namu apsaimniekotājiem par daudzdzīvokļu māju atjaunošanas finansējuma iespējām. "
            "Tā varētu iegūt arī datus par atjaunoto māju skaitu, kas noder plāna uzraudzībai."
        ),
        "sector": "residential-buildings",
        "step": 3,
        "priority": "low",
        "given_offset_days": -130,
        "due_offset_days": -40,
        "updates": [
            {
                "status": "declined",
                "note": (
                    "Tikšanās ar namu apsaimniekotājiem jau notiek tās pašvaldības "
                    "struktūrvienības darba plānā, kas atbild par mājokļu jautājumiem. "
                    "Atsevišķs pasākums dublētu esošo darbu; datus par atjaunotajām mājām "
                    "turpmāk saņemsim no šīs struktūrvienības."
                ),
                "offset_days": -100,
                "author": "mentee",
            },
        ],
    },
    {
        "key": "saldus-baseline",
        "visit": "saldus-mentoring-start",
        "pair": "liepaja-saldus",
        "group": None,
        "municipality": "saldus",
        "given_by": "mentor2",
        "title": "Aktualizēt bāzes emisiju uzskaiti visai novada teritorijai",
        "text": (
            "Rīcības plāna bāzes dati neaptver teritoriju, kas novadam pievienojās 2021. gada "
            "reformā. Bez vienotas bāzes uzskaites nevar noteikt jaunu mērķi 2030. gadam un "
            "salīdzināt progresu. Iesakām izvēlēties jaunāku bāzes gadu, par kuru pieejami dati "
            "visai teritorijai, un sākt ar pašvaldības ēkām, ielu apgaismojumu un pašvaldības "
            "katlumājām. Datus par privāto sektoru un transportu var papildināt pakāpeniski."
        ),
        "sector": None,
        "step": 4,
        "priority": "high",
        "given_offset_days": -249,
        "due_offset_days": -120,
        "updates": [
            {
                "status": "in_progress",
                "note": (
                    "Apkopoti dati par pašvaldības ēkām un katlumājām visā novada teritorijā. "
                    "Trūkst datu par transportu un mājsaimniecībām; tie pieprasīti valsts "
                    "iestādēm, atbilde vēl nav saņemta."
                ),
                "offset_days": -210,
                "author": "saldus",
            },
        ],
    },
    {
        "key": "saldus-energy-manager",
        "visit": "saldus-expert",
        "pair": "liepaja-saldus",
        "group": None,
        "municipality": "saldus",
        "given_by": "expert",
        "title": "Appoint an energy manager with a clear mandate",
        "text": (
            "Energy tasks are now split between the development department and the municipal "
            "utilities, and no one is accountable for the plan as a whole. Appoint an energy "
            "manager, even part-time at first, and write the tasks into the job description: "
            "collecting data, an annual report to the council and preparing project proposals. "
            "Give the role direct access to the executive director so that findings lead to "
            "decisions. The peer group on energy manager competence can provide a model job "
            "description."
        ),
        "sector": "governance",
        "step": 2,
        "priority": "high",
        "given_offset_days": -119,
        "due_offset_days": -20,
        "updates": [
            {
                "status": "in_progress",
                "note": (
                    "Amata apraksta projekts sagatavots, izmantojot līdzvērtīgās sadarbības "
                    "grupā apspriesto struktūru. Jautājums iekļauts domes komitejas darba "
                    "kārtībā."
                ),
                "offset_days": -85,
                "author": "saldus",
            },
            {
                "status": "implemented",
                "note": (
                    "Ar izpilddirektora rīkojumu energopārvaldnieka pienākumi uzticēti "
                    "Attīstības nodaļas speciālistam uz pusslodzi. Amata aprakstā iekļauta "
                    "ikgadēja ziņojuma sagatavošana domei."
                ),
                "offset_days": -25,
                "author": "saldus",
            },
        ],
    },
    {
        "key": "saldus-boiler-houses",
        "visit": "saldus-expert",
        "pair": "liepaja-saldus",
        "group": None,
        "municipality": "saldus",
        "given_by": "expert",
        "title": "Prepare an investment plan for the municipal boiler houses",
        "text": (
            "The municipal heat supply includes boiler houses of different age and size in "
            "several parishes. Rank them by age, fuel, efficiency and network losses, and "
            "decide for each whether to renovate it, replace it with a heat pump or biomass "
            "solution, or connect its buildings to a larger network. A simple ranking lets you "
            "apply for funding with projects that are already justified. Include the results "
            "as actions in the next SECAP."
        ),
        "sector": "district-heating",
        "step": 6,
        "priority": "medium",
        "given_offset_days": -119,
        "due_offset_days": 45,
        "updates": [],
    },
    {
        "key": "saldus-smart-meters",
        "visit": "saldus-shadowing-liepaja",
        "pair": "liepaja-saldus",
        "group": None,
        "municipality": "saldus",
        "given_by": "mentor2",
        "title": "Uzsākt attālināti nolasāmu skaitītāju pilotprojektu divās skolās",
        "text": (
            "Ēnošanas vizītē redzējāt, kā attālināti nolasāmi skaitītāji ļauj pamanīt patēriņa "
            "novirzes dažu dienu laikā. Iesakām sākt ar divām skolām, kurās ir gan siltuma, gan "
            "elektroenerģijas uzskaite, un pēc gada izvērtēt rezultātus. Pirms iepirkuma "
            "vienojieties ar siltumapgādes uzņēmumu par piekļuvi datiem un noskaidrojiet, vai "
            "esošos skaitītājus var papildināt ar datu nolasīšanas moduli."
        ),
        "sector": "municipal-buildings",
        "step": 8,
        "priority": "medium",
        "given_offset_days": -44,
        "due_offset_days": 30,
        "updates": [
            {
                "status": "in_progress",
                "note": (
                    "Izvēlētas divas skolas Saldū. Siltumapgādes uzņēmums piekrita nodrošināt "
                    "attālinātu datu nolasīšanu; elektroenerģijas skaitītāju risinājumu "
                    "saskaņojam ar sadales sistēmas operatoru."
                ),
                "offset_days": -15,
                "author": "saldus",
            },
        ],
    },
    {
        "key": "saldus-energy-poverty",
        "visit": None,
        "pair": "liepaja-saldus",
        "group": None,
        "municipality": "saldus",
        "given_by": "mentor2",
        "title": "Noteikt enerģētiskās nabadzības rādītājus kopā ar Sociālo dienestu",
        "text": (
            "SECAP var ietvert enerģētiskās nabadzības sadaļu, un tai vajadzīgi vietēji dati. "
            "Iesakām kopā ar Sociālo dienestu vienoties par dažiem rādītājiem, piemēram, "
            "mājsaimniecību skaitu, kas apkures sezonā saņem mājokļa pabalstu, un tos apkopot "
            "katru gadu. Tas palīdzēs mērķtiecīgāk plānot atbalstu daudzdzīvokļu māju "
            "atjaunošanai."
        ),
        "sector": "energy-poverty",
        "step": 4,
        "priority": "low",
        "given_offset_days": -200,
        "due_offset_days": -90,
        "updates": [
            {
                "status": "declined",
                "note": (
                    "Sociālais dienests pašlaik nevar nodrošināt šādu datu apkopošanu papildus "
                    "esošajiem pienākumiem, un datu apvienošanai jāizvērtē personas datu "
                    "aizsardzības prasības. Pie jautājuma atgriezīsimies SECAP izstrādes laikā."
                ),
                "offset_days": -160,
                "author": "saldus",
            },
        ],
    },
    {
        "key": "salaspils-heat-data",
        "visit": "salaspils-mentoring-start",
        "pair": "liepaja-salaspils",
        "group": None,
        "municipality": "salaspils",
        "given_by": "mentor",
        "title": "Vienoties ar siltumapgādes uzņēmumu par regulāru datu apmaiņu",
        "text": (
            "Siltumenerģija parasti ir lielākā pašvaldības ēku enerģijas patēriņa daļa, bet "
            "dati tiek saņemti tikai rēķinu veidā. Iesakām noslēgt vienošanos ar siltumapgādes "
            "uzņēmumu par ikmēneša patēriņa datu nodošanu elektroniskā formā par visām "
            "pašvaldības ēkām. Vienošanās var ietvert arī ikgadēju pārskatu par saražoto siltumu "
            "un izmantoto kurināmo. Šie dati vajadzīgi gan ēku uzraudzībai, gan emisiju "
            "uzskaitei."
        ),
        "sector": "district-heating",
        "step": 9,
        "priority": "high",
        "given_offset_days": -229,
        "due_offset_days": -150,
        "updates": [
            {
                "status": "in_progress",
                "note": (
                    "Vienošanās projekts sagatavots un nosūtīts siltumapgādes uzņēmumam "
                    "saskaņošanai."
                ),
                "offset_days": -210,
                "author": "salaspils",
            },
            {
                "status": "implemented",
                "note": (
                    "Vienošanās parakstīta. Dati par pašvaldības ēkām tiek saņemti katru mēnesi "
                    "tabulas veidā; pirmais pārskats par kurināmo gaidāms pēc apkures sezonas."
                ),
                "offset_days": -155,
                "author": "salaspils",
            },
        ],
    },
    {
        "key": "salaspils-annual-report",
        "visit": "salaspils-mentoring-start",
        "pair": "liepaja-salaspils",
        "group": None,
        "municipality": "salaspils",
        "given_by": "mentor2",
        "title": "Iekļaut ikgadēju plāna ieviešanas pārskatu domes darba plānā",
        "text": (
            "Rīcības plāna ieviešana tiek apspriesta galvenokārt tad, kad jāsagatavo projektu "
            "pieteikumi. Iesakām reizi gadā domes komitejā iesniegt īsu pārskatu: kuri "
            "pasākumi īstenoti, kuri kavējas un kāpēc, kā mainījies pašvaldības ēku enerģijas "
            "patēriņš. Tas uztur politisko atbalstu un sagatavo datus Pilsētu mēru pakta "
            "ziņojumiem. Mūsu pieredzē regulārs pārskats ir viens no iedarbīgākajiem veidiem, "
            "kā noturēt plānu darba kārtībā."
        ),
        "sector": "governance",
        "step": 10,
        "priority": "medium",
        "given_offset_days": -229,
        "due_offset_days": -60,
        "updates": [],
    },
    {
        "key": "salaspils-stakeholders",
        "visit": None,
        "pair": "liepaja-salaspils",
        "group": None,
        "municipality": "salaspils",
        "given_by": "mentor",
        "title": "Sagatavot ieinteresēto pušu sarakstu SECAP izstrādei",
        "text": (
            "Pirms SECAP izstrādes vērts apzināt organizācijas, kas ietekmē plāna īstenošanu "
            "vai ko tas ietekmē: siltumapgādes un ūdenssaimniecības uzņēmumus, namu "
            "apsaimniekotājus, lielākos uzņēmumus, izglītības iestādes un iedzīvotāju "
            "organizācijas. Katrai pusei norādiet, kāpēc tā ir svarīga un kā to iesaistīsiet – "
            "informēsiet, konsultēsieties vai aicināsiet darba grupā. Šis saraksts būs pamats "
            "komunikācijas plānam."
        ),
        "sector": "stakeholder-engagement",
        "step": 3,
        "priority": "medium",
        "given_offset_days": -70,
        "due_offset_days": 20,
        "updates": [
            {
                "status": "in_progress",
                "note": (
                    "Saraksta pirmā versija sagatavota kopā ar energopārvaldnieci; tajā "
                    "iekļauti komunālie uzņēmumi, apsaimniekotāji un izglītības iestādes. Vēl "
                    "jāpapildina ar uzņēmēju pārstāvjiem."
                ),
                "offset_days": -35,
                "author": "salaspils",
            },
        ],
    },
    {
        "key": "kekava-job-description",
        "visit": "peer-duties",
        "pair": None,
        "group": "energy-manager",
        "municipality": "kekava",
        "given_by": "facilitator",
        "title": "Ierakstīt energopārvaldības pienākumus amata aprakstā",
        "text": (
            "Grupas tikšanās laikā Ķekavas pārstāvis norādīja, ka energopārvaldības uzdevumi "
            "pašlaik nav ierakstīti nevienā amata aprakstā. Iesakām vienā amata aprakstā "
            "noteikt konkrētus pienākumus: enerģijas datu apkopošanu, ikgadēju pārskatu vadībai "
            "un dalību investīciju plānošanā. Par paraugu var izmantot grupā apspriesto amata "
            "apraksta struktūru. Pat ja sākumā tā ir tikai daļa no slodzes, skaidra atbildība "
            "ir priekšnoteikums visam pārējam."
        ),
        "sector": "governance",
        "step": 2,
        "priority": "high",
        "given_offset_days": -89,
        "due_offset_days": -15,
        "updates": [
            {
                "status": "in_progress",
                "note": (
                    "Sagatavots amata apraksta grozījumu projekts Infrastruktūras nodaļas "
                    "inženierim; gaidām personāla speciālista un nodaļas vadītāja saskaņojumu."
                ),
                "offset_days": -60,
                "author": "kekava",
            },
        ],
    },
    {
        "key": "jurmala-data-sample",
        "visit": "peer-duties",
        "pair": None,
        "group": "energy-manager",
        "municipality": "jurmala",
        "given_by": "facilitator",
        "title": "Sagatavot ēku enerģijas datu paraugu salīdzināšanai grupā",
        "text": (
            "Nākamajā grupas tikšanās reizē salīdzināsim, kā pašvaldības uzskaita ēku "
            "enerģijas patēriņu. Lūdzam sagatavot paraugu par trim līdz piecām izglītības "
            "iestāžu ēkām: platība, siltumenerģijas un elektroenerģijas patēriņš pa mēnešiem un "
            "datu avots. Jūrmalas pieredze ikmēneša datu vākšanā noderēs kaimiņu pašvaldībām, "
            "kuras to vēl tikai sāk."
        ),
        "sector": "municipal-buildings",
        "step": 4,
        "priority": "medium",
        "given_offset_days": -89,
        "due_offset_days": 30,
        "updates": [],
    },
    {
        "key": "kekava-monthly-readings",
        "visit": "kekava-shadowing-salaspils",
        "pair": None,
        "group": "energy-manager",
        "municipality": "kekava",
        "given_by": "facilitator",
        "title": "Sākt ikmēneša skaitītāju rādījumu vākšanu lielākajās ēkās",
        "text": (
            "Ēnošanas vizītē Salaspilī redzējāt, ka regulāra uzraudzība sākas ar vienkāršu "
            "tabulu un skaidru termiņu rādījumu iesniegšanai. Iesakām izvēlēties trīs lielākos "
            "enerģijas patērētājus starp pašvaldības ēkām un no nākamā mēneša vākt to siltuma "
            "un elektroenerģijas skaitītāju rādījumus. Pēc pirmās apkures sezonas datus var "
            "salīdzināt ar iepriekšējā gada rēķiniem."
        ),
        "sector": "municipal-buildings",
        "step": 9,
        "priority": "medium",
        "given_offset_days": -29,
        "due_offset_days": 40,
        "updates": [],
    },
]
