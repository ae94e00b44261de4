"""The content loader: data files in each app's `content/` folder, and idempotent upserts.

Lessons, modules, case studies, the SECAP steps and the demo programme are YAML files (one per
lesson or case, Latvian and English side by side) that a translator can review without reading
code; every app's demo loader reads them through `read_all` and writes them through the
upserts below, which leave an unchanged row exactly as it is, so loading twice changes nothing.
"""

from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from wagtail.fields import StreamField


def content_dir(app_label, *parts):
    """`<app>/content/<parts…>`: where an app keeps its data files."""
    return Path(apps.get_app_config(app_label).path, "content", *parts)


def read(path):
    """One data file: YAML read safely (no tags that build Python objects)."""
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def read_all(app_label, *parts, pattern="*.yaml"):
    """Every file matching `pattern` in `<app>/content/<parts…>`, in file-name order."""
    folder = content_dir(app_label, *parts)
    return [read(path) for path in sorted(folder.glob(pattern))]


def folders(app_label, *parts):
    """The folders in `<app>/content/<parts…>`, in name order: one per item that spans
    several files (a module and its lessons)."""
    folder = content_dir(app_label, *parts)
    return sorted(path for path in folder.iterdir() if path.is_dir())


def in_language(data, code):
    """`data` with every `{lv: …, en: …}` pair replaced by its text in `code`.

    Data files write each text once per content language, side by side, so a translator sees
    both; a mapping whose keys are exactly the content languages is such a pair, and anything
    else (slugs, numbers, flags) is the same in every language.
    """
    languages = {language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    if isinstance(data, dict):
        if data.keys() == languages:
            return data[code]
        return {key: in_language(value, code) for key, value in data.items()}
    if isinstance(data, list):
        return [in_language(value, code) for value in data]
    return data


def blocks(body):
    """A StreamField body as a data file writes it, a list of `{block_type: value}` mappings,
    as the `(block_type, value)` pairs `core.streamfield.stream_data` takes."""
    pairs = []
    for block in body:
        (pair,) = block.items()
        pairs.append(pair)
    return pairs


def _same(page, name, value):
    current = getattr(page, name)
    field = page._meta.get_field(name)
    if isinstance(field, StreamField):
        return list(current.raw_data) == list(value)
    return current == value


def upsert_child(parent, model, slug, fields, *, locale, translation_of=None, m2m=None):
    """Create or update one live child page; an unchanged page is left exactly as it is.

    `m2m` maps a ParentalManyToManyField name to the objects it should hold.
    """
    m2m = m2m or {}
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=locale, **fields)
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        for name, objects in m2m.items():
            getattr(page, name).set(objects)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    changed = [name for name, value in fields.items() if not _same(page, name, value)]
    changed_m2m = [
        name
        for name, objects in m2m.items()
        if {obj.pk for obj in getattr(page, name).all()} != {obj.pk for obj in objects}
    ]
    if changed or changed_m2m or not page.live:
        for name in changed:
            setattr(page, name, fields[name])
        for name in changed_m2m:
            getattr(page, name).set(m2m[name])
        page.save_revision().publish()
    return page


def upsert_translated(parents, model, slug, fields, m2m=None):
    """One page in every language of `parents` ({language: parent}), as translations of each
    other: the first language's page is the source. `fields` and `m2m` are keyed by language.
    """
    pages, source = {}, None
    for code, parent in parents.items():
        pages[code] = upsert_child(
            parent,
            model,
            slug,
            fields[code],
            locale=parent.locale,
            translation_of=source,
            m2m=(m2m or {}).get(code),
        )
        source = source or pages[code]
    return pages


def upsert_translatable(model, locale, lookup, fields, source=None):
    """Create or update one row of a translatable snippet; unchanged rows are not saved.

    `source` is the row in the first language, whose translation key the new row shares.
    """
    obj = model.objects.filter(locale=locale, **lookup).first()
    if obj is None:
        obj = model(locale=locale, **lookup, **fields)
        if source is not None:
            obj.translation_key = source.translation_key
        obj.save()
        return obj
    changed = {name: value for name, value in fields.items() if getattr(obj, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(obj, name, value)
        obj.save()
    return obj
