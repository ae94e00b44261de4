"""Create the Latvian and English locales, the home page in both, and the default Site.

The text comes from the project description "Energoplānošana pašvaldībās" (EKODOMA, 2015).
"""

import json
import uuid

from django.db import migrations

HOME = {
    "lv": {
        "title": "Energoplānošana pašvaldībās",
        "intro": (
            "<p>Pilsētu mēru pakta kustībai ir pievienojušās 19 Latvijas pašvaldības, un visām "
            "jau ir izstrādāti Ilgtspējīgas enerģijas rīcības plāni. Problēma ir tā, ka tikai "
            "retā no pašvaldībām seko plānā paredzēto pasākumu ieviešanai.</p>"
            "<p>Šī platforma palīdz pārnest zināšanas no pieredzējušām pašvaldībām uz mazāk "
            "pieredzējušām: mācību moduļi, pieredzes apmaiņa un labās prakses piemēri, lai "
            "plānos noteiktie CO2 emisiju samazināšanas mērķi tiktu sasniegti ātrāk.</p>"
        ),
        "methods_heading": "Kā pašvaldības mācās cita no citas",
        "methods": [
            (
                "Mentorings",
                "<p>Pieredzes apmaiņa starp pieredzējušām un mazāk pieredzējušām pašvaldībām. "
                "Liepājas pilsētas pašvaldība ir mentors (padomdevējs) Jūrmalai, Saldus un "
                "Salaspils novadiem, un eksperts no Norvēģijas apmeklē katru no trim "
                "pašvaldībām un sniedz ieteikumus uzlabojumiem.</p>",
            ),
            (
                "Līdzvērtīga sadarbība",
                "<p>Pieredzes un zināšanu pārnese uz blakusesošajām pašvaldībām. Kopīgs "
                "problēmjautājums ir energopārvaldnieka neesamība vai tā kompetences "
                "nostiprināšana; rezultātā top materiāls energopārvaldnieka apmācībai un "
                "energopārvaldības sistēmas ieviešanai, ko nodod Latgales, Vidzemes un Zemgales "
                "plānošanas reģioniem.</p>",
            ),
            (
                "Ēnošana",
                "<p>Pašvaldības viesojas viena pie otras, lai redzētu, kā tiek ieviesti klimata "
                "pārmaiņu mazināšanas un pielāgošanās pasākumi, un novērtē, vai iegūto pieredzi "
                "var pārņemt savā pašvaldībā.</p>",
            ),
        ],
    },
    "en": {
        "title": "Municipal Energy Planning",
        "intro": (
            "<p>19 Latvian municipalities have joined the Covenant of Mayors, and all of them "
            "already have Sustainable Energy Action Plans. The problem is that only a few "
            "municipalities follow through on the measures their plans set out.</p>"
            "<p>This platform moves knowledge from experienced municipalities to less "
            "experienced ones: training modules, exchanges of experience and good-practice "
            "examples, so that the CO2 reduction targets in the plans are reached sooner.</p>"
        ),
        "methods_heading": "How municipalities learn from each other",
        "methods": [
            (
                "Mentoring",
                "<p>Experience passes from experienced to less experienced municipalities. "
                "The City of Liepāja mentors Jūrmala and the municipalities of Saldus and "
                "Salaspils, and an expert from Norway visits each of the three and recommends "
                "improvements.</p>",
            ),
            (
                "Peer collaboration",
                "<p>Experience and knowledge pass on to neighbouring municipalities. A problem "
                "they share is a missing energy manager or one whose competence needs "
                "strengthening; the result is training material for energy managers and for "
                "introducing an energy management system, handed on to the Latgale, Vidzeme "
                "and Zemgale planning regions.</p>",
            ),
            (
                "Shadowing",
                "<p>Municipalities visit each other to see how climate mitigation and adaptation "
                "measures are put in place, and assess whether they can adopt what they have "
                "seen.</p>",
            ),
        ],
    },
}


def _methods_json(methods):
    return json.dumps(
        [
            {"type": "method", "value": {"heading": heading, "text": text}, "id": str(uuid.uuid4())}
            for heading, text in methods
        ]
    )


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in HOME}
    if HomePage.objects.exists():
        return

    # Wagtail's own migration leaves a placeholder "Welcome" page at depth 2; replace it.
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2).delete()
    root = Page.objects.get(depth=1)
    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")

    translation_key = uuid.uuid4()
    homes = {}
    for position, (code, content) in enumerate(HOME.items(), start=1):
        homes[code] = HomePage.objects.create(
            title=content["title"],
            draft_title=content["title"],
            seo_title=content["title"],
            slug="home" if code == "lv" else f"home-{code}",
            content_type=home_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path="/home/" if code == "lv" else f"/home-{code}/",
            locale=locales[code],
            translation_key=translation_key,
            live=True,
            intro=content["intro"],
            methods_heading=content["methods_heading"],
            methods=_methods_json(content["methods"]),
        )
    root.numchild = len(homes)
    root.save(update_fields=["numchild"])

    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="Energoplānošana pašvaldībās",
        root_page=homes["lv"],
        is_default_site=True,
    )


def remove_home_pages(apps, schema_editor):
    apps.get_model("home.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_pages, remove_home_pages)]
