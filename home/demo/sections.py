"""The three section landing pages, in both languages, in menu order."""

SECTIONS = [
    {
        "app_model": "learning.LearningIndexPage",
        "slug": "learning",
        "lv": {
            "title": "Mācības",
            "search_description": (
                "Mācību moduļi par energopārvaldības sistēmu un 10 SECAP izstrādes soļiem."
            ),
            "intro": (
                "<p>Mācību moduļi pašvaldību energopārvaldniekiem un plānotājiem: "
                "energopārvaldības sistēmas ieviešana un Ilgtspējīgas enerģētikas un klimata "
                "rīcības plāna (SECAP) izstrāde 10 soļos – no politiskajām saistībām līdz "
                "uzraudzībai un ziņošanai.</p>"
            ),
        },
        "en": {
            "title": "Learning",
            "search_description": (
                "Training modules on energy management systems and the 10 steps of a SECAP."
            ),
            "intro": (
                "<p>Training modules for municipal energy managers and planners: introducing an "
                "energy management system, and developing a Sustainable Energy and Climate "
                "Action Plan (SECAP) in 10 steps, from political commitment to monitoring and "
                "reporting.</p>"
            ),
        },
    },
    {
        "app_model": "exchanges.ExchangesIndexPage",
        "slug": "exchanges",
        "lv": {
            "title": "Pieredzes apmaiņa",
            "search_description": (
                "Mentorings, līdzvērtīga sadarbība un ēnošana starp Latvijas pašvaldībām."
            ),
            "intro": (
                "<p>Mentorings, līdzvērtīga sadarbība un ēnošana: Liepāja ir mentors Jūrmalai, "
                "Saldus un Salaspils novadiem, kaimiņpašvaldības risina kopīgus jautājumus, un "
                "pašvaldības viesojas cita pie citas, lai redzētu pasākumus dabā.</p>"
            ),
        },
        "en": {
            "title": "Exchanges",
            "search_description": (
                "Mentoring, peer collaboration and shadowing between Latvian municipalities."
            ),
            "intro": (
                "<p>Mentoring, peer collaboration and shadowing: Liepāja mentors Jūrmala, Saldus "
                "and Salaspils, neighbouring municipalities work on shared problems, and "
                "municipalities visit each other to see measures in place.</p>"
            ),
        },
    },
    {
        "app_model": "casestudies.CaseStudyIndexPage",
        "slug": "case-studies",
        "lv": {
            "title": "Labās prakses piemēri",
            "search_description": (
                "Labās prakses piemēri no Eiropas pašvaldībām: Växjö, Tartu, Barselona un citas."
            ),
            "intro": (
                "<p>Labās prakses piemēri no Eiropas pašvaldībām – Växjö, Lozanna, Tartu, Kraņa, "
                "Vaica, Jūrmala, Slatina, Barselonas superkvartāli un citi –, ko var meklēt, "
                "atlasīt un izmantot sava plāna īstenošanā.</p>"
            ),
        },
        "en": {
            "title": "Case studies",
            "search_description": (
                "Good practice from European municipalities: Växjö, Tartu, Barcelona and more."
            ),
            "intro": (
                "<p>Good practice from European municipalities – Växjö, Lausanne, Tartu, Kranj, "
                "Weiz, Jūrmala, Slatina, the Barcelona Superblocks and more – to search, filter "
                "and draw on when putting a plan into practice.</p>"
            ),
        },
    },
]
