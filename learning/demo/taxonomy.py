"""SECAP phases, the 10 steps and the sectors that lessons and case studies are tagged with.

Steps follow the JRC guidebook (Bertoldi 2018, JRC112986); the council / administration /
stakeholders texts follow its role tables, so a lesson can say who acts in each step.
"""

PHASES = [
    {
        "slug": "initiation",
        "lv": {
            "name": "Iniciācija",
            "description": (
                "Politisko saistību nostiprināšana, pašvaldības nodaļu mobilizēšana un "
                "ieinteresēto pušu atbalsta veidošana – pamats visam turpmākajam SECAP procesam."
            ),
        },
        "en": {
            "name": "Initiation",
            "description": (
                "Securing political commitment, mobilising the municipal departments and building "
                "support from stakeholders: the foundation for the rest of the SECAP process."
            ),
        },
    },
    {
        "slug": "planning",
        "lv": {
            "name": "Plānošana",
            "description": (
                "Pašreizējās situācijas novērtēšana, vīzijas un mērķu noteikšana, rīcības plāna "
                "izstrāde, tā apstiprināšana domē un iesniegšana Pilsētu mēru paktam."
            ),
        },
        "en": {
            "name": "Planning",
            "description": (
                "Assessing the current situation, setting the vision and targets, drawing up the "
                "action plan, having it approved by the council and submitting it to the Covenant "
                "of Mayors."
            ),
        },
    },
    {
        "slug": "implementation",
        "lv": {
            "name": "Ieviešana",
            "description": (
                "Plānā paredzēto seku mazināšanas un pielāgošanās pasākumu īstenošana, "
                "koordinēšana un finansēšana – parasti visilgākais un darbietilpīgākais posms."
            ),
        },
        "en": {
            "name": "Implementation",
            "description": (
                "Carrying out, coordinating and financing the mitigation and adaptation actions "
                "in the plan: usually the longest and most demanding phase."
            ),
        },
    },
    {
        "slug": "monitoring-and-reporting",
        "lv": {
            "name": "Monitorings un ziņošana",
            "description": (
                "Regulāra progresa uzraudzība, ziņošana Pilsētu mēru paktam un plāna "
                "pārskatīšana, balstoties uz iegūtajiem rezultātiem un pieredzi."
            ),
        },
        "en": {
            "name": "Monitoring and reporting",
            "description": (
                "Regular monitoring of progress, reporting to the Covenant of Mayors and reviewing "
                "the plan in the light of the results and experience gained."
            ),
        },
    },
]

