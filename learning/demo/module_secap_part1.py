"""SECAP module, part 1: lessons 1.1 (introduction) and 1.2 (planning and implementation).

Data only, in the format described in `learning.demo`.
"""

SOURCE_LV = (
    "<p><strong>Avots:</strong> Bertoldi P. (red.), <em>Guidebook 'How to develop a Sustainable "
    "Energy and Climate Action Plan (SECAP) – Part 1'</em>, Eiropas Komisijas Kopīgais "
    "pētniecības centrs, 2018. ISBN 978-92-79-96847-1, doi:10.2760/223399, JRC112986.</p>"
)

SOURCE_EN = (
    "<p><strong>Source:</strong> Bertoldi P. (ed.), <em>Guidebook 'How to develop a Sustainable "
    "Energy and Climate Action Plan (SECAP) – Part 1'</em>, European Commission, Joint Research "
    "Centre, 2018. ISBN 978-92-79-96847-1, doi:10.2760/223399, JRC112986.</p>"
)

GUIDEBOOK_LV = "Bertoldi P. (red.), JRC112986, 2018"
GUIDEBOOK_EN = "Bertoldi P. (ed.), JRC112986, 2018"


# --------------------------------------------------------------------------------------------
# 1.1 Introduction
# --------------------------------------------------------------------------------------------

