"""Good-practice case library: nine examples from SECAP lesson 1.4 (visions and administrative
structures), in Latvian and English.

Key figures are left empty wherever no documented value exists; they are never estimated.
"""

GUIDEBOOK = {
    "title": (
        "Bertoldi P. (red.), Guidebook ‘How to develop a Sustainable Energy and Climate Action "
        "Plan (SECAP) – Part 1’, JRC112986, 2018"
    ),
    "url": "https://publications.jrc.ec.europa.eu/repository/handle/JRC112986",
}


# ---------------------------------------------------------------------------------------------
# 1. Växjö – a vision of a fossil-fuel-free city
# ---------------------------------------------------------------------------------------------

VAXJO = {
    "slug": "vaxjo-fossil-fuel-free",
    "city": "Växjö",
    "country": "SE",
    "level": "municipality",
    "population": None,
    "lead_organisation": {
        "lv": "Vekšes pašvaldība (Växjö kommun)",
        "en": "Växjö Municipality (Växjö kommun)",
    },
    "contact_role": {
        "lv": "Pašvaldības klimata un vides koordinators",
        "en": "Municipal climate and environment coordinator",
    },
    "start_year": 1996,
    "status": "ongoing",
    "kind": "mitigation",
    "sectors": ["governance", "local-energy-production", "district-heating"],
    "steps": [1, 5],
    "tags": {
        "lv": ["vīzija", "bez fosilā kurināmā", "politiskā vienprātība"],
        "en": ["vision", "fossil-fuel-free", "political consensus"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {"lv": "", "en": ""},
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Vekše: pilsēta bez fosilā kurināmā",
        "summary": (
            "Vekše (Zviedrija) savu ilgtermiņa darbu balsta vīzijā par pilsētu, kurā ir viegli un "
            "izdevīgi dzīvot labu dzīvi bez fosilā kurināmā. Piemērs rāda, kā vienkārši "
            "formulēta un politiski atbalstīta vīzija kļūst par visa klimata un enerģētikas "
            "darba vadmotīvu."
        ),
        "challenge": (
            "<p>Ilgtspējīgas nākotnes vīzija ir pašvaldības SECAP darba vadmotīvs. Tai jābūt "
            "reālistiskai, tomēr vērienīgai un saderīgai ar Pilsētu mēru pakta saistībām: "
            "jāparedz, ka līdz 2030. gadam tiks sasniegts vismaz 40 % (jaunajā mērķī – 55 %) "
            "siltumnīcefekta gāzu (SEG) emisiju samazinājums un pilsēta pakāpeniski kļūs "
            "noturīgāka pret klimata pārmaiņām.</p>"
            "<p>Izaicinājums ir formulēt virzienu, kas ir saprotams iedzīvotājiem, uzņēmējiem un "
            "politiķiem un kas ilgtermiņā vada lēmumus par enerģijas ražošanu, patēriņu un "
            "transportu, nevis tikai uzskaita atsevišķus pasākumus.</p>"
        ),
        "actions": (
            "<p>Vekše savu vīziju formulējusi divos līmeņos:</p>"
            "<ul>"
            "<li><strong>Vispārējā ilgtspējas vīzija:</strong> “Vekšē mums ir vīzija, ka mēs "
            "dzīvosim un rīkosimies tā, lai veicinātu ilgtspējīgu attīstību, kur mūsu patēriņš "
            "un ražošana ir resursefektīva un bez piesārņojuma.”</li>"
            "<li><strong>Enerģētikas vīzija:</strong> “Vīzija ir tāda, ka Vekše kļūs par "
            "pilsētu, kurā ir viegli un izdevīgi dzīvot labu dzīvi bez fosilā kurināmā.”</li>"
            "</ul>"
            "<p>Mērķis atteikties no fosilā kurināmā Vekšē nav jauns: pašvaldības dome jau "
            "1996. gadā vienbalsīgi nolēma, ka Vekše kļūs par pilsētu bez fosilā kurināmā. Viens "
            "no plaši zināmajiem šī ceļa elementiem ir centralizētā siltumapgāde, kurā fosilā "
            "kurināmā vietā izmanto vietējos mežizstrādes atlikumus un citu koksnes biomasu.</p>"
        ),
        "results": (
            "<p>Avotā Vekšes rezultāti skaitliski nav dokumentēti, tāpēc emisiju samazinājuma un "
            "enerģijas rādītāji šeit nav norādīti.</p>"
            "<p>Vekše šeit aplūkota kā vīzijas formulējuma paraugs: tā parāda, kā ilgtermiņa "
            "mērķi var izteikt vienkāršā, pozitīvā valodā, kas uzrunā iedzīvotājus, nevis tikai "
            "speciālistus.</p>"
        ),
        "lessons": (
            "<p>Vekšes vīzija nav formulēta kā aizliegums vai upuris, bet kā solījums par labu "
            "dzīvi – “viegli un izdevīgi”. Šāds formulējums palīdz iegūt iedzīvotāju un "
            "uzņēmēju atbalstu.</p>"
            "<p>Vienlaikus kvalitatīva vīzija pati par sevi nav izmērāma. SECAP metodikā vīzija "
            "jāpārvērš konkrētās prioritātēs un mērķos, balstoties uz bāzes emisiju uzskaitē "
            "(BEI) izvēlētajiem rādītājiem, un pēc tam – rīcības plānā, kas atbild uz "
            "jautājumiem: ko, kas, kā un kad. Bez šiem soļiem vīzija var palikt tikai "
            "sauklis.</p>"
            "<p>Mērķim, kura sasniegšana ilgst vairākus domes sasaukumus, izšķiroši svarīgs ir "
            "plašs politiskais atbalsts, kas nav atkarīgs no vienas partijas.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Īss, pozitīvs un viegli atcerams vīzijas formulējums.</li>"
            "<li>Divi līmeņi: vispārēja ilgtspējas vīzija un konkrēta enerģētikas vīzija – "
            "bez fosilā kurināmā.</li>"
            "<li>Plašs politiskais atbalsts: 1996. gada lēmums tika pieņemts vienbalsīgi.</li>"
            "<li>Vīzijas sasaiste ar vietējiem resursiem, piemēram, koksnes biomasu "
            "centralizētajā siltumapgādē.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Vīzija pati par sevi nenosaka starpmērķus un rādītājus – tie jāizstrādā "
            "atsevišķi.</li>"
            "<li>Vekšes apstākļi (vietējie meža resursi, attīstīta centralizētā siltumapgāde) "
            "nav tieši pārnesami – katrai pašvaldībai jāizvērtē savi resursi un "
            "infrastruktūra.</li>"
            "<li>Skaitliski rezultāti šajā aprakstā nav sniegti.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Domes lēmums un politiska vienošanās par ilgtermiņa virzienu.</li>"
            "<li>Bāzes emisiju uzskaite, pret kuru mērīt progresu.</li>"
            "<li>Ieinteresēto personu iesaiste vīzijas izstrādē: pašvaldības lēmumu pieņēmēji, "
            "enerģijas ražotāji un piegādātāji, eksperti un NVO.</li>"
            "<li>Vietējo atjaunojamo energoresursu un siltumapgādes sistēmas "
            "novērtējums.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Växjö: a city free of fossil fuels",
        "summary": (
            "Växjö (Sweden) bases its long-term work on a vision of a city where it is easy and "
            "advantageous to live a good life without fossil fuels. The case shows how a simply "
            "worded, politically backed vision becomes the guiding principle for all climate and "
            "energy work."
        ),
        "challenge": (
            "<p>A vision of a sustainable future is the guiding principle of a local "
            "authority’s SECAP work. It should be realistic yet ambitious and compatible with the "
            "Covenant of Mayors commitments: it has to foresee a cut in greenhouse gas (GHG) "
            "emissions of at least 40% (55% under the new target) by 2030, and a city that "
            "gradually becomes more resilient to climate change.</p>"
            "<p>The challenge is to set a direction that residents, businesses and politicians "
            "understand and that guides decisions on energy production, consumption and "
            "transport over the long term, rather than merely listing individual measures.</p>"
        ),
        "actions": (
            "<p>Växjö has worded its vision on two levels:</p>"
            "<ul>"
            "<li><strong>A general sustainability vision:</strong> “In Växjö we have a vision "
            "that we shall live and act so as to contribute to sustainable development, where "
            "our consumption and production are resource-efficient and free of pollution.”</li>"
            "<li><strong>An energy vision:</strong> “The vision is that Växjö will become a city "
            "where it is easy and advantageous to live a good life without fossil fuels.”</li>"
            "</ul>"
            "<p>The aim of giving up fossil fuels is not new in Växjö: as early as 1996 the "
            "municipal council decided unanimously that Växjö would become free of fossil fuels. "
            "One widely known part of this path is district heating that uses local forestry "
            "residues and other wood biomass instead of fossil fuels.</p>"
        ),
        "results": (
            "<p>The source does not document Växjö’s results in figures, so no emission or "
            "energy figures are given here.</p>"
            "<p>Växjö is presented here as a model for wording a vision: it shows how a "
            "long-term goal can be put in plain, positive language that speaks to residents and "
            "not only to specialists.</p>"
        ),
        "lessons": (
            "<p>Växjö’s vision is not framed as a ban or a sacrifice but as a promise of a good "
            "life – “easy and advantageous”. Framing it this way helps win the support of "
            "residents and businesses.</p>"
            "<p>At the same time, a qualitative vision cannot be measured on its own. In the "
            "SECAP method, the vision has to be turned into concrete priorities and objectives, "
            "based on the indicators chosen in the baseline emission inventory (BEI), and then "
            "into an action plan that answers what, who, how and when. Without these steps a "
            "vision risks remaining a slogan.</p>"
            "<p>For a goal that spans several council terms, broad political support that does "
            "not depend on a single party is essential.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>A short, positive and memorable wording of the vision.</li>"
            "<li>Two levels: a general sustainability vision and a concrete energy vision – "
            "no fossil fuels.</li>"
            "<li>Broad political support: the 1996 decision was unanimous.</li>"
            "<li>A vision tied to local resources, such as wood biomass in district "
            "heating.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>The vision on its own sets no interim targets or indicators – these have to be "
            "developed separately.</li>"
            "<li>Växjö’s conditions (local forest resources, a well-developed district heating "
            "system) cannot be transferred directly – each municipality has to assess its own "
            "resources and infrastructure.</li>"
            "<li>No results in figures are given in this description.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>A council decision and political agreement on the long-term direction.</li>"
            "<li>A baseline emission inventory against which to measure progress.</li>"
            "<li>Stakeholders involved in developing the vision: municipal decision-makers, "
            "energy producers and suppliers, experts and NGOs.</li>"
            "<li>An assessment of local renewable energy sources and of the heat supply "
            "system.</li>"
            "</ul>"
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# 2. Lausanne – a vision of 50% lower CO2 emissions by 2050
# ---------------------------------------------------------------------------------------------

LAUSANNE = {
    "slug": "lausanne-co2-vision-2050",
    "city": "Lausanne",
    "country": "CH",
    "level": "municipality",
    "population": None,
    "lead_organisation": {
        "lv": "Lozannas pilsētas pašvaldība (Ville de Lausanne)",
        "en": "City of Lausanne (Ville de Lausanne)",
    },
    "contact_role": {
        "lv": "Pilsētas enerģētikas un klimata politikas koordinators",
        "en": "City energy and climate policy coordinator",
    },
    "start_year": None,
    "status": "ongoing",
    "kind": "mitigation",
    "sectors": ["governance"],
    "steps": [5],
    "tags": {
        "lv": ["vīzija", "kvantitatīvs mērķis", "2050"],
        "en": ["vision", "quantified target", "2050"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {"lv": "", "en": ""},
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Lozanna: vīzija par 50 % mazākām CO2 emisijām līdz 2050. gadam",
        "summary": (
            "Lozanna (Šveice) savu vīziju izteikusi vienā izmērāmā teikumā: līdz 2050. gadam "
            "par 50 % samazināt CO2 emisijas pilsētas teritorijā. Piemērs rāda kvantitatīvas "
            "vīzijas priekšrocības un to, kāpēc šāda vīzija regulāri jāsalīdzina ar spēkā "
            "esošajām Pilsētu mēru pakta saistībām."
        ),
        "challenge": (
            "<p>Vīzijai jābūt gan iedvesmojošai, gan pietiekami konkrētai, lai pret to varētu "
            "mērīt progresu. Jo tālāks ir vīzijas laika apvārsnis, jo grūtāk to sasaistīt ar "
            "šodienas lēmumiem – tieši tāpēc SECAP metodikā izmanto scenārijus, kas ļauj "
            "nākotnes plānus ņemt vērā jau “šodienas” lēmumos.</p>"
            "<p>Izaicinājums ir noteikt ne tikai mērķa lielumu, bet arī tā tvērumu: vai mērķis "
            "attiecas tikai uz pašvaldības pašas darbību vai uz visu pilsētas teritoriju.</p>"
        ),
        "actions": (
            "<p>Lozanna vīziju formulējusi šādi: “Mūsu 2050. gada vīzija ir par 50 % samazināt "
            "CO2 emisijas pilsētas teritorijā.”</p>"
            "<p>Formulējumā ir trīs skaidri elementi:</p>"
            "<ul>"
            "<li><strong>laika apvārsnis</strong> – 2050. gads;</li>"
            "<li><strong>apjoms</strong> – CO2 emisiju samazinājums par 50 %;</li>"
            "<li><strong>tvērums</strong> – visa pilsētas teritorija, ne tikai pašvaldības "
            "ēkas un autoparks.</li>"
            "</ul>"
            "<p>Avotā nav aprakstīti konkrētie pasākumi, ar kuriem vīziju paredzēts "
            "sasniegt.</p>"
        ),
        "results": (
            "<p>Rezultāti avotā nav dokumentēti, tāpēc skaitliski rādītāji šeit nav norādīti. "
            "Lozanna šeit aplūkota kā kvantitatīvas vīzijas formulējuma paraugs.</p>"
        ),
        "lessons": (
            "<p>Kvantitatīvu vīziju ir viegli uzraudzīt: progresu var tieši salīdzināt ar bāzes "
            "emisiju uzskaiti (BEI) un turpmākajām monitoringa emisiju uzskaitēm.</p>"
            "<p>Tomēr vīzija jāsalīdzina ar spēkā esošo satvaru. Pašlaik Pilsētu mēru pakta "
            "parakstītāji apņemas līdz 2030. gadam samazināt SEG emisijas vismaz par 40 % "
            "(jaunajā mērķī – par 55 %), bet ES Zaļais kurss paredz klimatneitralitāti līdz "
            "2050. gadam. Salīdzinājumā ar šiem mērķiem 50 % samazinājums līdz 2050. gadam ir "
            "mazāk vērienīgs, tāpēc, pārskatot plānu, jāpārskata arī vīzija.</p>"
            "<p>Turklāt tikai skaitlisks mērķis iedzīvotājus uzrunā mazāk nekā apraksts par to, "
            "kāda būs dzīve pilsētā. Skaitli var papildināt ar kvalitatīvu vīzijas daļu, kā to "
            "dara, piemēram, Vekše.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Izmērāms mērķis ar skaidru laika apvārsni.</li>"
            "<li>Skaidri noteikts tvērums – visa pilsētas teritorija.</li>"
            "<li>Īss formulējums, ko viegli atkārtot politiskos dokumentos un "
            "komunikācijā.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Mērķa līmenis un laika apvārsnis vairs neatbilst pašreizējiem ES un Pilsētu "
            "mēru pakta mērķiem.</li>"
            "<li>Bez starpmērķiem (piemēram, 2030. gadam) progresu ir grūti izsekot.</li>"
            "<li>Vīzija attiecas tikai uz CO2 emisiju mazināšanu; SECAP vīzijai jāaptver arī "
            "pielāgošanās klimata pārmaiņām.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Bāzes emisiju uzskaite ar noteiktu bāzes gadu un metodiku.</li>"
            "<li>Politisks lēmums par mērķi un tā tvērumu.</li>"
            "<li>Starpmērķi un rādītāji, kas vīziju sasaista ar rīcības plānu.</li>"
            "<li>Regulāra vīzijas pārskatīšana, mainoties ES un pakta mērķiem.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Lausanne: a vision of 50% lower CO2 emissions by 2050",
        "summary": (
            "Lausanne (Switzerland) has put its vision in a single measurable sentence: to cut "
            "CO2 emissions in the city’s territory by 50% by 2050. The case shows the strengths "
            "of a quantified vision and why such a vision has to be checked regularly against the "
            "current Covenant of Mayors commitments."
        ),
        "challenge": (
            "<p>A vision has to be inspiring and yet concrete enough to measure progress "
            "against. The further away its time horizon, the harder it is to link to today’s "
            "decisions – which is why the SECAP method uses scenarios that bring future plans "
            "into “today’s” decisions.</p>"
            "<p>The challenge is to set not only the size of the target but also its scope: "
            "whether it covers only the local authority’s own activities or the whole city "
            "territory.</p>"
        ),
        "actions": (
            "<p>Lausanne has worded its vision as follows: “Our 2050 vision is to reduce CO2 "
            "emissions in the city’s territory by 50%.”</p>"
            "<p>The wording has three clear elements:</p>"
            "<ul>"
            "<li><strong>time horizon</strong> – 2050;</li>"
            "<li><strong>magnitude</strong> – a 50% cut in CO2 emissions;</li>"
            "<li><strong>scope</strong> – the whole city territory, not only municipal "
            "buildings and the municipal fleet.</li>"
            "</ul>"
            "<p>The source does not describe the specific measures by which the vision is to "
            "be achieved.</p>"
        ),
        "results": (
            "<p>Results are not documented in the source, so no figures are given here. "
            "Lausanne is presented here as a model for wording a quantified vision.</p>"
        ),
        "lessons": (
            "<p>A quantified vision is easy to monitor: progress can be compared directly with "
            "the baseline emission inventory (BEI) and the later monitoring emission "
            "inventories.</p>"
            "<p>The vision must, however, be checked against the current framework. Covenant of "
            "Mayors signatories now commit to cutting GHG emissions by at least 40% by 2030 "
            "(55% under the new target), and the European Green Deal aims at climate neutrality "
            "by 2050. Measured against these targets, a 50% cut by 2050 is less ambitious, so "
            "when the plan is reviewed, the vision should be reviewed too.</p>"
            "<p>Moreover, a number alone speaks less to residents than a picture of what life in "
            "the city will be like. The figure can be complemented by a qualitative part of the "
            "vision, as Växjö does, for example.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>A measurable target with a clear time horizon.</li>"
            "<li>A clearly defined scope – the whole city territory.</li>"
            "<li>A short wording that is easy to repeat in policy documents and "
            "communication.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>The level of ambition and the time horizon no longer match the current EU and "
            "Covenant of Mayors targets.</li>"
            "<li>Without interim targets (for example for 2030), progress is hard to track.</li>"
            "<li>The vision covers only CO2 mitigation; a SECAP vision also has to cover "
            "adaptation to climate change.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>A baseline emission inventory with a set base year and method.</li>"
            "<li>A political decision on the target and its scope.</li>"
            "<li>Interim targets and indicators that link the vision to the action plan.</li>"
            "<li>Regular review of the vision as EU and Covenant targets change.</li>"
            "</ul>"
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# 3. Tenerife / San Cristóbal de La Laguna – a citizens' adaptation vision
# ---------------------------------------------------------------------------------------------

LA_LAGUNA = {
    "slug": "la-laguna-citizen-adaptation-vision",
    "city": "San Cristóbal de La Laguna",
    "country": "ES",
    "level": "municipality",
    "population": None,
    "lead_organisation": {
        "lv": "Sankristobalas de Lalagunas pašvaldība (Ayuntamiento de San Cristóbal de La Laguna)",
        "en": "Municipality of San Cristóbal de La Laguna (Ayuntamiento de San Cristóbal de "
        "La Laguna)",
    },
    "contact_role": {
        "lv": "Pašvaldības klimata pārmaiņu pielāgošanās koordinators",
        "en": "Municipal climate adaptation coordinator",
    },
    "start_year": None,
    "status": "completed",
    "kind": "adaptation",
    "sectors": ["adaptation", "stakeholder-engagement"],
    "steps": [3, 5],
    "tags": {
        "lv": ["pielāgošanās", "fokusa grupa", "zaļā infrastruktūra", "karstuma viļņi"],
        "en": ["adaptation", "focus group", "green infrastructure", "heatwaves"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {"lv": "", "en": ""},
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Tenerife / Sankristobala de Lalaguna: iedzīvotāju pielāgošanās vīzija",
        "summary": (
            "Sankristobalas de Lalagunas pašvaldībā Tenerifes salā (Spānija) pielāgošanās vīzija "
            "tapa iedzīvotāju fokusa grupā: vairāk koku un zaļumu pret karstuma viļņiem un "
            "caurlaidīgas virsmas pret plūdiem. Tā pati grupa brīdināja arī par nepareizu "
            "pielāgošanos."
        ),
        "challenge": (
            "<p>SECAP vīzijai jāaptver ne tikai emisiju samazināšana, bet arī tas, kā pilsēta "
            "pakāpeniski kļūs noturīgāka un pielāgosies klimata pārmaiņu ietekmei. "
            "Pielāgošanās vīziju ir grūti izstrādāt tikai no datiem un modeļiem: vajadzīgas "
            "iedzīvotāju zināšanas par to, kā karstums, lietusgāzes un plūdi ietekmē viņu "
            "ikdienu.</p>"
            "<p>Iedzīvotāju fokusa grupā tika minēti divi galvenie riski – karstuma viļņi un "
            "plūdi.</p>"
        ),
        "actions": (
            "<p>Pašvaldība vīzijas veidošanā iesaistīja iedzīvotājus, izmantojot fokusa grupu – "
            "vienu no ieinteresēto personu iesaistes paņēmieniem. Dalībnieki paši aprakstīja, "
            "kādu vēlas redzēt savu pilsētu:</p>"
            "<p><em>“Es ieviestu pilsētās ekoloģiskos principus – tās varētu pārklāt ar "
            "zaļumiem. Visur daudz vairāk koku un augu. Tas palīdz pret karstuma viļņiem: zaļo "
            "zonu dēļ gaiss būtu vēsāks. Uzlabotos arī gaisa kvalitāte, jo koki uzņem CO2. "
            "Turklāt, jo vairāk zaļo zonu, jo vairāk caurlaidīgu virsmu mums būtu pilsētās, jo "
            "zeme uzsūc ūdeni. Mēs runājam par ļoti jaudīgām drenāžas sistēmām. Tas, piemēram, "
            "palīdzētu izvairīties no plūdiem. Runa nav tikai par temperatūru.”</em></p>"
            "<p>Tajā pašā fokusa grupā izskanēja arī brīdinājums par nepareizu pielāgošanos "
            "karstuma viļņiem: <em>“Ja vien mēs nemainīsim enerģijas ražošanu, gaisa "
            "kondicionētāju ieslēgšana nozīmēs daudz lielāku spēkstaciju radīto "
            "piesārņojumu.”</em></p>"
        ),
        "results": (
            "<p>Fokusa grupas rezultāts ir iedzīvotāju pašu formulēta pielāgošanās vīzija, kas "
            "zaļās zonas sasaista ar vairākiem ieguvumiem vienlaikus: vēsāku gaisu karstuma "
            "viļņu laikā, labāku gaisa kvalitāti, CO2 piesaisti, caurlaidīgām virsmām un "
            "mazāku plūdu risku.</p>"
            "<p>Kā šie priekšlikumi tika iekļauti pašvaldības plānā un kādi pasākumi īstenoti, "
            "avotā nav dokumentēts.</p>"
        ),
        "lessons": (
            "<p>Iedzīvotāji domā par ieguvumu kopumu: viņu vīzijā emisiju mazināšana un "
            "pielāgošanās nav nošķirtas. Tas apliecina, ka abas jomas SECAP vērts plānot "
            "kopā.</p>"
            "<p>Fokusa grupa palīdzēja atklāt arī <strong>nepareizas pielāgošanās</strong> "
            "risku: ja karstuma viļņiem pielāgojas, masveidā izmantojot gaisa kondicionētājus, "
            "bet elektroenerģiju ražo no fosilā kurināmā, pieaug emisijas un piesārņojums. "
            "Katrs pielāgošanās pasākums jāpārbauda, vai tas nepalielina emisijas.</p>"
            "<p>Fokusa grupas viedokļi nav reprezentatīvi, un ne visi apgalvojumi ir tehniski "
            "precīzi. Tie jāpārbauda riska un ievainojamības novērtējumā (RVA) un ar "
            "speciālistu palīdzību, pirms tos pārvērš konkrētos pasākumos.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Atvērts jautājums par vēlamo nākotni, uz kuru iedzīvotāji atbild savā "
            "ikdienas valodā.</li>"
            "<li>Sasaiste ar iedzīvotāju pieredzi – karstumu un plūdiem.</li>"
            "<li>Gatavība uzklausīt arī brīdinājumus, ne tikai idejas.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Fokusa grupa ir neliela un nav reprezentatīva visai sabiedrībai.</li>"
            "<li>Viedokļi ir kvalitatīvi – tie jāpārvērš pasākumos, rādītājos un budžetā.</li>"
            "<li>Salas klimats un riski atšķiras no Latvijas – vietējie riski jānosaka savā "
            "RVA.</li>"
            "<li>Pasākumu īstenošana un rezultāti avotā nav aprakstīti.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Riska un ievainojamības novērtējums, kas dod kontekstu diskusijai.</li>"
            "<li>Prasmīgs un neitrāls moderators.</li>"
            "<li>Dažādu iedzīvotāju grupu uzrunāšana un iesaiste.</li>"
            "<li>Skaidrs plāns, kā iedzīvotāju ieguldījums tiks izmantots, un atgriezeniskā "
            "saite dalībniekiem.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Tenerife / San Cristóbal de La Laguna: a citizens’ adaptation vision",
        "summary": (
            "In the municipality of San Cristóbal de La Laguna on Tenerife (Spain), an adaptation "
            "vision emerged from a focus group with citizens: more trees and greenery against "
            "heatwaves and permeable surfaces against flooding. The same group also warned "
            "against maladaptation."
        ),
        "challenge": (
            "<p>A SECAP vision has to cover not only emission reductions but also how the city "
            "will gradually become more resilient and adapt to the impacts of climate change. "
            "An adaptation vision is hard to develop from data and models alone: it needs "
            "residents’ knowledge of how heat, heavy rain and flooding affect their daily "
            "lives.</p>"
            "<p>The citizens’ focus group named two main risks – heatwaves and flooding.</p>"
        ),
        "actions": (
            "<p>The municipality involved citizens in shaping the vision through a focus group, "
            "one of the stakeholder engagement techniques. The participants described in their "
            "own words the city they want to see:</p>"
            "<p><em>“I would bring ecological principles into cities; they could be covered in "
            "green. Many more trees and plants everywhere. That helps against heatwaves: the air "
            "would be cooler because of all those green areas. Air pollution would improve too, "
            "because trees take up CO2. And the more green areas, the more permeable surfaces we "
            "would have in cities, because the soil absorbs water. We are talking about very "
            "powerful drainage systems. That would, for example, help avoid flooding. It is not "
            "just a question of temperature.”</em></p>"
            "<p>The same focus group also warned of maladaptation to heatwaves: <em>“Unless we "
            "change how energy is produced, switching on air conditioning means a big increase "
            "in pollution from power stations.”</em></p>"
        ),
        "results": (
            "<p>The outcome of the focus group is an adaptation vision worded by citizens "
            "themselves, linking green areas to several benefits at once: cooler air during "
            "heatwaves, better air quality, CO2 uptake, permeable surfaces and a lower flood "
            "risk.</p>"
            "<p>The source does not document how these proposals were taken into the "
            "municipality’s plan or which measures were carried out.</p>"
        ),
        "lessons": (
            "<p>Citizens think in terms of combined benefits: in their vision, mitigation and "
            "adaptation are not separate. This confirms that it pays to plan both together in a "
            "SECAP.</p>"
            "<p>The focus group also brought out the risk of <strong>maladaptation</strong>: if "
            "heatwaves are met with widespread air conditioning while electricity comes from "
            "fossil fuels, emissions and pollution rise. Every adaptation measure should be "
            "checked to make sure it does not increase emissions.</p>"
            "<p>Focus group views are not representative, and not every statement is "
            "technically accurate. They should be checked in the risk and vulnerability "
            "assessment (RVA) and with specialists before being turned into concrete "
            "measures.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>An open question about the desired future, answered by citizens in everyday "
            "language.</li>"
            "<li>A link to what residents experience – heat and flooding.</li>"
            "<li>Willingness to hear warnings, not only ideas.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>A focus group is small and not representative of the whole community.</li>"
            "<li>The views are qualitative – they have to be turned into measures, indicators "
            "and a budget.</li>"
            "<li>An island’s climate and risks differ from Latvia’s – local risks have to be "
            "identified in the municipality’s own RVA.</li>"
            "<li>The source does not describe implementation or results.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>A risk and vulnerability assessment that gives the discussion its "
            "context.</li>"
            "<li>A skilled, neutral facilitator.</li>"
            "<li>Reaching out to and involving different groups of residents.</li>"
            "<li>A clear plan for how citizens’ input will be used, and feedback to the "
            "participants.</li>"
            "</ul>"
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# 4. Tartu – the city government with the Tartu Regional Energy Agency
# ---------------------------------------------------------------------------------------------

TARTU = {
    "slug": "tartu-city-and-energy-agency",
    "city": "Tartu",
    "country": "EE",
    "level": "municipality",
    "population": None,
    "lead_organisation": {
        "lv": "Tartu pilsētas valdība sadarbībā ar Tartu Reģionālo enerģētikas aģentūru",
        "en": "Tartu City Government in cooperation with the Tartu Regional Energy Agency",
    },
    "contact_role": {
        "lv": "SEAP koordinators pilsētas valdībā",
        "en": "SEAP coordinator in the city government",
    },
    "start_year": None,
    "status": "ongoing",
    "kind": "mitigation",
    "sectors": ["governance", "stakeholder-engagement", "residential-buildings"],
    "steps": [2, 3, 8],
    "tags": {
        "lv": ["enerģētikas aģentūra", "partnerība", "dzīvokļu īpašnieku biedrības"],
        "en": ["energy agency", "partnership", "apartment associations"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {"lv": "", "en": ""},
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Tartu: pilsētas valdība un reģionālā enerģētikas aģentūra īsteno SEAP kopā",
        "summary": (
            "Tartu (Igaunija) par ilgtspējīgas enerģētikas rīcības plāna (SEAP) darbībām atbild "
            "pilsētas valdības struktūrvienības sadarbībā ar Tartu Reģionālo enerģētikas "
            "aģentūru. Mērķu sasniegšanai tās sadarbojas ar enerģijas piegādātājiem, citiem "
            "nozares uzņēmumiem un dzīvokļu īpašnieku biedrībām."
        ),
        "challenge": (
            "<p>Liela daļa pilsētas emisiju rodas ārpus pašvaldības tiešās kontroles: "
            "dzīvojamās ēkās, ko pārvalda dzīvokļu īpašnieku biedrības, un enerģijas apgādē, "
            "ko nodrošina uzņēmumi. Ar pašvaldības nodaļu kapacitāti vien nepietiek, lai "
            "sasniegtu plāna mērķus.</p>"
            "<p>Turklāt daudzu pašvaldību enerģētikas plānošanā būtiska nepilnība ir bijusi "
            "horizontālās koordinācijas trūkums starp politikas jomām, pašvaldības nodaļām un "
            "ārējām organizācijām.</p>"
        ),
        "actions": (
            "<p>Tartu apvienoja divas no SECAP metodikā aprakstītajām pieejām "
            "administratīvās struktūras izveidei:</p>"
            "<ul>"
            "<li><strong>iekšējie resursi</strong> – par SEAP darbību īstenošanu atbild "
            "pilsētas valdības struktūrvienības;</li>"
            "<li><strong>ārējs atbalsts</strong> – struktūrvienības strādā kopā ar Tartu "
            "Reģionālo enerģētikas aģentūru.</li>"
            "</ul>"
            "<p>Mērķu sasniegšanai iestādes sadarbojas ar enerģijas piegādātājiem, citiem ar "
            "nozari saistītiem uzņēmumiem un dzīvokļu īpašnieku biedrībām.</p>"
        ),
        "results": (
            "<p>Avotā Tartu SEAP īstenošanas rezultāti nav dokumentēti, tāpēc skaitliski "
            "rādītāji šeit nav norādīti. Piemērs aplūkots kā administratīvās struktūras "
            "modelis.</p>"
        ),
        "lessons": (
            "<p>Enerģētikas aģentūra var sniegt specializētas zināšanas un kapacitāti, kādas "
            "pašvaldības nodaļām bieži trūkst, bet atbildība par plānu paliek pašvaldībai. Lai "
            "sadarbība darbotos, skaidri jānosaka, kura struktūrvienība un kura aģentūra par ko "
            "atbild – pretējā gadījumā pastāv risks, ka atbildība izplūst.</p>"
            "<p>Partneri ārpus pašvaldības – enerģijas piegādātāji un dzīvokļu īpašnieku "
            "biedrības – jāuzskata par līdzvērtīgiem plāna īstenotājiem, nevis tikai par "
            "informācijas saņēmējiem.</p>"
            "<p>Ja aģentūras darbs lielā mērā balstās projektu finansējumā, jau laikus jāparedz, "
            "kā nodrošināt darba nepārtrauktību pēc projektu beigām.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Pašvaldības struktūrvienību un enerģētikas aģentūras kompetenču "
            "apvienošana.</li>"
            "<li>Sadarbība ar tiem, kuri kontrolē lielāko daļu emisiju avotu, – enerģijas "
            "piegādātājiem un dzīvokļu īpašnieku biedrībām.</li>"
            "<li>Skaidri noteikta atbildība par SEAP darbību īstenošanu.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Modelis pieprasa, lai reģionā darbotos enerģētikas aģentūra vai līdzvērtīga "
            "organizācija.</li>"
            "<li>Dalīta atbildība prasa regulāru koordināciju un skaidru lomu sadalījumu.</li>"
            "<li>Skaitliski rezultāti šajā aprakstā nav sniegti.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Vietējā vai reģionālā enerģētikas aģentūra (Latvijā līdzīgu lomu var pildīt "
            "arī plānošanas reģions vai pakta teritoriālais koordinators).</li>"
            "<li>Sadarbības līgums vai vienošanās par lomām un pienākumiem.</li>"
            "<li>Datu apmaiņa ar enerģijas piegādātājiem.</li>"
            "<li>Kontakti ar dzīvokļu īpašnieku biedrībām un namu pārvaldniekiem.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Tartu: the city government and the regional energy agency implement the SEAP "
        "together",
        "summary": (
            "In Tartu (Estonia), the structural units of the city government, in cooperation "
            "with the Tartu Regional Energy Agency, are responsible for the actions in the "
            "Sustainable Energy Action Plan (SEAP). To reach the targets, they work with energy "
            "suppliers, other companies in the field and apartment associations."
        ),
        "challenge": (
            "<p>A large share of a city’s emissions arises outside the local authority’s direct "
            "control: in residential buildings managed by apartment associations and in energy "
            "supply provided by companies. The capacity of municipal departments alone is not "
            "enough to reach the plan’s targets.</p>"
            "<p>Moreover, a lack of horizontal coordination between policy areas, municipal "
            "departments and external organisations has been a major weakness in many local "
            "authorities’ energy planning.</p>"
        ),
        "actions": (
            "<p>Tartu combined two of the approaches to setting up an administrative structure "
            "described in the SECAP method:</p>"
            "<ul>"
            "<li><strong>internal resources</strong> – the structural units of the city "
            "government are responsible for carrying out the SEAP actions;</li>"
            "<li><strong>external support</strong> – the structural units work together with "
            "the Tartu Regional Energy Agency.</li>"
            "</ul>"
            "<p>To reach the targets, these bodies work with energy suppliers, other companies "
            "in the field and apartment associations.</p>"
        ),
        "results": (
            "<p>The source does not document the results of Tartu’s SEAP implementation, so no "
            "figures are given here. The case is presented as a model of an administrative "
            "structure.</p>"
        ),
        "lessons": (
            "<p>An energy agency can provide specialist knowledge and capacity that municipal "
            "departments often lack, while responsibility for the plan stays with the local "
            "authority. For the partnership to work, it must be clear which unit and which "
            "agency is responsible for what; otherwise responsibility risks becoming "
            "blurred.</p>"
            "<p>Partners outside the local authority – energy suppliers and apartment "
            "associations – should be treated as equal implementers of the plan, not merely as "
            "recipients of information.</p>"
            "<p>If the agency’s work relies heavily on project funding, plan early for how to "
            "keep the work going after the projects end.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Combining the skills of the municipal units and the energy agency.</li>"
            "<li>Working with those who control most emission sources – energy suppliers and "
            "apartment associations.</li>"
            "<li>Clearly assigned responsibility for carrying out the SEAP actions.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>The model requires an energy agency or an equivalent organisation in the "
            "region.</li>"
            "<li>Shared responsibility needs regular coordination and a clear division of "
            "roles.</li>"
            "<li>No results in figures are given in this description.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>A local or regional energy agency (in Latvia, a planning region or a Covenant "
            "territorial coordinator can play a similar role).</li>"
            "<li>A cooperation agreement or arrangement on roles and duties.</li>"
            "<li>Data exchange with energy suppliers.</li>"
            "<li>Contacts with apartment associations and building managers.</li>"
            "</ul>"
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# 5. Kranj – an energy manager and an action group at the local energy agency
# ---------------------------------------------------------------------------------------------

KRANJ = {
    "slug": "kranj-energy-manager-action-group",
    "city": "Kranj",
    "country": "SI",
    "level": "agency",
    "population": None,
    "lead_organisation": {
        "lv": "Gorenjskas vietējā enerģētikas aģentūra (LEAG) pēc Kraņas pašvaldības pilnvarojuma",
        "en": "Gorenjska Local Energy Agency (LEAG), mandated by the municipality of Kranj",
    },
    "contact_role": {
        "lv": "SEAP energopārvaldnieks",
        "en": "SEAP energy manager",
    },
    "start_year": None,
    "status": "ongoing",
    "kind": "mitigation",
    "sectors": ["governance"],
    "steps": [2, 8, 9, 10],
    "tags": {
        "lv": ["energopārvaldnieks", "rīcības grupa", "enerģētikas aģentūra", "budžets"],
        "en": ["energy manager", "action group", "energy agency", "budget"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {"lv": "", "en": ""},
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Kraņa: energopārvaldnieks un rīcības grupa vietējā enerģētikas aģentūrā",
        "summary": (
            "Kraņā (Kranj, Slovēnija) pēc SEAP pieņemšanas mērs pilnvaro SEAP energopārvaldnieku "
            "Gorenjskas vietējā enerģētikas aģentūrā (LEAG), un aģentūrā izveido stratēģisko "
            "energoresursu rīcības grupu. Grupa plāna pasākumus sasaista ar pašvaldības ikgadējo "
            "budžetu un ierosina plāna atjauninājumus."
        ),
        "challenge": (
            "<p>Pēc plāna pieņemšanas tas jāpārvērš ikgadējā projektu sarakstā un budžetā – "
            "citādi plāns paliek uz papīra. Arī Latvijā pieredze rāda, ka plāni ir izstrādāti, "
            "taču tikai retā pašvaldība konsekventi seko plānā paredzēto pasākumu ieviešanai, un "
            "bieža problēma ir energopārvaldnieka trūkums vai viņa nepietiekamas "
            "pilnvaras.</p>"
            "<p>SECAP metodika uzsver, ka energopārvaldnieka un vides speciālista pieejamībai "
            "administratīvajā struktūrā ir izšķiroša nozīme.</p>"
        ),
        "actions": (
            "<p>Pēc SEAP pieņemšanas mērs pilnvaro SEAP energopārvaldnieku, kas darbojas šim "
            "nolūkam izveidotajā Gorenjskas vietējā enerģētikas aģentūrā (LEAG). Papildus tam "
            "aģentūrā izveido <strong>stratēģisko energoresursu rīcības grupu</strong> SEAP "
            "īstenošanai. Tās uzdevumi ir šādi:</p>"
            "<ul>"
            "<li>pēc energopārvaldnieka priekšlikuma lemt par projektu priekšlikumiem un "
            "kārtējā gadā īstenojamajiem uzdevumiem, kā arī līdzdarboties lēmumu pieņemšanā par "
            "projektiem, kas iekļaujami pašvaldības nākamā gada budžetā;</li>"
            "<li>pārskatīt un stratēģiski izvērtēt SEAP gada un daudzgadu uzdevumus;</li>"
            "<li>izvērtēt projektu finansēšanas iespējas;</li>"
            "<li>izvērtēt tehniskās iespējas un saskaņot tās ar pašvaldību;</li>"
            "<li>izvērtēt SEAP īstenošanu;</li>"
            "<li>ierosināt SEAP atjauninājumus.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Avotā Kraņas SEAP īstenošanas rezultāti nav dokumentēti, tāpēc skaitliski "
            "rādītāji šeit nav norādīti. Piemērs aplūkots kā administratīvās struktūras "
            "modelis.</p>"
        ),
        "lessons": (
            "<p>Galvenā atziņa: plāna īstenošana jāsasaista ar pašvaldības budžeta ciklu. "
            "Rīcības grupa katru gadu izvēlas īstenojamos uzdevumus un sagatavo priekšlikumus "
            "nākamā gada budžetam, tāpēc plāns nepaliek atrauts no finansēm.</p>"
            "<p>Formāls mēra pilnvarojums dod energopārvaldniekam autoritāti strādāt ar "
            "pašvaldības nodaļām. Tā kā aģentūra ir ārpus pašvaldības administrācijas, "
            "tehniskie risinājumi jāsaskaņo ar pašvaldību – to paredz arī rīcības grupas "
            "uzdevumi.</p>"
            "<p>Risks: ja viss process balstās vienā personā, tās aiziešana var apturēt darbu. "
            "Zināšanas un lēmumi jādokumentē, un atbildība jāsadala rīcības grupas "
            "dalībniekiem.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Formāls mēra pilnvarojums energopārvaldniekam.</li>"
            "<li>Rīcības grupa, kas apvieno stratēģisko, finanšu un tehnisko izvērtējumu.</li>"
            "<li>Tieša saikne ar pašvaldības ikgadējo budžeta plānošanu.</li>"
            "<li>Iebūvēts mehānisms plāna izvērtēšanai un atjaunināšanai.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Modelis paredz vietējās enerģētikas aģentūras esību vai izveidi.</li>"
            "<li>Atkarība no energopārvaldnieka kapacitātes un darba nepārtrauktības.</li>"
            "<li>Skaitliski rezultāti šajā aprakstā nav sniegti.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Mēra vai domes lēmums par energopārvaldnieka pilnvarojumu.</li>"
            "<li>Rīcības grupas sastāvs, nolikums un sanāksmju grafiks.</li>"
            "<li>Vienošanās ar pašvaldības finanšu struktūrvienību par to, kā priekšlikumi "
            "nonāk budžeta projektā.</li>"
            "<li>Energopārvaldnieka apmācība, piemēram, par energopārvaldības sistēmas "
            "ieviešanu pašvaldībā.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Kranj: an energy manager and an action group at the local energy agency",
        "summary": (
            "In Kranj (Slovenia), after the SEAP is adopted, the mayor authorises a SEAP energy "
            "manager at the Gorenjska Local Energy Agency (LEAG), and a strategic action group on "
            "energy sources is set up at the agency. The group ties the plan’s measures to the "
            "municipality’s annual budget and proposes updates to the plan."
        ),
        "challenge": (
            "<p>Once a plan is adopted, it has to be turned into an annual list of projects and a "
            "budget – otherwise it stays on paper. Experience in Latvia shows the same: plans "
            "have been drawn up, but few municipalities consistently follow through on the "
            "measures, and a common problem is a missing energy manager or one without "
            "sufficient authority.</p>"
            "<p>The SECAP method stresses that having an energy manager and an environmental "
            "specialist in the administrative structure is crucial.</p>"
        ),
        "actions": (
            "<p>After the SEAP is adopted, the mayor authorises the SEAP energy manager at the "
            "Gorenjska Local Energy Agency (LEAG), set up for this purpose. In addition, a "
            "<strong>strategic action group on energy sources</strong> is set up at the agency to "
            "implement the SEAP. Its tasks are:</p>"
            "<ul>"
            "<li>on the energy manager’s proposal, deciding on project proposals and the tasks "
            "to be carried out in the current year, and taking part in decisions on further "
            "projects to be included in the municipality’s budget for the next year;</li>"
            "<li>reviewing and strategically evaluating the annual and multi-annual tasks of "
            "the SEAP;</li>"
            "<li>assessing the financing options for projects;</li>"
            "<li>assessing the technical options and coordinating them with the "
            "municipality;</li>"
            "<li>evaluating SEAP implementation;</li>"
            "<li>proposing SEAP updates.</li>"
            "</ul>"
        ),
        "results": (
            "<p>The source does not document the results of Kranj’s SEAP implementation, so no "
            "figures are given here. The case is presented as a model of an administrative "
            "structure.</p>"
        ),
        "lessons": (
            "<p>The key lesson: implementation has to be tied to the municipal budget cycle. "
            "Each year the action group selects the tasks to be carried out and prepares "
            "proposals for the next year’s budget, so the plan does not drift away from the "
            "finances.</p>"
            "<p>A formal mandate from the mayor gives the energy manager the authority to work "
            "with municipal departments. Because the agency sits outside the municipal "
            "administration, technical solutions have to be coordinated with the municipality "
            "– which is one of the action group’s tasks.</p>"
            "<p>Risk: if the whole process rests on one person, their departure can bring the "
            "work to a halt. Knowledge and decisions should be documented, and responsibility "
            "shared among the action group members.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>A formal mandate from the mayor for the energy manager.</li>"
            "<li>An action group combining strategic, financial and technical assessment.</li>"
            "<li>A direct link to the municipality’s annual budget planning.</li>"
            "<li>A built-in mechanism for evaluating and updating the plan.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>The model assumes that a local energy agency exists or is set up.</li>"
            "<li>It depends on the energy manager’s capacity and on continuity of the "
            "post.</li>"
            "<li>No results in figures are given in this description.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>A decision by the mayor or the council mandating the energy manager.</li>"
            "<li>The action group’s membership, terms of reference and meeting schedule.</li>"
            "<li>An arrangement with the municipal finance unit on how proposals reach the "
            "draft budget.</li>"
            "<li>Training for the energy manager, for example on introducing an energy "
            "management system in the municipality.</li>"
            "</ul>"
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# 6. Weiz – a SECAP team in the CitiEnGov project
# ---------------------------------------------------------------------------------------------

WEIZ = {
    "slug": "weiz-secap-team-citiengov",
    "city": "Weiz",
    "country": "AT",
    "level": "municipality",
    "population": None,
    "lead_organisation": {
        "lv": "Vaicas pilsētas pašvaldība (Stadtgemeinde Weiz)",
        "en": "Municipality of Weiz (Stadtgemeinde Weiz)",
    },
    "contact_role": {
        "lv": "SECAP projekta vadītājs pašvaldībā",
        "en": "Municipal SECAP project officer",
    },
    "start_year": None,
    "status": "completed",
    "kind": "mitigation",
    "sectors": ["governance", "stakeholder-engagement"],
    "steps": [2, 3, 6],
    "tags": {
        "lv": ["secap komanda", "koordinācijas semināri", "interreg"],
        "en": ["secap team", "coordination workshops", "interreg"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {
        "lv": "Interreg Central Europe programma (projekts CitiEnGov)",
        "en": "Interreg Central Europe (CitiEnGov)",
    },
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Vaica: SECAP komanda projektā CitiEnGov",
        "summary": (
            "Vaicā (Weiz, Austrija) SECAP sagatavošana sākās ar vienas atbildīgās personas – "
            "Interreg projekta CitiEnGov darbinieka – iecelšanu. Komandu pakāpeniski paplašināja "
            "ar pilsētas nodaļu darbiniekiem un ārējiem projektu vadītājiem, bet lēmumu "
            "pieņēmējus iesaistīja koordinācijas semināros."
        ),
        "challenge": (
            "<p>Nelielā pašvaldībā parasti nav atsevišķas struktūrvienības, kas varētu "
            "sagatavot SECAP. Vienlaikus plānam vajadzīgs daudzu nodaļu ieguldījums un "
            "politiskais atbalsts, lai tas netiktu uztverts kā viena projekta dokuments.</p>"
            "<p>SECAP metodika iesaka procesa sākumā iecelt koordinatoru ar pilnu politiskās "
            "vadības un administrācijas atbalstu un piešķirt atbildīgas lomas pēc iespējas "
            "lielākam skaitam galveno pašvaldības dalībnieku.</p>"
        ),
        "actions": (
            "<ul>"
            "<li><strong>Atbildīgā persona.</strong> Gatavojot SECAP, vispirms tika noteikta "
            "atbildīgā persona – Interreg projekta CitiEnGov darbinieks.</li>"
            "<li><strong>Komandas paplašināšana.</strong> SECAP projekta komandu papildināja "
            "citu attiecīgo pilsētas nodaļu darbinieki, citi CitiEnGov projekta darbinieki un "
            "ārējie projektu vadītāji.</li>"
            "<li><strong>Koordinācijas semināri.</strong> Citi pašvaldības lēmumu pieņēmēji un "
            "nodaļu vadītāji SECAP procesā tika iesaistīti koordinācijas semināros.</li>"
            "<li><strong>Atsevišķas prezentācijas.</strong> SECAP tika atsevišķi prezentēts "
            "dažādām komandām, pašvaldības domei un vides konsultatīvajai padomei, un visi "
            "pasākumi tika apspriesti plašākā lokā.</li>"
            "</ul>"
        ),
        "results": (
            "<p>SECAP tika sagatavots un apspriests ar pašvaldības domi, vides konsultatīvo "
            "padomi un pilsētas nodaļām. Plāna pasākumu īstenošanas rezultāti un skaitliski "
            "rādītāji avotā nav dokumentēti.</p>"
        ),
        "lessons": (
            "<p>Ārēja projekta finansējums var palīdzēt uzsākt SECAP darbu, ja pašvaldībai nav "
            "savas kapacitātes. Tomēr plāns jāiesakņo pašvaldības struktūrā: tieši tāpēc Vaicā "
            "komandā iesaistīja pilsētas nodaļu darbiniekus un plānu prezentēja domei.</p>"
            "<p>Atsevišķas prezentācijas dažādām komandām un konsultatīvajai padomei ļauj "
            "uzklausīt iebildumus laikus un veido piederības sajūtu plānam.</p>"
            "<p>Risks: ja atbildīgā persona ir nodarbināta tikai projekta laikā, pēc projekta "
            "beigām jābūt skaidram, kurš pašvaldībā pārņem plāna īstenošanu un "
            "uzraudzību.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Viena skaidri noteikta atbildīgā persona jau procesa sākumā.</li>"
            "<li>Pakāpeniski paplašināta komanda ar pilsētas nodaļu darbiniekiem.</li>"
            "<li>Lēmumu pieņēmēju un nodaļu vadītāju iesaiste koordinācijas semināros.</li>"
            "<li>Plāna apspriešana ar domi, konsultatīvo padomi un plašāku loku.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Atkarība no projekta finansējuma un projekta darbinieku.</li>"
            "<li>Avotā nav aprakstīts, kā plāna īstenošana organizēta pēc tā "
            "sagatavošanas.</li>"
            "<li>Skaitliski rezultāti šajā aprakstā nav sniegti.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Pieejams projekta vai pašvaldības finansējums koordinatora darbam.</li>"
            "<li>Nodaļu vadītāju gatavība deleģēt darbiniekus komandai.</li>"
            "<li>Konsultatīva struktūra (piemēram, vides konsultatīvā padome) vai cits forums "
            "plāna apspriešanai.</li>"
            "<li>Plāns, kā darbs turpināsies pēc projekta beigām.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Weiz: a SECAP team in the CitiEnGov project",
        "summary": (
            "In Weiz (Austria), SECAP preparation began by designating one responsible person – "
            "a project officer in the Interreg CitiEnGov project. The team was gradually widened "
            "with staff from city departments and external project managers, while "
            "decision-makers were involved through coordination workshops."
        ),
        "challenge": (
            "<p>A small municipality usually has no dedicated unit that could prepare a SECAP. "
            "Yet the plan needs input from many departments and political support, so that it is "
            "not seen as the document of a single project.</p>"
            "<p>The SECAP method recommends appointing a coordinator at the start of the process, "
            "with the full support of the political leadership and the administration, and "
            "giving responsible roles to as many key municipal actors as possible.</p>"
        ),
        "actions": (
            "<ul>"
            "<li><strong>A responsible person.</strong> When the SECAP was being prepared, a "
            "responsible person was designated first – a project officer in the Interreg "
            "CitiEnGov project.</li>"
            "<li><strong>Widening the team.</strong> The SECAP project team was joined by staff "
            "from other relevant city departments, other CitiEnGov project staff and external "
            "project managers.</li>"
            "<li><strong>Coordination workshops.</strong> Other municipal decision-makers and "
            "heads of department were involved in the SECAP process through coordination "
            "workshops.</li>"
            "<li><strong>Separate presentations.</strong> The SECAP was presented separately to "
            "various teams, the municipal council and the environmental advisory board, and all "
            "measures were discussed in a wider circle.</li>"
            "</ul>"
        ),
        "results": (
            "<p>The SECAP was prepared and discussed with the municipal council, the "
            "environmental advisory board and the city departments. The source does not "
            "document the results of implementing its measures or any figures.</p>"
        ),
        "lessons": (
            "<p>External project funding can help start SECAP work when a municipality lacks "
            "capacity of its own. The plan must, however, take root in the municipal structure: "
            "that is why Weiz brought city department staff into the team and presented the plan "
            "to the council.</p>"
            "<p>Separate presentations to different teams and to the advisory board allow "
            "objections to be heard in good time and build a sense of ownership of the "
            "plan.</p>"
            "<p>Risk: if the responsible person is employed only for the duration of a project, "
            "it must be clear who in the municipality takes over implementation and monitoring "
            "once the project ends.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>One clearly designated responsible person from the start.</li>"
            "<li>A team widened step by step with staff from city departments.</li>"
            "<li>Decision-makers and heads of department involved through coordination "
            "workshops.</li>"
            "<li>The plan discussed with the council, the advisory board and a wider "
            "circle.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Dependence on project funding and project staff.</li>"
            "<li>The source does not describe how implementation was organised after the plan "
            "was prepared.</li>"
            "<li>No results in figures are given in this description.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Project or municipal funding for the coordinator’s work.</li>"
            "<li>Heads of department willing to delegate staff to the team.</li>"
            "<li>An advisory body (such as an environmental advisory board) or another forum "
            "for discussing the plan.</li>"
            "<li>A plan for how the work will continue after the project ends.</li>"
            "</ul>"
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# 7. Jūrmala – a SEAP working group and a responsible department
# ---------------------------------------------------------------------------------------------

JURMALA = {
    "slug": "jurmala-seap-working-group",
    "city": "Jūrmala",
    "country": "LV",
    "level": "municipality",
    "population": None,
    "lead_organisation": {
        "lv": "Jūrmalas pilsētas pašvaldība, Stratēģiskās un biznesa plānošanas nodaļa",
        "en": "Jūrmala City Municipality, Strategic and Business Planning Department",
    },
    "contact_role": {
        "lv": "IERP ieviešanas koordinators Stratēģiskās un biznesa plānošanas nodaļā",
        "en": "SEAP implementation coordinator, Strategic and Business Planning Department",
    },
    "start_year": 2014,
    "status": "completed",
    "kind": "mitigation",
    "sectors": ["governance"],
    "steps": [2, 7, 8, 9],
    "tags": {
        "lv": ["darba grupa", "atbildīgā nodaļa", "mentorings"],
        "en": ["working group", "responsible department", "mentoring"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {"lv": "", "en": ""},
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Jūrmala: IERP darba grupa un atbildīgā nodaļa",
        "summary": (
            "Jūrmala ilgtspējīgas enerģētikas rīcības programmas 2013.–2020. gadam īstenošanai "
            "izveidoja darba grupu, bet atbildību par ieviešanu, uzraudzību un aktualizēšanu "
            "uzticēja Stratēģiskās un biznesa plānošanas nodaļai. Programma apstiprināta "
            "2014. gada 30. janvārī ar mērķi līdz 2020. gadam samazināt CO2 emisijas par 20 %."
        ),
        "challenge": (
            "<p>Pilsētu mēru paktam pievienojušās 19 Latvijas pašvaldības, un visām ir "
            "ilgtspējīgas enerģētikas rīcības plāni (IERP) ar virkni SEG emisijas samazinošu "
            "pasākumu. Problēma ir tā, ka tikai retā pašvaldība seko plānā paredzēto pasākumu "
            "ieviešanai.</p>"
            "<p>Jūrmalai pēc programmas apstiprināšanas vajadzēja skaidri noteikt, kas "
            "pašvaldībā atbild par pasākumu īstenošanu, uzraudzību un plāna "
            "aktualizēšanu.</p>"
        ),
        "actions": (
            "<ul>"
            "<li><strong>Plāna apstiprināšana.</strong> Jūrmalas pilsētas ilgtspējīgas "
            "enerģētikas rīcības programma 2013.–2020. gadam apstiprināta 2014. gada "
            "30. janvārī. Mērķis – līdz 2020. gadam samazināt CO2 emisijas par 20 %.</li>"
            "<li><strong>Darba grupa.</strong> Pasākumu īstenošanai izveidota IERP darba "
            "grupa.</li>"
            "<li><strong>Atbildīgā nodaļa.</strong> Par pilsētas IERP ieviešanu, uzraudzību un "
            "aktualizēšanu atbild Stratēģiskās un biznesa plānošanas nodaļa.</li>"
            "<li><strong>Mācīšanās no citiem.</strong> Projektā “Energoplānošana pašvaldībās” "
            "Liepājas pilsētas pašvaldība ir mentors Jūrmalai, kā arī Saldus un Salaspils "
            "novadiem. Projektā pieaicināts arī eksperts no Norvēģijas ar ilggadēju pieredzi "
            "ilgtspējīgā energoplānošanā pašvaldībās, kuram paredzēts apmeklēt katru no trim "
            "pašvaldībām un sniegt ieteikumus uzlabojumiem.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Jūrmalā ir noteikta skaidra administratīvā atbildība par IERP: darba grupa "
            "pasākumu īstenošanai un atbildīgā nodaļa ieviešanai, uzraudzībai un "
            "aktualizēšanai.</p>"
            "<p>Vai 20 % CO2 emisiju samazinājuma mērķis līdz 2020. gadam tika sasniegts, "
            "avotā nav dokumentēts; avotā nav norādīts arī programmas bāzes gads. Tāpēc "
            "skaitliski rādītāji šeit nav sniegti.</p>"
        ),
        "lessons": (
            "<p>Atbildības uzticēšana stratēģiskās plānošanas nodaļai palīdz IERP sasaistīt ar "
            "pašvaldības attīstības plānošanas dokumentiem un budžetu, nevis atstāt to kā "
            "atsevišķu vides dokumentu.</p>"
            "<p>Vienlaikus SECAP metodika uzsver, ka izšķiroša nozīme ir tam, vai "
            "administratīvajā struktūrā ir pieejams energopārvaldnieks un vides speciālists. "
            "Plānošanas nodaļai ir vajadzīgas arī tehniskās zināšanas vai piekļuve tām.</p>"
            "<p>Mentorings no pieredzējušākas pašvaldības un ārvalstu eksperta ieteikumi ir "
            "veids, kā stiprināt kapacitāti, neveidojot jaunu struktūrvienību.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Domes apstiprināta programma ar skaidru mērķi un termiņu.</li>"
            "<li>Darba grupa pasākumu īstenošanai.</li>"
            "<li>Viena nodaļa, kas atbild par ieviešanu, uzraudzību un aktualizēšanu.</li>"
            "<li>Pieredzes apmaiņa ar Liepāju un ārvalstu ekspertu.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Avotā nav dokumentēts, vai 2020. gada mērķis sasniegts.</li>"
            "<li>Plāna periods beidzās 2020. gadā – Pilsētu mēru pakta 2030. gada saistībām "
            "nepieciešams jauns, SECAP līmeņa plāns, kas aptver arī pielāgošanos.</li>"
            "<li>Avotā nav aprakstīts darba grupas sastāvs un darba kārtība.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Domes lēmums par plāna apstiprināšanu un atbildīgo struktūrvienību.</li>"
            "<li>Darba grupa ar pārstāvjiem no nodaļām, kuru kompetencē ir plāna "
            "pasākumi.</li>"
            "<li>Energopārvaldnieka vai līdzvērtīgas tehniskās kompetences pieejamība.</li>"
            "<li>Uzraudzības kārtība un dati, ar kuriem mērīt progresu.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Jūrmala: a SEAP working group and a responsible department",
        "summary": (
            "Jūrmala set up a working group to implement its Sustainable Energy Action Programme "
            "2013–2020 and made the Strategic and Business Planning Department responsible for "
            "implementing, monitoring and updating it. The programme was approved on "
            "30 January 2014 with the target of cutting CO2 emissions by 20% by 2020."
        ),
        "challenge": (
            "<p>Nineteen Latvian municipalities have joined the Covenant of Mayors, and all of "
            "them have Sustainable Energy Action Plans (SEAPs, in Latvian IERP) with a range of "
            "measures to cut GHG emissions. The problem is that few of them follow through on "
            "the measures in their plans.</p>"
            "<p>Once its programme was approved, Jūrmala needed to make clear who in the "
            "municipality is responsible for implementing the measures, monitoring them and "
            "updating the plan.</p>"
        ),
        "actions": (
            "<ul>"
            "<li><strong>Approving the plan.</strong> The Jūrmala City Sustainable Energy "
            "Action Programme 2013–2020 was approved on 30 January 2014. The target is to cut "
            "CO2 emissions by 20% by 2020.</li>"
            "<li><strong>A working group.</strong> A SEAP working group was set up to implement "
            "the measures.</li>"
            "<li><strong>A responsible department.</strong> The Strategic and Business Planning "
            "Department is responsible for implementing, monitoring and updating the city’s "
            "SEAP.</li>"
            "<li><strong>Learning from others.</strong> In the project “Energoplānošana "
            "pašvaldībās” (Municipal Energy Planning), Liepāja City Municipality mentors "
            "Jūrmala as well as Saldus and Salaspils municipalities. The project also brings in "
            "an expert from Norway with long experience of sustainable municipal energy "
            "planning, who is to visit each of the three municipalities and recommend "
            "improvements.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Jūrmala has clear administrative responsibility for its SEAP: a working group "
            "to carry out the measures and a responsible department for implementation, "
            "monitoring and updating.</p>"
            "<p>The source does not document whether the 20% CO2 reduction target for 2020 was "
            "met, nor does it give the programme’s base year. No figures are therefore given "
            "here.</p>"
        ),
        "lessons": (
            "<p>Giving responsibility to the strategic planning department helps link the SEAP "
            "to the municipality’s development planning documents and budget, rather than "
            "leaving it as a stand-alone environmental document.</p>"
            "<p>At the same time, the SECAP method stresses that having an energy manager and an "
            "environmental specialist in the administrative structure is crucial. A planning "
            "department also needs technical expertise, or access to it.</p>"
            "<p>Mentoring by a more experienced municipality and recommendations from a foreign "
            "expert are ways to build capacity without creating a new unit.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>A council-approved programme with a clear target and deadline.</li>"
            "<li>A working group to carry out the measures.</li>"
            "<li>One department responsible for implementation, monitoring and updating.</li>"
            "<li>Exchange of experience with Liepāja and a foreign expert.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>The source does not document whether the 2020 target was met.</li>"
            "<li>The plan period ended in 2020 – the Covenant of Mayors 2030 commitments call "
            "for a new SECAP-level plan that also covers adaptation.</li>"
            "<li>The source does not describe the working group’s membership or procedures.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>A council decision approving the plan and naming the responsible unit.</li>"
            "<li>A working group with representatives of the departments in charge of the "
            "plan’s measures.</li>"
            "<li>Access to an energy manager or equivalent technical expertise.</li>"
            "<li>Monitoring procedures and data with which to measure progress.</li>"
            "</ul>"
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# 8. Slatina – implementation by the city's administrative departments
# ---------------------------------------------------------------------------------------------

SLATINA = {
    "slug": "slatina-administrative-departments",
    "city": "Slatina",
    "country": "",
    "level": "municipality",
    "population": None,
    "lead_organisation": {
        "lv": "Slatinas pilsētas administrācija",
        "en": "Slatina city administration",
    },
    "contact_role": {
        "lv": "Par rīcības plāna īstenošanu atbildīgais speciālists",
        "en": "Officer responsible for implementing the action plan",
    },
    "start_year": None,
    "status": "ongoing",
    "kind": "mitigation",
    "sectors": ["governance"],
    "steps": [2, 8],
    "tags": {
        "lv": ["pašvaldības nodaļas", "kompetenču profils", "projektu vadība"],
        "en": ["municipal departments", "skills profile", "project management"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {"lv": "", "en": ""},
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Slatina: īstenošana ar pilsētas administratīvo nodaļu spēkiem",
        "summary": (
            "Slatinā rīcības plāna pasākumus operatīvi īsteno pilsētas administrācijas nodaļas. "
            "Par plāna ieviešanu atbildīgajai personai ir gan energoefektivitātes un "
            "atjaunojamo energoresursu zināšanas, gan laba izpratne par pilsētas pārvaldi un "
            "projektu vadību."
        ),
        "challenge": (
            "<p>Rīcības plāna pasākumi skar daudzas pašvaldības jomas – ēkas, apgaismojumu, "
            "transportu, iepirkumus un budžetu. Ja plāna īstenošana ir tikai vienas personas vai "
            "vienas nodaļas uzdevums, pārējās nodaļas to var neuzskatīt par savu.</p>"
            "<p>Tikpat svarīgi ir, kas koordinē darbu: tehniskas zināšanas vien nepalīdz, ja "
            "koordinators nepārzina, kā pārvalde pieņem lēmumus un kā tiek vadīti "
            "projekti.</p>"
        ),
        "actions": (
            "<ul>"
            "<li><strong>Nodaļu iesaiste.</strong> Pasākumu operatīvajā īstenošanā iesaistītas "
            "pilsētas administrācijas nodaļas – pasākumi ir daļa no to ikdienas darba.</li>"
            "<li><strong>Atbildīgās personas profils.</strong> Personai, kas atbild par rīcības "
            "plāna ieviešanu, ir pieredze un zināšanas energoefektivitātes un atjaunojamo "
            "energoresursu jautājumos, labs priekšstats par pilsētas pārvaldes darbu, kā arī "
            "zināšanas projektu vadībā.</li>"
            "</ul>"
        ),
        "results": (
            "<p>Avotā Slatinas rīcības plāna īstenošanas rezultāti nav dokumentēti, tāpēc "
            "skaitliski rādītāji šeit nav norādīti. Piemērs aplūkots kā administratīvās "
            "struktūras un koordinatora kompetenču modelis.</p>"
        ),
        "lessons": (
            "<p>Koordinatora kompetenču profils Slatinā apvieno trīs jomas: tehnisko "
            "(energoefektivitāte un atjaunojamie energoresursi), administratīvo (pilsētas "
            "pārvaldes darbs) un vadības (projektu vadība). Tas sakrīt ar SECAP metodikā "
            "minētajām vadošās personas īpašībām: labas komunikācijas prasmes, gatavība "
            "regulāri sazināties ar dažādām grupām, spēja organizēt un dokumentēt darbu, "
            "zināšanas par enerģētikas, sabiedrības un vides jautājumiem, atvērtība jaunām "
            "pieejām un izpratne par politisko sistēmu.</p>"
            "<p>Risks: ja nodaļām nav skaidri noteikti uzdevumi un termiņi, “iesaiste” var "
            "palikt formāla. Nodaļu pienākumi plānā jānosaka konkrēti.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Pasākumi iekļauti esošo nodaļu ikdienas darbā.</li>"
            "<li>Koordinators ar tehniskām, administratīvām un projektu vadības "
            "zināšanām.</li>"
            "<li>Nav jāveido jauna struktūrvienība.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Atkarība no vienas personas kompetences un darba nepārtrauktības.</li>"
            "<li>Nodaļām var pietrūkt laika un resursu papildu uzdevumiem.</li>"
            "<li>Skaitliski rezultāti šajā aprakstā nav sniegti.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Koordinatora amata apraksts ar skaidrām pilnvarām.</li>"
            "<li>Nodaļu uzdevumi un termiņi, kas noteikti rīcības plānā.</li>"
            "<li>Darbinieku apmācība, piemēram, tehniskās kompetences, projektu vadības un "
            "investīciju projektu izstrādes jomā.</li>"
            "<li>Vadības atbalsts, lai nodaļas pasākumiem atvēlētu laiku un budžetu.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Slatina: implementation by the city’s administrative departments",
        "summary": (
            "In Slatina, the measures in the action plan are carried out operationally by the "
            "city administration’s departments. The person responsible for implementing the "
            "plan combines knowledge of energy efficiency and renewable energy with a good grasp "
            "of the city administration and of project management."
        ),
        "challenge": (
            "<p>The measures in an action plan touch many municipal areas – buildings, "
            "lighting, transport, procurement and the budget. If implementing the plan is the "
            "task of a single person or department, the other departments may not see it as "
            "their own.</p>"
            "<p>Who coordinates the work matters just as much: technical knowledge alone does "
            "not help if the coordinator does not know how the administration takes decisions "
            "and how projects are run.</p>"
        ),
        "actions": (
            "<ul>"
            "<li><strong>Involving the departments.</strong> The city’s administrative "
            "departments are involved in the operational implementation of the measures – "
            "these are part of their day-to-day work.</li>"
            "<li><strong>The responsible person’s profile.</strong> The person responsible for "
            "implementing the action plan has experience and knowledge of energy efficiency and "
            "renewable energy issues, a good overview of how the city administration works, and "
            "project management skills.</li>"
            "</ul>"
        ),
        "results": (
            "<p>The source does not document the results of implementing Slatina’s action "
            "plan, so no figures are given here. The case is presented as a model of an "
            "administrative structure and of a coordinator’s skills profile.</p>"
        ),
        "lessons": (
            "<p>The coordinator’s skills profile in Slatina combines three areas: technical "
            "(energy efficiency and renewable energy), administrative (how the city "
            "administration works) and managerial (project management). This matches the "
            "qualities of a lead person named in the SECAP method: good communication skills, "
            "readiness to talk regularly with different groups, the ability to organise and "
            "document the work, knowledge of the energy, social and environmental issues at "
            "stake, openness to new approaches and an understanding of the political "
            "system.</p>"
            "<p>Risk: if departments are not given clear tasks and deadlines, their "
            "“involvement” may remain a formality. The plan should set out each department’s "
            "duties in concrete terms.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Measures built into the existing departments’ day-to-day work.</li>"
            "<li>A coordinator with technical, administrative and project management "
            "knowledge.</li>"
            "<li>No need to create a new unit.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Dependence on one person’s skills and on continuity of the post.</li>"
            "<li>Departments may lack the time and resources for additional tasks.</li>"
            "<li>No results in figures are given in this description.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>A job description for the coordinator with a clear mandate.</li>"
            "<li>Department tasks and deadlines set out in the action plan.</li>"
            "<li>Staff training, for example in technical skills, project management and "
            "developing investment projects.</li>"
            "<li>Management support so that departments can give the measures time and "
            "budget.</li>"
            "</ul>"
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# 9. Barcelona – Superblocks, “Let’s fill the streets with life”
# ---------------------------------------------------------------------------------------------

BARCELONA = {
    "slug": "barcelona-superblocks",
    "city": "Barcelona",
    "country": "ES",
    "level": "municipality",
    "population": None,
    "lead_organisation": {
        "lv": "Barselonas pilsētas dome (Ajuntament de Barcelona)",
        "en": "Barcelona City Council (Ajuntament de Barcelona)",
    },
    "contact_role": {
        "lv": "Superkvartālu programmas koordinators",
        "en": "Superblocks programme coordinator",
    },
    "start_year": 2016,
    "status": "ongoing",
    "kind": "mitigation",
    "sectors": ["transport", "adaptation"],
    "steps": [2, 3, 8, 9],
    "tags": {
        "lv": ["superkvartāli", "ielu telpa", "zaļā infrastruktūra", "iedzīvotāju līdzdalība"],
        "en": ["superblocks", "street space", "green infrastructure", "citizen participation"],
    },
    "co2_tonnes_per_year": None,
    "mwh_saved_per_year": None,
    "mwh_renewable_per_year": None,
    "investment_eur": None,
    "funding_sources": {"lv": "", "en": ""},
    "sources": [GUIDEBOOK],
    "lv": {
        "title": "Barselona: superkvartāli – “Piepildīsim ielas ar dzīvi”",
        "summary": (
            "Barselonas programma “Superblocks – piepildīsim ielas ar dzīvi” atsevišķās ielās "
            "samazina satiksmi un transportlīdzekļu skaitu, lai atbrīvotu vietu zaļajām zonām un "
            "atpūtai. Programma ir daudznozaru, un katrā rajonā tās gaitu uzrauga iedzīvotāju "
            "virzības grupa."
        ),
        "challenge": (
            "<p>Blīvā pilsētā lielāko daļu ielu telpas aizņem automašīnas – braucošas un "
            "novietotas. Satiksme rada emisijas, troksni un gaisa piesārņojumu, bet asfaltētas "
            "virsmas bez zaļumiem pastiprina karstumu.</p>"
            "<p>Pārmaiņas ielu telpā skar vairākas politikas jomas vienlaikus – klimatu, "
            "mobilitāti, zaļo infrastruktūru un bioloģisko daudzveidību –, un tās tieši "
            "ietekmē katra rajona iedzīvotājus, tāpēc nepietiek ar vienas nodaļas "
            "lēmumu.</p>"
        ),
        "actions": (
            "<p>Barselona īsteno programmu “Superblocks – piepildīsim ielas ar dzīvi” "
            "(katalāniski <em>Omplim de vida els carrers</em>). Programmas būtība:</p>"
            "<ul>"
            "<li><strong>Ielu telpas atgūšana.</strong> Atsevišķās ielās samazina satiksmi un "
            "transportlīdzekļu skaitu, lai atbrīvotu vietu zaļajām zonām un atpūtai. Plaši "
            "zināmajā superkvartāla modelī vairākus pilsētas kvartālus apvieno vienā veselumā: "
            "tranzīta satiksmi novirza uz perimetra ielām, bet iekšējās ielas atvēl gājējiem, "
            "velosipēdistiem, spēlēm un zaļumiem.</li>"
            "<li><strong>Daudznozaru sasaiste.</strong> Programma saistīta ar pilsētas "
            "saistībām klimata pārmaiņu jomā, kā arī ar tās klimata, pilsētas mobilitātes, "
            "zaļās infrastruktūras un bioloģiskās daudzveidības plāniem.</li>"
            "<li><strong>Virzības grupas rajonos.</strong> Katrā rajonā, kur programmu īsteno, "
            "izveido superkvartāla virzības grupu – iedzīvotāju un/vai pārstāvības institūciju "
            "grupu, kas uzrauga projekta gaitu.</li>"
            "</ul>"
            "<p>Programma uzsākta 2016. gadā; viens no pirmajiem superkvartāliem tika izveidots "
            "Poblenou rajonā.</p>"
        ),
        "results": (
            "<p>Avotā programmas emisiju, enerģijas vai investīciju rādītāji nav dokumentēti, "
            "tāpēc tie šeit nav norādīti.</p>"
            "<p>Programmas tiešais rezultāts ir no automašīnām atbrīvota ielu telpa, kas "
            "pārveidota par zaļajām zonām un atpūtas vietām, un pārvaldības modelis, kurā "
            "iedzīvotāji uzrauga pārmaiņas savā rajonā.</p>"
        ),
        "lessons": (
            "<p>Viena programma var vienlaikus kalpot emisiju mazināšanai (mazāk satiksmes) un "
            "pielāgošanās klimata pārmaiņām mērķiem (vairāk zaļumu un ēnas, mazāk karstumu "
            "uzkrājošu virsmu). Tāpēc to vērts plānot kā daudznozaru pasākumu, nevis tikai kā "
            "satiksmes projektu.</p>"
            "<p>Pirmais superkvartāls Poblenou rajonā sākumā saskārās ar daļas iedzīvotāju un "
            "uzņēmēju iebildumiem. Tas apliecina, ka pārmaiņas ielu telpā iedzīvotāji jāinformē "
            "un jāiesaista pirms to ieviešanas, nevis pēc tam, – šo lomu pilda rajonu virzības "
            "grupas.</p>"
            "<p>Riski, kas jāuzrauga: satiksmes pārvirzīšanās uz perimetra ielām, ietekme uz "
            "piegādēm un vietējiem uzņēmējiem, kā arī mājokļu cenu pieaugums pārveidotajos "
            "rajonos.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>Skaidrs un cilvēkiem saprotams vēstījums – “Piepildīsim ielas ar dzīvi”.</li>"
            "<li>Programmas sasaiste ar pilsētas klimata, mobilitātes, zaļās infrastruktūras "
            "un bioloģiskās daudzveidības plāniem.</li>"
            "<li>Rajonu virzības grupas, kas iedzīvotājiem dod lomu projekta "
            "uzraudzībā.</li>"
            "<li>Pakāpeniska ieviešana – rajonu pa rajonam.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>Modelis vislabāk piemērots blīvai, regulārai kvartālu apbūvei; Latvijas "
            "pilsētās un ciemos ielu tīkls un blīvums ir citādi.</li>"
            "<li>Nepieciešamas alternatīvas – sabiedriskais transports, gājēju un "
            "velosipēdistu infrastruktūra –, citādi satiksme tikai pārvietojas citur.</li>"
            "<li>Kvantitatīvi rezultāti šajā aprakstā nav sniegti.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>Pilsētas mobilitātes plāns un satiksmes plūsmu analīze.</li>"
            "<li>Politiskā apņēmība, jo pārmaiņas ielu telpā var izraisīt pretestību.</li>"
            "<li>Iedzīvotāju līdzdalības struktūras rajonu līmenī.</li>"
            "<li>Nodaļu sadarbība: transports, pilsētplānošana, vide un zaļā "
            "infrastruktūra.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Barcelona Superblocks: “Let’s fill the streets with life”",
        "summary": (
            "Barcelona’s programme “Superblocks – Let’s fill the streets with life” reduces "
            "traffic and the number of vehicles on selected streets to free up space for green "
            "areas and leisure. The programme is multi-sectoral, and in each district a "
            "residents’ driving group monitors its progress."
        ),
        "challenge": (
            "<p>In a dense city, most street space is taken up by cars, moving or parked. "
            "Traffic causes emissions, noise and air pollution, while paved surfaces without "
            "greenery intensify heat.</p>"
            "<p>Changes to street space touch several policy areas at once – climate, "
            "mobility, green infrastructure and biodiversity – and they directly affect the "
            "residents of each district, so a decision by a single department is not "
            "enough.</p>"
        ),
        "actions": (
            "<p>Barcelona runs the programme “Superblocks – Let’s fill the streets with life” "
            "(in Catalan <em>Omplim de vida els carrers</em>). In essence:</p>"
            "<ul>"
            "<li><strong>Reclaiming street space.</strong> Traffic and the number of vehicles "
            "are reduced on selected streets to free up space for green areas and leisure. In "
            "the widely known superblock model, several city blocks are grouped into one unit: "
            "through traffic is routed to the perimeter streets, while the inner streets are "
            "given over to pedestrians, cyclists, play and greenery.</li>"
            "<li><strong>Multi-sectoral links.</strong> The programme is linked to the city’s "
            "climate change commitment and to its climate, urban mobility, green infrastructure "
            "and biodiversity plans.</li>"
            "<li><strong>District driving groups.</strong> In every district where the "
            "programme is implemented, a superblock driving group is set up – a group of people "
            "and/or representative bodies that monitors the project.</li>"
            "</ul>"
            "<p>The programme was launched in 2016; one of the first superblocks was created in "
            "the Poblenou district.</p>"
        ),
        "results": (
            "<p>The source does not document emission, energy or investment figures for the "
            "programme, so none are given here.</p>"
            "<p>The direct results of the programme are street space freed from cars and turned "
            "into green areas and places to spend time, and a governance model in which "
            "residents monitor the changes in their own district.</p>"
        ),
        "lessons": (
            "<p>One programme can serve both mitigation (less traffic) and adaptation goals "
            "(more greenery and shade, fewer heat-storing surfaces). It is therefore worth "
            "planning it as a multi-sectoral measure rather than as a transport project "
            "only.</p>"
            "<p>The first superblock, in Poblenou, initially met objections from some residents "
            "and businesses. This shows that residents need to be informed and involved before "
            "changes to street space are made, not afterwards – the role that the district "
            "driving groups play.</p>"
            "<p>Risks to monitor: traffic shifting to the perimeter streets, effects on "
            "deliveries and local businesses, and rising housing prices in the transformed "
            "districts.</p>"
        ),
        "success_factors": (
            "<ul>"
            "<li>A clear message that people understand – “Let’s fill the streets with "
            "life”.</li>"
            "<li>The programme linked to the city’s climate, mobility, green infrastructure and "
            "biodiversity plans.</li>"
            "<li>District driving groups that give residents a role in monitoring the "
            "project.</li>"
            "<li>Step-by-step roll-out, district by district.</li>"
            "</ul>"
        ),
        "limitations": (
            "<ul>"
            "<li>The model suits dense, regular grid-block development best; street networks "
            "and densities in Latvian towns and villages are different.</li>"
            "<li>Alternatives are needed – public transport and infrastructure for walking and "
            "cycling – or traffic simply moves elsewhere.</li>"
            "<li>No results in figures are given in this description.</li>"
            "</ul>"
        ),
        "prerequisites": (
            "<ul>"
            "<li>An urban mobility plan and an analysis of traffic flows.</li>"
            "<li>Political resolve, as changes to street space can meet resistance.</li>"
            "<li>Structures for residents’ participation at district level.</li>"
            "<li>Cooperation between departments: transport, urban planning, environment and "
            "green infrastructure.</li>"
            "</ul>"
        ),
    },
}


CASES = [VAXJO, LAUSANNE, LA_LAGUNA, TARTU, KRANJ, WEIZ, JURMALA, SLATINA, BARCELONA]