STEPS = [
    {
        "number": 1,
        "phase": "initiation",
        "lv": {
            "title": "Politiskās saistības un pakta parakstīšana",
            "description": (
                "<p>Pašvaldības dome pieņem lēmumu pievienoties Pilsētu mēru paktam, un mērs "
                "paraksta saistību dokumentu. Ar to pašvaldība apņemas samazināt siltumnīcefekta "
                "gāzu emisijas savā teritorijā vismaz par 40 % līdz 2030. gadam (atjauninātajās "
                "pakta saistībās – vismaz par 55 %), palielināt noturību pret klimata pārmaiņu "
                "ietekmi un divu gadu laikā iesniegt SECAP. Stingras politiskās saistības ir "
                "priekšnoteikums tam, lai procesam tiktu piešķirti cilvēkresursi un "
                "finansējums.</p>"
            ),
            "council": (
                "Pieņem lēmumu par pievienošanos paktam un dod administrācijai nepieciešamo "
                "impulsu procesa uzsākšanai."
            ),
            "administration": (
                "Mudina politisko vadību rīkoties un informē to par pakta dalības priekšrocībām."
            ),
            "stakeholders": (
                "Vajadzības gadījumā mudina politisko vadību uzņemties saistības un pauž atbalstu "
                "pievienošanās lēmumam."
            ),
        },
        "en": {
            "title": "Political commitment and signing the Covenant",
            "description": (
                "<p>The municipal council decides to join the Covenant of Mayors, and the mayor "
                "signs the commitment document. The municipality thereby commits to cutting "
                "greenhouse gas emissions in its territory by at least 40% by 2030 (at least 55% "
                "under the Covenant's updated commitment), increasing its resilience to the "
                "impacts of climate change and submitting a SECAP within two years. Strong "
                "political commitment is the precondition for staff and funding being allocated "
                "to the process.</p>"
            ),
            "council": (
                "Decides to join the Covenant and gives the administration the impetus it needs "
                "to start the process."
            ),
            "administration": (
                "Encourages the political leadership to act and informs it of the benefits of "
                "joining the Covenant."
            ),
            "stakeholders": (
                "Where needed, urge the political leadership to make the commitment, and voice "
                "their support for the decision to join."
            ),
        },
    },
    {
        "number": 2,
        "phase": "initiation",
        "lv": {
            "title": "Mobilizēt visas iesaistītās pašvaldības nodaļas",
            "description": (
                "<p>SECAP nav vienas nodaļas uzdevums: tas skar teritorijas plānošanu, ēku "
                "apsaimniekošanu, transportu, finanses, sociālo jomu un civilo aizsardzību. Šajā "
                "solī pašvaldība ieceļ SECAP koordinatoru, izveido darba grupu vai citu "
                "administratīvo struktūru, kas nodrošina sadarbību starp nodaļām, un piešķir "
                "pietiekamus cilvēkresursus un budžetu. Energopārvaldnieka un vides speciālista "
                "pieejamībai šajā struktūrā ir izšķiroša nozīme.</p>"
            ),
            "council": (
                "Piešķir pietiekamus cilvēkresursus un budžetu un atbalsta tādu administratīvo "
                "struktūru, kas nodrošina nodaļu sadarbību un saskaņotu rīcību seku mazināšanā un "
                "pielāgošanās jomā."
            ),
            "administration": (
                "Ieceļ koordinatoru, izveido starpnodaļu darba grupu, sadala pienākumus un "
                "nodrošina darbinieku apmācību."
            ),
            "stakeholders": (
                "Pašvaldības kapitālsabiedrības, piemēram, siltumapgādes, ūdenssaimniecības un "
                "transporta uzņēmumi, nosaka kontaktpersonas un iesaistās darba grupā."
            ),
        },
        "en": {
            "title": "Mobilise all concerned municipal departments",
            "description": (
                "<p>A SECAP is not the task of a single department: it concerns spatial "
                "planning, building management, transport, finance, social services and civil "
                "protection. In this step the municipality appoints a SECAP coordinator, sets up "
                "a working group or another administrative structure that ensures cooperation "
                "between departments, and allocates sufficient staff and budget. Having an energy "
                "manager and an environmental specialist in this structure is crucial.</p>"
            ),
            "council": (
                "Allocates sufficient staff and budget and supports an administrative structure "
                "that ensures cooperation between departments and consistent action on mitigation "
                "and adaptation."
            ),
            "administration": (
                "Appoints a coordinator, sets up a cross-departmental working group, assigns "
                "responsibilities and makes sure staff are trained."
            ),
            "stakeholders": (
                "Municipal companies, such as district heating, water and transport companies, "
                "name contact persons and take part in the working group."
            ),
        },
    },
    {
        "number": 3,
        "phase": "initiation",
        "lv": {
            "title": "Veidot ieinteresēto pušu atbalstu",
            "description": (
                "<p>Ieinteresētās puses – iedzīvotāji, uzņēmumi, energoapgādes uzņēmumi, "
                "nevalstiskās organizācijas, izglītības iestādes un citas – ietekmē SECAP vai "
                "izjūt tā pasākumu ietekmi. Šajā solī tās identificē un kartē pēc ietekmes un "
                "intereses, izvēlas komunikācijas un līdzdalības kanālus un informē par gaidāmo "
                "procesu. Ja ieinteresētās puses netiek iesaistītas, tās var kļūt par šķērsli "
                "plāna īstenošanā.</p>"
            ),
            "council": (
                "Sniedz nepieciešamo impulsu ieinteresēto pušu līdzdalībai un parāda, ka to "
                "līdzdalība un atbalsts ir svarīgs."
            ),
            "administration": (
                "Sagatavo ieinteresēto pušu sarakstu, izvēlas komunikācijas un līdzdalības "
                "kanālus un izveido sadarbības praksi. Informē ieinteresētās puses par gaidāmo "
                "procesu un apkopo to viedokļus."
            ),
            "stakeholders": (
                "Izsaka savu viedokli un skaidro savu iespējamo lomu SECAP izstrādē un īstenošanā."
            ),
        },
        "en": {
            "title": "Build support from stakeholders",
            "description": (
                "<p>Stakeholders – residents, businesses, energy utilities, non-governmental "
                "organisations, schools and others – influence the SECAP or are affected by its "
                "actions. In this step they are identified and mapped by influence and interest, "
                "communication and participation channels are chosen, and stakeholders are "
                "informed about the process ahead. Stakeholders who are not involved can become "
                "an obstacle to implementing the plan.</p>"
            ),
            "council": (
                "Gives the necessary impetus to stakeholder participation and shows that their "
                "participation and support matter."
            ),
            "administration": (
                "Prepares a list of stakeholders, chooses communication and participation "
                "channels and sets up a practice of cooperation. Informs stakeholders about the "
                "process ahead and gathers their views."
            ),
            "stakeholders": (
                "Express their views and explain the role they could play in developing and "
                "implementing the SECAP."
            ),
        },
    },
    {
        "number": 4,
        "phase": "planning",
        "lv": {
            "title": "Pašreizējās situācijas novērtējums: kur mēs atrodamies?",
            "description": (
                "<p>Pašvaldība analizē pašreizējo situāciju enerģētikas un klimata jomā. Galvenie "
                "rezultāti ir bāzes emisiju uzskaite (BEI), kas parāda enerģijas galapatēriņu un "
                "emisijas pa sektoriem un energonesējiem bāzes gadā, un klimata pārmaiņu riska un "
                "ievainojamības novērtējums (RVA). Novērtē arī esošo politiku un tiesisko "
                "regulējumu, pieejamos resursus un šķēršļus, kas jāpārvar.</p>"
            ),
            "council": "Pārliecinās, ka plānošanas posmam ir pieejami nepieciešamie resursi.",
            "administration": (
                "Veic sākotnējo novērtējumu, savāc nepieciešamos datus un sagatavo bāzes emisiju "
                "uzskaiti un riska un ievainojamības novērtējumu."
            ),
            "stakeholders": "Sniedz datus un informāciju un dalās zināšanās.",
        },
        "en": {
            "title": "Assessment of the current situation: where are we?",
            "description": (
                "<p>The municipality analyses its current energy and climate situation. The main "
                "outputs are the Baseline Emission Inventory (BEI), which shows final energy "
                "consumption and emissions by sector and energy carrier in the baseline year, and "
                "the climate Risk and Vulnerability Assessment (RVA). Existing policies and "
                "regulations, available resources and the barriers to overcome are also "
                "assessed.</p>"
            ),
            "council": "Makes sure the resources needed for the planning phase are available.",
            "administration": (
                "Carries out the initial assessment, collects the necessary data and prepares the "
                "Baseline Emission Inventory and the Risk and Vulnerability Assessment."
            ),
            "stakeholders": "Provide data and information and share their knowledge.",
        },
    },
    {
        "number": 5,
        "phase": "planning",
        "lv": {
            "title": "Vīzijas izveide: kurp mēs vēlamies doties?",
            "description": (
                "<p>Vīzija apraksta, kāda pašvaldība vēlas būt nākotnē, un ir SECAP darba "
                "vadmotīvs. Tai jābūt saderīgai ar pakta saistībām par emisiju samazinājumu līdz "
                "2030. gadam un noturības palielināšanu, reālistiskai, bet vērienīgai. Vīziju "
                "pārvērš konkrētos, izmērāmos mērķos, izmantojot sākotnējā novērtējumā izvēlētos "
                "rādītājus.</p>"
            ),
            "council": (
                "Atbalsta vīzijas izstrādi, pārliecinās, ka tā ir pietiekami vērienīga, un, ja "
                "nepieciešams, to apstiprina."
            ),
            "administration": "Izstrādā ilgtermiņa vīziju un mērķus, kas to atbalsta.",
            "stakeholders": (
                "Piedalās vīzijas veidošanā un izsaka savu skatījumu uz pašvaldības nākotni."
            ),
        },
        "en": {
            "title": "Establishment of a vision: where do we want to go?",
            "description": (
                "<p>The vision describes what the municipality wants to become and guides all "
                "work on the SECAP. It must be compatible with the Covenant commitments on "
                "emission reductions by 2030 and on increasing resilience, realistic yet "
                "ambitious. The vision is translated into specific, measurable targets using the "
                "indicators chosen in the initial assessment.</p>"
            ),
            "council": (
                "Supports the development of the vision, makes sure it is ambitious enough and "
                "approves it where applicable."
            ),
            "administration": "Develops the long-term vision and the targets that support it.",
            "stakeholders": (
                "Take part in shaping the vision and give their view of the municipality's future."
            ),
        },
    },
    {
        "number": 6,
        "phase": "planning",
        "lv": {
            "title": "Plāna izstrāde: kā mēs tur nonāksim?",
            "description": (
                "<p>Pamatojoties uz novērtējumu un vīziju, izstrādā rīcības plānu: izvēlas "
                "prioritāros sektorus, nosaka mērķus un katrā sektorā plāno seku mazināšanas un "
                "pielāgošanās pasākumus. Katram pasākumam nosaka atbildīgo, termiņu, izmaksas, "
                "finansējuma avotus un uzraudzības rādītājus. Plānā ietver ilgtermiņa stratēģiju "
                "līdz 2030. gadam un detalizētus pasākumus nākamajiem trim līdz pieciem "
                "gadiem.</p>"
            ),
            "council": "Atbalsta plāna izstrādi un nosaka prioritātes atbilstoši vīzijai.",
            "administration": (
                "Izstrādā plānu: nosaka politiku un pasākumus atbilstoši vīzijai un mērķiem."
            ),
            "stakeholders": (
                "Piedalās plāna izstrādē, ierosinot pasākumus un sniedzot komentārus par plāna "
                "projektu."
            ),
        },
        "en": {
            "title": "Elaboration of the plan: how do we get there?",
            "description": (
                "<p>Based on the assessment and the vision, the action plan is drawn up: priority "
                "sectors are selected, targets are set and mitigation and adaptation actions are "
                "planned in each sector. Each action is given a responsible party, a timeframe, "
                "costs, sources of financing and monitoring indicators. The plan contains a "
                "long-term strategy to 2030 and detailed actions for the next three to five "
                "years.</p>"
            ),
            "council": (
                "Supports the development of the plan and sets priorities in line with the vision."
            ),
            "administration": (
                "Develops the plan: defines policies and actions in line with the vision and "
                "targets."
            ),
            "stakeholders": (
                "Take part in developing the plan by proposing actions and commenting on the draft."
            ),
        },
    },
    {
        "number": 7,
        "phase": "planning",
        "lv": {
            "title": "Plāna apstiprināšana un iesniegšana",
            "description": (
                "<p>Pašvaldības dome (vai līdzvērtīga lēmējinstitūcija) oficiāli apstiprina "
                "SECAP – tas ir viens no galvenajiem labas kvalitātes plāna elementiem. Plānu un "
                "aizpildītu ziņošanas veidni iesniedz pakta tiešsaistes platformā divu gadu laikā "
                "pēc lēmuma par pievienošanos paktam. Par apstiprināto plānu informē iedzīvotājus "
                "un ieinteresētās puses.</p>"
            ),
            "council": (
                "Apstiprina plānu un nepieciešamo budžetu vismaz pirmajam īstenošanas gadam."
            ),
            "administration": (
                "Iesniedz SECAP pakta tīmekļvietnē un informē sabiedrību par plānu."
            ),
            "stakeholders": ("Vajadzības gadījumā mudina politisko vadību plānu apstiprināt."),
        },
        "en": {
            "title": "Plan approval and submission",
            "description": (
                "<p>The municipal council (or an equivalent decision-making body) formally "
                "approves the SECAP: this is one of the key elements of a good plan. The plan and "
                "the completed reporting template are submitted on the Covenant's online platform "
                "within two years of the decision to join the Covenant. Residents and "
                "stakeholders are informed about the approved plan.</p>"
            ),
            "council": (
                "Approves the plan and the necessary budget for at least the first year of "
                "implementation."
            ),
            "administration": (
                "Submits the SECAP through the Covenant website and communicates the plan to the "
                "public."
            ),
            "stakeholders": ("Where needed, urge the political leadership to approve the plan."),
        },
    },
    {
        "number": 8,
        "phase": "implementation",
        "lv": {
            "title": "Īstenošana",
            "description": (
                "<p>Īstenošana parasti ir visilgākais un darbietilpīgākais posms. Pasākumus "
                "īsteno pašvaldības nodaļas, kapitālsabiedrības un ieinteresētās puses atbilstoši "
                "noteiktajai atbildībai, un to koordinē SECAP koordinators vai energopārvaldnieks. "
                "Svarīgi sākt ātri, izmantojot sākotnējo entuziasmu, regulāri informēt par "
                "progresu un iekļaut enerģētikas un klimata politiku pašvaldības ikdienas "
                "darbā.</p>"
            ),
            "council": (
                "Sniedz ilgtermiņa politisko atbalstu un pārliecinās, ka enerģētikas un klimata "
                "politika ir daļa no pašvaldības ikdienas darba. Izrāda interesi par plāna "
                "īstenošanu un mudina ieinteresētās puses rīkoties."
            ),
            "administration": (
                "Īsteno pašvaldības pārziņā esošos pasākumus un nodrošina, ka katra ieinteresētā "
                "puse apzinās savu lomu. Informē par energoefektivitātei, AER un pielāgošanās "
                "pasākumiem pieejamajiem resursiem un apmainās pieredzē ar citiem pakta "
                "parakstītājiem."
            ),
            "stakeholders": (
                "Īsteno pasākumus, par kuriem ir atbildīgas, un dalās ar rezultātiem. Maina "
                "uzvedību, atbalsta plāna īstenošanu un vajadzības gadījumā mudina administrāciju "
                "rīkoties."
            ),
        },
        "en": {
            "title": "Implementation",
            "description": (
                "<p>Implementation is usually the longest and most demanding phase. Actions are "
                "carried out by municipal departments, municipal companies and stakeholders "
                "according to the responsibilities assigned, coordinated by the SECAP "
                "coordinator or the energy manager. It is important to start quickly while "
                "enthusiasm is high, to report progress regularly and to build energy and climate "
                "policy into the municipality's daily work.</p>"
            ),
            "council": (
                "Provides long-term political support and makes sure energy and climate policy "
                "is part of the municipality's daily work. Shows interest in implementation and "
                "encourages stakeholders to act."
            ),
            "administration": (
                "Carries out the actions within the municipality's remit and makes sure every "
                "stakeholder knows its role. Informs about the resources available for energy "
                "efficiency, renewables and adaptation, and exchanges experience with other "
                "Covenant signatories."
            ),
            "stakeholders": (
                "Carry out the actions they are responsible for and share the results. Change "
                "behaviour, support implementation of the plan and, where needed, urge the "
                "administration to act."
            ),
        },
    },
    {
        "number": 9,
        "phase": "monitoring-and-reporting",
        "lv": {
            "title": "Monitorings",
            "description": (
                "<p>Pašvaldība regulāri seko pasākumu īstenošanas gaitai un to ietekmei, "
                "izmantojot plānā noteiktos rādītājus. Lai novērtētu emisiju samazinājumu, "
                "sagatavo monitoringa emisiju uzskaiti (MEI) un salīdzina to ar bāzes emisiju "
                "uzskaiti; pakta birojs iesaka to darīt katru gadu, bet obligāti – vismaz reizi "
                "četros gados. Monitoringa rezultāti ļauj laikus koriģēt pasākumus.</p>"
            ),
            "council": "Prasa, lai to regulāri informē par plāna īstenošanas gaitu.",
            "administration": (
                "Nodrošina regulāru plāna monitoringu: seko pasākumu īstenošanas gaitai un "
                "novērtē to ietekmi."
            ),
            "stakeholders": "Sniedz monitoringam nepieciešamos datus un informāciju.",
        },
        "en": {
            "title": "Monitoring",
            "description": (
                "<p>The municipality regularly tracks the progress of actions and their impact "
                "using the indicators set in the plan. To assess emission reductions, it compiles "
                "a Monitoring Emission Inventory (MEI) and compares it with the Baseline Emission "
                "Inventory; the Covenant office recommends doing so every year, with at least "
                "once every four years as the minimum. Monitoring results make it possible to "
                "adjust actions in good time.</p>"
            ),
            "council": "Asks to be kept regularly informed of progress with the plan.",
            "administration": (
                "Ensures regular monitoring of the plan: tracks the progress of actions and "
                "assesses their impact."
            ),
            "stakeholders": "Provide the data and information needed for monitoring.",
        },
    },
    {
        "number": 10,
        "phase": "monitoring-and-reporting",
        "lv": {
            "title": "Ziņošana, īstenošanas ziņojuma iesniegšana un plāna pārskatīšana",
            "description": (
                "<p>Ik pēc diviem gadiem pēc SECAP iesniegšanas pašvaldība pakta platformā "
                "iesniedz īstenošanas ziņojumu; vismaz reizi četros gados tas ir pilnais ziņojums "
                "ar monitoringa emisiju uzskaiti. Rezultātus paziņo domei, ieinteresētajām pusēm "
                "un sabiedrībai. Balstoties uz iegūto pieredzi, rezultātiem un jaunām iespējām, "
                "plānu periodiski pārskata un atjaunina.</p>"
            ),
            "council": (
                "Apstiprina ziņojumu (ja tas paredzēts) un nodrošina, ka plāns tiek regulāri "
                "atjaunināts."
            ),
            "administration": (
                "Periodiski ziņo politiskajai vadībai un ieinteresētajām pusēm un ik pēc diviem "
                "gadiem iesniedz īstenošanas ziņojumu pakta tīmekļvietnē. Atjaunina plānu, "
                "iesaistot politisko vadību un ieinteresētās puses."
            ),
            "stakeholders": (
                "Komentē ziņojumu, ziņo par pasākumiem, par kuriem ir atbildīgas, un piedalās "
                "plāna atjaunināšanā."
            ),
        },
        "en": {
            "title": "Reporting, submission of the implementation report and review",
            "description": (
                "<p>Every two years after submitting the SECAP, the municipality submits an "
                "implementation report on the Covenant platform; at least once every four years "
                "this is a full report including a Monitoring Emission Inventory. Results are "
                "communicated to the council, stakeholders and the public. The plan is reviewed "
                "and updated periodically in the light of experience, results and new "
                "opportunities.</p>"
            ),
            "council": (
                "Approves the report (where applicable) and makes sure the plan is updated "
                "regularly."
            ),
            "administration": (
                "Reports periodically to the political leadership and stakeholders and submits "
                "the implementation report on the Covenant website every two years. Updates the "
                "plan, involving the political leadership and stakeholders."
            ),
            "stakeholders": (
                "Comment on the report, report on the actions they are responsible for and take "
                "part in updating the plan."
            ),
        },
    },
]

