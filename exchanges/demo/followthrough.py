"""Demo follow-through records: the municipalities' SECAP measures with their status history and
mentors' comments, and self-assessments against the key elements of a SECAP."""

MEASURES = [
    # Liepāja – the experienced mentor municipality.
    {
        "key": "liepaja-led-street-lighting",
        "municipality": "liepaja",
        "title": "Ielu apgaismojuma modernizācija ar LED gaismekļiem un vadību (2. kārta)",
        "description": (
            "Otrajā kārtā galvenajās pilsētas ielās nātrija gaismekļi nomainīti pret LED "
            "gaismekļiem, un vadības skapjos ierīkota attālināta vadība ar jaudas samazināšanu "
            "nakts stundās. Modernizācija plānota pēc detalizētas tīkla inventarizācijas, kas "
            "ļāva aprēķināt ietaupījumu un sagatavot iepirkuma tehnisko specifikāciju. Patēriņu "
            "pēc modernizācijas uzskaita atsevišķos uzskaites punktos."
        ),
        "sector": "public-lighting",
        "step": 8,
        "responsible_body": "Liepājas valstspilsētas pašvaldības iestāde Komunālā pārvalde",
        "start_year": 2021,
        "end_year": 2023,
        "budget_eur": 320000,
        "expected_mwh": 520,
        "expected_tco2": 60,
        "status": "completed",
        "advice": [],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Noslēgts būvdarbu līgums. Darbi sākti no ielām, kurās inventarizācijā "
                    "konstatēti vecākie gaismekļi un lielākais patēriņš."
                ),
                "offset_days": -1250,
                "author": "mentor",
            },
            {
                "status": "completed",
                "note": (
                    "Darbi pieņemti. Pirmajos trīs mēnešos modernizēto posmu patēriņš uzskaites "
                    "punktos ir atbilstošs projekta aprēķinam."
                ),
                "offset_days": -1060,
                "author": "mentor",
            },
        ],
        "comments": [
            {
                "author": "expert",
                "text": (
                    "The phased approach based on a full network inventory is exactly what "
                    "Jūrmala and Saldus need to see. Could you share the inventory template and "
                    "the technical specification of the tender with them?"
                ),
                "offset_days": -50,
            },
        ],
    },
    {
        "key": "liepaja-school-renovation",
        "municipality": "liepaja",
        "title": "Divu izglītības iestāžu ēku energoefektivitātes paaugstināšana",
        "description": (
            "Divās izglītības iestāžu ēkās siltinātas ārsienas un jumts, nomainīti logi, "
            "atjaunota apkures sistēma un ierīkota mehāniskā ventilācija ar siltuma atgūšanu. "
            "Projekts īstenots ar Eiropas Reģionālās attīstības fonda līdzfinansējumu. Pēc "
            "atjaunošanas ēku siltumenerģijas patēriņu uzrauga ikmēneša uzskaitē un salīdzina ar "
            "bāzes gadu, koriģējot pēc apkures grādu dienām."
        ),
        "sector": "municipal-buildings",
        "step": 8,
        "responsible_body": (
            "Liepājas valstspilsētas pašvaldības administrācijas Attīstības pārvalde"
        ),
        "start_year": 2021,
        "end_year": 2024,
        "budget_eur": 1600000,
        "expected_mwh": 700,
        "expected_tco2": 100,
        "status": "completed",
        "advice": [],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Būvdarbi sākti pirmajā ēkā; mācību process vasaras periodā pārcelts uz "
                    "otru ēku."
                ),
                "offset_days": -1150,
                "author": "mentor",
            },
            {
                "status": "completed",
                "note": (
                    "Abas ēkas nodotas ekspluatācijā. Ventilācijas iekārtu regulēšana pabeigta "
                    "pirms apkures sezonas; ēkas iekļautas ikmēneša uzskaitē."
                ),
                "offset_days": -760,
                "author": "mentor",
            },
        ],
        "comments": [],
    },
    {
        "key": "liepaja-remote-metering",
        "municipality": "liepaja",
        "title": "Attālināti nolasāmu skaitītāju sistēma pašvaldības ēkās",
        "description": (
            "Lielākajās pašvaldības ēkās uzstādīti attālināti nolasāmi siltumenerģijas, "
            "elektroenerģijas un ūdens skaitītāji, kuru dati nonāk vienotā energopārvaldības "
            "sistēmā. Energopārvaldnieks katru mēnesi nosūta iestādēm patēriņa pārskatu un "
            "reaģē uz novirzēm. Sistēmas dati tiek izmantoti arī ikgadējā ziņojumā domei."
        ),
        "sector": "municipal-buildings",
        "step": 9,
        "responsible_body": (
            "Liepājas valstspilsētas pašvaldības administrācijas Attīstības pārvalde"
        ),
        "start_year": 2020,
        "end_year": 2022,
        "budget_eur": 95000,
        "expected_mwh": 450,
        "expected_tco2": 70,
        "status": "completed",
        "advice": [],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Skaitītāji uzstādīti 24 ēkās; notiek datu pārraides pārbaude un iestāžu "
                    "atbildīgo darbinieku apmācība."
                ),
                "offset_days": -1500,
                "author": "mentor",
            },
            {
                "status": "completed",
                "note": (
                    "Sistēma darbojas visās plānotajās ēkās. Ikmēneša pārskati iestādēm tiek "
                    "sūtīti automātiski, novirzes energopārvaldnieks izskata nedēļas laikā."
                ),
                "offset_days": -1420,
                "author": "mentor",
            },
        ],
        "comments": [],
    },
    {
        "key": "liepaja-solar-roofs",
        "municipality": "liepaja",
        "title": "Saules paneļu elektrostacijas uz pašvaldības ēku jumtiem",
        "description": (
            "Paredzēts uzstādīt saules paneļu elektrostacijas uz piecu pašvaldības ēku jumtiem, "
            "saražoto elektroenerģiju izmantojot pašpatēriņam. Ēkas izvēlētas pēc jumta "
            "stāvokļa un attālināti nolasāmo skaitītāju datiem par patēriņa profilu dienas "
            "laikā."
        ),
        "sector": "local-energy-production",
        "step": 8,
        "responsible_body": (
            "Liepājas valstspilsētas pašvaldības administrācijas Attīstības pārvalde"
        ),
        "start_year": 2025,
        "end_year": 2027,
        "budget_eur": 260000,
        "expected_mwh": 300,
        "expected_tco2": 30,
        "status": "postponed",
        "advice": [],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Sagatavota tehniskā specifikācija un pieprasīti tehniskie noteikumi "
                    "pieslēgumam sadales sistēmas operatoram."
                ),
                "offset_days": -420,
                "author": "mentor",
            },
            {
                "status": "postponed",
                "note": (
                    "Iepirkums atlikts: divām ēkām sadales sistēmas operators pieprasa "
                    "pieslēguma jaudas palielināšanu, kas nav iekļauta budžetā. Projekts tiks "
                    "pārplānots 2026. gada budžeta grozījumos."
                ),
                "offset_days": -150,
                "author": "mentor",
            },
        ],
        "comments": [
            {
                "author": "expert",
                "text": (
                    "Consider going ahead with the three buildings that need no grid upgrade, "
                    "so that the first installations are not held up by the other two."
                ),
                "offset_days": -120,
            },
        ],
    },
    # Jūrmala
    {
        "key": "jurmala-led-lighting",
        "municipality": "jurmala",
        "title": "Ielu apgaismojuma modernizācija Dzintaru un Majoru apkaimē",
        "description": (
            "Pirmajā kārtā paredzēts nomainīt novecojušos gaismekļus pret LED gaismekļiem ar "
            "vadāmu jaudu Dzintaru un Majoru apkaimes ielās. Pirms tehniskās specifikācijas "
            "sagatavošanas tiek veikta apgaismojuma tīkla inventarizācija, kas sasaistīta ar "
            "pašvaldības ģeotelpisko datu sistēmu. Risinājumā jāņem vērā kūrorta teritorijas "
            "apgaismojuma prasības."
        ),
        "sector": "public-lighting",
        "step": 8,
        "responsible_body": "Jūrmalas valstspilsētas pašvaldības Infrastruktūras un vides pārvalde",
        "start_year": 2025,
        "end_year": 2027,
        "budget_eur": 180000,
        "expected_mwh": 350,
        "expected_tco2": 40,
        "status": "ongoing",
        "advice": ["jurmala-lighting-inventory"],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "not_started",
                "note": (
                    "Pasākums iekļauts investīciju plānā; finansējums inventarizācijai "
                    "paredzēts 2026. gada budžetā."
                ),
                "offset_days": -280,
                "author": "mentee",
            },
            {
                "status": "ongoing",
                "note": (
                    "Pēc ēnošanas vizītes Liepājā uzsākta inventarizācija Dzintaros: apsekoti "
                    "gaismekļi, balsti un vadības skapji, dati tiek ievadīti ģeotelpisko datu "
                    "sistēmā."
                ),
                "offset_days": -40,
                "author": "mentee",
            },
        ],
        "comments": [
            {
                "author": "mentor",
                "text": (
                    "Inventarizācijā iekļaujiet arī uzskaites punktus pie vadības skapjiem. Bez "
                    "tiem pēc modernizācijas nevarēsiet pierādīt ietaupījumu, un tas būs "
                    "vajadzīgs arī ziņošanai par plāna izpildi."
                ),
                "offset_days": -35,
            },
        ],
    },
    {
        "key": "jurmala-building-monitoring",
        "municipality": "jurmala",
        "title": "Pašvaldības ēku enerģijas patēriņa ikmēneša uzskaite",
        "description": (
            "Pašvaldības iestādes katru mēnesi līdz 10. datumam iesniedz siltumenerģijas un "
            "elektroenerģijas skaitītāju rādījumus atbildīgajai darbiniecei, kura tos apkopo "
            "vienotā tabulā. Patēriņu salīdzina ar iepriekšējiem gadiem, koriģējot pēc apkures "
            "grādu dienām, un iestāžu vadītāji saņem ikmēneša pārskatu. Ietaupījums sagaidāms no "
            "ātrākas reakcijas uz novirzēm un apkures režīmu pielāgošanas."
        ),
        "sector": "municipal-buildings",
        "step": 9,
        "responsible_body": (
            "Jūrmalas valstspilsētas pašvaldības Stratēģiskās un biznesa plānošanas nodaļa"
        ),
        "start_year": 2024,
        "end_year": 2025,
        "budget_eur": 15000,
        "expected_mwh": 300,
        "expected_tco2": 50,
        "status": "ongoing",
        "advice": ["jurmala-data-owner", "jurmala-monthly-monitoring"],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Sagatavots rīkojuma projekts par atbildīgo darbinieci un rādījumu "
                    "iesniegšanas kārtību; notiek saskaņošana ar iestāžu vadītājiem."
                ),
                "offset_days": -250,
                "author": "mentee",
            },
            {
                "status": "ongoing",
                "note": (
                    "Izglītības iestāžu dati tiek saņemti katru mēnesi. Sporta un kultūras "
                    "iestāžu skaitītājus nolasa apsaimniekotājs, tāpēc to dati vēl netiek "
                    "saņemti regulāri."
                ),
                "offset_days": -110,
                "author": "mentee",
            },
            {
                "status": "ongoing",
                "note": (
                    "Plānotais termiņš nav ievērots. Ar apsaimniekotāju panākta vienošanās par "
                    "datu nodošanu no janvāra; visas ēkas uzskaitē plānots iekļaut līdz "
                    "2027. gada vidum."
                ),
                "offset_days": -20,
                "author": "mentee",
            },
        ],
        "comments": [
            {
                "author": "expert",
                "text": (
                    "Good progress with the schools. For the sports facilities, make monthly "
                    "meter data a condition in the next service contract with the operator "
                    "rather than relying on goodwill."
                ),
                "offset_days": -100,
            },
            {
                "author": "mentor",
                "text": (
                    "Lūdzu, aktualizējiet pasākuma beigu gadu atbilstoši jaunajam termiņam, "
                    "lai ikgadējā pārskatā pasākums neparādītos kā nokavēts bez paskaidrojuma."
                ),
                "offset_days": -15,
            },
        ],
    },
    {
        "key": "jurmala-secap-update",
        "municipality": "jurmala",
        "title": "Rīcības programmas aktualizēšana par SECAP ar klimata riska novērtējumu",
        "description": (
            "Ilgtspējīgas enerģētikas rīcības programma 2013.–2020. gadam tiks aktualizēta par "
            "ilgtspējīgas enerģētikas un klimata rīcības plānu ar 2030. gada mērķi. Plānā tiks "
            "iekļauts klimata riska un ievainojamības novērtējums, kas aptver vētras, krasta "
            "eroziju un plūdus Lielupes tuvumā, un uz tā balstīti pielāgošanās pasākumi. "
            "Izstrādē no sākuma tiks iesaistīti civilās aizsardzības un ūdenssaimniecības "
            "speciālisti."
        ),
        "sector": "adaptation",
        "step": 4,
        "responsible_body": (
            "Jūrmalas valstspilsētas pašvaldības Stratēģiskās un biznesa plānošanas nodaļa"
        ),
        "start_year": 2026,
        "end_year": 2027,
        "budget_eur": 40000,
        "expected_mwh": None,
        "expected_tco2": None,
        "status": "not_started",
        "advice": ["jurmala-risk-assessment"],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "not_started",
                "note": (
                    "Sagatavots darba uzdevuma projekts. Iepirkums plānots pēc 2027. gada "
                    "budžeta apstiprināšanas."
                ),
                "offset_days": -60,
                "author": "mentee",
            },
        ],
        "comments": [
            {
                "author": "mentor",
                "text": (
                    "Riska novērtējumu var sākt pašu spēkiem, kamēr notiek iepirkums: apkopojiet "
                    "esošos datus par krasta eroziju un applūstošajām teritorijām un pašvaldības "
                    "objektiem tajās."
                ),
                "offset_days": -50,
            },
        ],
    },
    {
        "key": "jurmala-kindergarten-renovation",
        "municipality": "jurmala",
        "title": "Pirmsskolas izglītības iestādes ēkas energoefektivitātes paaugstināšana",
        "description": (
            "Pirmsskolas izglītības iestādes ēkā siltinātas ārsienas, cokols un bēniņu "
            "pārsegums, nomainīti logi un durvis, kā arī atjaunots siltummezgls ar automātisku "
            "regulēšanu pēc āra temperatūras. Pēc atjaunošanas ēka iekļauta ikmēneša enerģijas "
            "uzskaitē, lai pārliecinātos par plānotā ietaupījuma sasniegšanu."
        ),
        "sector": "municipal-buildings",
        "step": 8,
        "responsible_body": "Jūrmalas valstspilsētas pašvaldības Infrastruktūras un vides pārvalde",
        "start_year": 2022,
        "end_year": 2024,
        "budget_eur": 900000,
        "expected_mwh": 250,
        "expected_tco2": 50,
        "status": "completed",
        "advice": [],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": "Būvdarbi sākti; iestādes grupas uz darbu laiku izvietotas citā ēkā.",
                "offset_days": -900,
                "author": "mentee",
            },
            {
                "status": "completed",
                "note": (
                    "Ēka nodota ekspluatācijā, iestāde atsākusi darbu atjaunotajā ēkā pirms "
                    "apkures sezonas."
                ),
                "offset_days": -720,
                "author": "mentee",
            },
        ],
        "comments": [
            {
                "author": "mentor",
                "text": (
                    "Salīdziniet pirmās pilnās apkures sezonas patēriņu ar projekta aprēķinu. "
                    "Ja atšķirība ir liela, pārbaudiet siltummezgla iestatījumus – tas ir "
                    "biežākais iemesls, kāpēc ietaupījums nesasniedz plānoto."
                ),
                "offset_days": -200,
            },
        ],
    },
    # Saldus novads
    {
        "key": "saldus-baseline-update",
        "municipality": "saldus",
        "title": "Bāzes emisiju uzskaites aktualizēšana visai novada teritorijai",
        "description": (
            "Tiek sagatavota jauna bāzes emisiju uzskaite, kas aptver visu novada teritoriju "
            "pēc 2021. gada administratīvi teritoriālās reformas. Vispirms apkopoti dati par "
            "pašvaldības ēkām, ielu apgaismojumu un katlumājām; transporta un mājsaimniecību "
            "dati tiek pieprasīti valsts iestādēm. Uzskaite būs pamats 2030. gada mērķim jaunajā "
            "SECAP."
        ),
        "sector": "governance",
        "step": 4,
        "responsible_body": "Saldus novada pašvaldības Attīstības nodaļa",
        "start_year": 2024,
        "end_year": 2025,
        "budget_eur": 12000,
        "expected_mwh": None,
        "expected_tco2": None,
        "status": "ongoing",
        "advice": ["saldus-baseline"],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Izvēlēts jauns bāzes gads, par kuru pieejami dati visai teritorijai. Sākta "
                    "pašvaldības ēku un katlumāju datu vākšana pagastu pārvaldēs."
                ),
                "offset_days": -240,
                "author": "saldus",
            },
            {
                "status": "ongoing",
                "note": (
                    "Apkopoti dati par pašvaldības ēkām un katlumājām visā novadā. Transporta "
                    "un mājsaimniecību dati pieprasīti valsts iestādēm, atbilde vēl nav "
                    "saņemta."
                ),
                "offset_days": -210,
                "author": "saldus",
            },
            {
                "status": "ongoing",
                "note": (
                    "Saņemti dati par novadā reģistrētajiem transportlīdzekļiem. Mājsaimniecību "
                    "kurināmā patēriņu novērtēsim pēc statistikas datiem; darbu plānots pabeigt "
                    "2027. gada 1. ceturksnī."
                ),
                "offset_days": -30,
                "author": "saldus",
            },
        ],
        "comments": [
            {
                "author": "expert",
                "text": (
                    "Fix the baseline year now and document the data source for each sector. "
                    "You can refine the private sector figures later without changing the year."
                ),
                "offset_days": -180,
            },
            {
                "author": "mentor2",
                "text": (
                    "Nekavējiet visu uzskaiti mājsaimniecību datu dēļ. Pašvaldības sektora "
                    "daļu var noformēt jau tagad un izmantot katlumāju investīciju plānā."
                ),
                "offset_days": -25,
            },
        ],
    },
    {
        "key": "saldus-boiler-houses",
        "municipality": "saldus",
        "title": "Pagastu katlumāju modernizācija un pāreja uz atjaunojamajiem energoresursiem",
        "description": (
            "Pēc katlumāju investīciju plāna sagatavošanas paredzēts modernizēt divas pagastu "
            "katlumājas, aizstājot novecojušos katlus ar šķeldas katliem vai siltumsūkņiem un "
            "samazinot siltumtīklu zudumus. Katlumājas izvēlēsies pēc vecuma, kurināmā veida un "
            "zudumu apjoma. Pasākums tiks iekļauts jaunajā SECAP un pieteikts ES fondu "
            "finansējumam."
        ),
        "sector": "district-heating",
        "step": 6,
        "responsible_body": (
            "Saldus novada pašvaldības Attīstības nodaļa sadarbībā ar pagastu pārvaldēm"
        ),
        "start_year": 2026,
        "end_year": 2028,
        "budget_eur": 450000,
        "expected_mwh": 600,
        "expected_tco2": 250,
        "status": "not_started",
        "advice": ["saldus-boiler-houses"],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "not_started",
                "note": (
                    "Pagastu pārvaldēm nosūtīta veidne katlumāju datiem: katlu vecums un jauda, "
                    "kurināmais, saražotais siltums un siltumtīklu garums."
                ),
                "offset_days": -100,
                "author": "saldus",
            },
        ],
        "comments": [
            {
                "author": "expert",
                "text": (
                    "Rank the boiler houses on network losses as well as boiler efficiency. In "
                    "small parish networks the pipes often lose more than the old boiler does."
                ),
                "offset_days": -90,
            },
        ],
    },
    {
        "key": "saldus-school-smart-meters",
        "municipality": "saldus",
        "title": "Attālināti nolasāmu skaitītāju pilotprojekts divās Saldus skolās",
        "description": (
            "Divās Saldus pilsētas skolās tiek ierīkota attālināta siltumenerģijas un "
            "elektroenerģijas patēriņa nolasīšana, lai patēriņa novirzes varētu pamanīt dažu "
            "dienu laikā. Pēc gada pilotprojekta rezultāti tiks izvērtēti un lemts par "
            "risinājuma paplašināšanu uz citām pašvaldības ēkām."
        ),
        "sector": "municipal-buildings",
        "step": 9,
        "responsible_body": "Saldus novada pašvaldības Attīstības nodaļa",
        "start_year": 2026,
        "end_year": 2027,
        "budget_eur": 18000,
        "expected_mwh": 60,
        "expected_tco2": 10,
        "status": "ongoing",
        "advice": ["saldus-smart-meters"],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "not_started",
                "note": "Pēc ēnošanas vizītes Liepājā izvēlētas divas skolas pilotprojektam.",
                "offset_days": -40,
                "author": "saldus",
            },
            {
                "status": "ongoing",
                "note": (
                    "Siltumapgādes uzņēmums nodrošinās attālinātu siltumenerģijas datu "
                    "nolasīšanu. Elektroenerģijas risinājumu saskaņojam ar sadales sistēmas "
                    "operatoru."
                ),
                "offset_days": -15,
                "author": "saldus",
            },
        ],
        "comments": [
            {
                "author": "mentor2",
                "text": (
                    "Jau tagad vienojieties, kurš skatīsies datus un cik bieži. Liepājā "
                    "skaitītāji sāka dot ietaupījumu tikai tad, kad novirzes kāds regulāri "
                    "izskatīja un par tām ziņoja iestādei."
                ),
                "offset_days": -10,
            },
        ],
    },
    {
        "key": "saldus-parish-lighting",
        "municipality": "saldus",
        "title": "Ielu apgaismojuma modernizācija pagastu centros",
        "description": (
            "Pasākums paredz nomainīt dzīvsudraba un nātrija gaismekļus pret LED gaismekļiem "
            "piecu pagastu centros un vadības skapjos uzstādīt astronomiskos taimerus. "
            "Īstenošana atlikta, jo trūkst aktuālas apgaismojuma tīkla inventarizācijas un "
            "finansējums netika iekļauts budžetā."
        ),
        "sector": "public-lighting",
        "step": 8,
        "responsible_body": "Saldus novada pašvaldības Infrastruktūras nodaļa",
        "start_year": 2023,
        "end_year": 2024,
        "budget_eur": 150000,
        "expected_mwh": 250,
        "expected_tco2": 30,
        "status": "postponed",
        "advice": [],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Sagatavota gaismekļu nomaiņas tāme pieciem pagastu centriem, balstoties uz "
                    "pagastu pārvalžu sniegtajiem datiem."
                ),
                "offset_days": -900,
                "author": "saldus",
            },
            {
                "status": "postponed",
                "note": (
                    "Finansējums nav iekļauts budžetā. Tāmē izmantotie dati par gaismekļu skaitu "
                    "izrādījās nepilnīgi, tāpēc pirms iepirkuma nepieciešama inventarizācija."
                ),
                "offset_days": -700,
                "author": "saldus",
            },
            {
                "status": "postponed",
                "note": (
                    "Darba sesija ar Liepājas mentori par inventarizācijas metodiku atcelta un "
                    "pārcelta. Inventarizāciju plānots veikt 2027. gadā."
                ),
                "offset_days": -20,
                "author": "saldus",
            },
        ],
        "comments": [
            {
                "author": "mentor2",
                "text": (
                    "Uz pārcelto sesiju atvedīšu Liepājas inventarizācijas veidni. Lūdzu, "
                    "sagatavojiet pagastu pārvalžu rīcībā esošos datus par vadības skapjiem un "
                    "elektroenerģijas uzskaites punktiem."
                ),
                "offset_days": -18,
            },
        ],
    },
    # Salaspils novads
    {
        "key": "salaspils-heat-data",
        "municipality": "salaspils",
        "title": "Ikmēneša siltumenerģijas datu apmaiņa ar siltumapgādes uzņēmumu",
        "description": (
            "Noslēgta vienošanās ar siltumapgādes uzņēmumu par ikmēneša siltumenerģijas "
            "patēriņa datu nodošanu elektroniskā formā par visām pašvaldības ēkām un ikgadēju "
            "pārskatu par saražoto siltumu un izmantoto kurināmo. Dati tiek izmantoti ēku "
            "patēriņa uzraudzībā un emisiju uzskaitē."
        ),
        "sector": "district-heating",
        "step": 9,
        "responsible_body": "Salaspils novada pašvaldības Attīstības nodaļa",
        "start_year": 2026,
        "end_year": 2026,
        "budget_eur": None,
        "expected_mwh": None,
        "expected_tco2": None,
        "status": "completed",
        "advice": ["salaspils-heat-data"],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": ("Vienošanās projekts nosūtīts siltumapgādes uzņēmumam saskaņošanai."),
                "offset_days": -210,
                "author": "salaspils",
            },
            {
                "status": "completed",
                "note": (
                    "Vienošanās parakstīta. Dati par pašvaldības ēkām tiek saņemti katru mēnesi "
                    "tabulas veidā."
                ),
                "offset_days": -155,
                "author": "salaspils",
            },
        ],
        "comments": [
            {
                "author": "mentor",
                "text": (
                    "Labs pamats uzraudzībai. Nākamais solis – ikmēneša datus salīdzināt ar "
                    "iepriekšējo gadu un par lielākajām novirzēm informēt iestāžu vadītājus."
                ),
                "offset_days": -150,
            },
        ],
    },
    {
        "key": "salaspils-energy-action-group",
        "municipality": "salaspils",
        "title": "Energopārvaldības rīcības grupa plāna sasaistei ar pašvaldības budžetu",
        "description": (
            "Pēc Kraņas parauga paredzēts izveidot energopārvaldības rīcības grupu, kas pēc "
            "energopārvaldnieces priekšlikuma katru gadu izvērtē rīcības plāna pasākumus un "
            "sagatavo priekšlikumus nākamā gada budžetam. Grupa izvērtēs arī projektu "
            "finansēšanas iespējas un ierosinās plāna atjauninājumus."
        ),
        "sector": "governance",
        "step": 2,
        "responsible_body": "Salaspils novada pašvaldības Attīstības nodaļa",
        "start_year": 2027,
        "end_year": 2027,
        "budget_eur": None,
        "expected_mwh": None,
        "expected_tco2": None,
        "status": "not_started",
        "advice": ["salaspils-annual-report"],
        "adopted_from": "kranj-energy-manager-action-group",
        "adaptation": {
            "what_to_adapt": (
                "Kraņā energopārvaldnieks un rīcības grupa darbojas vietējā enerģētikas "
                "aģentūrā. Salaspilī aģentūras nav, tāpēc grupu veidosim pašvaldībā ar "
                "izpilddirektora rīkojumu: energopārvaldniece, Attīstības nodaļa, Finanšu nodaļa, "
                "Īpašumu pārvaldīšanas nodaļa un siltumapgādes uzņēmuma pārstāvis. Grupa sanāks "
                "divas reizes gadā – pavasarī plāna izpildes izvērtēšanai un rudenī pirms budžeta "
                "projekta sagatavošanas."
            ),
            "prerequisites": (
                "Izpilddirektora rīkojums par grupas izveidi un nolikums; vienošanās ar Finanšu "
                "nodaļu par to, kā grupas priekšlikumi nonāk budžeta projektā; aktuāls pasākumu "
                "saraksts ar izmaksu aplēsēm; energopārvaldnieces darba laiks grupas darba "
                "sagatavošanai."
            ),
            "responsible_person": "Sandra Kļaviņa, energopārvaldniece",
        },
        "updates": [],
        "comments": [
            {
                "author": "mentor2",
                "text": (
                    "Pavasara sanāksmi sasaistiet ar ikgadējā pārskata sagatavošanu domei – tad "
                    "grupa strādās ar aktuāliem datiem, un pārskatā jau būs priekšlikumi "
                    "nākamajam budžetam."
                ),
                "offset_days": -5,
            },
        ],
    },
    {
        "key": "salaspils-stakeholder-plan",
        "municipality": "salaspils",
        "title": "Ieinteresēto pušu iesaistes plāns SECAP izstrādei",
        "description": (
            "Tiek sagatavots ieinteresēto pušu saraksts un iesaistes plāns, kas nosaka, kuras "
            "organizācijas tiks informētas, ar kurām notiks konsultācijas un kuras tiks "
            "aicinātas SECAP darba grupā. Sarakstā iekļauti komunālie uzņēmumi, namu "
            "apsaimniekotāji, izglītības iestādes un lielākie uzņēmumi. Plāns būs pamats SECAP "
            "komunikācijas pasākumiem."
        ),
        "sector": "stakeholder-engagement",
        "step": 3,
        "responsible_body": "Salaspils novada pašvaldības Attīstības nodaļa",
        "start_year": 2026,
        "end_year": 2027,
        "budget_eur": 5000,
        "expected_mwh": None,
        "expected_tco2": None,
        "status": "ongoing",
        "advice": ["salaspils-stakeholders"],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Saraksta pirmā versija sagatavota kopā ar energopārvaldnieci. Vēl "
                    "jāpapildina ar uzņēmēju pārstāvjiem un iedzīvotāju organizācijām."
                ),
                "offset_days": -35,
                "author": "salaspils",
            },
        ],
        "comments": [
            {
                "author": "expert",
                "text": (
                    "Think about who will carry out the measures, not only who must be informed. "
                    "The heat utility and the largest companies belong in the working group "
                    "from the start."
                ),
                "offset_days": -25,
            },
        ],
    },
    {
        "key": "salaspils-school-solar",
        "municipality": "salaspils",
        "title": "Saules paneļu elektrostacija uz vidusskolas jumta",
        "description": (
            "Paredzēts uzstādīt saules paneļu elektrostaciju uz vidusskolas jumta, saražoto "
            "elektroenerģiju izmantojot ēkas pašpatēriņam. Tehniskajā apsekošanā konstatēts, ka "
            "pirms paneļu uzstādīšanas jāatjauno jumta segums, un šie darbi nav iekļauti "
            "budžetā."
        ),
        "sector": "local-energy-production",
        "step": 8,
        "responsible_body": "Salaspils novada pašvaldības Īpašumu pārvaldīšanas nodaļa",
        "start_year": 2024,
        "end_year": 2025,
        "budget_eur": 90000,
        "expected_mwh": 150,
        "expected_tco2": 15,
        "status": "postponed",
        "advice": [],
        "adopted_from": None,
        "adaptation": None,
        "updates": [
            {
                "status": "ongoing",
                "note": (
                    "Sagatavots tehniskais risinājums un pieprasīti tehniskie noteikumi "
                    "pieslēgumam."
                ),
                "offset_days": -640,
                "author": "salaspils",
            },
            {
                "status": "postponed",
                "note": (
                    "Jumta tehniskajā apsekošanā konstatēts, ka segums jāatjauno pirms paneļu "
                    "uzstādīšanas. Pasākums atlikts līdz jumta remonta finansējuma "
                    "nodrošināšanai."
                ),
                "offset_days": -430,
                "author": "salaspils",
            },
        ],
        "comments": [
            {
                "author": "mentor2",
                "text": (
                    "Izvērtējiet, vai jumta atjaunošanu un paneļu uzstādīšanu var apvienot vienā "
                    "projektā un finansējuma pieteikumā. Tad jumta darbus var plānot kopā ar "
                    "paneļiem, nevis gaidīt atsevišķu remonta finansējumu."
                ),
                "offset_days": -60,
            },
        ],
    },
]

