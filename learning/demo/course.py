"""Module and roadmap texts; the lessons come from the module_* files beside this one."""

SOURCE = (
    "Bertoldi P. (ed.), Guidebook 'How to develop a Sustainable Energy and Climate Action Plan "
    "(SECAP) – Part 1', Publications Office of the European Union, 2018, JRC112986, "
    "doi:10.2760/223399"
)

MODULE_SECAP = {
    "slug": "secap",
    "lv": {
        "title": "SECAP izstrāde un ieviešana",
        "intro": (
            "<p>Kā pašvaldība no politiskām saistībām Pilsētu mēru paktā nonāk līdz "
            "Ilgtspējīgas enerģētikas un klimata rīcības plānam (SECAP), kas tiek arī īstenots: "
            "ES klimata mērķi, plānošanas un ieviešanas process 10 soļos, politikas veidotāju un "
            "ieinteresēto pušu iesaiste un administratīvā struktūra, kas plānu nes.</p>"
        ),
        "outcomes": (
            "Izskaidro ES 2030. un 2050. gada klimata un enerģētikas mērķus un Pilsētu mēru "
            "pakta saistības\n"
            "Apraksta SECAP sadaļas un 10 izstrādes un ieviešanas soļus četrās fāzēs\n"
            "Sagatavo vīziju, SMART mērķus un rīcības plāna lapu ar atbildīgajiem, termiņiem, "
            "finansējumu un rādītājiem\n"
            "Identificē un kartē ieinteresētās puses un izvēlas iesaistes paņēmienus\n"
            "Izvēlas pašvaldībai piemērotu SECAP administratīvo struktūru"
        ),
        "audience": (
            "Pašvaldību energopārvaldnieki, attīstības plānotāji un deputāti, kas atbild par SECAP"
        ),
    },
    "en": {
        "title": "Developing and implementing a SECAP",
        "intro": (
            "<p>How a municipality moves from a political commitment in the Covenant of Mayors "
            "to a Sustainable Energy and Climate Action Plan (SECAP) that is actually carried "
            "out: the EU climate targets, the planning and implementation process in 10 steps, "
            "engaging policy makers and stakeholders, and the administrative structure that "
            "carries the plan.</p>"
        ),
        "outcomes": (
            "Explain the EU 2030 and 2050 climate and energy targets and the Covenant of Mayors "
            "commitments\n"
            "Describe the sections of a SECAP and the 10 steps of developing and implementing it "
            "in four phases\n"
            "Draft a vision, SMART goals and an action-plan sheet with responsibilities, "
            "timeframes, financing and indicators\n"
            "Identify and map stakeholders and choose engagement techniques\n"
            "Choose an administrative structure that suits the municipality"
        ),
        "audience": (
            "Municipal energy managers, development planners and council members responsible "
            "for the SECAP"
        ),
    },
}

ROADMAP = {
    "slug": "secap-steps",
    "lv": {
        "title": "SECAP ceļvedis: 10 soļi",
        "search_description": (
            "SECAP process četrās fāzēs un 10 soļos: kas jādara domei, administrācijai un "
            "ieinteresētajām pusēm."
        ),
        "intro": (
            "<p>SECAP izstrāde un ieviešana notiek četrās fāzēs – iniciācija, plānošana, "
            "ieviešana, monitorings un ziņošana – un 10 soļos. Katram solim redzams, ko dara "
            "pašvaldības dome, administrācija un ieinteresētās puses, un kurās nodarbībās to "
            "var apgūt.</p>"
        ),
    },
    "en": {
        "title": "SECAP roadmap: the 10 steps",
        "search_description": (
            "The SECAP process in four phases and 10 steps: what the council, the "
            "administration and stakeholders do."
        ),
        "intro": (
            "<p>Developing and implementing a SECAP happens in four phases – initiation, "
            "planning, implementation, monitoring and reporting – and 10 steps. Each step shows "
            "what the municipal council, the administration and stakeholders do, and which "
            "lessons teach it.</p>"
        ),
    },
}