SECTORS = [
    {"slug": "municipal-buildings", "lv": "Pašvaldības ēkas", "en": "Municipal buildings"},
    {"slug": "residential-buildings", "lv": "Dzīvojamās ēkas", "en": "Residential buildings"},
    {"slug": "tertiary-buildings", "lv": "Terciārā sektora ēkas", "en": "Tertiary buildings"},
    {"slug": "public-lighting", "lv": "Publiskais apgaismojums", "en": "Public lighting"},
    {"slug": "transport", "lv": "Transports", "en": "Transport"},
    {
        "slug": "local-energy-production",
        "lv": "Vietējā enerģijas ražošana (AER)",
        "en": "Local energy production (renewables)",
    },
    {"slug": "district-heating", "lv": "Centralizētā siltumapgāde", "en": "District heating"},
    {"slug": "waste", "lv": "Atkritumi", "en": "Waste"},
    {
        "slug": "adaptation",
        "lv": "Pielāgošanās klimata pārmaiņām",
        "en": "Climate change adaptation",
    },
    {
        "slug": "governance",
        "lv": "Pārvaldība un administratīvā struktūra",
        "en": "Governance and administrative structure",
    },
    {
        "slug": "stakeholder-engagement",
        "lv": "Ieinteresēto pušu iesaiste",
        "en": "Stakeholder engagement",
    },
    {"slug": "energy-poverty", "lv": "Enerģētiskā nabadzība", "en": "Energy poverty"},
]
