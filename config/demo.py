"""Idempotent page creation for the demo loaders of every app.

Outside the app chain (like the pagination helper) so each app's loader can use it.
"""

from wagtail.fields import StreamField


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