lesson_1_1 = {
    "slug": "introduction",
    "minutes": 25,
    "steps": [1, 2, 3],
    "sectors": ["governance"],
    "lv": {
        "title": "1.1. Ievads",
        "summary": (
            "Kāpēc pašvaldībām jāplāno enerģētika un klimats: ES 2030. un 2050. gada mērķi, "
            "Eiropas zaļais kurss un Pilsētu mēru pakts. Nodarbībā skaidrots, kas ir ilgtspējīgas "
            "enerģētikas un klimata rīcības plāns (SECAP) un no kādām sadaļām tas sastāv."
        ),
        "body": [
            (
                "text",
                (
                    "<h2>Globālā perspektīva</h2>"
                    "<p>Klimata pārmaiņas ir globāla problēma, un tās risinājuma pamatā ir "
                    "<strong>pāreja uz ekonomiku ar zemu oglekļa emisiju līmeni</strong>. Tas "
                    "nozīmē mainīt veidu, kā enerģiju ražojam, piegādājam un patērējam: mazāk "
                    "fosilā kurināmā, vairāk atjaunojamo energoresursu un efektīvāka enerģijas "
                    "izmantošana ēkās, transportā un ražošanā.</p>"
                    "<p>Pašvaldībām šajā pārejā ir īpaša loma. Tās pašas ir ēku, ielu "
                    "apgaismojuma un transportlīdzekļu īpašnieces un enerģijas patērētājas, tās "
                    "plāno teritorijas attīstību, organizē siltumapgādi un sabiedrisko transportu "
                    "un ir iedzīvotājiem vistuvākā pārvaldes institūcija. Tāpēc Eiropas klimata "
                    "un enerģētikas mērķus nav iespējams sasniegt bez rīcības vietējā līmenī.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "ES klimata un enerģētikas mērķi 2030. gadam",
                    "points": [
                        "Siltumnīcefekta gāzu (SEG) emisiju samazinājums vismaz par 40 % "
                        "salīdzinājumā ar 1990. gada līmeni; atbilstoši Eiropas zaļajam kursam "
                        "šis mērķis paaugstināts līdz vismaz 55 %.",
                        "Atjaunojamās enerģijas īpatsvars vismaz 32 %.",
                        "Energoefektivitātes uzlabojums vismaz par 32,5 %.",
                        "Šie mērķi veido ietvaru, kurā jāiekļaujas gan valsts, gan pašvaldību "
                        "enerģētikas un klimata plāniem.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>ES dekarbonizācijas ceļš līdz 2050. gadam</h2>"
                    "<p>ES Enerģētikas ceļvedis 2050. gadam iezīmē ilgtermiņa virzību uz "
                    "ekonomiku bez oglekļa emisijām. Tā galvenie elementi:</p>"
                    "<ul>"
                    "<li>enerģētikas nozares emisiju samazinājums par 85 % līdz 2050. gadam;</li>"
                    "<li>enerģijas izmaksas pieaugs līdz 2030. gadam, bet pēc tam "
                    "samazināsies;</li>"
                    "<li>atjaunojamie energoresursi (AER) nodrošinās vairāk nekā pusi no "
                    "enerģijas patēriņa.</li>"
                    "</ul>"
                    "<p>Ceļvedī analizēti pieci dekarbonizācijas scenāriji:</p>"
                    "<ol>"
                    "<li>augsta energoefektivitāte;</li>"
                    "<li>daudzveidīgas enerģijas piegādes tehnoloģijas;</li>"
                    "<li>augsts atjaunojamo energoresursu īpatsvars;</li>"
                    "<li>aizkavēta oglekļa uztveršanas un uzglabāšanas (CCS) ieviešana;</li>"
                    "<li>zems kodolenerģijas īpatsvars.</li>"
                    "</ol>"
                    "<p>Visos scenārijos izšķiroša nozīme ir energoefektivitātei un "
                    "atjaunojamajiem energoresursiem – tieši šajās jomās pašvaldības var "
                    "rīkoties visvairāk.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Eiropas zaļais kurss: pirmās klimata iniciatīvas",
                    "points": [
                        "Eiropas Klimata akts, kas ES tiesību aktos nostiprina mērķi līdz "
                        "2050. gadam panākt klimatneitralitāti.",
                        "Eiropas Klimata pakts, kas klimata pasākumos iesaista iedzīvotājus un "
                        "visas sabiedrības daļas.",
                        "2030. gada klimatiskā mērķrādītāja plāns, kas paredz līdz 2030. gadam "
                        "samazināt SEG emisijas vismaz par 55 %.",
                        "Jaunā ES pielāgošanās klimata pārmaiņām stratēģija, kuras mērķis ir līdz "
                        "2050. gadam padarīt Eiropu par klimatnoturīgu sabiedrību, kas pilnībā "
                        "pielāgojusies klimata pārmaiņu nenovēršamajai ietekmei.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Pilsētu mēru pakts</h2>"
                    "<p>Pilsētu mēru pakts (<em>Covenant of Mayors</em>) ir pasaulē lielākā "
                    "pilsētu klimata un enerģētikas iniciatīva. Tā apvieno tūkstošiem vietējo un "
                    "reģionālo pašvaldību, kas <strong>brīvprātīgi</strong> apņēmušās savā "
                    "teritorijā īstenot klimata un enerģētikas mērķus.</p>"
                    "<p>Paktam pievienojas ar pašvaldības domes (vai līdzvērtīgas "
                    "lēmējinstitūcijas) lēmumu. Kopš 2015. gada pakta parakstītāji apņemas "
                    "sagatavot, īstenot, uzraudzīt un ziņot par ilgtspējīgas enerģētikas un "
                    "klimata rīcības plānu (SECAP), kas aptver gan emisiju samazināšanu, gan "
                    "pielāgošanos klimata pārmaiņām. Pašvaldībām, kurām jau ir ilgtspējīgas "
                    "enerģētikas rīcības plāns (IERP), tas jāatjauno par SECAP: jāsaskaņo ar "
                    "jaunajiem emisiju samazināšanas mērķiem un termiņiem un jāpapildina ar "
                    "pielāgošanās pasākumiem.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Pilsētu mēru pakts klimata un enerģētikas jomā ir galvenā Eiropas "
                        "brīvprātīgā kustība, kas iesaista vietējās pašvaldības ilgtspējīgas "
                        "enerģētikas un klimata politikas izstrādē un īstenošanā."
                    ),
                    "source": GUIDEBOOK_LV,
                },
            ),
            (
                "key_points",
                {
                    "heading": "Pakta pīlāri: parakstītāju saistības",
                    "points": [
                        "Līdz 2030. gadam samazināt CO₂ emisijas savā teritorijā vismaz par "
                        "40 %; atbilstoši paaugstinātajam ES mērķim jaunais mērķis ir vismaz "
                        "55 %.",
                        "Palielināt noturību pret klimata pārmaiņu ietekmi.",
                        "Stiprināt sadarbību ar citām vietējām un reģionālajām pašvaldībām ES un "
                        "ārpus tās, lai uzlabotu piekļuvi drošai, ilgtspējīgai un cenas ziņā "
                        "pieejamai enerģijai.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "Klimata pārmaiņu mazināšana un pielāgošanās klimata pārmaiņām",
                    "header": ["Aspekts", "Mazināšana", "Pielāgošanās"],
                    "rows": [
                        [
                            "Mērķis",
                            "Novērst klimata pārmaiņu cēloņus – samazināt SEG emisijas",
                            "Mazināt klimata pārmaiņu radīto kaitējumu un palielināt noturību",
                        ],
                        [
                            "Galvenais jautājums",
                            "Kā samazināt enerģijas patēriņu un emisijas?",
                            "Kā sagatavoties karstuma viļņiem, plūdiem, sausumam un vētrām?",
                        ],
                        [
                            "Analītiskais pamats",
                            "Bāzes emisiju uzskaite (BEI)",
                            "Riska un ievainojamības novērtējums (RVA)",
                        ],
                        [
                            "Pasākumu piemēri",
                            "Ēku energoefektivitāte, atjaunojamie energoresursi, ilgtspējīga "
                            "mobilitāte",
                            "Koki un zaļās zonas pret karstumu, caurlaidīgas virsmas un "
                            "lietusūdens novadīšana pret plūdiem",
                        ],
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Kas ir SECAP?</h2>"
                    "<p>Ilgtspējīgas enerģētikas un klimata rīcības plāns (SECAP) ir "
                    "pašvaldības instruments klimata un enerģētikas mērķu īstenošanai. Tas "
                    "vienlaikus ir:</p>"
                    "<ul>"
                    "<li><strong>politisks dokuments</strong>, kas apliecina pašvaldības "
                    "apņemšanos;</li>"
                    "<li><strong>tehnisks dokuments</strong> – atsauce pasākumu īstenošanai un "
                    "uzraudzībai;</li>"
                    "<li><strong>saziņas un veicināšanas instruments</strong> ieinteresētajām "
                    "pusēm.</li>"
                    "</ul>"
                    "<p>Pēc būtības SECAP ir aprakstošs dokuments. Tas raksturo pašreizējo "
                    "situāciju (bāzes stāvokli) pašvaldībā un nosaka stratēģiju, kā nākotnē "
                    "sasniegt enerģētikas un klimata mērķus (piemēram, līdz 2030. gadam "
                    "samazināt CO₂ emisijas par 55 %). Tajā ietilpst arī īstenošanas programma: "
                    "pasākumu kopums, ar ko līdz noteiktam termiņam noteiktā apmērā samazināt "
                    "SEG emisijas pašvaldībā, un pasākumu kopums, kas uzlabo pašvaldības "
                    "noturību un pielāgošanos klimata pārmaiņām.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "SECAP sadaļas",
                    "points": [
                        "Stratēģija (t. sk. vīzija un mērķi).",
                        "Bāzes emisiju uzskaite (BEI).",
                        "Klimata pārmaiņu riska un ievainojamības novērtējums (RVA).",
                        "Klimata pārmaiņu mazināšanas un pielāgošanās pasākumi līdz 2030. gadam "
                        "(rīcības plāns).",
                        "Enerģētiskā nabadzība.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "SECAP saturs",
                    "header": ["Sadaļa", "Saturs"],
                    "rows": [
                        [
                            "Stratēģija",
                            "Vispārējā stratēģija, informācija par piešķirtajiem personāla un "
                            "finanšu resursiem un šķēršļi, kas kavējuši (iepriekšējo) pasākumu "
                            "īstenošanu.",
                        ],
                        [
                            "SEG emisiju uzskaite",
                            "Enerģijas galapatēriņš un ar to saistītās SEG emisijas pa enerģijas "
                            "nesējiem un nozarēm monitoringa gadā, aprēķinātas ar atzītām "
                            "metodikām. Emisijas norāda vismaz trīs galvenajās nozarēs: "
                            "stacionārās enerģijas, transporta un atkritumu nozarē.",
                        ],
                        [
                            "Mērķu noteikšana",
                            "Pašvaldības teritorijas mēroga emisiju samazināšanas mērķi.",
                        ],
                        [
                            "Riska un ievainojamības novērtējums",
                            "Līdz šim apkopotā informācija par klimata ievainojamību, "
                            "apdraudējumiem un ietekmi, sadalīta pa nozarēm.",
                        ],
                        [
                            "Ziņošana par progresu: mazināšanas un pielāgošanās pasākumi",
                            "Galveno mazināšanas un pielāgošanās pasākumu īstenošanas statuss, "
                            "t. sk. pēc izvēles pielāgošanās rezultātu tabula pašnovērtējumam.",
                        ],
                        [
                            "Enerģētiskās nabadzības plāns",
                            "Enerģētiskās nabadzības mazināšanas vai enerģijas pieejamības plāns "
                            "(avota sagatavošanas laikā – nav obligāts).",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "No vīzijas līdz stratēģijai un īstenošanai",
                    "text": (
                        "<p>SECAP loģika ir vienkārša: vispirms pašvaldība vienojas par vīziju – "
                        "kādu tā vēlas redzēt savu teritoriju nākotnē –, tad izstrādā stratēģiju "
                        "ar mērķiem un pasākumiem un visbeidzot tos īsteno un uzrauga. Plāns, kas "
                        "paliek tikai uz papīra, mērķus nesasniedz, tāpēc SECAP jākļūst par daļu "
                        "no pašvaldības ikdienas darba.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "heading": "Pirms sākat: pašvaldības gatavības pārbaude",
                    "items": [
                        "Dome (vai līdzvērtīga lēmējinstitūcija) ir pieņēmusi lēmumu "
                        "pievienoties Pilsētu mēru paktam.",
                        "Ir skaidras pašvaldības saistības: emisiju samazinājums līdz "
                        "2030. gadam, noturība pret klimata pārmaiņām un sadarbība.",
                        "Plāna izstrādē ir iesaistītas visas attiecīgās pašvaldības "
                        "struktūrvienības, ne tikai viens speciālists.",
                        "Ir apzinātas ieinteresētās puses – iedzīvotāji, uzņēmumi, komunālo "
                        "pakalpojumu sniedzēji, NVO – un plānots, kā tās iesaistīt.",
                        "Ir skaidrs, kādas sadaļas jāietver SECAP un kādi dati būs vajadzīgi "
                        "bāzes emisiju uzskaitei un riska un ievainojamības novērtējumam.",
                    ],
                },
            ),
            ("text", SOURCE_LV),
            (
                "quiz",
                {
                    "heading": "Pārbaudiet savas zināšanas",
                    "questions": [
                        {
                            "question": (
                                "Kāds atjaunojamās enerģijas īpatsvara mērķis noteikts ES "
                                "klimata un enerģētikas politikā 2030. gadam?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "Vismaz 20 %", "correct": False},
                                {"text": "Vismaz 32 %", "correct": True},
                                {"text": "Vismaz 32,5 %", "correct": False},
                                {"text": "Vismaz 55 %", "correct": False},
                            ],
                            "explanation": (
                                "2030. gadam noteikts vismaz 32 % atjaunojamās enerģijas "
                                "īpatsvars. 32,5 % ir energoefektivitātes uzlabojuma mērķis, bet "
                                "55 % – paaugstinātais SEG emisiju samazināšanas mērķis."
                            ),
                        },
                        {
                            "question": ("Kas raksturo SECAP?"),
                            "multiple": True,
                            "options": [
                                {
                                    "text": "Tas ir politisks dokuments",
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Tas ir tehnisks dokuments – atsauce pasākumu "
                                        "īstenošanai un uzraudzībai"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Tas ir saziņas instruments ieinteresētajām pusēm",
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Tas aptver tikai emisiju samazināšanu, bet ne "
                                        "pielāgošanos klimata pārmaiņām"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "SECAP vienlaikus ir politisks dokuments, tehnisks dokuments un "
                                "saziņas instruments. Tas aptver gan klimata pārmaiņu "
                                "mazināšanu, gan pielāgošanos – tieši ar to SECAP atšķiras no "
                                "agrākā IERP."
                            ),
                        },
                        {
                            "question": "Kas ir pielāgošanās klimata pārmaiņām?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "SEG emisiju samazināšana, lai novērstu klimata "
                                        "pārmaiņu cēloņus"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Sagatavošanās klimata pārmaiņu ietekmei un noturības "
                                        "palielināšana"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Fosilā kurināmā aizstāšana ar atjaunojamiem "
                                        "energoresursiem"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Pielāgošanās mazina klimata pārmaiņu radīto kaitējumu, "
                                "piemēram, karstuma viļņu un plūdu ietekmi. Emisiju "
                                "samazināšana un fosilā kurināmā aizstāšana ir klimata pārmaiņu "
                                "mazināšanas pasākumi."
                            ),
                        },
                        {
                            "question": (
                                "Kuras no šīm ir Eiropas zaļā kursa pirmās klimata iniciatīvas?"
                            ),
                            "multiple": True,
                            "options": [
                                {"text": "Eiropas Klimata akts", "correct": True},
                                {"text": "Eiropas Klimata pakts", "correct": True},
                                {
                                    "text": "Jaunā ES pielāgošanās klimata pārmaiņām stratēģija",
                                    "correct": True,
                                },
                                {"text": "Pilsētu mēru pakta izveide", "correct": False},
                            ],
                            "explanation": (
                                "Pirmās zaļā kursa klimata iniciatīvas ir Eiropas Klimata akts, "
                                "Eiropas Klimata pakts, 2030. gada klimatiskā mērķrādītāja plāns "
                                "un jaunā pielāgošanās stratēģija. Pilsētu mēru pakts darbojas "
                                "jau kopš 2008. gada."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "en": {
        "title": "1.1 Introduction",
        "summary": (
            "Why municipalities need to plan for energy and climate: the EU 2030 and 2050 "
            "targets, the European Green Deal and the Covenant of Mayors. The lesson explains "
            "what a Sustainable Energy and Climate Action Plan (SECAP) is and which sections it "
            "contains."
        ),
        "body": [
            (
                "text",
                (
                    "<h2>The global perspective</h2>"
                    "<p>Climate change is a global problem, and the core of the solution is the "
                    "<strong>transition to a low-carbon economy</strong>. This means changing how "
                    "we produce, supply and use energy: less fossil fuel, more renewable energy "
                    "and more efficient use of energy in buildings, transport and production.</p>"
                    "<p>Municipalities play a special role in this transition. They own and use "
                    "buildings, street lighting and vehicles, they plan how their territory "
                    "develops, they organise heat supply and public transport, and they are the "
                    "level of government closest to citizens. European climate and energy "
                    "targets therefore cannot be met without local action.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "EU climate and energy targets for 2030",
                    "points": [
                        "At least 40% reduction in greenhouse gas (GHG) emissions compared with "
                        "1990 levels; under the European Green Deal this target has been raised "
                        "to at least 55%.",
                        "At least 32% share of renewable energy.",
                        "At least 32.5% improvement in energy efficiency.",
                        "These targets set the framework that both national and municipal energy "
                        "and climate plans must fit into.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>The EU decarbonisation pathway to 2050</h2>"
                    "<p>The EU Energy Roadmap 2050 sets out the long-term path towards a "
                    "carbon-free economy. Its main elements:</p>"
                    "<ul>"
                    "<li>an 85% cut in energy-sector emissions by 2050;</li>"
                    "<li>energy costs will rise until 2030 and decrease afterwards;</li>"
                    "<li>renewable energy sources (RES) will provide more than half of energy "
                    "consumption.</li>"
                    "</ul>"
                    "<p>The roadmap analyses five decarbonisation scenarios:</p>"
                    "<ol>"
                    "<li>high energy efficiency;</li>"
                    "<li>diversified supply technologies;</li>"
                    "<li>high share of renewable energy sources;</li>"
                    "<li>delayed carbon capture and storage (CCS);</li>"
                    "<li>low nuclear.</li>"
                    "</ol>"
                    "<p>In every scenario energy efficiency and renewable energy are decisive – "
                    "and these are exactly the fields where municipalities can do the most.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "The European Green Deal: first climate initiatives",
                    "points": [
                        "The European Climate Law, enshrining the 2050 climate neutrality "
                        "objective in EU legislation.",
                        "The European Climate Pact, engaging citizens and all parts of society "
                        "in climate action.",
                        "The 2030 Climate Target Plan, to reduce GHG emissions by at least 55% "
                        "by 2030.",
                        "The new EU Strategy on Adaptation to Climate Change, to make Europe a "
                        "climate-resilient society, fully adapted to the unavoidable impacts of "
                        "climate change, by 2050.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>The Covenant of Mayors</h2>"
                    "<p>The Covenant of Mayors is the world's largest city initiative for "
                    "climate and energy. It brings together thousands of local and regional "
                    "authorities that have <strong>voluntarily</strong> committed to "
                    "implementing climate and energy targets on their territory.</p>"
                    "<p>A municipality joins by a decision of its council (or equivalent "
                    "decision-making body). Since 2015, signatories commit to preparing, "
                    "implementing, monitoring and reporting on a Sustainable Energy and Climate "
                    "Action Plan (SECAP), which covers both emission reduction and adaptation to "
                    "climate change. Municipalities that already have a Sustainable Energy "
                    "Action Plan (SEAP) need to upgrade it to a SECAP: align it with the new "
                    "emission reduction targets and deadlines and add adaptation measures.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The Covenant of Mayors for Climate and Energy (CoM) is the mainstream "
                        "European voluntary movement involving local authorities in the "
                        "development and implementation of sustainable energy and climate "
                        "policies."
                    ),
                    "source": GUIDEBOOK_EN,
                },
            ),
            (
                "key_points",
                {
                    "heading": "The Covenant pillars: signatories' commitments",
                    "points": [
                        "Reduce CO₂ emissions on their territory by at least 40% by 2030; in "
                        "line with the raised EU target, the new target is at least 55%.",
                        "Increase resilience to the impacts of climate change.",
                        "Strengthen cooperation with other local and regional authorities in "
                        "the EU and beyond to improve access to secure, sustainable and "
                        "affordable energy.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "Climate change mitigation and adaptation to climate change",
                    "header": ["Aspect", "Mitigation", "Adaptation"],
                    "rows": [
                        [
                            "Aim",
                            "Tackle the causes of climate change – reduce GHG emissions",
                            "Reduce the damage caused by climate change and increase resilience",
                        ],
                        [
                            "Key question",
                            "How do we reduce energy use and emissions?",
                            "How do we prepare for heatwaves, floods, droughts and storms?",
                        ],
                        [
                            "Analytical basis",
                            "Baseline Emission Inventory (BEI)",
                            "Risk and Vulnerability Assessment (RVA)",
                        ],
                        [
                            "Examples of measures",
                            "Energy efficiency of buildings, renewable energy, sustainable "
                            "mobility",
                            "Trees and green areas against heat, permeable surfaces and "
                            "rainwater drainage against floods",
                        ],
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>What is a SECAP?</h2>"
                    "<p>A Sustainable Energy and Climate Action Plan (SECAP) is the "
                    "municipality's tool for delivering its climate and energy targets. It is "
                    "at the same time:</p>"
                    "<ul>"
                    "<li>a <strong>political document</strong> that demonstrates the "
                    "municipality's commitment;</li>"
                    "<li>a <strong>technical document</strong> – the reference for "
                    "implementing and monitoring actions;</li>"
                    "<li>a <strong>communication and promotion tool</strong> for "
                    "stakeholders.</li>"
                    "</ul>"
                    "<p>In essence, a SECAP is a descriptive document. It describes the current "
                    "situation (the baseline) in the municipality and sets out a strategy for "
                    "reaching energy and climate targets in the future (for example, cutting CO₂ "
                    "emissions by 55% by 2030). It also contains an implementation programme: a "
                    "set of measures to reduce the municipality's GHG emissions by a given "
                    "amount by a given date, and a set of measures that improve the "
                    "municipality's resilience and adaptation to climate change.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "SECAP sections",
                    "points": [
                        "Strategy (including the vision and targets).",
                        "Baseline Emission Inventory (BEI).",
                        "Climate Change Risk and Vulnerability Assessment (RVA).",
                        "Mitigation and adaptation actions and measures up to 2030 (the action "
                        "plan).",
                        "Energy poverty.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "SECAP content",
                    "header": ["Section", "Content"],
                    "rows": [
                        [
                            "Strategy",
                            "The overall strategy, figures on the allocated staff and financial "
                            "capacity, and the barriers identified to implementing (previous) "
                            "actions.",
                        ],
                        [
                            "GHG emission inventory",
                            "Final energy consumption and the related GHG emissions by energy "
                            "carrier and by sector in the monitoring year, calculated with "
                            "established methodologies. Emissions are reported for at least "
                            "three main sectors: stationary energy, transport and waste.",
                        ],
                        [
                            "Target setting",
                            "The city-wide emission reduction targets defined.",
                        ],
                        [
                            "Risk and vulnerability assessment",
                            "The information gathered so far on climate vulnerabilities, "
                            "hazards and impacts, each broken down by sector.",
                        ],
                        [
                            "Progress report: mitigation and adaptation actions",
                            "The implementation status of the main mitigation and adaptation "
                            "actions, including an optional adaptation scoreboard for "
                            "self-assessment.",
                        ],
                        [
                            "Energy poverty plan",
                            "A plan on energy poverty or energy access (not mandatory at the "
                            "time the source was prepared).",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "From vision to strategy to implementation",
                    "text": (
                        "<p>The logic of a SECAP is simple: first the municipality agrees on a "
                        "vision – how it wants its territory to look in the future – then it "
                        "develops a strategy with targets and actions, and finally it implements "
                        "and monitors them. A plan that stays on paper does not reach its "
                        "targets, so the SECAP has to become part of the municipality's everyday "
                        "work.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "heading": "Before you start: checking your municipality's readiness",
                    "items": [
                        "The council (or equivalent decision-making body) has decided to join "
                        "the Covenant of Mayors.",
                        "The municipality's commitments are clear: emission reduction by 2030, "
                        "resilience to climate change and cooperation.",
                        "All relevant municipal departments are involved in preparing the plan, "
                        "not just one specialist.",
                        "Stakeholders – citizens, businesses, utilities, NGOs – have been "
                        "identified and there is a plan for involving them.",
                        "It is clear which sections the SECAP must contain and which data will "
                        "be needed for the baseline emission inventory and the risk and "
                        "vulnerability assessment.",
                    ],
                },
            ),
            ("text", SOURCE_EN),
            (
                "quiz",
                {
                    "heading": "Check your knowledge",
                    "questions": [
                        {
                            "question": (
                                "What renewable energy share target does EU climate and energy "
                                "policy set for 2030?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "At least 20%", "correct": False},
                                {"text": "At least 32%", "correct": True},
                                {"text": "At least 32.5%", "correct": False},
                                {"text": "At least 55%", "correct": False},
                            ],
                            "explanation": (
                                "The 2030 target is a renewable energy share of at least 32%. "
                                "32.5% is the energy efficiency improvement target, and 55% is "
                                "the raised GHG emission reduction target."
                            ),
                        },
                        {
                            "question": "What describes a SECAP?",
                            "multiple": True,
                            "options": [
                                {
                                    "text": "It is a political document",
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "It is a technical document – the reference for "
                                        "implementing and monitoring actions"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "It is a communication tool for stakeholders",
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "It covers only emission reduction, not adaptation to "
                                        "climate change"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "A SECAP is at the same time a political document, a technical "
                                "document and a communication tool. It covers both climate "
                                "change mitigation and adaptation – this is exactly what "
                                "distinguishes a SECAP from the earlier SEAP."
                            ),
                        },
                        {
                            "question": "What is adaptation to climate change?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Reducing GHG emissions to tackle the causes of climate "
                                        "change"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Preparing for the impacts of climate change and "
                                        "increasing resilience"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Replacing fossil fuels with renewable energy",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Adaptation reduces the damage caused by climate change, such as "
                                "the impacts of heatwaves and floods. Reducing emissions and "
                                "replacing fossil fuels are climate change mitigation measures."
                            ),
                        },
                        {
                            "question": (
                                "Which of these are first climate initiatives of the European "
                                "Green Deal?"
                            ),
                            "multiple": True,
                            "options": [
                                {"text": "The European Climate Law", "correct": True},
                                {"text": "The European Climate Pact", "correct": True},
                                {
                                    "text": "The new EU Strategy on Adaptation to Climate Change",
                                    "correct": True,
                                },
                                {
                                    "text": "The founding of the Covenant of Mayors",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "The first Green Deal climate initiatives are the European "
                                "Climate Law, the European Climate Pact, the 2030 Climate Target "
                                "Plan and the new adaptation strategy. The Covenant of Mayors "
                                "has been running since 2008."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}


# --------------------------------------------------------------------------------------------
# 1.2 Planning and implementation process
# --------------------------------------------------------------------------------------------

lesson_1_2 = {
    "slug": "planning-and-implementation",
    "minutes": 35,
    "steps": [4, 5, 6, 7, 8, 9, 10],
    "sectors": [
        "governance",
        "municipal-buildings",
        "residential-buildings",
        "transport",
        "local-energy-production",
        "adaptation",
    ],
    "lv": {
        "title": "1.2. Plānošanas un ieviešanas process",
        "summary": (
            "SECAP izstrāde un īstenošana desmit soļos – no politiskām saistībām līdz "
            "monitoringam. Nodarbībā aplūkota vīzija, bāzes emisiju uzskaite, riska un "
            "ievainojamības novērtējums, SMART mērķi, rīcības plāns un veiksmīga plāna "
            "galvenie elementi."
        ),
        "body": [
            (
                "text",
                (
                    "<h2>Process četros posmos</h2>"
                    "<p>SECAP izstrāde nav vienreizējs darbs, bet cikls, kas sākas ar politisku "
                    "lēmumu un turpinās ar regulāru uzraudzību un plāna pārskatīšanu. Process "
                    "sastāv no desmit soļiem četros posmos: <strong>iniciācija</strong> "
                    "(1.–3. solis), <strong>plānošana</strong> (4.–7. solis), "
                    "<strong>ieviešana</strong> (8. solis) un <strong>monitorings un "
                    "ziņošana</strong> (9.–10. solis).</p>"
                    "<h2>Laika horizonts – 2030. gads</h2>"
                    "<p>Pilsētu mēru pakta laika horizonts ir 2030. gads. Tāpēc SECAP jāietver "
                    "skaidrs stratēģisko pasākumu izklāsts, ko pašvaldība plāno veikt, lai līdz "
                    "2030. gadam izpildītu savas saistības. Plāns var aptvert arī ilgāku "
                    "periodu, taču tad tajā jānorāda starpposma vērtības un mērķi 2030. gadam. "
                    "SECAP apvieno divus plānošanas līmeņus:</p>"
                    "<ul>"
                    "<li>vīziju ar ilgtermiņa stratēģiju un mērķiem līdz 2030. gadam un/vai "
                    "pēc tam, ieskaitot apņemšanos;</li>"
                    "<li>detalizētus pasākumus nākamajiem 3–5 gadiem, kas ilgtermiņa stratēģiju "
                    "un mērķus pārvērš reālā rīcībā.</li>"
                    "</ul>"
                ),
            ),
            (
                "table",
                {
                    "caption": "SECAP process: 10 soļi četros posmos",
                    "header": ["Posms", "Solis", "Galvenais jautājums"],
                    "rows": [
                        [
                            "Iniciācija",
                            "1. solis: politiskās saistības un pakta parakstīšana",
                            "Vai pašvaldības vadība ir oficiāli uzņēmusies saistības?",
                        ],
                        [
                            "Iniciācija",
                            "2. solis: visu iesaistīto pašvaldības struktūrvienību mobilizēšana",
                            "Kuras struktūrvienības būs atbildīgas un kā tās sadarbosies?",
                        ],
                        [
                            "Iniciācija",
                            "3. solis: ieinteresēto pušu atbalsta veidošana",
                            "Kas jāiesaista, lai plāns gūtu atbalstu?",
                        ],
                        [
                            "Plānošana",
                            "4. solis: esošās situācijas novērtējums",
                            "Kur mēs esam?",
                        ],
                        [
                            "Plānošana",
                            "5. solis: vīzijas izveide",
                            "Kurp mēs vēlamies doties?",
                        ],
                        [
                            "Plānošana",
                            "6. solis: plāna izstrāde",
                            "Kā mēs tur nokļūsim?",
                        ],
                        [
                            "Plānošana",
                            "7. solis: plāna apstiprināšana un iesniegšana",
                            "Vai dome ir apstiprinājusi plānu un vai tas ir iesniegts?",
                        ],
                        [
                            "Ieviešana",
                            "8. solis: pasākumu īstenošana",
                            "Vai pasākumi tiek īstenoti, kā plānots?",
                        ],
                        [
                            "Monitorings un ziņošana",
                            "9. solis: monitorings",
                            "Kāds ir progress mērķu sasniegšanā?",
                        ],
                        [
                            "Monitorings un ziņošana",
                            "10. solis: ziņošana, īstenošanas ziņojuma iesniegšana un plāna "
                            "pārskatīšana",
                            "Kas jāmaina, lai mērķus sasniegtu?",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "Kopīgs SECAP vairākām pašvaldībām",
                    "text": (
                        "<p>Pilsētu mēru pakta parakstītāju grupa var izstrādāt vienu kopīgu "
                        "SECAP. Ir divas iespējas:</p>"
                        "<ol>"
                        "<li><strong>1. iespēja:</strong> divas vai vairākas pašvaldības "
                        "īsteno vienu vai vairākus kopīgus pasākumus, bet katra individuāli "
                        "apņemas sasniegt 2030. gada mērķi. Tās var iesniegt vienu SECAP "
                        "dokumentu, ko apstiprina katras pašvaldības dome (vai līdzvērtīga "
                        "lēmējinstitūcija).</li>"
                        "<li><strong>2. iespēja:</strong> mazu un vidēju pašvaldību grupa vai "
                        "pilsētu aglomerācija, piemēram, pilsēta ar tās apkārtnes "
                        "pašvaldībām, reģistrējas kā viens parakstītājs un iesniedz tikai vienu "
                        "SECAP dokumentu, ko apstiprina katras pašvaldības dome.</li>"
                        "</ol>"
                    ),
                },
            ),
            (
                "key_points",
                {
                    "heading": "Vīzijas izstrāde",
                    "points": [
                        "Ilgtspējīgas nākotnes vīzija ir pašvaldības SECAP darba vadmotīvs.",
                        "Vīzijai jābūt saderīgai ar Pilsētu mēru pakta saistībām: tai jāparedz, "
                        "ka līdz 2030. gadam tiks sasniegts vismaz 40 % (jaunais mērķis – 55 %) "
                        "SEG emisiju samazinājums un pašvaldība pakāpeniski kļūs noturīgāka un "
                        "labāk pielāgota klimata pārmaiņu ietekmei.",
                        "Vīzijai jābūt reālistiskai, tomēr vērienīgai; tai jātiecas uz "
                        "attīstības scenārijiem, kas pārsniedz ierasto praksi.",
                        "Scenāriji ir pamats ilgtermiņa lēmumiem: tie ļauj nākotnes plānus ņemt "
                        "vērā jau šodienas lēmumos, salīdzināt dažādu attīstības scenāriju "
                        "politikas mērķus un rast optimālo risinājumu.",
                        "Tipisks process: izveido vīzijas komandu, nosaka iespējamos ieejas "
                        "punktus, balstoties uz bāzes analīzi, izstrādā enerģētikas scenārijus "
                        "un prognozes, pārbauda tos ar galvenajām ieinteresēto pušu grupām un "
                        "panāk vienprātību.",
                        "Vīzijas izstrādē iesaista pašvaldības lēmumu pieņēmējus, komunālo "
                        "pakalpojumu sniedzējus, lielos enerģijas ražotājus un patērētājus, "
                        "ekspertus un NVO.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Vīziju piemēri",
                    "text": (
                        "<ul>"
                        "<li><strong>Vekše (Zviedrija):</strong> „Vīzija ir tāda, ka Vekše kļūs "
                        "par pilsētu, kurā ir viegli un izdevīgi dzīvot labu dzīvi bez fosilā "
                        "kurināmā.”</li>"
                        "<li><strong>Lozanna (Šveice):</strong> „Mūsu 2050. gada vīzija ir par "
                        "50 % samazināt CO₂ emisijas pilsētas teritorijā.”</li>"
                        "<li><strong>Tenerife (Spānija):</strong> Sankristobalas de Lalagunas "
                        "pašvaldības iedzīvotāju fokusa grupā izskanēja pielāgošanās vīzija: "
                        "vairāk koku un zaļo zonu, kas karstuma viļņu laikā atvēsina gaisu un "
                        "uzsūc lietusūdeni, mazinot plūdu risku. Vienlaikus iedzīvotāji "
                        "norādīja uz nepareizas pielāgošanās risku: ja enerģijas ražošana "
                        "nemainīsies, gaisa kondicionēšana karstumā ievērojami palielinās "
                        "spēkstaciju radīto piesārņojumu.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "text",
                (
                    "<h2>Esošās situācijas novērtējums: BEI un RVA</h2>"
                    "<p>SECAP pamatā ir divi analītiski elementi:</p>"
                    "<ul>"
                    "<li><strong>Bāzes emisiju uzskaite (BEI)</strong> parāda enerģijas "
                    "galapatēriņu un ar to saistītās CO₂ emisijas pa enerģijas nesējiem un "
                    "nozarēm bāzes gadā. Uz tās pamata nosaka klimata pārmaiņu mazināšanas "
                    "pasākumu kopumu.</li>"
                    "<li><strong>Klimata pārmaiņu riska un ievainojamības novērtējums "
                    "(RVA)</strong> nosaka riska veidu un apjomu: analizē iespējamos "
                    "apdraudējumus un novērtē ievainojamību, kas var radīt kaitējumu cilvēkiem, "
                    "īpašumam, iztikas līdzekļiem un videi, no kuras tie ir atkarīgi. Eiropas "
                    "pilsētas ir ļoti ievainojamas – karstums, plūdi, ūdens trūkums un sausums "
                    "ietekmē veselību, infrastruktūru, vietējo ekonomiku un dzīves kvalitāti. "
                    "Uz RVA pamata izstrādā pielāgošanās pasākumus.</li>"
                    "</ul>"
                    "<p>Visaptverošai bāzes līnijai jānoskaidro: kāds ir enerģijas ražošanas un "
                    "patēriņa stāvoklis; kādas ir CO₂ (ekvivalenta) emisijas; kāpēc gala "
                    "lietotāji izmanto enerģiju tieši tā (pieprasījuma virzītājspēki); kas "
                    "kavē attīstību (šķēršļi) un kādas ir politikas iespējas un to iespējamā "
                    "ietekme. Datu apkopošanai un pārskatīšanai jāparedz atbilstoši resursi.</p>"
                    "<p>Lai SECAP atbilstu pakta prasībām, BEI jāaptver vismaz trīs no četrām "
                    "galvenajām nozarēm (pašvaldības ēkas un iekārtas, terciārā sektora ēkas, "
                    "dzīvojamās ēkas un transports), bet pasākumu sarakstam jāaptver vismaz "
                    "pašvaldības sektors un viena vai vairākas citas galvenās nozares.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "SMART mērķi",
                    "points": [
                        "Konkrēts (Specific): ko tieši cenšamies panākt un kāpēc tas ir "
                        "svarīgi? Kurš ko darīs, kad un kā?",
                        "Izmērāms (Measurable): kā uzzināsim, ka mērķis ir sasniegts? Ko un kā "
                        "mērīsim – kWh, laiku, naudu, procentus?",
                        "Sasniedzams (Achievable): vai to iespējams paveikt noteiktajā termiņā? "
                        "Vai saprotam ierobežojumus un riskus? Vai tas kādam jau ir izdevies?",
                        "Reālistisks (Realistic): vai mums ir vajadzīgie resursi? Ja nav, vai "
                        "varam tos piesaistīt vai jāmaina laika, budžeta un cilvēkresursu "
                        "prioritātes?",
                        "Ar noteiktu termiņu (Time-bound): kad mērķis tiks sasniegts? Vai "
                        "termiņš ir nepārprotams, sasniedzams un reāls?",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Rīcības plāns</h2>"
                    "<p>Rīcības plānu izstrādā, balstoties uz kopīgo vīziju, datu analīzi un "
                    "ekspertu vērtējumu, plaši iesaistot ieinteresētās puses. Tas ir ieviešanas "
                    "plāns ar konkrētu pasākumu kopumu, kas vērsts uz izvirzīto mērķu "
                    "sasniegšanu, un tam jāsaskan ar sākotnēji noteikto vīziju. Rīcības plānu "
                    "izstrādā četros soļos:</p>"
                    "<ol>"
                    "<li>izvēlas nozares, kurās veikt uzlabojumus, balstoties uz BEI "
                    "rezultātiem un reālajām pasākumu īstenošanas iespējām;</li>"
                    "<li>nosaka mērķi;</li>"
                    "<li>katrā nozarē izstrādā pasākumus, kas ļaus mērķi sasniegt;</li>"
                    "<li>nosaka atbildību un monitoringa prasības, t. sk. rādītājus.</li>"
                    "</ol>"
                    "<p>Būtiskās rīcības plāna sastāvdaļas ir konkrēti mazināšanas un "
                    "pielāgošanās pasākumi un to prioritātes, SMART mērķi un mērķa rādītāji, "
                    "darba grupa ar noteiktiem pienākumiem un atbildību, pietiekams laiks "
                    "īstenošanai un uzraudzībai, kā arī budžeta plāns un finansējuma avotu "
                    "apraksts. Plānā ieteicams integrēt arī saistītās jomas – vides "
                    "aizsardzību, dabas resursu apsaimniekošanu, mobilitāti un satiksmi, "
                    "skaidrošanu un komunikāciju –, ievērojot politiskās apņemšanās, finanšu "
                    "ilgtspējas un sociālās saskaņotības principus. Plāna kopsavilkums "
                    "jāiesniedz Pilsētu mēru paktam.</p>"
                ),
            ),
            (
                "action_plan",
                {
                    "heading": "Rīcības plāna piemēri",
                    "rows": [
                        {
                            "action": (
                                "Ēku atjaunošanas programma: ēku novērtēšana, uzlabots projekts, "
                                "iepirkuma izsludināšana, līguma slēgšana un īstenošana"
                            ),
                            "responsible": "Pašvaldības namu apsaimniekošanas iestāde",
                            "timeframe": "2017–2022",
                            "financing": (
                                "Pašvaldības budžets, valsts dotācija un privātie līdzekļi"
                            ),
                            "indicators": (
                                "Siltumenerģijas ietaupījums (MWh), elektroenerģijas "
                                "ietaupījums (MWh), CO₂ emisiju samazinājums (t)"
                            ),
                        },
                        {
                            "action": (
                                "Elektroenerģijas ietaupījums mājsaimniecībās: enerģijas "
                                "patēriņa mērītāju izsniegšana, energoefektīvu ierīču "
                                "popularizēšana, konkursa rīkošana"
                            ),
                            "responsible": (
                                "Vietējais komunālo pakalpojumu uzņēmums un NVO ar pašvaldības "
                                "atbalstu"
                            ),
                            "timeframe": "2020–2025",
                            "financing": "Pašvaldības budžets un komunālo maksājumu ieņēmumi",
                            "indicators": (
                                "Elektroenerģijas ietaupījums (MWh), CO₂ emisiju samazinājums (t)"
                            ),
                        },
                        {
                            "action": (
                                "Ieguldījumi atjaunojamajā enerģijā: bioenerģijas resursu "
                                "novērtējums, piegādes ķēžu attīstība kopā ar vietējiem "
                                "lauksaimniekiem, izmēģinājuma iekārtu uzstādīšana, programma "
                                "vienģimenes mājām un maziem uzņēmumiem"
                            ),
                            "responsible": (
                                "Biomasas asociācija, lauksaimniecības kamera, pašvaldība un NVO"
                            ),
                            "timeframe": "2018–2030",
                            "financing": (
                                "Valsts dotācijas, vietējās kameras līdzekļi, aizdevumi ar "
                                "atvieglotiem nosacījumiem"
                            ),
                            "indicators": (
                                "Īstenoto projektu skaits, uzstādītā jaunā jauda (MW), reģionā "
                                "saražotā atjaunojamā siltumenerģija (MWh)"
                            ),
                        },
                    ],
                },
            ),
            (
                "key_points",
                {
                    "heading": "Vērienīgākie emisiju samazināšanas pasākumi, kas jāapsver",
                    "points": [
                        "Ēku dziļā renovācija, arī līdz pozitīvas enerģijas bilances līmenim.",
                        "Vadības sistēmu optimizācija un/vai automatizācija.",
                        "Pilsētas rajonu integrācija viedajos tīklos.",
                        "Ilgtspējīga siltumapgāde un dzesēšana.",
                        "Sistemātiska gājēju zonu paplašināšana un veloceliņu izbūve.",
                        "Plaša elektrotransportlīdzekļu uzlādes infrastruktūra.",
                        "Inovatīva mežu un lauksaimniecības zemes izmantošanas plānošana "
                        "oglekļa piesaistei.",
                        "Biogāzes ražošana no atkritumiem un notekūdeņu attīrīšanas iekārtās.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Īstenošana un monitorings</h2>"
                    "<p>Ieviešanas posmā (8. solis) plāns pārtop darbos. Veiksmi stiprina šādi "
                    "faktori:</p>"
                    "<ul>"
                    "<li>sākt īstenošanu pēc iespējas ātrāk, izmantojot sākotnējo "
                    "entuziasmu;</li>"
                    "<li>skaidrot enerģijas ietaupījuma un AER izmantošanas ieguvumus – gan "
                    "finansiālos, gan reģionālajai ekonomikai;</li>"
                    "<li>regulāri informēt mērķgrupas un dalībniekus par progresu un "
                    "rezultātiem;</li>"
                    "<li>ļaut cilvēkiem identificēties ar tēmu – „tas ir mūsu projekts”;</li>"
                    "<li>plānot regulāras sanāksmes ar ieinteresētajām pusēm;</li>"
                    "<li>sekot atsevišķu projektu efektivitātei un reālajiem ietaupījumiem.</li>"
                    "</ul>"
                    "<p>Monitorings (9. solis) un ziņošana (10. solis) ļauj novērtēt rīcības "
                    "plāna īstenošanas progresu un laikus koriģēt plānu. Par monitoringu "
                    "jādomā jau plānošanas laikā – tas ir burts „M” akronīmā SMART, un tam "
                    "jāparedz papildu resursi. Sasniegtos ieguvumus ir vērts apzināt un par "
                    "tiem skaļi runāt.</p>"
                    "<p>Veiksmīgam SECAP vajadzīga ilgtermiņa politiskā apņemšanās, atbilstoši "
                    "finanšu resursi, pareiza SEG emisiju uzskaite, laba pārvaldība ieviešanas "
                    "laikā un darbinieki ar atbilstošām prasmēm (vajadzības gadījumā – "
                    "apmācīti). SECAP jāintegrē pašvaldības ikdienas vadības procesos: tam "
                    "jākļūst par organizācijas kultūras sastāvdaļu, nevis vēl vienu glītu "
                    "dokumentu.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Ja tu nevari to izmērīt, tu nevari to uzlabot.",
                    "source": "Pīters Drukers",
                },
            ),
            (
                "checklist",
                {
                    "heading": "10 galvenie elementi, kas jāpatur prātā, gatavojot SECAP",
                    "items": [
                        "Plāna oficiāla pieņemšana pašvaldības domē (vai līdzvērtīgā "
                        "lēmējinstitūcijā).",
                        "Skaidri definēts(-i) mazināšanas un pielāgošanās mērķis(-i).",
                        "Pareizs vietējās situācijas novērtējums, kas balstīts bāzes emisiju "
                        "uzskaitē un klimata pārmaiņu riska un ievainojamības novērtējumā.",
                        "Visaptveroši pasākumi galvenajās nozarēs, kas noteiktas parakstītāja "
                        "novērtējumos.",
                        "Stratēģija un pasākumi līdz 2030. gadam.",
                        "Visu iesaistīto pašvaldības struktūrvienību mobilizēšana.",
                        "Iedzīvotāju un ieinteresēto pušu iesaiste.",
                        "Finansējums.",
                        "Monitorings un ziņošana.",
                        "SECAP iesniegšana un veidnes aizpildīšana.",
                    ],
                },
            ),
            ("text", SOURCE_LV),
            (
                "quiz",
                {
                    "heading": "Pārbaudiet savas zināšanas",
                    "questions": [
                        {
                            "question": "Kuram posmam pieder 5. solis – vīzijas izveide?",
                            "multiple": False,
                            "options": [
                                {"text": "Iniciācija", "correct": False},
                                {"text": "Plānošana", "correct": True},
                                {"text": "Ieviešana", "correct": False},
                                {"text": "Monitorings un ziņošana", "correct": False},
                            ],
                            "explanation": (
                                "Plānošanas posmā ietilpst 4.–7. solis: esošās situācijas "
                                "novērtējums, vīzijas izveide, plāna izstrāde un plāna "
                                "apstiprināšana un iesniegšana."
                            ),
                        },
                        {
                            "question": ("Kas jāietver SECAP, lai tas atbilstu pakta prasībām?"),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "BEI, kas aptver vismaz trīs no četrām galvenajām nozarēm"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Pasākumi, kas aptver vismaz pašvaldības sektoru un "
                                        "vienu vai vairākas citas galvenās nozares"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Pasākumi tikai pašvaldības ēkām",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "BEI jāaptver vismaz trīs no četrām galvenajām nozarēm, bet "
                                "pasākumiem – vismaz pašvaldības sektors un vēl viena vai "
                                "vairākas galvenās nozares. Ar pasākumiem tikai pašvaldības ēkām "
                                "nepietiek."
                            ),
                        },
                        {
                            "question": "Ko nozīmē burts „M” akronīmā SMART?",
                            "multiple": False,
                            "options": [
                                {"text": "Izmērāms (Measurable)", "correct": True},
                                {"text": "Motivējošs (Motivating)", "correct": False},
                                {"text": "Pārvaldāms (Manageable)", "correct": False},
                                {"text": "Mūsdienīgs (Modern)", "correct": False},
                            ],
                            "explanation": (
                                "SMART mērķis ir konkrēts, izmērāms, sasniedzams, reālistisks "
                                "un ar noteiktu termiņu. Izmērāmība ir monitoringa pamats: bez "
                                "tās nevar novērtēt progresu."
                            ),
                        },
                        {
                            "question": (
                                "Kuri no šiem ir starp 10 galvenajiem elementiem, kas jāpatur "
                                "prātā, gatavojot SECAP?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": "Plāna oficiāla pieņemšana pašvaldības domē",
                                    "correct": True,
                                },
                                {"text": "Finansējums", "correct": True},
                                {"text": "Monitorings un ziņošana", "correct": True},
                                {
                                    "text": (
                                        "Plāna izstrāde bez iedzīvotāju iesaistes, lai to "
                                        "paātrinātu"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Oficiāla pieņemšana domē, finansējums un monitorings un "
                                "ziņošana ir starp 10 galvenajiem elementiem. Iedzīvotāju un "
                                "ieinteresēto pušu iesaiste arī ir viens no tiem, tāpēc plānu "
                                "nevajadzētu izstrādāt bez tās."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "en": {
        "title": "1.2 Planning and implementation process",
        "summary": (
            "Developing and implementing a SECAP in ten steps, from political commitment to "
            "monitoring. The lesson covers the vision, the baseline emission inventory, the risk "
            "and vulnerability assessment, SMART goals, the action plan and the key elements of "
            "a successful plan."
        ),
        "body": [
            (
                "text",
                (
                    "<h2>A process in four phases</h2>"
                    "<p>Developing a SECAP is not a one-off task but a cycle that starts with a "
                    "political decision and continues with regular monitoring and review of the "
                    "plan. The process has ten steps in four phases: <strong>initiation</strong> "
                    "(steps 1–3), <strong>planning</strong> (steps 4–7), "
                    "<strong>implementation</strong> (step 8) and <strong>monitoring and "
                    "reporting</strong> (steps 9–10).</p>"
                    "<h2>Time horizon – 2030</h2>"
                    "<p>The time horizon of the Covenant of Mayors is 2030. The SECAP must "
                    "therefore include a clear outline of the strategic actions the local "
                    "authority intends to take to meet its commitments by 2030. The plan may "
                    "cover a longer period, but in that case it must include intermediate "
                    "values and targets for 2030. A SECAP combines two levels of planning:</p>"
                    "<ul>"
                    "<li>a vision with a long-term strategy and targets up to 2030 and/or "
                    "beyond, including commitments;</li>"
                    "<li>detailed measures for the next 3–5 years that turn the long-term "
                    "strategy and targets into real action.</li>"
                    "</ul>"
                ),
            ),
            (
                "table",
                {
                    "caption": "The SECAP process: 10 steps in four phases",
                    "header": ["Phase", "Step", "Key question"],
                    "rows": [
                        [
                            "Initiation",
                            "Step 1: political commitment and signing the Covenant",
                            "Has the municipal leadership formally committed?",
                        ],
                        [
                            "Initiation",
                            "Step 2: mobilising all relevant municipal departments",
                            "Which departments will be responsible and how will they cooperate?",
                        ],
                        [
                            "Initiation",
                            "Step 3: building support from stakeholders",
                            "Who must be involved for the plan to gain support?",
                        ],
                        [
                            "Planning",
                            "Step 4: assessing the current situation",
                            "Where are we?",
                        ],
                        [
                            "Planning",
                            "Step 5: establishing the vision",
                            "Where do we want to go?",
                        ],
                        [
                            "Planning",
                            "Step 6: developing the plan",
                            "How do we get there?",
                        ],
                        [
                            "Planning",
                            "Step 7: approving and submitting the plan",
                            "Has the council approved the plan and has it been submitted?",
                        ],
                        [
                            "Implementation",
                            "Step 8: implementing the actions",
                            "Are the actions being carried out as planned?",
                        ],
                        [
                            "Monitoring and reporting",
                            "Step 9: monitoring",
                            "What progress is being made towards the targets?",
                        ],
                        [
                            "Monitoring and reporting",
                            "Step 10: reporting, submitting the implementation report and "
                            "reviewing the plan",
                            "What has to change to reach the targets?",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "A joint SECAP for several municipalities",
                    "text": (
                        "<p>A group of Covenant signatories can develop a single joint SECAP. "
                        "There are two options:</p>"
                        "<ol>"
                        "<li><strong>Option 1:</strong> two or more municipalities carry out "
                        "one or more actions together, but each remains individually committed "
                        "to the 2030 target. They may submit one SECAP document, approved by "
                        "the council (or equivalent decision-making body) of each "
                        "municipality.</li>"
                        "<li><strong>Option 2:</strong> a group of small and medium-sized "
                        "municipalities or an urban agglomeration, for example a city with its "
                        "surrounding municipalities, registers as a single signatory and "
                        "submits only one SECAP document, approved by the council of each "
                        "municipality.</li>"
                        "</ol>"
                    ),
                },
            ),
            (
                "key_points",
                {
                    "heading": "Developing the vision",
                    "points": [
                        "The vision of a sustainable future is the guiding principle of the "
                        "municipality's SECAP work.",
                        "The vision must be compatible with the Covenant of Mayors "
                        "commitments: it should foresee that a GHG emission reduction of at "
                        "least 40% (the new target: 55%) is reached by 2030 and that the "
                        "municipality gradually becomes more resilient and better adapted to "
                        "the impacts of climate change.",
                        "The vision should be realistic yet ambitious, aiming at development "
                        "scenarios beyond business as usual.",
                        "Scenarios are a basis for long-term decisions: they bring future plans "
                        "into today's decisions, make it possible to compare the policy goals "
                        "of different development scenarios and help find the optimal "
                        "solution.",
                        "A typical process: set up a vision team, define possible entry points "
                        "based on the baseline analysis, develop energy scenarios and "
                        "projections, test them with the key stakeholder groups and reach "
                        "consensus.",
                        "Municipal decision-makers, utilities, large energy producers and "
                        "consumers, experts and NGOs are involved in developing the vision.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Examples of visions",
                    "text": (
                        "<ul>"
                        "<li><strong>Växjö (Sweden):</strong> “The vision is that Växjö will "
                        "become a city where it is easy and advantageous to live a good life "
                        "without fossil fuels.”</li>"
                        "<li><strong>Lausanne (Switzerland):</strong> “Our 2050 vision is to "
                        "reduce CO₂ emissions in the city's territory by 50%.”</li>"
                        "<li><strong>Tenerife (Spain):</strong> a focus group of residents in "
                        "the municipality of San Cristóbal de La Laguna described an adaptation "
                        "vision: more trees and green areas that cool the air during heatwaves "
                        "and absorb rainwater, reducing the risk of flooding. At the same time, "
                        "residents pointed to the risk of maladaptation: unless energy "
                        "production changes, switching on air conditioning in hot weather will "
                        "greatly increase pollution from power plants.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "text",
                (
                    "<h2>Assessing the current situation: BEI and RVA</h2>"
                    "<p>A SECAP rests on two analytical elements:</p>"
                    "<ul>"
                    "<li>The <strong>Baseline Emission Inventory (BEI)</strong> shows final "
                    "energy consumption and the related CO₂ emissions by energy carrier and by "
                    "sector in the baseline year. It is the basis for defining the set of "
                    "climate change mitigation actions.</li>"
                    "<li>The <strong>Climate Change Risk and Vulnerability Assessment "
                    "(RVA)</strong> determines the nature and extent of risk: it analyses "
                    "potential hazards and assesses the vulnerability that could harm people, "
                    "property, livelihoods and the environment on which they depend. European "
                    "cities are highly vulnerable – heat, floods, water scarcity and drought "
                    "affect health, infrastructure, local economies and quality of life. "
                    "Adaptation actions are developed on the basis of the RVA.</li>"
                    "</ul>"
                    "<p>A comprehensive baseline needs to establish: the state of energy "
                    "production and consumption; the CO₂ (equivalent) emissions; why end users "
                    "use energy the way they do (the drivers of demand); what is holding "
                    "progress back (the barriers); and what policy options exist and what "
                    "their impact could be. Adequate resources must be set aside for collecting "
                    "and reviewing the data.</p>"
                    "<p>For a SECAP to meet the Covenant requirements, the BEI must cover at "
                    "least three of the four key sectors (municipal buildings and facilities, "
                    "tertiary buildings, residential buildings and transport), and the list of "
                    "actions must cover at least the municipal sector and one or more of the "
                    "other key sectors.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "SMART goals",
                    "points": [
                        "Specific: what exactly are we trying to achieve and why does it "
                        "matter? Who will do what, when and how?",
                        "Measurable: how will we know the goal has been reached? What will we "
                        "measure and how – kWh, time, money, percentages?",
                        "Achievable: can it be done within the set deadline? Do we understand "
                        "the constraints and risks? Has anyone done it successfully before?",
                        "Realistic: do we have the resources we need? If not, can we secure "
                        "them, or do we need to reprioritise time, budget and staff?",
                        "Time-bound: when will the goal be reached? Is the deadline "
                        "unambiguous, achievable and realistic?",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>The action plan</h2>"
                    "<p>The action plan is developed on the basis of the shared vision, data "
                    "analysis and expert judgement, with broad stakeholder involvement. It is an "
                    "implementation plan with a defined set of actions aimed at reaching the "
                    "targets set, and it must be consistent with the vision defined at the "
                    "start. The action plan is developed in four steps:</p>"
                    "<ol>"
                    "<li>select the sectors for improvement, based on the BEI results and on "
                    "what can realistically be implemented;</li>"
                    "<li>set the target;</li>"
                    "<li>develop actions in each sector that will make it possible to reach "
                    "the target;</li>"
                    "<li>define responsibilities and monitoring requirements, including "
                    "indicators.</li>"
                    "</ol>"
                    "<p>The essential components of an action plan are concrete mitigation and "
                    "adaptation actions and their priorities, SMART goals and target "
                    "indicators, a working group with defined duties and responsibilities, "
                    "enough time for implementation and monitoring, and a budget plan with a "
                    "description of funding sources. The plan should also integrate related "
                    "fields – environmental protection, natural resource management, mobility "
                    "and traffic, awareness-raising and communication – following the "
                    "principles of political commitment, financial sustainability and social "
                    "cohesion. A summary of the plan must be submitted to the Covenant of "
                    "Mayors.</p>"
                ),
            ),
            (
                "action_plan",
                {
                    "heading": "Action plan examples",
                    "rows": [
                        {
                            "action": (
                                "Building renovation programme: assessment of buildings, "
                                "improved design, call for tenders, contract award and "
                                "implementation"
                            ),
                            "responsible": "Municipal housing management agency",
                            "timeframe": "2017–2022",
                            "financing": "Municipal budget, state grant and private funds",
                            "indicators": (
                                "Heat savings (MWh), electricity savings (MWh), CO₂ emission "
                                "reduction (t)"
                            ),
                        },
                        {
                            "action": (
                                "Electricity savings in households: handing out energy meters, "
                                "promoting energy-efficient appliances, running a competition"
                            ),
                            "responsible": (
                                "Local utility company and NGOs with municipal support"
                            ),
                            "timeframe": "2020–2025",
                            "financing": "Municipal budget and utility bill revenue",
                            "indicators": "Electricity savings (MWh), CO₂ emission reduction (t)",
                        },
                        {
                            "action": (
                                "Investment in renewable energy: assessment of bioenergy "
                                "resources, developing supply chains with local farmers, pilot "
                                "installations, a roll-out programme for single-family houses "
                                "and small businesses"
                            ),
                            "responsible": (
                                "Biomass association, chamber of agriculture, municipality and NGOs"
                            ),
                            "timeframe": "2018–2030",
                            "financing": ("State grants, local chamber funds, soft loans"),
                            "indicators": (
                                "Number of projects implemented, new capacity installed (MW), "
                                "renewable heat supplied from the region (MWh)"
                            ),
                        },
                    ],
                },
            ),
            (
                "key_points",
                {
                    "heading": "The most ambitious emission reduction measures to consider",
                    "points": [
                        "Deep renovation of buildings, including to energy-positive level.",
                        "Optimisation and/or automation of control systems.",
                        "Integration of city districts into smart grids.",
                        "Sustainable heating and cooling supply.",
                        "Systematic expansion of pedestrian zones and construction of cycle lanes.",
                        "Wide roll-out of charging infrastructure for electric vehicles.",
                        "Innovative forest and agricultural land-use planning for carbon "
                        "sequestration.",
                        "Biogas production from waste and wastewater treatment plants.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Implementation and monitoring</h2>"
                    "<p>In the implementation phase (step 8) the plan turns into work on the "
                    "ground. Success is reinforced by the following factors:</p>"
                    "<ul>"
                    "<li>start implementation as soon as possible, using the initial "
                    "enthusiasm;</li>"
                    "<li>explain the benefits of energy savings and renewable energy – both "
                    "financial and for the regional economy;</li>"
                    "<li>keep target groups and participants regularly informed of progress and "
                    "results;</li>"
                    "<li>let people identify with the topic – “this is our project”;</li>"
                    "<li>plan regular meetings with stakeholders;</li>"
                    "<li>track the effectiveness and real savings of individual projects.</li>"
                    "</ul>"
                    "<p>Monitoring (step 9) and reporting (step 10) make it possible to assess "
                    "progress in implementing the action plan and to adjust the plan in time. "
                    "Monitoring has to be considered already during planning – it is the “M” in "
                    "SMART, and additional resources must be set aside for it. The benefits "
                    "achieved are worth identifying and talking about loudly.</p>"
                    "<p>A successful SECAP needs long-term political commitment, adequate "
                    "financial resources, a correct GHG emission inventory, good governance "
                    "during implementation and staff with the right skills (trained where "
                    "necessary). The SECAP should be integrated into the municipality's "
                    "everyday management processes: it should become part of the "
                    "organisation's culture, not just another nice document.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "If you can't measure it, you can't improve it.",
                    "source": "Peter Drucker",
                },
            ),
            (
                "checklist",
                {
                    "heading": "10 key elements to keep in mind when preparing a SECAP",
                    "items": [
                        "Formal approval of the plan by the municipal council (or equivalent "
                        "decision-making body).",
                        "A clearly defined mitigation and adaptation target or targets.",
                        "A sound assessment of the local situation, based on the baseline "
                        "emission inventory and the climate change risk and vulnerability "
                        "assessment.",
                        "Comprehensive measures covering the key sectors of activity identified "
                        "in the signatory's assessments.",
                        "Strategies and actions up to 2030.",
                        "Mobilisation of all relevant municipal departments.",
                        "Involvement of citizens and stakeholders.",
                        "Financing.",
                        "Monitoring and reporting.",
                        "Submitting the SECAP and filling in the template.",
                    ],
                },
            ),
            ("text", SOURCE_EN),
            (
                "quiz",
                {
                    "heading": "Check your knowledge",
                    "questions": [
                        {
                            "question": (
                                "Which phase does step 5 – establishing the vision – belong to?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "Initiation", "correct": False},
                                {"text": "Planning", "correct": True},
                                {"text": "Implementation", "correct": False},
                                {"text": "Monitoring and reporting", "correct": False},
                            ],
                            "explanation": (
                                "The planning phase covers steps 4–7: assessing the current "
                                "situation, establishing the vision, developing the plan, and "
                                "approving and submitting the plan."
                            ),
                        },
                        {
                            "question": (
                                "What must a SECAP include to meet the Covenant requirements?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "A BEI covering at least three of the four key sectors"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Actions covering at least the municipal sector and one "
                                        "or more other key sectors"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Actions for municipal buildings only",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "The BEI must cover at least three of the four key sectors, and "
                                "the actions at least the municipal sector plus one or more "
                                "other key sectors. Actions for municipal buildings alone are "
                                "not enough."
                            ),
                        },
                        {
                            "question": "What does the letter “M” stand for in SMART?",
                            "multiple": False,
                            "options": [
                                {"text": "Measurable", "correct": True},
                                {"text": "Motivating", "correct": False},
                                {"text": "Manageable", "correct": False},
                                {"text": "Modern", "correct": False},
                            ],
                            "explanation": (
                                "A SMART goal is specific, measurable, achievable, realistic and "
                                "time-bound. Measurability is the basis of monitoring: without "
                                "it, progress cannot be assessed."
                            ),
                        },
                        {
                            "question": (
                                "Which of these are among the 10 key elements to keep in mind "
                                "when preparing a SECAP?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": "Formal approval of the plan by the municipal council",
                                    "correct": True,
                                },
                                {"text": "Financing", "correct": True},
                                {"text": "Monitoring and reporting", "correct": True},
                                {
                                    "text": (
                                        "Developing the plan without involving citizens, to "
                                        "speed it up"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Formal approval by the council, financing, and monitoring and "
                                "reporting are among the 10 key elements. Involving citizens "
                                "and stakeholders is one of them too, so the plan should not be "
                                "developed without it."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}


LESSONS_PART1 = [lesson_1_1, lesson_1_2]
