"""Show default-language records in the reader's language without a query per record.

Exchanges records point at the default-language Municipality rows (see models.people);
`core.locales.set_labels` fetches the translations for a whole page of records in one query.
"""

from core.locales import set_labels


def set_municipality_labels(records, *attributes):
    """Set `label` on every municipality these records name, in the reader's language.

    `attributes` are the records' municipality fields (a foreign key, or a many-to-many whose
    rows are prefetched); a whole list costs one query at most. Returns the records.
    """
    municipalities = []
    for record in records:
        for attribute in attributes:
            value = getattr(record, attribute)
            if hasattr(value, "all"):
                municipalities.extend(value.all())
            elif value is not None:
                municipalities.append(value)
    set_labels(municipalities)
    return records