SELF_ASSESSMENTS = [
    {
        "municipality": "jurmala",
        "offset_days": -330,
        "published": False,
        "scores": {
            "adoption": [1, "Programma 2013.–2020. gadam beigusies; jauns plāns nav pieņemts."],
            "targets": [1, "Ir tikai 2020. gada mērķis; 2030. gada mērķis nav noteikts."],
            "baseline": [
                1,
                "Emisiju dati novecojuši; ēku patēriņš tiek apkopots tikai no rēķiniem.",
            ],
            "measures": [1, "Pasākumi aptver galvenokārt pašvaldības ēkas."],
            "strategy_2030": [0, "Stratēģija līdz 2030. gadam nav izstrādāta."],
            "departments": [1, "Enerģijas dati izkaisīti pa iestādēm un apsaimniekotājiem."],
            "stakeholders": [1, "Iesaiste notiek tikai atsevišķu projektu ietvaros."],
            "financing": [1, "Pasākumi tiek finansēti tikai, ja pieejams ES fondu atbalsts."],
            "monitoring": [1, "Pārskats par ieviešanu nav sagatavots kopš 2020. gada."],
            "submission": [0, "Ziņojums par programmas izpildi nav sagatavots un iesniegts."],
            "coordination": [1, "IERP darba grupa pēdējos gados nav sanākusi."],
            "capacity": [2, "Ēku datu apkopošanai paredzēts konkrēts darba laiks."],
            "long_term_vision": [0, "Ilgtermiņa vīzija nav formulēta."],
            "engagement": [1, "Iedzīvotāji informēti tikai par atsevišķiem būvprojektiem."],
            "implementation": [1, "Pasākumu izpilde netiek sistemātiski pārskatīta."],
            "vertical_integration": [1, "Saikne ar reģiona un valsts plāniem nav izvērtēta."],
        },
    },
    {
        "municipality": "jurmala",
        "offset_days": -30,
        "published": True,
        "scores": {
            "adoption": [2, "SECAP izstrāde un apstiprināšana iekļauta domes darba plānā."],
            "targets": [1, "2030. gada mērķis tiks noteikts SECAP izstrādes gaitā."],
            "baseline": [2, "Ikmēneša ēku dati no izglītības iestādēm; citi sektori vēl trūkst."],
            "measures": [2, "Pievienota apgaismojuma modernizācija un pielāgošanās sadaļa."],
            "strategy_2030": [1, "Sagatavots SECAP darba uzdevuma projekts."],
            "departments": [
                2,
                "Noteikta atbildīgā par ēku datiem; iesaistīta Infrastruktūras un vides pārvalde.",
            ],
            "stakeholders": [1, "Ieinteresēto pušu saraksts vēl nav sagatavots."],
            "financing": [2, "Apgaismojuma inventarizācijai finansējums 2026. gada budžetā."],
            "monitoring": [2, "Ikmēneša uzskaite izglītības iestādēs; sporta ēkas no janvāra."],
            "submission": [0, "SECAP veidni aizpildīsim pēc plāna apstiprināšanas domē."],
            "coordination": [2, "IERP darba grupa atsākusi darbu, tiekas reizi ceturksnī."],
            "capacity": [1, "Atbildīgā darbiniece daļēji novirzīta citam projektam."],
            "long_term_vision": [1, "Vīzija tiks formulēta kopā ar SECAP mērķiem."],
            "engagement": [1, "Iedzīvotāju iesaiste plānota tikai SECAP izstrādē."],
            "implementation": [2, "Pasākumu statuss tiek pārskatīts reizi ceturksnī."],
            "vertical_integration": [
                2,
                "Riska novērtējumā iesaistīti civilās aizsardzības speciālisti.",
            ],
        },
    },
    {
        "municipality": "saldus",
        "offset_days": -330,
        "published": False,
        "scores": {
            "adoption": [1, "Plāns 2014.–2020. gadam pieņemts; pēc reformas nav aktualizēts."],
            "targets": [0, "Mērķis jaunajai novada teritorijai nav noteikts."],
            "baseline": [0, "Bāzes dati aptver tikai teritoriju pirms reformas."],
            "measures": [1, "Pasākumi neaptver pievienotos pagastus."],
            "strategy_2030": [0, "Stratēģija līdz 2030. gadam nav izstrādāta."],
            "departments": [0, "Uzdevumi sadalīti starp nodaļām bez atbildīgā."],
            "stakeholders": [0, "Ieinteresētās puses plāna īstenošanā nav iesaistītas."],
            "financing": [1, "Finansējums tiek plānots atsevišķiem projektiem."],
            "monitoring": [0, "Plāna izpilde netiek uzraudzīta."],
            "submission": [0, "Ziņojums par plāna izpildi nav sagatavots."],
            "coordination": [0, "Nav regulāras koordinācijas starp nodaļām un komunālo dienestu."],
            "capacity": [0, "Energopārvaldnieka nav."],
            "long_term_vision": [0, "Attīstības programmā ir tikai vispārīgs enerģētikas mērķis."],
            "engagement": [1, "Iedzīvotāji informēti par māju atjaunošanas atbalstu."],
            "implementation": [0, "Pasākumu izpilde netiek pārskatīta."],
            "vertical_integration": [1, "Sadarbība ar plānošanas reģionu ES fondu projektos."],
        },
    },
    {
        "municipality": "saldus",
        "offset_days": -30,
        "published": False,
        "scores": {
            "adoption": [1, "Jaunā plāna pieņemšana paredzēta pēc bāzes uzskaites."],
            "targets": [1, "Vienošanās par 2030. gada mērķa noteikšanas pieeju."],
            "baseline": [2, "Pašvaldības sektora dati apkopoti visam novadam."],
            "measures": [1, "Jauni pasākumi tiks izvēlēti pēc katlumāju pārskata."],
            "strategy_2030": [1, "SECAP struktūra apspriesta ar mentori."],
            "departments": [2, "Energopārvaldnieka pienākumi noteikti Attīstības nodaļā."],
            "stakeholders": [1, "Pagastu pārvaldes iesaistītas katlumāju datu vākšanā."],
            "financing": [2, "Skaitītāju pilotprojekts finansēts no 2026. gada budžeta."],
            "monitoring": [1, "Sākts attālināti nolasāmu skaitītāju pilotprojekts."],
            "submission": [0, "SECAP veidne tiks aizpildīta pēc plāna apstiprināšanas."],
            "coordination": [1, "Energopārvaldnieks koordinē datus ar komunālo dienestu."],
            "capacity": [1, "Energopārvaldnieks iecelts uz pusslodzi."],
            "long_term_vision": [1, "Vīzija tiks noteikta jaunajā SECAP."],
            "engagement": [1, "Iedzīvotāju iesaiste vēl nav plānota."],
            "implementation": [1, "Ikgadējs ziņojums domei iekļauts amata aprakstā."],
            "vertical_integration": [2, "Bāzes uzskaitē izmantoti valsts iestāžu dati."],
        },
    },
]
