"""Path converters shared by the project's URLs."""


class IdConverter:
    """A row id: 1 to 18 digits, so it fits every integer column of either database.

    Django's `int` takes any number of digits. A lookup of a 30-digit id through a relation
    (a page type's `page_ptr`) is not caught by Django's integer range check, and SQLite's
    driver raises OverflowError: a 500 for what is only an address that names nothing. Longer
    ids do not match the route, which answers 404.
    """

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
