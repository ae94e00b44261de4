"""Planning regions and the project's municipalities, with the facts of the project text."""

import datetime

REGIONS = [
    ("kurzeme", "Kurzemes plānošanas reģions", "Kurzeme Planning Region"),
    ("latgale", "Latgales plānošanas reģions", "Latgale Planning Region"),
    ("riga", "Rīgas plānošanas reģions", "Riga Planning Region"),
    ("vidzeme", "Vidzemes plānošanas reģions", "Vidzeme Planning Region"),
    ("zemgale", "Zemgales plānošanas reģions", "Zemgale Planning Region"),
]

MUNICIPALITIES = [
    {
        "slug": "liepaja",
        "region": "kurzeme",
        "name": {"lv": "Liepājas valstspilsēta", "en": "Liepāja State City"},
        "covenant_joined_on": datetime.date(2012, 11, 15),
        "plan_approved_on": None,
        "baseline_year": 2006,
        "target_percent": 20,
        "target_year": 2020,
        "description": {
            "lv": (
                "<p>Liepāja pievienojās Pilsētu mēru pakta iniciatīvai 2012. gada "
                "15. novembrī un apņēmās līdz 2020. gadam sasniegt vismaz 20 % CO2 emisiju "
                "ietaupījumu, salīdzinot ar 2006. gada līmeni. Programmā Liepāja ir mentors "
                "Jūrmalai, Saldus un Salaspils novadiem.</p>"
            ),
            "en": (
                "<p>Liepāja joined the Covenant of Mayors on 15 November 2012 and committed to "
                "saving at least 20% of CO2 emissions by 2020 compared with 2006. In the "
                "programme, Liepāja mentors Jūrmala, Saldus and Salaspils.</p>"
            ),
        },
    },
    {
        "slug": "jurmala",
        "region": "riga",
        "name": {"lv": "Jūrmalas valstspilsēta", "en": "Jūrmala State City"},
        "covenant_joined_on": None,
        "plan_approved_on": datetime.date(2014, 1, 30),
        "baseline_year": None,
        "target_percent": 20,
        "target_year": 2020,
        "description": {
            "lv": (
                "<p>Jūrmalas pilsētas ilgtspējīgas enerģētikas rīcības programma "
                "2013.–2020. gadam tika apstiprināta 2014. gada 30. janvārī. Mērķis – līdz "
                "2020. gadam samazināt CO2 emisijas par 20 %.</p>"
            ),
            "en": (
                "<p>Jūrmala's Sustainable Energy Action Programme 2013–2020 was approved on "
                "30 January 2014. Its target is to cut CO2 emissions by 20% by 2020.</p>"
            ),
        },
    },
    {
        "slug": "saldus",
        "region": "kurzeme",
        "name": {"lv": "Saldus novads", "en": "Saldus Municipality"},
        "covenant_joined_on": None,
        "plan_approved_on": datetime.date(2013, 12, 19),
        "baseline_year": 2008,
        "target_percent": 20,
        "target_year": 2020,
        "description": {
            "lv": (
                "<p>Saldus novada Ilgtspējīgas enerģijas rīcības plāns 2014.–2020. gadam tika "
                "apstiprināts 2013. gada 19. decembrī. Mērķis – līdz 2020. gadam samazināt CO2 "
                "emisijas par 20 %, salīdzinot ar 2008. gada līmeni.</p>"
            ),
            "en": (
                "<p>Saldus Municipality's Sustainable Energy Action Plan 2014–2020 was approved "
                "on 19 December 2013. Its target is to cut CO2 emissions by 20% by 2020 "
                "compared with 2008.</p>"
            ),
        },
    },
    {
        "slug": "salaspils",
        "region": "riga",
        "name": {"lv": "Salaspils novads", "en": "Salaspils Municipality"},
        "covenant_joined_on": datetime.date(2011, 8, 31),
        "plan_approved_on": None,
        "baseline_year": 2010,
        "target_percent": 20,
        "target_year": 2020,
        "description": {
            "lv": (
                "<p>Salaspils novads pievienojās Pilsētu mēru pakta iniciatīvai 2011. gada "
                "31. augustā. Mērķis – līdz 2020. gadam sasniegt 20 % CO2 emisiju "
                "samazinājumu, salīdzinot ar 2010. gada līmeni.</p>"
            ),
            "en": (
                "<p>Salaspils Municipality joined the Covenant of Mayors on 31 August 2011. Its "
                "target is a 20% cut in CO2 emissions by 2020 compared with 2010.</p>"
            ),
        },
    },
]
