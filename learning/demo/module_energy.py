"""The energy management module: the energy manager's role, the management cycle, baselines
and indicators, and monitoring of municipal buildings.

It answers the problem the project set out to solve: municipalities whose action plans stall
because no one is in charge of energy day to day.
"""

_ENERGY_MANAGER_ROLE = {
    "slug": "energy-manager-role",
    "minutes": 25,
    "steps": [2, 8],
    "sectors": ["governance", "municipal-buildings"],
    "lv": {
        "title": "Energopārvaldnieka loma un pilnvaras",
        "summary": (
            "Kāpēc pašvaldībai ir vajadzīgs energopārvaldnieks, kādi ir viņa uzdevumi un kā "
            "nodrošināt, lai viņam būtu domes pilnvaras un sadarbība ar ēku apsaimniekotājiem un "
            "finanšu speciālistiem."
        ),
        "body": [
            (
                "text",
                "<h2>Kāpēc vajadzīgs energopārvaldnieks</h2>"
                "<p>Projekta “Energoplānošana pašvaldībās” sākumā Pilsētu mēru paktam bija "
                "pievienojušās 19 Latvijas pašvaldības, un visām bija izstrādāti Ilgtspējīgas "
                "enerģijas rīcības plāni (IERP). Tomēr tikai retā no tām konsekventi sekoja plānā "
                "paredzēto pasākumu ieviešanai. Kā vienu no galvenajām problēmām, kas skar visas "
                "iesaistītās pašvaldības, projekts izcēla energopārvaldnieka neesamību vai "
                "nepietiekami nostiprinātu kompetenci: plāns ir "
                "uzrakstīts, bet nav neviena, kura pienākums būtu ikdienā sekot enerģijas "
                "patēriņam, rosināt pasākumus un ziņot par rezultātiem.</p>"
                "<p>Energopārvaldnieks ir pašvaldības darbinieks vai neliela komanda, kas atbild "
                "par to, lai enerģija pašvaldības ēkās, ielu apgaismojumā un citos objektos tiktu "
                "izmantota plānoti un efektīvi un lai rīcības plāna pasākumi no papīra nonāktu "
                "līdz īstenošanai.</p>",
            ),
            (
                "text",
                "<h2>Normatīvais ietvars Latvijā</h2>"
                "<p>Energoefektivitātes likums nosaka, ka valstspilsētu pašvaldībām jāievieš "
                "sertificēta energopārvaldības sistēma, bet novadu pašvaldībām, kas atbilst "
                "likumā noteiktajiem kritērijiem (teritorijas attīstības līmeņa indekss un "
                "iedzīvotāju skaits), – energopārvaldības sistēma, kuras sertificēšana ir pašas "
                "pašvaldības izvēle. Par sistēmas ieviešanu pašvaldība paziņo Būvniecības valsts "
                "kontroles birojam (BVKB). Pašvaldības, kurām šāda pienākuma nav, sistēmu var "
                "ieviest brīvprātīgi, un vairākas to ir izdarījušas.</p>"
                "<p>Energopārvaldības sistēma bez atbildīgā cilvēka nedarbojas, tāpēc "
                "energopārvaldnieka iecelšana ir pirmais praktiskais solis gan likuma prasību "
                "izpildei, gan SECAP īstenošanai.</p>",
            ),
            (
                "key_points",
                {
                    "heading": "Energopārvaldnieka galvenie uzdevumi",
                    "points": [
                        "Uzturēt pašvaldības ēku un citu objektu enerģijas patēriņa datus un "
                        "regulāri tos analizēt.",
                        "Noteikt enerģijas bāzes līniju un energoefektivitātes rādītājus un "
                        "sekot to izmaiņām.",
                        "Apzināt enerģijas ietaupījuma iespējas un sagatavot pasākumu "
                        "priekšlikumus ar izmaksu un ietaupījuma novērtējumu.",
                        "Kopā ar ēku apsaimniekotājiem ieviest ikdienas darbības kritērijus: "
                        "apkures grafikus, temperatūras režīmus, apgaismojuma vadību.",
                        "Piedalīties energoefektivitātes un AER projektu sagatavošanā un "
                        "iepirkumos, lai tajos tiktu ņemts vērā enerģijas patēriņš.",
                        "Sagatavot ziņojumus vadībai un domei, kā arī datus SECAP monitoringam "
                        "un ziņošanai Pilsētu mēru paktam.",
                        "Informēt un apmācīt darbiniekus un ēku lietotājus.",
                    ],
                },
            ),
            (
                "text",
                "<h2>Pilnvaras no domes</h2>"
                "<p>Energopārvaldnieks var strādāt efektīvi tikai tad, ja viņa loma ir oficiāli "
                "noteikta. Pilsētu mēru pakta vadlīnijās uzsvērts, ka SECAP koordinatoram jābūt "
                "pilnam politiskās vadības un administrācijas atbalstam, kā arī laikam un "
                "budžetam savu uzdevumu veikšanai. Praksē tas nozīmē:</p>"
                "<ul>"
                "<li>domes lēmumu vai citu oficiālu dokumentu, piemēram, energopolitiku, kurā "
                "noteikts energopārvaldības mērķis un atbildība;</li>"
                "<li>amata aprakstu, kurā energopārvaldības uzdevumi ir galvenie, nevis papildu "
                "pienākums “pēc iespējas”;</li>"
                "<li>tiesības pieprasīt un saņemt datus no pašvaldības iestādēm, "
                "kapitālsabiedrībām un ēku apsaimniekotājiem;</li>"
                "<li>noteiktu atskaišu kārtību – vismaz reizi gadā vadībai un domei.</li>"
                "</ul>"
                "<p>Tā rīkojās, piemēram, Kraņa Slovēnijā: pēc rīcības plāna pieņemšanas mērs "
                "oficiāli pilnvaroja vietējās enerģētikas aģentūras energopārvaldnieku, un viņa "
                "darbu papildina rīcības grupa, kas lemj par kārtējā gada uzdevumiem, vērtē "
                "projektu tehniskās un finansiālās iespējas un ierosina plāna "
                "atjauninājumus.</p>",
            ),
            (
                "table",
                {
                    "caption": "Energopārvaldnieka vieta administrācijā: biežākie modeļi",
                    "header": ["Modelis", "Priekšrocības", "Riski"],
                    "rows": [
                        [
                            "Amats attīstības vai plānošanas nodaļā",
                            "Tuvu stratēģiskajai plānošanai un projektu finansējumam; viegli "
                            "sasaistīt ar SECAP",
                            "Var būt tālu no ēku ikdienas ekspluatācijas",
                        ],
                        [
                            "Amats īpašumu vai saimnieciskajā nodaļā",
                            "Tieša saikne ar ēku apsaimniekotājiem un tehniskajiem datiem",
                            "Stratēģiskie jautājumi var palikt ikdienas darbu ēnā",
                        ],
                        [
                            "Starpnodaļu energopārvaldības komanda",
                            "Atbildība sadalīta, iesaistītas visas svarīgākās nodaļas",
                            "Vajadzīgs skaidrs vadītājs, citādi atbildība izplūst",
                        ],
                        [
                            "Koplietots speciālists vai reģionālā enerģētikas aģentūra",
                            "Piemērots mazām pašvaldībām; pieejama speciālista kompetence",
                            "Mazāka klātbūtne uz vietas; vajadzīga skaidra vienošanās par datiem "
                            "un pienākumiem",
                        ],
                    ],
                },
            ),
            (
                "text",
                "<h2>Sadarbība ar ēku apsaimniekotājiem un finanšu speciālistiem</h2>"
                "<p>Lielāko daļu pašvaldības enerģijas patērē ēkas, ko ikdienā apsaimnieko "
                "skolu, pirmsskolas izglītības iestāžu, kultūras un sporta iestāžu saimniecības "
                "vadītāji vai pašvaldības apsaimniekošanas uzņēmums. Viņi zina, kā ēka tiek "
                "lietota, kad tā ir tukša un kādas ir tehniskās problēmas, tāpēc bez viņiem "
                "energopārvaldnieks neredz pilnu ainu. Vienojieties par kontaktpersonu katrā "
                "ēkā, datu nodošanas kārtību un to, kā tiek ziņots par novirzēm.</p>"
                "<p>Finanšu nodaļa ir otrs svarīgākais partneris: tā pārzina enerģijas rēķinus "
                "un budžetu un piedalās lēmumos par investīcijām. Var vienoties, ka rēķinu dati "
                "energopārvaldniekam tiek nodoti strukturētā veidā, ka budžeta pieprasījumos tiek "
                "norādīts pasākumu paredzamais ietaupījums un ka daļa panāktā ietaupījuma tiek "
                "novirzīta jauniem energoefektivitātes pasākumiem.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "Sāciet ar lielākajiem patērētājiem",
                    "text": (
                        "<p>Pirmajā gadā nav jāaptver viss uzreiz. Sakārtojiet pašvaldības ēkas "
                        "pēc gada enerģijas izmaksām un sāciet ar tām, kas kopā veido lielāko "
                        "izmaksu daļu – bieži tās ir dažas skolas, sporta ēkas un "
                        "administratīvās ēkas. Pirmie redzamie rezultāti šajās ēkās palīdz "
                        "iegūt vadības uzticību un resursus nākamajiem soļiem.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "Energopārvaldnieks nav vienīgais atbildīgais",
                    "text": (
                        "<p>Ja energopārvaldības uzdevumus uztic vienam cilvēkam bez vadības "
                        "atbalsta un bez citu nodaļu pienākuma sadarboties, sistēma balstās uz "
                        "vienu personu un apstājas, tiklīdz viņš aiziet. Pakta vadlīnijas iesaka "
                        "atbildīgas lomas piešķirt pēc iespējas vairākiem galvenajiem "
                        "pašvaldības dalībniekiem, lai atbildība par procesu būtu nostiprināta "
                        "organizācijā.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "heading": "Pirmie soļi jaunam energopārvaldniekam",
                    "items": [
                        "Iepazīties ar pašvaldības SECAP vai IERP un tajā paredzētajiem "
                        "pasākumiem pašvaldības sektorā.",
                        "Sagatavot pašvaldības ēku un citu enerģiju patērējošo objektu sarakstu "
                        "ar platībām un skaitītājiem.",
                        "Apkopot vismaz pēdējo trīs gadu enerģijas rēķinus katram objektam.",
                        "Katrā ēkā noteikt apsaimniekotāju kontaktpersonu.",
                        "Vienoties ar finanšu nodaļu par rēķinu datu nodošanu.",
                        "Sagatavot vadībai īsu ziņojumu par sākotnējo situāciju un pirmā gada "
                        "darba plānu.",
                    ],
                },
            ),
            (
                "quiz",
                {
                    "heading": "Pārbaudiet sevi",
                    "questions": [
                        {
                            "question": (
                                "Kuru problēmu projekts “Energoplānošana pašvaldībās” izcēla kā "
                                "vienu no galvenajām, kas skar visas iesaistītās pašvaldības?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": "Pašvaldībām nav izstrādātu rīcības plānu",
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Energopārvaldnieka neesamību vai nepietiekami "
                                        "nostiprinātu kompetenci"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Pilsētu mēru pakts neļauj pašvaldībām pašām izvēlēties "
                                        "pasākumus"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Rīcības plāni bija visām paktam pievienojušajām pašvaldībām; "
                                "problēma bija to īstenošana, un viens no galvenajiem cēloņiem ir "
                                "tas, ka nav cilvēka, kurš par enerģiju atbild ikdienā."
                            ),
                        },
                        {
                            "question": ("Kas energopārvaldniekam nodrošina reālas pilnvaras?"),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Domes lēmums vai energopolitika, kurā noteikta atbildība"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Amata apraksts, kurā energopārvaldība ir galvenais "
                                        "uzdevums"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Tiesības pieprasīt datus no iestādēm un apsaimniekotājiem"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Mutiska vienošanās ar vienas nodaļas vadītāju",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Pilnvaras jānostiprina oficiāli – ar domes lēmumu vai "
                                "energopolitiku, amata aprakstu un tiesībām saņemt datus. "
                                "Mutiska vienošanās nav pietiekama, jo tā nesaista citas "
                                "nodaļas un zūd, mainoties cilvēkiem."
                            ),
                        },
                        {
                            "question": (
                                "Kāpēc energopārvaldniekam jāsadarbojas ar ēku apsaimniekotājiem?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Viņi zina, kā ēka tiek lietota, un ievieš ikdienas "
                                        "darbības kritērijus"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Viņi apstiprina pašvaldības budžetu",
                                    "correct": False,
                                },
                                {
                                    "text": "Viņi iesniedz ziņojumus Pilsētu mēru paktam",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Apsaimniekotāji pārzina ēku lietošanu un tehnisko stāvokli un "
                                "ikdienā regulē apkuri, ventilāciju un apgaismojumu. Budžetu "
                                "apstiprina dome, bet ziņojumus paktam iesniedz administrācija."
                            ),
                        },
                        {
                            "question": (
                                "Kurām pašvaldībām saskaņā ar Energoefektivitātes likumu jāievieš "
                                "sertificēta energopārvaldības sistēma?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "Visām novadu pašvaldībām", "correct": False},
                                {"text": "Valstspilsētu pašvaldībām", "correct": True},
                                {
                                    "text": "Tikai Pilsētu mēru pakta parakstītājām",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Valstspilsētām jāievieš sertificēta sistēma; novadiem, kas "
                                "atbilst likumā noteiktajiem kritērijiem, – energopārvaldības "
                                "sistēma, kuras sertificēšanu tie izvēlas paši. Dalība paktā ir "
                                "brīvprātīga un nav saistīta ar šo likuma prasību."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "en": {
        "title": "The energy manager's role and mandate",
        "summary": (
            "Why a municipality needs an energy manager, what the job involves, and how to make "
            "sure the energy manager has a mandate from the council and works together with "
            "building managers and finance staff."
        ),
        "body": [
            (
                "text",
                "<h2>Why an energy manager is needed</h2>"
                "<p>When the project “Municipal Energy Planning” started, 19 Latvian "
                "municipalities had joined the Covenant of Mayors, and all of them had drawn up "
                "Sustainable Energy Action Plans (SEAPs). Yet only a few consistently followed "
                "through on the measures in their plans. The project singled out one of the "
                "main problems shared by all the municipalities involved: the energy manager was "
                "missing or the role was not firmly established. The plan was written, but "
                "nobody had the job of following energy use day to day, pushing measures forward "
                "and reporting on results.</p>"
                "<p>An energy manager is a municipal employee, or a small team, responsible for "
                "making sure that energy in municipal buildings, street lighting and other "
                "facilities is used in a planned and efficient way, and that the measures in the "
                "action plan move from paper to implementation.</p>",
            ),
            (
                "text",
                "<h2>The legal framework in Latvia</h2>"
                "<p>Latvia's Energy Efficiency Law requires state city (valstspilsēta) "
                "municipalities to introduce a certified energy management system, and county "
                "(novads) municipalities that meet the criteria set in the law (territorial "
                "development index and population) to introduce an energy management system, "
                "leaving certification to their choice. The municipality notifies the State "
                "Construction Control Bureau (BVKB) that the system has been introduced. "
                "Municipalities without this obligation may introduce a system voluntarily, and "
                "several have done so.</p>"
                "<p>An energy management system does not work without someone responsible for "
                "it, so appointing an energy manager is the first practical step both towards "
                "meeting the law's requirements and towards implementing the SECAP.</p>",
            ),
            (
                "key_points",
                {
                    "heading": "The energy manager's main tasks",
                    "points": [
                        "Maintain energy consumption data for municipal buildings and other "
                        "facilities and analyse it regularly.",
                        "Set the energy baseline and energy performance indicators and track how "
                        "they change.",
                        "Identify energy-saving opportunities and prepare proposals for measures "
                        "with estimated costs and savings.",
                        "Together with building managers, introduce day-to-day operating "
                        "criteria: heating schedules, temperature settings, lighting control.",
                        "Take part in preparing energy efficiency and renewable energy projects "
                        "and procurements so that energy use is taken into account.",
                        "Prepare reports for management and the council, and data for SECAP "
                        "monitoring and reporting to the Covenant of Mayors.",
                        "Inform and train staff and building users.",
                    ],
                },
            ),
            (
                "text",
                "<h2>A mandate from the council</h2>"
                "<p>An energy manager can only work effectively if the role is formally "
                "established. The Covenant of Mayors guidance stresses that the SECAP "
                "coordinator must have the full support of the political leadership and the "
                "administration, as well as the time and budget to carry out the tasks. In "
                "practice this means:</p>"
                "<ul>"
                "<li>a council decision or another official document, such as an energy policy, "
                "setting out the purpose of energy management and who is responsible;</li>"
                "<li>a job description in which energy management tasks are the main duties, not "
                "an extra task done “when there is time”;</li>"
                "<li>the right to request and receive data from municipal institutions, "
                "municipal companies and building managers;</li>"
                "<li>a set reporting routine, at least once a year to management and the "
                "council.</li>"
                "</ul>"
                "<p>Kranj in Slovenia is one example: after adopting its action plan, the mayor "
                "formally mandated the energy manager of the local energy agency, whose work is "
                "backed by an action group that decides on the current year's tasks, assesses "
                "the technical and financial feasibility of projects and proposes updates to the "
                "plan.</p>",
            ),
            (
                "table",
                {
                    "caption": "Where the energy manager sits in the administration: common models",
                    "header": ["Model", "Advantages", "Risks"],
                    "rows": [
                        [
                            "A post in the development or planning department",
                            "Close to strategic planning and project funding; easy to link to "
                            "the SECAP",
                            "May be far removed from day-to-day building operation",
                        ],
                        [
                            "A post in the property or facilities department",
                            "Direct link to building managers and technical data",
                            "Strategic issues may be overshadowed by day-to-day work",
                        ],
                        [
                            "A cross-departmental energy management team",
                            "Responsibility is shared and all key departments are involved",
                            "Needs a clear leader, otherwise responsibility becomes diluted",
                        ],
                        [
                            "A shared specialist or a regional energy agency",
                            "Suits small municipalities; gives access to specialist expertise",
                            "Less presence on site; needs a clear agreement on data and duties",
                        ],
                    ],
                },
            ),
            (
                "text",
                "<h2>Working with building managers and finance staff</h2>"
                "<p>Most of a municipality's energy is used in buildings that are run day to day "
                "by the caretakers and facility managers of schools, preschools, cultural and "
                "sports facilities, or by a municipal property management company. They know how "
                "a building is used, when it is empty and what its technical problems are, so "
                "without them the energy manager does not see the full picture. Agree on a "
                "contact person in each building, how data are handed over and how deviations "
                "are reported.</p>"
                "<p>The finance department is the second key partner: it handles energy bills and "
                "the budget and takes part in investment decisions. You can agree that billing "
                "data are passed to the energy manager in a structured form, that budget requests "
                "state the expected savings of measures, and that part of the savings achieved is "
                "reinvested in new energy efficiency measures.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "Start with the largest consumers",
                    "text": (
                        "<p>You do not need to cover everything in the first year. Rank municipal "
                        "buildings by annual energy cost and start with those that together make "
                        "up the largest share of the costs – often a few schools, sports "
                        "buildings and administrative buildings. Early visible results in these "
                        "buildings help win management's trust and resources for the next "
                        "steps.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "The energy manager is not the only one responsible",
                    "text": (
                        "<p>If energy management is handed to one person without management "
                        "support and without other departments being required to cooperate, the "
                        "system rests on a single individual and stops as soon as that person "
                        "leaves. The Covenant guidance recommends giving responsible roles to as "
                        "many key municipal actors as possible, so that ownership of the process "
                        "is anchored in the organisation.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "heading": "First steps for a new energy manager",
                    "items": [
                        "Read the municipality's SECAP or SEAP and the measures it sets for the "
                        "municipal sector.",
                        "Draw up a list of municipal buildings and other energy-using facilities "
                        "with floor areas and meters.",
                        "Collect at least the last three years of energy bills for each facility.",
                        "Name a building manager contact person in each building.",
                        "Agree with the finance department on how billing data are handed over.",
                        "Prepare a short report for management on the starting situation and a "
                        "work plan for the first year.",
                    ],
                },
            ),
            (
                "quiz",
                {
                    "heading": "Check your understanding",
                    "questions": [
                        {
                            "question": (
                                "Which problem did the project “Municipal Energy Planning” single "
                                "out as one of the main ones shared by all the municipalities "
                                "involved?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": "Municipalities had no action plans",
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "The energy manager was missing or the role was not "
                                        "firmly established"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "The Covenant of Mayors does not let municipalities "
                                        "choose their own measures"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "All the municipalities in the Covenant had action plans; the "
                                "problem was implementing them, and one of the main causes is that "
                                "nobody is responsible for energy day to day."
                            ),
                        },
                        {
                            "question": ("What gives an energy manager a real mandate?"),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "A council decision or energy policy setting out "
                                        "responsibility"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "A job description in which energy management is the "
                                        "main task"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "The right to request data from institutions and "
                                        "building managers"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "A verbal agreement with one head of department",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "The mandate must be formal: a council decision or energy "
                                "policy, a job description and the right to receive data. A "
                                "verbal agreement is not enough, because it does not bind other "
                                "departments and disappears when people change."
                            ),
                        },
                        {
                            "question": "Why must the energy manager work with building managers?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "They know how the building is used and apply the "
                                        "day-to-day operating criteria"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "They approve the municipal budget",
                                    "correct": False,
                                },
                                {
                                    "text": "They submit reports to the Covenant of Mayors",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Building managers know how the building is used and its "
                                "technical condition, and they adjust heating, ventilation and "
                                "lighting every day. The council approves the budget, and the "
                                "administration submits reports to the Covenant."
                            ),
                        },
                        {
                            "question": (
                                "Which municipalities must introduce a certified energy "
                                "management system under the Energy Efficiency Law?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "All county municipalities", "correct": False},
                                {"text": "State city municipalities", "correct": True},
                                {
                                    "text": "Only signatories of the Covenant of Mayors",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "State cities must introduce a certified system; counties that "
                                "meet the criteria in the law must introduce an energy "
                                "management system and decide themselves whether to certify "
                                "it. Joining the Covenant is voluntary and unrelated to this "
                                "legal requirement."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}

_PDCA_CYCLE = {
    "slug": "pdca-cycle",
    "minutes": 30,
    "steps": [6, 8, 9],
    "sectors": ["governance", "municipal-buildings"],
    "lv": {
        "title": "Energopārvaldības sistēmas cikls: plānot – darīt – pārbaudīt – rīkoties",
        "summary": (
            "Kā energopārvaldības sistēma, kas veidota pēc ISO 50001 struktūras, darbojas kā "
            "nepārtrauktas uzlabošanas cikls un ko katrs tās elements nozīmē pašvaldības praksē."
        ),
        "body": [
            (
                "text",
                "<p>Energopārvaldības sistēma ir kārtība, kādā organizācija plāno, īsteno, "
                "uzrauga un uzlabo enerģijas izmantošanu. Tās pamatā ir cikls “plānot – darīt – "
                "pārbaudīt – rīkoties” (angliski <em>plan–do–check–act</em>, PDCA), ko izmanto "
                "arī kvalitātes un vides pārvaldības sistēmās. Prasības šādai sistēmai nosaka "
                "starptautiskais standarts ISO 50001, kas Latvijā pārņemts kā LVS EN ISO 50001. "
                "Šajā nodarbībā tā struktūra aplūkota ievada līmenī, neiedziļinoties standarta "
                "prasību formulējumos.</p>"
                "<p>Galvenā atšķirība no atsevišķiem energoefektivitātes projektiem: sistēma "
                "neapstājas pēc viena projekta, bet katru gadu salīdzina rezultātus ar mērķiem "
                "un nosaka nākamos uzlabojumus.</p>",
            ),
            (
                "table",
                {
                    "caption": "PDCA cikls un energopārvaldības sistēmas elementi",
                    "header": ["Cikla posms", "Sistēmas elementi", "Ko tas nozīmē pašvaldībā"],
                    "rows": [
                        [
                            "Plānot",
                            "Energopolitika, enerģijas pārskats, būtiskie enerģijas lietojumi, "
                            "rādītāji un bāzes līnija, mērķi un rīcības plāni",
                            "Domes apstiprināta apņemšanās, patēriņa analīze pa objektiem, "
                            "prioritāšu un mērķu noteikšana",
                        ],
                        [
                            "Darīt",
                            "Resursi un kompetence, komunikācija, darbības vadība, projektēšana "
                            "un iepirkumi",
                            "Apkures un apgaismojuma režīmi, apsaimniekotāju apmācība, "
                            "energoefektivitātes prasības iepirkumos",
                        ],
                        [
                            "Pārbaudīt",
                            "Monitorings, mērīšana un analīze, iekšējais audits",
                            "Ikmēneša datu pārbaude, rādītāju salīdzināšana ar bāzes līniju, "
                            "sistēmas darbības pārbaude",
                        ],
                        [
                            "Rīkoties",
                            "Vadības pārskatīšana, neatbilstību novēršana, nepārtraukta uzlabošana",
                            "Ikgadēji vadības lēmumi par nākamā gada mērķiem, resursiem un "
                            "uzlabojumiem",
                        ],
                    ],
                },
            ),
            (
                "text",
                "<h2>Plānot: energopolitika un enerģijas pārskats</h2>"
                "<p><strong>Energopolitika</strong> ir īss augstākās vadības apstiprināts "
                "paziņojums par pašvaldības apņemšanos uzlabot energoefektivitāti: ko tā aptver "
                "(piemēram, visas pašvaldības ēkas un ielu apgaismojumu), kādu virzienu tā nosaka "
                "un kā tiks nodrošināti dati un resursi. Pašvaldībā to parasti apstiprina dome, "
                "un tā ir arī energopārvaldnieka pilnvaru pamats.</p>"
                "<p><strong>Enerģijas pārskats</strong> ir sistemātiska patēriņa analīze: kādi "
                "energoresursi tiek izmantoti, cik daudz un kur, kā patēriņš mainījies laika gaitā "
                "un kas to ietekmē. Pārskata rezultātā nosaka <strong>būtiskos enerģijas "
                "lietojumus</strong> – objektus vai sistēmas, kas veido lielu patēriņa daļu vai "
                "kurās ir liels uzlabošanas potenciāls, piemēram, lielāko skolu apkuri vai ielu "
                "apgaismojumu. Tiem pievērš pastiprinātu uzmanību visā ciklā.</p>",
            ),
            (
                "text",
                "<h2>Plānot: rādītāji, mērķi un rīcības plāni</h2>"
                "<p>Pamatojoties uz enerģijas pārskatu, nosaka <strong>energoefektivitātes "
                "rādītājus</strong> (EnPI) un <strong>enerģijas bāzes līniju</strong> (EnB), ar ko "
                "salīdzina turpmākos rezultātus; sīkāk tie aplūkoti nākamajā nodarbībā. Tad "
                "izvirza <strong>mērķus</strong>, piemēram, līdz noteiktam gadam par noteiktu "
                "apmēru samazināt klimatam normalizēto siltumenerģijas patēriņu pašvaldības ēkās, "
                "un katram mērķim sagatavo <strong>rīcības plānu</strong>: kas tiks darīts, kurš "
                "atbild, kādi resursi vajadzīgi, kad tas jāpaveic un kā rezultātu "
                "pārbaudīs.</p>"
                "<p>Mērķiem jābūt SMART – konkrētiem, izmērāmiem, sasniedzamiem, reālistiskiem un "
                "termiņā noteiktiem – un saskaņotiem ar SECAP mērķiem pašvaldības sektorā.</p>",
            ),
            (
                "text",
                "<h2>Darīt: darbības vadība un atbalsts</h2>"
                "<p>Daudz enerģijas var ietaupīt bez lielām investīcijām, ja būtiskie enerģijas "
                "lietojumi tiek pareizi ekspluatēti. <strong>Darbības vadība</strong> nozīmē "
                "noteikt un ievērot kritērijus, piemēram, telpu temperatūru darba laikā un ārpus "
                "tā, apkures un ventilācijas darbības grafikus, ielu apgaismojuma ieslēgšanas un "
                "izslēgšanas kārtību, un informēt par tiem apsaimniekotājus.</p>"
                "<p>Šajā posmā ietilpst arī kompetences nodrošināšana (apsaimniekotāju un ēku "
                "lietotāju apmācība), iekšējā komunikācija un enerģijas patēriņa ņemšana vērā "
                "<strong>projektēšanā un iepirkumos</strong>: iepērkot apkures iekārtas, "
                "gaismekļus vai ēku atjaunošanas būvdarbus, vērtē ne tikai cenu, bet arī "
                "ekspluatācijas laikā patērēto enerģiju.</p>",
            ),
            (
                "text",
                "<h2>Pārbaudīt: monitorings, analīze un iekšējais audits</h2>"
                "<p>Galvenos rādītājus regulāri mēra un analizē: vai patēriņš atbilst "
                "plānotajam, vai rīcības plāni tiek izpildīti un vai energoefektivitāte uzlabojas "
                "salīdzinājumā ar bāzes līniju. Būtiskas novirzes izvērtē un noskaidro to "
                "cēloņus.</p>"
                "<p><strong>Iekšējais audits</strong> pārbauda, vai pati sistēma darbojas, kā "
                "paredzēts: vai dati tiek vākti, vai darbības kritēriji tiek ievēroti, vai "
                "dokumenti ir aktuāli. To plānotos intervālos veic darbinieks vai ārējs "
                "speciālists, kurš nav atbildīgs par pārbaudāmo darbu, lai vērtējums būtu "
                "objektīvs.</p>",
            ),
            (
                "text",
                "<h2>Rīkoties: vadības pārskatīšana un nepārtraukta uzlabošana</h2>"
                "<p>Vismaz reizi gadā augstākā vadība izskata energopārvaldības sistēmas "
                "rezultātus – tā ir <strong>vadības pārskatīšana</strong>: mērķu izpilde, "
                "rādītāju izmaiņas, audita secinājumi, ieviesto pasākumu ietekme un vajadzīgie "
                "resursi. Tās rezultāts ir lēmumi par jauniem vai koriģētiem mērķiem, budžetu un "
                "atbildību.</p>"
                "<p>Konstatētās neatbilstības novērš, noskaidrojot cēloni, lai problēma "
                "neatkārtotos. Pēc tam cikls sākas no jauna, un katrs nākamais gads balstās uz "
                "iepriekšējā gada datiem un pieredzi – tā ir <strong>nepārtraukta "
                "uzlabošana</strong>.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "Sasaiste ar SECAP",
                    "text": (
                        "<p>Energopārvaldības cikls un SECAP process viens otru papildina. "
                        "Plānošanas posms sniedz datus un pasākumus SECAP pašvaldības sektoram "
                        "(6. solis), darīšanas posms ir daļa no plāna īstenošanas (8. solis), bet "
                        "pārbaudes posma dati tiek izmantoti SECAP monitoringā (9. solis). Ja "
                        "vadības pārskatīšanu ieplāno neilgi pirms nākamā gada budžeta "
                        "sagatavošanas, tās lēmumus ir vieglāk iekļaut budžetā.</p>"
                    ),
                },
            ),
            (
                "key_points",
                {
                    "heading": "Kas jāatceras",
                    "points": [
                        "Energopārvaldības sistēma ir nepārtraukts cikls, nevis vienreizējs "
                        "projekts.",
                        "Energopolitika un vadības pārskatīšana nodrošina vadības iesaisti cikla "
                        "sākumā un beigās.",
                        "Būtiskie enerģijas lietojumi parāda, kur koncentrēt uzmanību un resursus.",
                        "Darbības vadība ļauj ietaupīt enerģiju ar nelielām izmaksām.",
                        "Iekšējais audits pārbauda sistēmu, monitorings – energoefektivitāti.",
                    ],
                },
            ),
            (
                "quiz",
                {
                    "heading": "Pārbaudiet sevi",
                    "questions": [
                        {
                            "question": "Kurā cikla posmā nosaka būtiskos enerģijas lietojumus?",
                            "multiple": False,
                            "options": [
                                {"text": "Plānot", "correct": True},
                                {"text": "Darīt", "correct": False},
                                {"text": "Pārbaudīt", "correct": False},
                                {"text": "Rīkoties", "correct": False},
                            ],
                            "explanation": (
                                "Būtiskos enerģijas lietojumus nosaka enerģijas pārskatā, kas ir "
                                "plānošanas posma daļa; pārējie posmi balstās uz šo izvēli."
                            ),
                        },
                        {
                            "question": ("Kas ietilpst darbības vadībā pašvaldības ēkās?"),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Telpu temperatūras noteikšana darba laikā un ārpus tā"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Apkures un ventilācijas darbības grafiki",
                                    "correct": True,
                                },
                                {"text": "Enerģijas bāzes līnijas aprēķins", "correct": False},
                                {
                                    "text": (
                                        "Apsaimniekotāju informēšana par noteiktajiem kritērijiem"
                                    ),
                                    "correct": True,
                                },
                            ],
                            "explanation": (
                                "Darbības vadība attiecas uz to, kā objekti tiek ekspluatēti "
                                "ikdienā. Bāzes līnijas aprēķins ir plānošanas posma uzdevums."
                            ),
                        },
                        {
                            "question": "Kāds ir vadības pārskatīšanas galvenais rezultāts?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Lēmumi par mērķiem, resursiem un uzlabojumiem nākamajam "
                                        "periodam"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Ikmēneša skaitītāju rādījumu tabula",
                                    "correct": False,
                                },
                                {
                                    "text": "Sertificēšanas institūcijas izsniegts sertifikāts",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Vadības pārskatīšana noslēdz ciklu ar lēmumiem, kas nosaka "
                                "nākamā perioda mērķus un resursus. Skaitītāju dati ir tās "
                                "ievaddati, bet sertifikātu izsniedz ārēja institūcija pēc "
                                "sertifikācijas audita."
                            ),
                        },
                        {
                            "question": "Ar ko iekšējais audits atšķiras no monitoringa?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Audits pārbauda, vai sistēma darbojas, kā paredzēts; "
                                        "monitorings seko patēriņam un energoefektivitātei"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Iekšējo auditu drīkst veikt tikai sertificētājs",
                                    "correct": False,
                                },
                                {
                                    "text": "Atšķirības nav, tie ir sinonīmi",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Monitorings atbild uz jautājumu, cik enerģijas patērējam un vai "
                                "rādītāji uzlabojas; iekšējais audits – vai sistēmas procesi tiek "
                                "ievēroti. To veic pašvaldības darbinieks vai pieaicināts "
                                "speciālists, kas nav atbildīgs par pārbaudāmo darbu."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "en": {
        "title": "The energy management cycle: plan – do – check – act",
        "summary": (
            "How an energy management system built on the ISO 50001 structure works as a cycle "
            "of continual improvement, and what each of its elements means in municipal practice."
        ),
        "body": [
            (
                "text",
                "<p>An energy management system is the way an organisation plans, carries out, "
                "monitors and improves its use of energy. It is built on the plan–do–check–act "
                "cycle (PDCA), which is also used in quality and environmental management "
                "systems. The requirements for such a system are set out in the international "
                "standard ISO 50001, adopted in Latvia as LVS EN ISO 50001. This lesson looks at "
                "its structure at an introductory level, without going into the wording of the "
                "standard's requirements.</p>"
                "<p>The main difference from one-off energy efficiency projects: the system does "
                "not stop after one project, but compares results with targets every year and "
                "decides on the next improvements.</p>",
            ),
            (
                "table",
                {
                    "caption": "The PDCA cycle and the elements of an energy management system",
                    "header": ["Stage", "System elements", "What it means in a municipality"],
                    "rows": [
                        [
                            "Plan",
                            "Energy policy, energy review, significant energy uses, indicators "
                            "and baseline, objectives and action plans",
                            "A commitment approved by the council, analysis of consumption by "
                            "facility, setting priorities and targets",
                        ],
                        [
                            "Do",
                            "Resources and competence, communication, operational control, "
                            "design and procurement",
                            "Heating and lighting settings, training building managers, energy "
                            "efficiency requirements in procurement",
                        ],
                        [
                            "Check",
                            "Monitoring, measurement and analysis, internal audit",
                            "Monthly data checks, comparing indicators with the baseline, "
                            "checking that the system works",
                        ],
                        [
                            "Act",
                            "Management review, dealing with nonconformities, continual "
                            "improvement",
                            "Annual management decisions on next year's targets, resources and "
                            "improvements",
                        ],
                    ],
                },
            ),
            (
                "text",
                "<h2>Plan: energy policy and energy review</h2>"
                "<p>The <strong>energy policy</strong> is a short statement approved by top "
                "management setting out the municipality's commitment to improving energy "
                "performance: what it covers (for example, all municipal buildings and street "
                "lighting), what direction it sets and how data and resources will be provided. "
                "In a municipality it is usually approved by the council, and it is also the "
                "basis of the energy manager's mandate.</p>"
                "<p>The <strong>energy review</strong> is a systematic analysis of consumption: "
                "which energy sources are used, how much and where, how consumption has changed "
                "over time and what drives it. The review identifies the <strong>significant "
                "energy uses</strong> – facilities or systems that account for a large share of "
                "consumption or offer great potential for improvement, such as heating in the "
                "largest schools or street lighting. They receive particular attention "
                "throughout the cycle.</p>",
            ),
            (
                "text",
                "<h2>Plan: indicators, objectives and action plans</h2>"
                "<p>Based on the energy review, <strong>energy performance indicators</strong> "
                "(EnPIs) and an <strong>energy baseline</strong> (EnB) are set, against which "
                "later results are compared; they are covered in more detail in the next lesson. "
                "Then <strong>objectives</strong> are set, for example to cut weather-normalised "
                "heat consumption in municipal buildings by a given amount by a given year, and "
                "an <strong>action plan</strong> is prepared for each objective: what will be "
                "done, who is responsible, what resources are needed, when it must be completed "
                "and how the result will be checked.</p>"
                "<p>Objectives should be SMART – specific, measurable, achievable, realistic and "
                "time-bound – and consistent with the SECAP targets for the municipal "
                "sector.</p>",
            ),
            (
                "text",
                "<h2>Do: operational control and support</h2>"
                "<p>A lot of energy can be saved without large investments if the significant "
                "energy uses are operated correctly. <strong>Operational control</strong> means "
                "setting and following criteria such as room temperatures during and outside "
                "working hours, operating schedules for heating and ventilation, and switching "
                "times for street lighting, and making sure building managers know them.</p>"
                "<p>This stage also covers competence (training building managers and users), "
                "internal communication and taking energy use into account in <strong>design and "
                "procurement</strong>: when buying heating equipment, luminaires or building "
                "renovation works, the energy used over the operating life is assessed, not just "
                "the price.</p>",
            ),
            (
                "text",
                "<h2>Check: monitoring, analysis and internal audit</h2>"
                "<p>The key indicators are measured and analysed regularly: is consumption in line "
                "with plans, are the action plans being carried out and is energy performance "
                "improving compared with the baseline? Significant deviations are assessed and "
                "their causes established.</p>"
                "<p>The <strong>internal audit</strong> checks whether the system itself works as "
                "intended: are data being collected, are operating criteria being followed, are "
                "documents up to date? It is carried out at planned intervals by a staff member "
                "or an external specialist who is not responsible for the work being audited, so "
                "that the assessment is objective.</p>",
            ),
            (
                "text",
                "<h2>Act: management review and continual improvement</h2>"
                "<p>At least once a year top management examines the results of the energy "
                "management system – this is the <strong>management review</strong>: progress on "
                "objectives, changes in indicators, audit findings, the effect of measures taken "
                "and the resources needed. Its outcome is decisions on new or revised objectives, "
                "budget and responsibilities.</p>"
                "<p>Nonconformities are corrected by finding their cause so that the problem does "
                "not recur. Then the cycle starts again, and each year builds on the previous "
                "year's data and experience – this is <strong>continual "
                "improvement</strong>.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "Linking to the SECAP",
                    "text": (
                        "<p>The energy management cycle and the SECAP process complement each "
                        "other. The planning stage provides data and measures for the SECAP "
                        "municipal sector (step 6), the doing stage is part of implementing the "
                        "plan (step 8), and data from the checking stage feed SECAP monitoring "
                        "(step 9). If the management review is scheduled shortly before the next "
                        "year's budget is prepared, its decisions are easier to include in the "
                        "budget.</p>"
                    ),
                },
            ),
            (
                "key_points",
                {
                    "heading": "Key points",
                    "points": [
                        "An energy management system is a continuous cycle, not a one-off project.",
                        "The energy policy and the management review involve top management at "
                        "the start and end of the cycle.",
                        "Significant energy uses show where to focus attention and resources.",
                        "Operational control saves energy at low cost.",
                        "The internal audit checks the system; monitoring checks energy "
                        "performance.",
                    ],
                },
            ),
            (
                "quiz",
                {
                    "heading": "Check your understanding",
                    "questions": [
                        {
                            "question": (
                                "In which stage of the cycle are significant energy uses "
                                "identified?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "Plan", "correct": True},
                                {"text": "Do", "correct": False},
                                {"text": "Check", "correct": False},
                                {"text": "Act", "correct": False},
                            ],
                            "explanation": (
                                "Significant energy uses are identified in the energy review, "
                                "which is part of the planning stage; the other stages build on "
                                "this choice."
                            ),
                        },
                        {
                            "question": (
                                "What is part of operational control in municipal buildings?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Setting room temperatures during and outside working hours"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Operating schedules for heating and ventilation",
                                    "correct": True,
                                },
                                {"text": "Calculating the energy baseline", "correct": False},
                                {
                                    "text": "Informing building managers of the criteria set",
                                    "correct": True,
                                },
                            ],
                            "explanation": (
                                "Operational control is about how facilities are run day to "
                                "day. Calculating the baseline is a task of the planning stage."
                            ),
                        },
                        {
                            "question": "What is the main outcome of the management review?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Decisions on objectives, resources and improvements for "
                                        "the next period"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "A table of monthly meter readings",
                                    "correct": False,
                                },
                                {
                                    "text": "A certificate issued by a certification body",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "The management review closes the cycle with decisions that set "
                                "the objectives and resources for the next period. Meter data "
                                "are an input to it, and a certificate is issued by an external "
                                "body after a certification audit."
                            ),
                        },
                        {
                            "question": "How does an internal audit differ from monitoring?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "The audit checks whether the system works as intended; "
                                        "monitoring tracks consumption and energy performance"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Only a certification body may carry out an internal audit"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": "There is no difference; they are synonyms",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Monitoring answers how much energy is used and whether the "
                                "indicators are improving; the internal audit answers whether "
                                "the system's processes are followed. It is carried out by a "
                                "municipal employee or an invited specialist who is not "
                                "responsible for the work being audited."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}

_BASELINE_AND_INDICATORS = {
    "slug": "baseline-and-indicators",
    "minutes": 30,
    "steps": [4, 9],
    "sectors": ["municipal-buildings", "public-lighting", "district-heating"],
    "lv": {
        "title": "Enerģijas bāzes līnija un energoefektivitātes rādītāji",
        "summary": (
            "Kā noteikt enerģijas bāzes līniju, izvēlēties energoefektivitātes rādītājus "
            "pašvaldības ēkām, ielu apgaismojumam un siltumapgādei un normalizēt siltumenerģijas "
            "patēriņu atbilstoši apkures grādu dienām."
        ),
        "body": [
            (
                "text",
                "<h2>Pamatjēdzieni</h2>"
                "<p><strong>Enerģijas bāzes līnija</strong> (EnB) ir kvantitatīvs atskaites punkts "
                "– enerģijas patēriņš noteiktā periodā un apstākļos, ar ko salīdzina turpmākos "
                "rezultātus. Parasti izvēlas vienu pilnu gadu vai vairāku gadu vidējo vērtību, "
                "par kuru ir ticami dati un kas raksturo ierasto objektu lietošanu.</p>"
                "<p><strong>Energoefektivitātes rādītājs</strong> (EnPI) ir lielums, ar ko mēra "
                "energoefektivitāti: absolūtais patēriņš (MWh gadā), īpatnējais patēriņš "
                "(kWh/m² gadā, kWh uz gaismekli gadā) vai sarežģītāks modelis, kas ņem vērā "
                "ietekmējošos faktorus. Rādītāju salīdzina ar bāzes līniju, lai redzētu, vai "
                "energoefektivitāte ir uzlabojusies.</p>",
            ),
            (
                "text",
                "<h2>Saistība ar SECAP bāzes emisiju uzskaiti</h2>"
                "<p>Energopārvaldības bāzes līnija un SECAP bāzes emisiju uzskaite (BEI) ir "
                "atšķirīgi, bet saistīti jēdzieni. BEI aptver visas pašvaldības teritorijas "
                "enerģijas galapatēriņu un emisijas bāzes gadā, savukārt energopārvaldības bāzes "
                "līnija parasti attiecas uz pašvaldības pašas objektiem un ir detalizētāka – pa "
                "ēkām un energoresursiem. Pašvaldības ēku dati ir daļa no BEI pašvaldības "
                "sektora, tāpēc tos vērts vākt tā, lai tie derētu abiem mērķiem.</p>",
            ),
            (
                "table",
                {
                    "caption": "Rādītāju piemēri pašvaldības objektiem",
                    "header": ["Objekts", "Rādītājs (EnPI)", "Ietekmējošie faktori"],
                    "rows": [
                        [
                            "Pašvaldības ēkas – apkure",
                            "kWh/m² gadā, normalizēts pēc apkures grādu dienām",
                            "Āra temperatūra, apkurināmā platība, lietošanas laiks",
                        ],
                        [
                            "Pašvaldības ēkas – elektroenerģija",
                            "kWh/m² gadā vai kWh uz lietotāju gadā",
                            "Darba laiks, iekārtas, lietotāju skaits",
                        ],
                        [
                            "Publiskais apgaismojums",
                            "kWh uz gaismekli gadā vai kWh uz apgaismotās ielas kilometru gadā",
                            "Darbības stundas, gaismekļu skaits un jauda, gaismas regulēšana",
                        ],
                        [
                            "Centralizētā siltumapgāde",
                            "Siltuma zudumi tīklos, % no tīklā nodotā siltuma; kurināmā "
                            "patēriņš uz saražoto MWh",
                            "Āra temperatūra, tīklu tehniskais stāvoklis, noslodze",
                        ],
                    ],
                },
            ),
            (
                "text",
                "<h2>Normalizēšana pēc apkures grādu dienām</h2>"
                "<p>Siltumenerģijas patēriņš apkurei ir atkarīgs no laikapstākļiem: aukstā ziemā "
                "tas ir lielāks, siltā – mazāks, arī ja ēkā nekas nav mainījies. Lai dažādus "
                "gadus varētu salīdzināt, patēriņu normalizē, izmantojot <strong>apkures grādu "
                "dienas</strong> (GDD). Tās iegūst, katrai apkures perioda dienai aprēķinot "
                "starpību starp pieņemto iekštelpu bāzes temperatūru un diennakts vidējo āra "
                "temperatūru un šīs starpības summējot.</p>"
                "<p>Vienkāršākā metode:</p>"
                "<p><strong>normalizētais patēriņš = faktiskais apkures patēriņš × (bāzes gada "
                "GDD / pārskata gada GDD)</strong></p>"
                "<p>Normalizē tikai no laikapstākļiem atkarīgo daļu – apkuri. Karstā ūdens "
                "sagatavošanai un elektroenerģijai parasti izmanto citus ietekmējošos faktorus. "
                "Grādu dienas visiem gadiem jāaprēķina ar vienu un to pašu metodi un tās pašas "
                "meteoroloģisko novērojumu stacijas datiem.</p>",
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Piemērs: normalizēts patēriņš skolā (skaitļi ir ilustratīvi)",
                    "text": (
                        "<p><em>Šis ir izdomāts mācību piemērs; skaitļi nav ņemti no reālas "
                        "ēkas.</em></p>"
                        "<p>Skolai ar apkurināmo platību 2 500 m² bāzes gadā apkurei patērēti "
                        "300 MWh, un apkures grādu dienu skaits bija 4 000. Pārskata gadā "
                        "patērēti 252 MWh, bet ziema bija siltāka – 3 600 grādu dienas.</p>"
                        "<ul>"
                        "<li>Nenormalizētais samazinājums: (300 − 252) / 300 = 16 %.</li>"
                        "<li>Normalizētais patēriņš: 252 × 4 000 / 3 600 = 280 MWh.</li>"
                        "<li>Normalizētais samazinājums: (300 − 280) / 300 ≈ 6,7 %.</li>"
                        "<li>Īpatnējais patēriņš: bāzes gadā 300 000 kWh / 2 500 m² = "
                        "120 kWh/m²; pārskata gadā (normalizēts) 280 000 kWh / 2 500 m² = "
                        "112 kWh/m².</li>"
                        "</ul>"
                        "<p>Lielākā daļa šķietamā 16 % ietaupījuma radusies siltākas ziemas dēļ; "
                        "energoefektivitātes uzlabojums ir aptuveni 7 %.</p>"
                    ),
                },
            ),
            (
                "text",
                "<h2>Datu avoti</h2>"
                "<ul>"
                "<li><strong>Rēķini</strong> no siltumenerģijas, elektroenerģijas un dabasgāzes "
                "piegādātājiem – pieejami visām ēkām, taču parasti tikai ar mēneša detalizāciju "
                "un ar nokavēšanos.</li>"
                "<li><strong>Skaitītāju rādījumi</strong> – nolasīti manuāli vai attālināti; "
                "attālinātās uzskaites dati ļauj redzēt patēriņu pa stundām un ātri pamanīt "
                "novirzes.</li>"
                "<li><strong>Sadales sistēmas operatora un piegādātāju klientu portāli</strong> – "
                "elektroenerģijas viedo skaitītāju dati.</li>"
                "<li><strong>Ēku tehniskā informācija</strong> – apkurināmā platība, ēku "
                "energosertifikāti un energoaudita pārskati, ja tādi ir.</li>"
                "<li><strong>Meteoroloģiskie dati</strong> – āra temperatūra grādu dienu "
                "aprēķinam, piemēram, no Latvijas Vides, ģeoloģijas un meteoroloģijas centra "
                "(LVĢMC).</li>"
                "<li><strong>Ielu apgaismojuma uzskaite</strong> – gaismekļu skaits, jauda un "
                "darbības grafiki, bieži no apgaismojuma apsaimniekotāja.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "Kad bāzes līnija jākoriģē",
                    "text": (
                        "<p>Ja būtiski mainās objekta statiskie faktori – piemēram, ēkai "
                        "piebūvē jaunu korpusu, tā maina lietošanas veidu vai pašvaldība nodod "
                        "vai pārņem ēkas –, salīdzinājums ar veco bāzes līniju vairs nav "
                        "korekts. Šādā gadījumā bāzes līniju koriģē un izmaiņas dokumentē, lai "
                        "rezultāti būtu salīdzināmi un pārbaudāmi.</p>"
                    ),
                },
            ),
            (
                "key_points",
                {
                    "heading": "Kas jāatceras",
                    "points": [
                        "Bāzes līnija ir atskaites punkts, ar ko salīdzina visus turpmākos "
                        "rezultātus.",
                        "Rādītājam jāatspoguļo energoefektivitāte, nevis tikai patēriņa apjoms.",
                        "Apkures patēriņu pirms salīdzināšanas normalizē pēc grādu dienām.",
                        "Vienāda metode visos gados ir svarīgāka par ideālu metodi.",
                        "Katru bāzes līnijas korekciju dokumentē.",
                    ],
                },
            ),
            (
                "quiz",
                {
                    "heading": "Pārbaudiet sevi",
                    "questions": [
                        {
                            "question": (
                                "Bāzes gadā skola apkurei patērēja 200 MWh pie 4 000 grādu "
                                "dienām, pārskata gadā – 190 MWh pie 3 800 grādu dienām. Kāds ir "
                                "normalizētais patēriņš pārskata gadā?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "190 MWh", "correct": False},
                                {"text": "200 MWh", "correct": True},
                                {"text": "180,5 MWh", "correct": False},
                            ],
                            "explanation": (
                                "190 × 4 000 / 3 800 = 200 MWh. Normalizētais patēriņš ir tāds "
                                "pats kā bāzes gadā, tātad energoefektivitāte nav uzlabojusies – "
                                "samazinājums radies siltākas ziemas dēļ."
                            ),
                        },
                        {
                            "question": (
                                "Kuri no šiem ir piemēroti energoefektivitātes rādītāji "
                                "pašvaldības objektiem?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": "Normalizēts apkures patēriņš, kWh/m² gadā",
                                    "correct": True,
                                },
                                {
                                    "text": "Ielu apgaismojuma patēriņš, kWh uz gaismekli gadā",
                                    "correct": True,
                                },
                                {"text": "Ēku skaits pašvaldībā", "correct": False},
                                {
                                    "text": (
                                        "Siltuma zudumi siltumtīklos, % no tīklā nodotā siltuma"
                                    ),
                                    "correct": True,
                                },
                            ],
                            "explanation": (
                                "Rādītājam jāmēra energoefektivitāte – patēriņš attiecībā pret "
                                "platību, gaismekļiem vai nodoto siltumu. Ēku skaits neko "
                                "neliecina par to, cik efektīvi enerģija tiek izmantota."
                            ),
                        },
                        {
                            "question": (
                                "Kuru enerģijas patēriņa daļu normalizē pēc apkures grādu dienām?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": "Visu ēkas patēriņu, ieskaitot elektroenerģiju",
                                    "correct": False,
                                },
                                {
                                    "text": "No laikapstākļiem atkarīgo apkures patēriņu",
                                    "correct": True,
                                },
                                {"text": "Tikai karstā ūdens patēriņu", "correct": False},
                            ],
                            "explanation": (
                                "Grādu dienas raksturo apkures vajadzību, tāpēc ar tām normalizē "
                                "tikai apkuri. Karstā ūdens un elektroenerģijas patēriņu ietekmē "
                                "citi faktori, piemēram, lietotāju skaits un darba laiks."
                            ),
                        },
                        {
                            "question": "Kas jādara, ja skolai piebūvē jaunu korpusu?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": "Jākoriģē bāzes līnija un jādokumentē izmaiņas",
                                    "correct": True,
                                },
                                {
                                    "text": "Jāturpina salīdzināt ar veco bāzes līniju",
                                    "correct": False,
                                },
                                {"text": "Skola jāizslēdz no monitoringa", "correct": False},
                            ],
                            "explanation": (
                                "Piebūve maina statiskos faktorus (platību), tāpēc salīdzinājums "
                                "ar veco bāzes līniju būtu maldinošs. Bāzes līniju koriģē un "
                                "korekciju dokumentē; objektu no monitoringa neizslēdz."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "en": {
        "title": "Energy baseline and energy performance indicators",
        "summary": (
            "How to set an energy baseline, choose energy performance indicators for municipal "
            "buildings, street lighting and district heating, and normalise heat consumption "
            "for heating degree days."
        ),
        "body": [
            (
                "text",
                "<h2>Key concepts</h2>"
                "<p>The <strong>energy baseline</strong> (EnB) is a quantitative reference point: "
                "energy consumption in a defined period and under defined conditions, against "
                "which later results are compared. Usually one full year, or the average of "
                "several years, is chosen for which reliable data exist and which reflects the "
                "normal use of the facilities.</p>"
                "<p>An <strong>energy performance indicator</strong> (EnPI) is a value used to "
                "measure energy performance: absolute consumption (MWh per year), specific "
                "consumption (kWh/m² per year, kWh per luminaire per year) or a more complex "
                "model that takes the relevant variables into account. The indicator is compared "
                "with the baseline to see whether energy performance has improved.</p>",
            ),
            (
                "text",
                "<h2>How it relates to the SECAP Baseline Emission Inventory</h2>"
                "<p>The energy management baseline and the SECAP Baseline Emission Inventory "
                "(BEI) are different but related concepts. The BEI covers final energy "
                "consumption and emissions in the whole municipal territory in the baseline "
                "year, whereas the energy management baseline usually covers the municipality's "
                "own facilities in more detail – by building and by energy source. Data on "
                "municipal buildings are part of the municipal sector of the BEI, so it is worth "
                "collecting them in a way that serves both purposes.</p>",
            ),
            (
                "table",
                {
                    "caption": "Examples of indicators for municipal facilities",
                    "header": ["Facility", "Indicator (EnPI)", "Relevant variables"],
                    "rows": [
                        [
                            "Municipal buildings – heating",
                            "kWh/m² per year, normalised for heating degree days",
                            "Outdoor temperature, heated floor area, hours of use",
                        ],
                        [
                            "Municipal buildings – electricity",
                            "kWh/m² per year or kWh per user per year",
                            "Opening hours, equipment, number of users",
                        ],
                        [
                            "Public lighting",
                            "kWh per luminaire per year or kWh per kilometre of lit street per "
                            "year",
                            "Operating hours, number and power of luminaires, dimming",
                        ],
                        [
                            "District heating",
                            "Network heat losses, % of heat supplied to the network; fuel use "
                            "per MWh produced",
                            "Outdoor temperature, technical condition of the network, load",
                        ],
                    ],
                },
            ),
            (
                "text",
                "<h2>Normalising for heating degree days</h2>"
                "<p>Heat consumption for space heating depends on the weather: it is higher in a "
                "cold winter and lower in a mild one, even if nothing in the building has "
                "changed. To compare different years, consumption is normalised using "
                "<strong>heating degree days</strong> (HDD) – the sum, over each day of the "
                "heating season, of the difference between an agreed indoor base temperature "
                "and the mean daily outdoor temperature.</p>"
                "<p>The simplest method:</p>"
                "<p><strong>normalised consumption = actual heating consumption × (baseline-year "
                "HDD / reporting-year HDD)</strong></p>"
                "<p>Only the weather-dependent part – space heating – is normalised. Hot water "
                "and electricity are usually related to other variables. Degree days for all "
                "years must be calculated with the same method and with data from the same "
                "weather station.</p>",
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Example: normalised consumption in a school (illustrative figures)",
                    "text": (
                        "<p><em>This is an invented teaching example; the figures do not come "
                        "from a real building.</em></p>"
                        "<p>A school with a heated floor area of 2,500 m² used 300 MWh for "
                        "heating in the baseline year, with 4,000 heating degree days. In the "
                        "reporting year it used 252 MWh, but the winter was milder – 3,600 "
                        "degree days.</p>"
                        "<ul>"
                        "<li>Unnormalised reduction: (300 − 252) / 300 = 16%.</li>"
                        "<li>Normalised consumption: 252 × 4,000 / 3,600 = 280 MWh.</li>"
                        "<li>Normalised reduction: (300 − 280) / 300 ≈ 6.7%.</li>"
                        "<li>Specific consumption: in the baseline year 300,000 kWh / 2,500 m² = "
                        "120 kWh/m²; in the reporting year (normalised) 280,000 kWh / 2,500 m² = "
                        "112 kWh/m².</li>"
                        "</ul>"
                        "<p>Most of the apparent 16% saving is due to the milder winter; the "
                        "improvement in energy performance is about 7%.</p>"
                    ),
                },
            ),
            (
                "text",
                "<h2>Data sources</h2>"
                "<ul>"
                "<li><strong>Bills</strong> from heat, electricity and natural gas suppliers – "
                "available for all buildings, but usually only monthly and with a delay.</li>"
                "<li><strong>Meter readings</strong> – read manually or remotely; remote metering "
                "data show consumption by the hour and make deviations quick to spot.</li>"
                "<li><strong>Customer portals of the distribution system operator and "
                "suppliers</strong> – data from smart electricity meters.</li>"
                "<li><strong>Technical building information</strong> – heated floor area, "
                "building energy performance certificates and energy audit reports, where "
                "available.</li>"
                "<li><strong>Weather data</strong> – outdoor temperatures for calculating degree "
                "days, for example from the Latvian Environment, Geology and Meteorology Centre "
                "(LVĢMC).</li>"
                "<li><strong>Street lighting records</strong> – number of luminaires, their power "
                "and operating schedules, often from the lighting operator.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "When the baseline must be adjusted",
                    "text": (
                        "<p>If a facility's static factors change significantly – for example, a "
                        "new wing is added to a building, its use changes, or the municipality "
                        "hands over or takes on buildings – comparison with the old baseline is "
                        "no longer fair. In that case the baseline is adjusted and the change is "
                        "documented, so that results stay comparable and verifiable.</p>"
                    ),
                },
            ),
            (
                "key_points",
                {
                    "heading": "Key points",
                    "points": [
                        "The baseline is the reference point against which all later results "
                        "are compared.",
                        "An indicator should reflect energy performance, not just the amount "
                        "consumed.",
                        "Heating consumption is normalised for degree days before comparison.",
                        "Using the same method every year matters more than a perfect method.",
                        "Every adjustment to the baseline is documented.",
                    ],
                },
            ),
            (
                "quiz",
                {
                    "heading": "Check your understanding",
                    "questions": [
                        {
                            "question": (
                                "In the baseline year a school used 200 MWh for heating with "
                                "4,000 degree days; in the reporting year 190 MWh with 3,800 "
                                "degree days. What is the normalised consumption in the "
                                "reporting year?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "190 MWh", "correct": False},
                                {"text": "200 MWh", "correct": True},
                                {"text": "180.5 MWh", "correct": False},
                            ],
                            "explanation": (
                                "190 × 4,000 / 3,800 = 200 MWh. Normalised consumption is the "
                                "same as in the baseline year, so energy performance has not "
                                "improved – the reduction is due to the milder winter."
                            ),
                        },
                        {
                            "question": (
                                "Which of these are suitable energy performance indicators for "
                                "municipal facilities?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": "Normalised heating consumption, kWh/m² per year",
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Street lighting consumption, kWh per luminaire per year"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Number of buildings in the municipality",
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "District heating network losses, % of heat supplied "
                                        "to the network"
                                    ),
                                    "correct": True,
                                },
                            ],
                            "explanation": (
                                "An indicator must measure energy performance – consumption "
                                "relative to floor area, luminaires or heat supplied. The number "
                                "of buildings says nothing about how efficiently energy is used."
                            ),
                        },
                        {
                            "question": (
                                "Which part of energy consumption is normalised for heating "
                                "degree days?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "All of the building's consumption, including electricity"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": "Weather-dependent space heating consumption",
                                    "correct": True,
                                },
                                {"text": "Only hot water consumption", "correct": False},
                            ],
                            "explanation": (
                                "Degree days describe the need for heating, so only heating is "
                                "normalised with them. Hot water and electricity depend on other "
                                "variables, such as the number of users and opening hours."
                            ),
                        },
                        {
                            "question": "What should be done when a new wing is added to a school?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": "Adjust the baseline and document the change",
                                    "correct": True,
                                },
                                {
                                    "text": "Keep comparing with the old baseline",
                                    "correct": False,
                                },
                                {
                                    "text": "Remove the school from monitoring",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "An extension changes the static factors (floor area), so "
                                "comparing with the old baseline would be misleading. The "
                                "baseline is adjusted and the adjustment documented; the "
                                "facility stays in monitoring."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}

_MONITORING_BUILDINGS = {
    "slug": "monitoring-buildings",
    "minutes": 25,
    "steps": [9, 10],
    "sectors": ["municipal-buildings", "public-lighting"],
    "lv": {
        "title": "Pašvaldības ēku datu vākšana un monitorings",
        "summary": (
            "Kā organizēt regulāru pašvaldības ēku un ielu apgaismojuma datu vākšanu un kā šie "
            "dati tiek izmantoti SECAP monitoringā un ziņošanā Pilsētu mēru paktam."
        ),
        "body": [
            (
                "text",
                "<h2>Kāpēc vajadzīgs regulārs monitorings</h2>"
                "<p>Gada kopsummas parāda, vai mērķis ir sasniegts, bet neļauj laikus reaģēt. Ja "
                "dati tiek pārbaudīti katru mēnesi, novirzes – piemēram, apkure, kas brīvdienās "
                "darbojas pilnā režīmā, vai bojāts skaitītājs – tiek pamanītas dažu nedēļu, nevis "
                "gada laikā. Regulāri un vienādi apkopoti dati ir arī pamats ikgadējai vadības "
                "pārskatīšanai un SECAP ziņojumiem.</p>",
            ),
            (
                "text",
                "<h2>Kā organizēt datu vākšanu</h2>"
                "<ol>"
                "<li>Izveidojiet vienotu objektu reģistru: katrai ēkai – adrese, lietošanas "
                "veids, apkurināmā platība, energoresursi un skaitītāju numuri.</li>"
                "<li>Nosakiet, kurš, kad un kādā formā nodod datus: piegādātāju rēķini, "
                "apsaimniekotāju nolasītie rādījumi vai attālinātās uzskaites dati.</li>"
                "<li>Glabājiet datus vienuviet – energomonitoringa sistēmā vai vismaz vienotā "
                "izklājlapā ar nemainīgu struktūru.</li>"
                "<li>Ieviesiet pārbaudes: trūkstošas vērtības, negaidīti lēcieni un rādījumi, "
                "kas nesakrīt ar rēķiniem.</li>"
                "<li>Sagatavojiet regulārus pārskatus: ikmēneša salīdzinājumu ar iepriekšējo "
                "gadu un normalizētus gada rādītājus.</li>"
                "</ol>",
            ),
            (
                "checklist",
                {
                    "heading": "Ikmēneša monitoringa kārtība",
                    "items": [
                        "Līdz noteiktam datumam saņemt visu objektu skaitītāju rādījumus vai "
                        "attālinātās uzskaites datus.",
                        "Salīdzināt rādījumus ar piegādātāju rēķiniem un novērst neatbilstības.",
                        "Ievadīt datus vienotajā datubāzē un pārbaudīt, vai nav trūkstošu vērtību.",
                        "Salīdzināt katra objekta patēriņu ar to pašu mēnesi iepriekšējā gadā, "
                        "apkurei ņemot vērā grādu dienas.",
                        "Atzīmēt objektus, kuros novirze pārsniedz noteikto slieksni, un kopā ar "
                        "apsaimniekotāju noskaidrot cēloni.",
                        "Reģistrēt izmaiņas ēku lietošanā un ieviestos pasākumus: darba laiku, "
                        "remontus, jaunas iekārtas.",
                        "Pārbaudīt ielu apgaismojuma patēriņu un to, vai tas atbilst darbības "
                        "grafikam.",
                        "Nosūtīt vadībai un apsaimniekotājiem īsu kopsavilkumu par galvenajām "
                        "novirzēm un veiktajām darbībām.",
                    ],
                },
            ),
            (
                "text",
                "<h2>No ēku datiem līdz SECAP monitoringam</h2>"
                "<p>Pašvaldības ēku, iekārtu un ielu apgaismojuma patēriņš ir tā SECAP emisiju "
                "uzskaites daļa, kuru pašvaldība pārvalda tieši. Ja energopārvaldības sistēmā dati "
                "tiek vākti katru mēnesi, gada kopsummas šim sektoram ir pieejamas bez papildu "
                "darba, un tās var izmantot <strong>monitoringa emisiju uzskaitē</strong> (MEI) – "
                "turpmākā emisiju uzskaitē, ko salīdzina ar bāzes emisiju uzskaiti (BEI).</p>"
                "<p>Energopārvaldības dati palīdz arī ziņot par pasākumu īstenošanas statusu: "
                "kuri SECAP pašvaldības sektora pasākumi ir pabeigti, kuri tiek īstenoti un kāds "
                "ir to ietaupījums. Pārējo sektoru – dzīvojamo ēku, terciārā sektora, transporta "
                "– dati parasti jāiegūst no citiem avotiem, piemēram, no energoapgādes "
                "uzņēmumiem un valsts statistikas.</p>",
            ),
            (
                "table",
                {
                    "caption": "Ziņošana Pilsētu mēru paktam",
                    "header": ["Dokuments", "Termiņš", "Saturs"],
                    "rows": [
                        [
                            "SECAP",
                            "Divu gadu laikā pēc domes lēmuma pievienoties paktam",
                            "Stratēģija, bāzes emisiju uzskaite, riska un ievainojamības "
                            "novērtējums, rīcības plāns",
                        ],
                        [
                            "Ziņojums par pasākumiem",
                            "Ik pēc diviem gadiem pēc SECAP iesniegšanas",
                            "Pasākumu īstenošanas statuss",
                        ],
                        [
                            "Pilnais ziņojums",
                            "Vismaz reizi četros gados",
                            "Pasākumu īstenošanas statuss un monitoringa emisiju uzskaite (MEI)",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "Monitoringa emisiju uzskaite biežāk nekā obligāti",
                    "text": (
                        "<p>Pakta birojs iesaka monitoringa emisiju uzskaiti veikt katru gadu, "
                        "lai gan obligāti tā jāveic vismaz reizi četros gados. Pašvaldības "
                        "sektoram ar ikmēneša energomonitoringu tas prasa maz papildu darba, bet "
                        "ļauj laikus redzēt, vai virzība uz 2030. gada mērķi atbilst "
                        "plānotajai. Ziņojumus iesniedz pakta tiešsaistes platformā "
                        "MyCovenant.</p>"
                    ),
                },
            ),
            (
                "text",
                "<h2>Ziņošana valsts iestādēm</h2>"
                "<p>Pašvaldības, kas ieviesušas energopārvaldības sistēmu, Energoefektivitātes "
                "likumā un uz tā pamata izdotajos Ministru kabineta noteikumos paredzētajā kārtībā "
                "ziņo Būvniecības valsts kontroles birojam par sasniegto enerģijas ietaupījumu. "
                "Ja dati tiek vākti vienoti, tos pašus datus var izmantot gan šim pārskatam, gan "
                "SECAP ziņojumiem.</p>",
            ),
            (
                "action_plan",
                {
                    "heading": "Pirmā gada energopārvaldības rīcības plāns (piemērs)",
                    "rows": [
                        {
                            "action": (
                                "Apstiprināt energopolitiku, iecelt energopārvaldnieku un "
                                "izveidot energopārvaldības komandu"
                            ),
                            "responsible": "Dome, izpilddirektors",
                            "timeframe": "1.–3. mēnesis",
                            "financing": "Pašvaldības budžets (darbinieku darba laiks)",
                            "indicators": (
                                "Domes lēmums pieņemts; energopārvaldnieks iecelts; komandas "
                                "sastāvs apstiprināts"
                            ),
                        },
                        {
                            "action": (
                                "Izveidot pašvaldības ēku un ielu apgaismojuma objektu reģistru "
                                "un apkopot pēdējo trīs gadu patēriņa datus"
                            ),
                            "responsible": (
                                "Energopārvaldnieks, īpašumu pārvaldes nodaļa, finanšu nodaļa"
                            ),
                            "timeframe": "2.–6. mēnesis",
                            "financing": "Pašvaldības budžets",
                            "indicators": (
                                "Objektu īpatsvars ar pilniem datiem, %; noteikta enerģijas "
                                "bāzes līnija"
                            ),
                        },
                        {
                            "action": (
                                "Ieviest ikmēneša monitoringu un attālināto uzskaiti lielākajos "
                                "patērētājos"
                            ),
                            "responsible": "Energopārvaldnieks, ēku apsaimniekotāji",
                            "timeframe": "4.–12. mēnesis",
                            "financing": (
                                "Pašvaldības budžets; iespējams ES fondu vai valsts atbalsta "
                                "programmu līdzfinansējums"
                            ),
                            "indicators": (
                                "Ar ikmēneša datiem aptvertā patēriņa daļa, %; konstatēto un "
                                "novērsto noviržu skaits"
                            ),
                        },
                        {
                            "action": (
                                "Ieviest bezmaksas un mazo izmaksu pasākumus būtiskākajos "
                                "objektos: apkures grafikus, temperatūras režīmus, apgaismojuma "
                                "vadību"
                            ),
                            "responsible": "Energopārvaldnieks, ēku apsaimniekotāji",
                            "timeframe": "6.–12. mēnesis",
                            "financing": "Kārtējais uzturēšanas budžets",
                            "indicators": (
                                "Normalizētais patēriņš salīdzinājumā ar bāzes līniju, MWh un %; "
                                "ieviesto pasākumu skaits"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "Datu kvalitāte ir svarīgāka par rīku",
                    "text": (
                        "<p>Pat dārga monitoringa programmatūra nepalīdzēs, ja platības ir "
                        "nepareizas, skaitītāji nav piesaistīti pareizajām ēkām vai rādījumi "
                        "tiek ievadīti neregulāri. Sāciet ar precīzu objektu reģistru un "
                        "vienkāršu, bet disciplinētu kārtību; automatizāciju var pievienot "
                        "vēlāk.</p>"
                    ),
                },
            ),
            (
                "quiz",
                {
                    "heading": "Pārbaudiet sevi",
                    "questions": [
                        {
                            "question": (
                                "Cik bieži pakta parakstītāji pēc SECAP iesniegšanas ziņo par "
                                "plāna īstenošanu?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "Katru gadu", "correct": False},
                                {"text": "Ik pēc diviem gadiem", "correct": True},
                                {"text": "Ik pēc pieciem gadiem", "correct": False},
                            ],
                            "explanation": (
                                "Īstenošanas ziņojumu iesniedz ik pēc diviem gadiem; vismaz reizi "
                                "četros gados tam jābūt pilnajam ziņojumam ar monitoringa "
                                "emisiju uzskaiti."
                            ),
                        },
                        {
                            "question": "Kas ir monitoringa emisiju uzskaite (MEI)?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Turpmāka emisiju uzskaite, ko salīdzina ar bāzes "
                                        "emisiju uzskaiti, lai novērtētu progresu"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Pirmā emisiju uzskaite, ko veic pirms SECAP izstrādes",
                                    "correct": False,
                                },
                                {
                                    "text": "Klimata pārmaiņu riska un ievainojamības novērtējums",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Pirmā uzskaite ir bāzes emisiju uzskaite (BEI); MEI ir vēlākas "
                                "uzskaites, ar kurām mēra progresu attiecībā pret BEI. Riska un "
                                "ievainojamības novērtējums ir atsevišķa SECAP daļa."
                            ),
                        },
                        {
                            "question": ("Kas ietilpst ikmēneša monitoringa kārtībā?"),
                            "multiple": True,
                            "options": [
                                {"text": "Rādījumu salīdzināšana ar rēķiniem", "correct": True},
                                {
                                    "text": (
                                        "Patēriņa salīdzināšana ar to pašu mēnesi iepriekšējā gadā"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Noviržu cēloņu noskaidrošana ar apsaimniekotāju",
                                    "correct": True,
                                },
                                {"text": "SECAP pārstrādāšana katru mēnesi", "correct": False},
                            ],
                            "explanation": (
                                "Ikmēneša kārtība ir datu pārbaude un noviržu izmeklēšana. SECAP "
                                "pārskata un atjaunina periodiski, balstoties uz monitoringa un "
                                "ziņošanas rezultātiem, nevis katru mēnesi."
                            ),
                        },
                        {
                            "question": (
                                "Kāpēc energopārvaldības dati ir noderīgi SECAP ziņošanā?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Tie sniedz pašvaldības sektora patēriņa datus emisiju "
                                        "uzskaitei un informāciju par pasākumu statusu"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Tie aizstāj datus par visiem pārējiem sektoriem",
                                    "correct": False,
                                },
                                {"text": "Tie nav saistīti ar SECAP", "correct": False},
                            ],
                            "explanation": (
                                "Energopārvaldības dati aptver pašvaldības pašas objektus – to "
                                "SECAP daļu, kuru pašvaldība pārvalda tieši. Citu sektoru dati "
                                "jāiegūst no energoapgādes uzņēmumiem, statistikas un citiem "
                                "avotiem."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "en": {
        "title": "Data collection and monitoring of municipal buildings",
        "summary": (
            "How to organise regular data collection for municipal buildings and street "
            "lighting, and how these data are used in SECAP monitoring and reporting to the "
            "Covenant of Mayors."
        ),
        "body": [
            (
                "text",
                "<h2>Why regular monitoring is needed</h2>"
                "<p>Annual totals show whether a target has been met, but they do not let you "
                "react in time. If data are checked every month, deviations – such as heating "
                "running at full power at weekends, or a faulty meter – are spotted within weeks "
                "rather than a year. Data collected regularly and consistently are also the basis "
                "for the annual management review and for SECAP reports.</p>",
            ),
            (
                "text",
                "<h2>How to organise data collection</h2>"
                "<ol>"
                "<li>Set up a single register of facilities: for each building, the address, "
                "type of use, heated floor area, energy sources and meter numbers.</li>"
                "<li>Decide who provides data, when and in what form: supplier bills, readings "
                "taken by building managers or remote metering data.</li>"
                "<li>Keep the data in one place – an energy monitoring system or at least a "
                "single spreadsheet with a fixed structure.</li>"
                "<li>Build in checks: missing values, unexpected jumps and readings that do not "
                "match the bills.</li>"
                "<li>Prepare regular reports: a monthly comparison with the previous year and "
                "normalised annual indicators.</li>"
                "</ol>",
            ),
            (
                "checklist",
                {
                    "heading": "Monthly monitoring routine",
                    "items": [
                        "By a set date, obtain meter readings or remote metering data for all "
                        "facilities.",
                        "Compare readings with supplier bills and resolve discrepancies.",
                        "Enter the data into the shared database and check for missing values.",
                        "Compare each facility's consumption with the same month of the "
                        "previous year, taking degree days into account for heating.",
                        "Flag facilities where the deviation exceeds the set threshold and find "
                        "the cause together with the building manager.",
                        "Record changes in building use and measures taken: opening hours, "
                        "repairs, new equipment.",
                        "Check street lighting consumption and whether it matches the operating "
                        "schedule.",
                        "Send management and building managers a short summary of the main "
                        "deviations and the action taken.",
                    ],
                },
            ),
            (
                "text",
                "<h2>From building data to SECAP monitoring</h2>"
                "<p>Consumption in municipal buildings, facilities and street lighting is the "
                "part of the SECAP emission inventory that the municipality manages directly. If "
                "the energy management system collects data every month, annual totals for this "
                "sector are available without extra work and can be used in the "
                "<strong>Monitoring Emission Inventory</strong> (MEI) – a later emission "
                "inventory that is compared with the Baseline Emission Inventory (BEI).</p>"
                "<p>Energy management data also help in reporting the implementation status of "
                "actions: which SECAP actions in the municipal sector are completed, which are "
                "under way and what they save. Data for the other sectors – residential "
                "buildings, the tertiary sector, transport – usually have to come from other "
                "sources, such as energy utilities and national statistics.</p>",
            ),
            (
                "table",
                {
                    "caption": "Reporting to the Covenant of Mayors",
                    "header": ["Document", "Deadline", "Content"],
                    "rows": [
                        [
                            "SECAP",
                            "Within two years of the council's decision to join the Covenant",
                            "Strategy, Baseline Emission Inventory, Risk and Vulnerability "
                            "Assessment, action plan",
                        ],
                        [
                            "Action report",
                            "Every two years after submitting the SECAP",
                            "Implementation status of actions",
                        ],
                        [
                            "Full report",
                            "At least once every four years",
                            "Implementation status of actions and a Monitoring Emission "
                            "Inventory (MEI)",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "Monitoring inventories more often than required",
                    "text": (
                        "<p>The Covenant office recommends compiling a Monitoring Emission "
                        "Inventory every year, although the minimum is once every four years. "
                        "For the municipal sector, with monthly energy monitoring in place, this "
                        "takes little extra work but shows early on whether progress towards the "
                        "2030 target is on track. Reports are submitted on the Covenant's online "
                        "platform, MyCovenant.</p>"
                    ),
                },
            ),
            (
                "text",
                "<h2>Reporting to national authorities</h2>"
                "<p>Municipalities that have introduced an energy management system report the "
                "energy savings achieved to the State Construction Control Bureau, as provided "
                "for in the Energy Efficiency Law and the Cabinet regulations issued under it. "
                "If data are collected consistently, the same data can be used both for this "
                "report and for SECAP reports.</p>",
            ),
            (
                "action_plan",
                {
                    "heading": "First-year energy management action plan (example)",
                    "rows": [
                        {
                            "action": (
                                "Approve the energy policy, appoint the energy manager and set "
                                "up the energy management team"
                            ),
                            "responsible": "Council, executive director",
                            "timeframe": "Months 1–3",
                            "financing": "Municipal budget (staff time)",
                            "indicators": (
                                "Council decision adopted; energy manager appointed; team "
                                "membership approved"
                            ),
                        },
                        {
                            "action": (
                                "Set up a register of municipal buildings and street lighting "
                                "and collect consumption data for the last three years"
                            ),
                            "responsible": (
                                "Energy manager, property department, finance department"
                            ),
                            "timeframe": "Months 2–6",
                            "financing": "Municipal budget",
                            "indicators": (
                                "Share of facilities with complete data, %; energy baseline set"
                            ),
                        },
                        {
                            "action": (
                                "Introduce monthly monitoring and remote metering in the largest "
                                "consumers"
                            ),
                            "responsible": "Energy manager, building managers",
                            "timeframe": "Months 4–12",
                            "financing": (
                                "Municipal budget; possible co-financing from EU funds or "
                                "national support programmes"
                            ),
                            "indicators": (
                                "Share of consumption covered by monthly data, %; number of "
                                "deviations found and corrected"
                            ),
                        },
                        {
                            "action": (
                                "Introduce no-cost and low-cost measures in the most significant "
                                "facilities: heating schedules, temperature settings, lighting "
                                "control"
                            ),
                            "responsible": "Energy manager, building managers",
                            "timeframe": "Months 6–12",
                            "financing": "Regular maintenance budget",
                            "indicators": (
                                "Normalised consumption compared with the baseline, MWh and %; "
                                "number of measures introduced"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "Data quality matters more than the tool",
                    "text": (
                        "<p>Even expensive monitoring software will not help if floor areas are "
                        "wrong, meters are linked to the wrong buildings or readings are entered "
                        "irregularly. Start with an accurate register of facilities and a simple "
                        "but disciplined routine; automation can be added later.</p>"
                    ),
                },
            ),
            (
                "quiz",
                {
                    "heading": "Check your understanding",
                    "questions": [
                        {
                            "question": (
                                "How often do Covenant signatories report on implementation "
                                "after submitting their SECAP?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "Every year", "correct": False},
                                {"text": "Every two years", "correct": True},
                                {"text": "Every five years", "correct": False},
                            ],
                            "explanation": (
                                "An implementation report is submitted every two years; at "
                                "least once every four years it must be a full report including "
                                "a Monitoring Emission Inventory."
                            ),
                        },
                        {
                            "question": "What is a Monitoring Emission Inventory (MEI)?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "A later emission inventory compared with the Baseline "
                                        "Emission Inventory to assess progress"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "The first emission inventory, compiled before the "
                                        "SECAP is developed"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": "The climate Risk and Vulnerability Assessment",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "The first inventory is the Baseline Emission Inventory (BEI); "
                                "MEIs are later inventories that measure progress against the "
                                "BEI. The Risk and Vulnerability Assessment is a separate part "
                                "of the SECAP."
                            ),
                        },
                        {
                            "question": ("What belongs in a monthly monitoring routine?"),
                            "multiple": True,
                            "options": [
                                {"text": "Comparing readings with bills", "correct": True},
                                {
                                    "text": (
                                        "Comparing consumption with the same month of the "
                                        "previous year"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Finding the causes of deviations with the building manager"
                                    ),
                                    "correct": True,
                                },
                                {"text": "Rewriting the SECAP every month", "correct": False},
                            ],
                            "explanation": (
                                "The monthly routine is about checking data and investigating "
                                "deviations. The SECAP is reviewed and updated periodically, "
                                "based on monitoring and reporting results, not every month."
                            ),
                        },
                        {
                            "question": (
                                "Why are energy management data useful for SECAP reporting?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "They provide municipal-sector consumption data for the "
                                        "emission inventory and information on action status"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "They replace data for all the other sectors",
                                    "correct": False,
                                },
                                {
                                    "text": "They have nothing to do with the SECAP",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Energy management data cover the municipality's own facilities "
                                "– the part of the SECAP it manages directly. Data for other "
                                "sectors must come from energy utilities, statistics and other "
                                "sources."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}

_LESSONS = [
    _ENERGY_MANAGER_ROLE,
    _PDCA_CYCLE,
    _BASELINE_AND_INDICATORS,
    _MONITORING_BUILDINGS,
]

MODULE_ENERGY = {
    "slug": "energy-management",
    "minutes": sum(lesson["minutes"] for lesson in _LESSONS),
    "lv": {
        "title": "Energopārvaldība pašvaldībā",
        "intro": (
            "<p>Daudzās pašvaldībās enerģētikas un klimata rīcības plāns ir apstiprināts, taču "
            "tajā paredzētie pasākumi netiek konsekventi īstenoti, jo nav cilvēka, kurš par "
            "enerģiju atbildētu ikdienā. Šis modulis ir paredzēts energopārvaldniekiem un "
            "tiem, kas energopārvaldības sistēmu pašvaldībā tikai sāk ieviest.</p>"
            "<p>Četrās nodarbībās aplūkota energopārvaldnieka loma un pilnvaras, "
            "energopārvaldības sistēmas cikls “plānot – darīt – pārbaudīt – rīkoties”, "
            "enerģijas bāzes līnija un energoefektivitātes rādītāji, kā arī pašvaldības ēku "
            "datu vākšana un monitorings, kas nodrošina datus SECAP uzraudzībai un ziņošanai "
            "Pilsētu mēru paktam.</p>"
        ),
        "outcomes": (
            "Izskaidro, kāpēc pašvaldībai ir vajadzīgs energopārvaldnieks un kādas pilnvaras "
            "domei viņam jāpiešķir\n"
            "Apraksta energopārvaldības sistēmas elementus cikla “plānot – darīt – pārbaudīt – "
            "rīkoties” posmos\n"
            "Nosaka enerģijas bāzes līniju un aprēķina pēc grādu dienām normalizētu īpatnējo "
            "siltumenerģijas patēriņu (kWh/m² gadā)\n"
            "Izveido ikmēneša monitoringa kārtību pašvaldības ēkām un sasaista to ar SECAP "
            "monitoringu un ziņošanu Pilsētu mēru paktam\n"
            "Sagatavo pirmā gada energopārvaldības rīcības plānu"
        ),
        "audience": (
            "Pašvaldību energopārvaldnieki, ēku apsaimniekošanas un attīstības speciālisti, kā "
            "arī vadītāji, kas atbild par SECAP īstenošanu"
        ),
    },
    "en": {
        "title": "Energy management in a municipality",
        "intro": (
            "<p>In many municipalities the energy and climate action plan has been approved, "
            "but its measures are not consistently carried out because nobody is responsible "
            "for energy day to day. This module is for energy managers and for those who are "
            "just starting to introduce an energy management system in their municipality.</p>"
            "<p>Its four lessons cover the energy manager's role and mandate, the plan–do–check–"
            "act cycle of an energy management system, the energy baseline and energy "
            "performance indicators, and data collection and monitoring for municipal "
            "buildings, which supplies the data for SECAP monitoring and reporting to the "
            "Covenant of Mayors.</p>"
        ),
        "outcomes": (
            "Explain why a municipality needs an energy manager and what mandate the council "
            "should give them\n"
            "Describe the elements of an energy management system across the stages of the "
            "plan–do–check–act cycle\n"
            "Set an energy baseline and calculate specific heat consumption (kWh/m² per year) "
            "normalised for degree days\n"
            "Set up a monthly monitoring routine for municipal buildings and link it to SECAP "
            "monitoring and reporting to the Covenant of Mayors\n"
            "Prepare a first-year energy management action plan"
        ),
        "audience": (
            "Municipal energy managers, building management and development specialists, and "
            "managers responsible for implementing the SECAP"
        ),
    },
    "lessons": _LESSONS,
}
