"""Accessibility statement content (Cabinet Regulation No. 445 template), in both site languages."""

import datetime

PREPARED_ON = datetime.date(2026, 11, 23)
REVIEWED_ON = datetime.date(2026, 11, 23)

ACCESSIBILITY_STATEMENT = {
    "lv": {
        "title": "Piekļūstamības paziņojums",
        "organisation_name": "Energoplānošana pašvaldībās",
        "intro": (
            "<p>“Energoplānošana pašvaldībās” saskaņā ar Ministru kabineta "
            "2020. gada 14. jūlija noteikumiem Nr. 445 “Kārtība, kādā iestādes "
            "ievieto informāciju internetā” (turpmāk – noteikumi Nr. 445) "
            "apņemas nodrošināt, lai šī tīmekļvietne būtu piekļūstama. "
            "Noteikumi Nr. 445 ievieš Eiropas Parlamenta un Padomes "
            "direktīvu (ES) 2016/2102 par publiskā sektora struktūru "
            "tīmekļvietņu un mobilo lietotņu piekļūstamību.</p>"
            "<p>Šis paziņojums attiecas uz šo tīmekļvietni – mācību un "
            "zināšanu pārneses platformu Latvijas pašvaldībām. Mūsu mērķis ir "
            "atbilstība standartam LVS EN 301 549, proti, tīmekļa satura "
            "piekļūstamības vadlīniju WCAG 2.1 AA līmenim.</p>"
        ),
        "compliance_status": "partial",
        "non_accessible_content": (
            "<p>Tīmekļvietne daļēji atbilst noteikumu Nr. 445 prasībām. "
            "Zināmās neatbilstības:</p>"
            "<ul>"
            "<li>daži mācību nodarbībām pievienotie PDF dokumenti (trešo "
            "personu sagatavoti mācību slaidi) var nebūt pilnībā "
            "piekļūstami;</li>"
            "<li>trešo personu avotu materiālos iekļautajiem grafikiem un "
            "attēliem var nebūt pilnvērtīgu teksta alternatīvu.</li>"
            "</ul>"
            "<p>Šis paziņojums neattiecas uz Wagtail satura pārvaldības "
            "saskarni.</p>"
        ),
        "alternatives": (
            "<p>Ja jums kāds no minētajiem materiāliem ir nepieciešams citā "
            "formātā, piemēram, PDF dokumenta saturs piekļūstamā teksta "
            "formātā vai grafika satura apraksts teksta veidā, rakstiet uz "
            '<a href="mailto:info@energoplanosana.lv">info@energoplanosana.lv</a>. '
            "Lūdzam norādīt:</p>"
            "<ul>"
            "<li>lapu vai dokumentu, kas jums nav piekļūstams;</li>"
            "<li>formātu, kādā vēlaties saņemt informāciju;</li>"
            "<li>kontaktinformāciju, uz kuru nosūtīt atbildi.</li>"
            "</ul>"
        ),
        "evaluation_method": (
            "<p>Paziņojums sagatavots, pamatojoties uz platformas komandas "
            "veiktu pašnovērtējumu. Visu publiski pieejamo lapu veidu "
            "piekļūstamību pārbauda divējādi:</p>"
            "<ul>"
            "<li>ar automātiskiem axe-core testiem, kas tiek izpildīti "
            "nepārtrauktās integrācijas procesā; šajos testos pārkāpumi nav "
            "konstatēti;</li>"
            "<li>manuāli, pārvietojoties pa tīmekļvietni tikai ar "
            "tastatūru.</li>"
            "</ul>"
        ),
        "feedback_contact": (
            "<p>Mēs pastāvīgi strādājam, lai uzlabotu šīs tīmekļvietnes "
            "piekļūstamību. Ja pamanāt problēmas, kas šajā paziņojumā nav "
            "minētas, vai vēlaties saņemt nepiekļūstamu saturu citā formātā, "
            "rakstiet uz "
            '<a href="mailto:info@energoplanosana.lv">info@energoplanosana.lv</a>.</p>'
            "<p>Atbildi sniegsim saprātīgā termiņā, bet ne vēlāk kā viena "
            "mēneša laikā no vēstules saņemšanas, kā noteikts Iesniegumu "
            "likumā.</p>"
        ),
        "enforcement": (
            "<p>Ja saņemtā atbilde jūs neapmierina vai atbilde nav saņemta "
            "noteiktajā termiņā, varat vērsties:</p>"
            "<ul>"
            "<li>Viedās administrācijas un reģionālās attīstības ministrijā "
            "(VARAM), kas Latvijā uzrauga, kā tīmekļvietnēs tiek ievērotas "
            "piekļūstamības prasības;</li>"
            "<li>Tiesībsarga birojā, ja uzskatāt, ka nepiekļūstama satura dēļ "
            "pret jums ir pieļauta diskriminācija.</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Accessibility statement",
        "organisation_name": "Municipal Energy Planning",
        "intro": (
            "<p>Municipal Energy Planning is committed to making this website "
            "accessible in accordance with Cabinet Regulation No. 445 of "
            "14 July 2020, “Procedures for Publishing Information on the "
            "Internet by Institutions” (Regulation No. 445). Regulation "
            "No. 445 transposes Directive (EU) 2016/2102 of the European "
            "Parliament and of the Council on the accessibility of the "
            "websites and mobile applications of public sector bodies.</p>"
            "<p>This statement applies to this website, a learning and "
            "knowledge-transfer platform for Latvian municipalities. We aim "
            "to meet standard LVS EN 301 549, that is, level AA of the Web "
            "Content Accessibility Guidelines (WCAG) 2.1.</p>"
        ),
        "compliance_status": "partial",
        "non_accessible_content": (
            "<p>This website is partially compliant with Regulation No. 445. "
            "Known issues:</p>"
            "<ul>"
            "<li>some PDF documents attached to lessons (training slides "
            "produced by third parties) may not be fully accessible;</li>"
            "<li>charts and figures in third-party source material may lack "
            "full text alternatives.</li>"
            "</ul>"
            "<p>The Wagtail content management interface is outside the "
            "scope of this statement.</p>"
        ),
        "alternatives": (
            "<p>If you need any of this material in another format, for "
            "example the content of a PDF document as accessible text or a "
            "description of a chart, write to "
            '<a href="mailto:info@energoplanosana.lv">info@energoplanosana.lv</a>. '
            "Please tell us:</p>"
            "<ul>"
            "<li>which page or document you cannot access;</li>"
            "<li>the format you would like to receive it in;</li>"
            "<li>how we can send you the reply.</li>"
            "</ul>"
        ),
        "evaluation_method": (
            "<p>This statement is based on a self-assessment by the platform "
            "team. Every public page type is checked in two ways:</p>"
            "<ul>"
            "<li>automated axe-core tests, run in continuous integration; "
            "these tests report no violations;</li>"
            "<li>manual testing using the keyboard only.</li>"
            "</ul>"
        ),
        "feedback_contact": (
            "<p>We are always working to improve the accessibility of this "
            "website. If you find a problem that is not listed in this "
            "statement, or you need inaccessible content in another format, "
            "write to "
            '<a href="mailto:info@energoplanosana.lv">info@energoplanosana.lv</a>.</p>'
            "<p>We will reply within a reasonable time and no later than one "
            "month after receiving your message, the time limit set by the "
            "Latvian Law on Submissions.</p>"
        ),
        "enforcement": (
            "<p>If you are not satisfied with our reply, or you have not "
            "received a reply in time, you can contact:</p>"
            "<ul>"
            "<li>the Ministry of Smart Administration and Regional "
            "Development (VARAM), which monitors compliance with web "
            "accessibility requirements in Latvia;</li>"
            "<li>the Office of the Ombudsman (Tiesībsarga birojs), if you "
            "believe you have been discriminated against because content was "
            "not accessible.</li>"
            "</ul>"
        ),
    },
}
